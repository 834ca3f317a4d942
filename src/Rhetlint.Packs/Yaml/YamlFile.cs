using System.Collections.Immutable;
using Rhetlint.Core.Config;
using Rhetlint.Core.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Rhetlint.Packs.Yaml;

/// <summary>
/// One YAML file read into nodes that remember where they are, and the problems found while reading it. Every
/// problem points at a line and column of this file.
/// </summary>
internal sealed class YamlFile(string path)
{
    private readonly List<RuleLoadProblem> _problems = [];

    public string Path { get; } = path;

    public IReadOnlyList<RuleLoadProblem> Problems => _problems;

    /// <summary>The root mapping of a one-document file, or null (with a problem) for anything else.</summary>
    public YamlMappingNode? Parse(string text)
    {
        if (!HasSafeAliases(text)) return null;
        var stream = new YamlStream();
        var parser = new Parser(new StringReader(text));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            // The parser's message repeats the position: keep the part after it.
            var message = e.InnerException?.Message ?? e.Message;
            var close = message.IndexOf("): ", StringComparison.Ordinal);
            Report(e.Start, "YAML syntax error: " + (close >= 0 ? message[(close + 3)..] : message));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, without a position, on some unterminated flow collections.
            Report(parser.Current?.End ?? new Mark(), "YAML syntax error: an unterminated [ ] or { } list, or a stray character after it");
            return null;
        }
        if (stream.Documents.Count != 1)
        {
            Report(new Mark(), stream.Documents.Count == 0 ? "the file is empty" : "expected one YAML document, found " + stream.Documents.Count);
            return null;
        }
        if (stream.Documents[0].RootNode is YamlMappingNode root) return root;
        Report(stream.Documents[0].RootNode.Start, "expected a mapping of keys (id: …, kind: …) at the top of the file");
        return null;
    }

    /// <summary>How many values aliases may add to a file once expanded: far more than a pack needs, far less than a stall.</summary>
    private const int MaxAliasExpansion = 100_000;

    /// <summary>A list or mapping being read, and whether its next node is a key.</summary>
    private sealed class Container(bool isMapping, string? anchor, long nodesAtStart)
    {
        public bool IsMapping { get; } = isMapping;
        public bool ExpectsKey { get; set; } = isMapping;
        public string? Anchor { get; } = anchor;
        public long NodesAtStart { get; } = nodesAtStart;
    }

    /// <summary>
    /// Reads the event stream before YamlDotNet builds nodes, and refuses (with a problem at the spot) what would make
    /// building them hang or crash: YamlDotNet hashes a mapping's keys, so a key that is an alias or a list recurses
    /// forever for a node that contains itself (<c>&amp;a [*a]: 1</c>) and takes exponential time for nested aliases
    /// ("billion laughs"); and aliases that expand to more than <see cref="MaxAliasExpansion"/> values. Syntax errors
    /// are left to the loader, which reports them.
    /// </summary>
    private bool HasSafeAliases(string text)
    {
        var parser = new Parser(new StringReader(text));
        var open = new Stack<Container>();
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        long nodes = 0, expanded = 0;
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current;
                if (current is NodeEvent or AnchorAlias && open.TryPeek(out var parent) && parent.IsMapping)
                {
                    if (parent.ExpectsKey && current is AnchorAlias keyAlias)
                        return Refuse(current.Start, $"an alias (*{keyAlias.Value}) cannot be a key; write the key out");
                    if (parent.ExpectsKey && current is SequenceStart or MappingStart)
                        return Refuse(current.Start, "a key must be a plain word, not a list or a mapping");
                    parent.ExpectsKey = !parent.ExpectsKey;
                }
                switch (current)
                {
                    case AnchorAlias alias:
                        var size = sizes.GetValueOrDefault(alias.Value.Value);
                        nodes += size;
                        expanded += size;
                        if (expanded > MaxAliasExpansion)
                            return Refuse(alias.Start, $"aliases expand this file to more than {MaxAliasExpansion:N0} values; write the lists out or shorten them");
                        break;
                    case Scalar scalar:
                        nodes++;
                        if (!scalar.Anchor.IsEmpty) sizes[scalar.Anchor.Value] = 1;
                        break;
                    case SequenceStart or MappingStart:
                        var anchor = ((NodeEvent)current).Anchor;
                        open.Push(new Container(current is MappingStart, anchor.IsEmpty ? null : anchor.Value, nodes));
                        break;
                    case SequenceEnd or MappingEnd when open.Count > 0:
                        var closed = open.Pop();
                        nodes++;
                        if (closed.Anchor is { } name) sizes[name] = nodes - closed.NodesAtStart;
                        break;
                }
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            // A syntax error: YamlStream.Load meets it too, and reports it with its position.
        }
        return true;
    }

    private bool Refuse(Mark at, string message)
    {
        Report(at, message);
        return false;
    }

    public void Report(Mark at, string message) => _problems.Add(new RuleLoadProblem(Path, Math.Max(1, (int)at.Line), Math.Max(1, (int)at.Column), message));

    public void Report(YamlNode at, string message) => Report(at.Start, message);

    /// <summary>
    /// The mapping's entries by key, after reporting keys that are not <paramref name="allowed"/> (with a
    /// did-you-mean) and keys that are not plain scalars.
    /// </summary>
    public Dictionary<string, (YamlScalarNode Key, YamlNode Value)> Entries(YamlMappingNode mapping, IReadOnlyCollection<string> allowed, string what)
    {
        var entries = new Dictionary<string, (YamlScalarNode, YamlNode)>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key } scalar)
            {
                Report(keyNode, "a key must be a plain word");
                continue;
            }
            if (!allowed.Contains(key))
            {
                var near = allowed.Where(a => EditDistance.Between(a, key) <= 2).OrderBy(a => EditDistance.Between(a, key)).FirstOrDefault();
                Report(scalar, $"unknown key '{key}' in {what}" + (near is null ? $" (expected one of: {string.Join(", ", allowed)})" : $"; did you mean '{near}'?"));
                continue;
            }
            entries[key] = (scalar, value);
        }
        return entries;
    }

    /// <summary>A scalar's text, or null with a problem.</summary>
    public string? Scalar(YamlNode node, string key)
    {
        if (node is YamlScalarNode { Value: { } value }) return value;
        Report(node, $"'{key}' must be a single value, not a {Describe(node)}");
        return null;
    }

    /// <summary>One scalar or a list of scalars (<c>word: slam</c> or <c>word: [slam, blast]</c>), as nodes.</summary>
    public ImmutableArray<YamlScalarNode> ScalarList(YamlNode node, string key)
    {
        if (node is YamlScalarNode single) return [single];
        if (node is YamlSequenceNode sequence)
        {
            var items = ImmutableArray.CreateBuilder<YamlScalarNode>();
            foreach (var item in sequence.Children)
            {
                if (item is YamlScalarNode scalar) items.Add(scalar);
                else Report(item, $"each entry of '{key}' must be a single value, not a {Describe(item)}");
            }
            return items.ToImmutable();
        }
        Report(node, $"'{key}' must be a value or a list of values, not a {Describe(node)}");
        return [];
    }

    public bool? Bool(YamlNode node, string key) => Scalar(node, key) switch
    {
        null => null,
        "true" => true,
        "false" => false,
        var other => ReportNull<bool?>(node, $"'{key}' must be true or false, not '{other}'"),
    };

    public T? ReportNull<T>(YamlNode node, string message)
    {
        Report(node, message);
        return default;
    }

    private static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "mapping",
        YamlSequenceNode => "list",
        _ => "value",
    };
}
