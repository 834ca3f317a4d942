using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Config;
using Rhetlint.Core.Text;
using Rhetlint.Packs.Yaml;
using YamlDotNet.RepresentationModel;

namespace Rhetlint.Packs;

/// <summary>
/// Loads a pack: a folder with <c>pack.yaml</c> (name, description) and rule files (<c>*.yaml</c>, one rule each,
/// in any subfolder), or a pack bundled with Rhetlint by name. A broken file costs its own rule, never the run.
/// </summary>
public static partial class PackLoader
{
    public const string ManifestName = "pack.yaml";
    public const string CodeRuleSuffix = ".rule.cs";

    public static readonly ImmutableArray<string> ManifestKeys = ["name", "description"];

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex NamePattern();

    /// <summary>Loads the pack folder at <paramref name="folder"/>, or the bundled pack of that name when it has no path separator.</summary>
    public static RulePack Load(string folder)
    {
        if (BundledPacks.Names.Contains(folder)) return FromFiles(BundledPacks.Location(folder), BundledPacks.Files(folder), []);
        var manifest = Path.Combine(folder, ManifestName);
        if (!Directory.Exists(folder) || !File.Exists(manifest))
        {
            var what = Directory.Exists(folder) ? $"no {ManifestName} in the pack folder" : BundledPacks.Names.IsEmpty || folder.Contains('/') || folder.Contains('\\')
                ? "no such pack folder"
                : $"no such pack folder, and no bundled pack of that name (bundled: {string.Join(", ", BundledPacks.Names)})";
            return new RulePack(Path.GetFileName(folder), null, folder, [], [], [new RuleLoadProblem(folder, 1, 1, what)], "");
        }
        var files = Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(Read);
        var code = Directory.EnumerateFiles(folder, "*" + CodeRuleSuffix, SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToImmutableArray();
        return FromFiles(folder, files, code);
    }

    /// <summary>A pack file's text, or why it cannot be read: decoded as drafts are (UTF-8, or UTF-16 with a BOM), so a
    /// byte that is not valid UTF-8 is reported with its position instead of becoming U+FFFD in a phrase or message.</summary>
    private static (string Path, string? Text, string? Unreadable) Read(string path)
    {
        try
        {
            return (path, SourceReader.ReadFile(path).ToString(), null);
        }
        catch (InputException e)
        {
            return (path, null, e.Message);
        }
    }

    internal static RulePack FromFiles(string location, IEnumerable<(string Path, string? Text, string? Unreadable)> files, ImmutableArray<string> codeRuleFiles)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var problems = ImmutableArray.CreateBuilder<RuleLoadProblem>();
        var analyzers = ImmutableArray.CreateBuilder<RhetoricAnalyzer>();
        var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? name = null, description = null;
        foreach (var (path, text, unreadable) in files)
        {
            if (text is null)
            {
                problems.Add(new RuleLoadProblem(path, 1, 1, $"cannot read the file ({unreadable})"));
                continue;
            }
            hash.AppendData(Encoding.UTF8.GetBytes($"{path}\n{text}\n"));
            var file = new YamlFile(path);
            var root = file.Parse(text);
            if (root is not null && Path.GetFileName(path) == ManifestName)
                (name, description) = Manifest(file, root);
            else if (root is not null && RuleFileParser.Parse(file, root) is { } rule)
            {
                if (ids.TryGetValue(rule.Id, out var first))
                    file.Report(IdNode(root), $"duplicate rule id '{rule.Id}' (first defined in {first})");
                else
                {
                    ids[rule.Id] = path;
                    analyzers.Add(new PackRuleAnalyzer(rule));
                }
            }
            problems.AddRange(file.Problems);
        }
        foreach (var file in codeRuleFiles)
            hash.AppendData(Encoding.UTF8.GetBytes($"{file}\n{Read(file).Text}\n"));
        return new RulePack(name ?? Path.GetFileName(location), description, location, analyzers.ToImmutable(), codeRuleFiles, problems.ToImmutable(),
            Convert.ToHexString(hash.GetHashAndReset()));
    }

    private static (string? Name, string? Description) Manifest(YamlFile file, YamlMappingNode root)
    {
        var entries = file.Entries(root, ManifestKeys, ManifestName);
        string? name = null;
        if (!entries.TryGetValue("name", out var nameEntry)) file.Report(root, $"{ManifestName} needs 'name'");
        else if (file.Scalar(nameEntry.Value, "name") is { } value)
        {
            if (NamePattern().IsMatch(value)) name = value;
            else file.Report(nameEntry.Value, $"name '{value}' must be lower-case letters, digits and hyphens (harbor-gazette)");
        }
        var description = entries.TryGetValue("description", out var d) ? file.Scalar(d.Value, "description") : null;
        return (name, description);
    }

    private static YamlNode IdNode(YamlMappingNode root) =>
        root.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: "id" }).Value ?? root;

    /// <summary>
    /// Several packs at once, as one document's configuration names them: a rule id defined by two packs loads from
    /// the first only, with a problem on the second.
    /// </summary>
    /// <param name="load">How to load one pack (a cache, say); <see cref="Load"/> when null.</param>
    public static ImmutableArray<RulePack> LoadAll(IEnumerable<string> packs, Func<string, RulePack>? load = null)
    {
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var result = ImmutableArray.CreateBuilder<RulePack>();
        foreach (var location in packs)
        {
            var pack = (load ?? Load)(location);
            var kept = ImmutableArray.CreateBuilder<RhetoricAnalyzer>();
            var problems = pack.Problems.ToBuilder();
            foreach (var analyzer in pack.Analyzers)
            {
                var rule = ((PackRuleAnalyzer)analyzer).Rule;
                if (seen.TryGetValue(rule.Id, out var other))
                    problems.Add(new RuleLoadProblem(rule.Path, 1, 1, $"duplicate rule id '{rule.Id}' (also defined by pack '{other}')"));
                else
                {
                    seen[rule.Id] = pack.Name;
                    kept.Add(analyzer);
                }
            }
            result.Add(pack with { Analyzers = kept.ToImmutable(), Problems = problems.ToImmutable() });
        }
        return result.ToImmutable();
    }
}
