using System.Collections.Concurrent;
using System.Collections.Immutable;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Config;
using Rhetlint.Packs;
using Rhetlint.Rules;

namespace Rhetlint.Cli;

/// <summary>
/// The rules a document runs: the built-in ones plus the packs its configuration names. Folders may name
/// different packs, so there is one linter per distinct pack list, each built once per run; the problems of every
/// pack loaded are kept, once each, for the command to print.
/// </summary>
internal sealed class RuleSets(IReadOnlyCollection<string> enable)
{
    private readonly ConcurrentDictionary<string, Lazy<(Linter Linter, ImmutableArray<RulePack> Packs)>> _sets = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<RulePack>> _packs = new(StringComparer.Ordinal);

    /// <summary>The linter for a document with these settings.</summary>
    public Linter For(DocumentOptions options) => SetFor(options.Packs).Linter;

    /// <summary>The packs a document with these settings runs, as loaded (a rule id another pack of the list defined first is left out).</summary>
    public ImmutableArray<RulePack> PacksFor(DocumentOptions options) => SetFor(options.Packs).Packs;

    /// <summary>What is wrong in the packs loaded so far, each problem once, by file and line.</summary>
    public ImmutableArray<RuleLoadProblem> Problems =>
        [.. _sets.Values.SelectMany(s => s.Value.Packs).SelectMany(p => p.Problems).Distinct()
            .OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Column)];

    private (Linter Linter, ImmutableArray<RulePack> Packs) SetFor(ImmutableArray<string> packs) =>
        _sets.GetOrAdd(string.Join('\n', packs), _ => new(() => Build(packs))).Value;

    private (Linter Linter, ImmutableArray<RulePack> Packs) Build(ImmutableArray<string> packs)
    {
        // Packs are cached across lists: two folders naming the same pack read it once.
        var loaded = PackLoader.LoadAll(packs, location => _packs.GetOrAdd(location, l => new Lazy<RulePack>(() => PackLoader.Load(l))).Value);
        var analyzers = BuiltInRules.All.Concat(loaded.SelectMany(p => p.Analyzers)).ToList();
        var ids = analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        return (new Linter(new AnalyzerDriver(analyzers, enable.Where(ids.Contains))), loaded);
    }
}
