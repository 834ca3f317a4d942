using System.Collections.Immutable;
using Rhetlint.Core.Config;
using YamlDotNet.Core;
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
                var near = allowed.Where(a => Distance(a, key) <= 2).OrderBy(a => Distance(a, key)).FirstOrDefault();
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

    private static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var previous = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var current = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), previous + (a[i - 1] == b[j - 1] ? 0 : 1));
                previous = current;
            }
        }
        return row[b.Length];
    }
}
