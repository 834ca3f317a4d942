using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Security.Cryptography;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Config;
using Rhetlint.Packs;
using Rhetlint.Rules;

namespace Rhetlint.Cli;

/// <summary>
/// The rules a document runs: the built-in ones plus the packs its configuration names, with their C# rule files
/// when the person running Rhetlint allows them (<see cref="DocumentOptions.AllowCodeRules"/>). Folders may name different packs, so there is one linter per distinct pack
/// list and trust, each built once per run; every problem found on the way is kept, once, for the command to print.
/// </summary>
internal sealed class RuleSets(IReadOnlyCollection<string> enable)
{
    private readonly ConcurrentDictionary<string, Lazy<RuleSet>> _sets = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<RulePack>> _packs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<LoadedCodeRules>> _codeRules = new(StringComparer.Ordinal);

    /// <summary>A built linter, the packs in it as loaded, and what went wrong building it.</summary>
    private sealed record RuleSet(Linter Linter, ImmutableArray<RulePack> Packs, ImmutableArray<RuleLoadProblem> Problems);

    /// <summary>The linter for a document with these settings.</summary>
    public Linter For(DocumentOptions options) => SetFor(options).Linter;

    /// <summary>The packs a document with these settings runs, as loaded (a rule id another pack of the list defined first is left out).</summary>
    public ImmutableArray<RulePack> PacksFor(DocumentOptions options) => SetFor(options).Packs;

    /// <summary>
    /// Everything about a document's settings that can change its findings, as one string: the severities, selection,
    /// rule options, the contents of its lexicon files and packs, and the rules enabled on the command line. Two
    /// documents with equal fingerprints (and equal text) get equal findings.
    /// </summary>
    public string Fingerprint(DocumentOptions options)
    {
        var parts = new List<string>
        {
            options.Profile.Name,
            options.SkipPageFurniture ? "furniture=skip" : "furniture=check",
            $"html.include={options.Html.Include}\nhtml.exclude={options.Html.Exclude}",
            Pairs(options.SeverityById.Select(p => (p.Key.ToUpperInvariant(), p.Value.ToString()))),
            Pairs(options.SeverityByCategory.Select(p => (p.Key, p.Value.ToString()))),
            string.Join(",", options.Selected), string.Join(",", options.Ignored), options.AllowCodeRules.ToString(),
            Pairs(options.RuleOptions.Select(p => (p.Key.ToLowerInvariant(), p.Value))),
            string.Join(",", enable.Order(StringComparer.Ordinal)),
        };
        parts.AddRange(options.LexiconFiles.Select(f => f + "=" + _fileHashes.GetOrAdd(f, HashOf)));
        parts.AddRange(PacksFor(options).Select(p => p.Location + "=" + p.ContentHash));
        return string.Join("\n", parts);
    }

    private readonly ConcurrentDictionary<string, string> _fileHashes = new(StringComparer.Ordinal);

    private static string Pairs(IEnumerable<(string Key, string Value)> pairs) =>
        string.Join(";", pairs.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));

    private static string HashOf(string file)
    {
        try
        {
            return Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The resolver already read it; a file gone since then just keys a result no later run will find.
            return "unreadable";
        }
    }

    /// <summary>The ids of every rule loaded so far: the built-in ones and those of the packs (and trusted C# rules) the documents named.</summary>
    public IReadOnlySet<string> KnownIds =>
        BuiltInRules.Ids
            .Concat(_sets.Values.SelectMany(s => s.Value.Linter.Driver.Descriptors).Select(d => d.Id))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>What is wrong in the rules loaded so far, each problem once, by file and line.</summary>
    public ImmutableArray<RuleLoadProblem> Problems =>
        [.. _sets.Values.SelectMany(s => s.Value.Problems).Distinct()
            .OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Column)];

    private RuleSet SetFor(DocumentOptions options) =>
        _sets.GetOrAdd($"{options.AllowCodeRules}\n{options.CodeRulesRequested}\n{string.Join('\n', options.Packs)}",
            _ => new(() => Build(options.Packs, options.AllowCodeRules, options.CodeRulesRequested))).Value;

    private const string NotAllowed = "C# rule files run with your permissions and are loaded only with --allow-code-rules or RHETLINT_ALLOW_CODE_RULES=1";

    private RuleSet Build(ImmutableArray<string> packs, bool allowCodeRules, bool requestedByEditorConfig)
    {
        // Packs and rule files are cached across sets: two folders naming the same pack read (and compile) it once.
        var loaded = PackLoader.LoadAll(packs, location => _packs.GetOrAdd(location, l => new Lazy<RulePack>(() => PackLoader.Load(l))).Value);
        var problems = loaded.SelectMany(p => p.Problems).ToList();
        var analyzers = BuiltInRules.All.Concat(loaded.SelectMany(p => p.Analyzers)).ToList();
        var ids = analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var file in loaded.SelectMany(p => p.CodeRuleFiles))
        {
            // The native binary cannot run code rules at all, and says so whatever the opt-in.
            if (!allowCodeRules && CodeRuleSupport.IsAvailable)
            {
                // Trusted code: a pack may carry it, but only the person running Rhetlint can let it run.
                problems.Add(new RuleLoadProblem(file, 1, 1, requestedByEditorConfig
                    ? NotAllowed + " (rhetlint.allow_code_rules in an .editorconfig no longer allows them)"
                    : NotAllowed));
                continue;
            }
            var code = _codeRules.GetOrAdd(file, f => new Lazy<LoadedCodeRules>(() => CodeRuleSupport.Load(f))).Value;
            problems.AddRange(code.Problems);
            foreach (var analyzer in code.Analyzers)
            {
                var clash = analyzer.SupportedDiagnostics.Select(d => d.Id).FirstOrDefault(id => !ids.Add(id));
                if (clash is null) analyzers.Add(analyzer);
                else problems.Add(new RuleLoadProblem(file, 1, 1, $"duplicate rule id '{clash}': another rule of this configuration defines it"));
            }
        }
        var known = analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        return new RuleSet(new Linter(new AnalyzerDriver(analyzers, enable.Where(known.Contains))), loaded, [.. problems]);
    }
}
