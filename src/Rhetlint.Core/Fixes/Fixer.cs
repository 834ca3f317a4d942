using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;

namespace Rhetlint.Core.Fixes;

/// <summary>One pass: the text it started from and the edits applied to it.</summary>
public sealed record FixPass(SourceText Before, ImmutableArray<FixEdit> Edits);

/// <summary>What fixing one document did.</summary>
/// <param name="Fixed">The text after the last pass (when the passes did not settle, the file must not get it).</param>
/// <param name="Remaining">The findings on <paramref name="Fixed"/>: what is left for the writer.</param>
/// <param name="UnsettledRules">When rewrites were still coming after the last allowed pass, the rules that made them; empty when fixing settled.</param>
public sealed record FixResult(SourceText Original, SourceText Fixed, ImmutableArray<FixPass> Passes, ImmutableArray<Finding> Remaining,
    ImmutableArray<string> UnsettledRules)
{
    public bool Settled => UnsettledRules.IsEmpty;

    /// <summary>How many rewrites were applied, over all passes.</summary>
    public int FixedCount => Passes.Sum(p => p.Edits.Length);
}

/// <summary>
/// Applies rewrites until nothing changes: a pass applies the rewrites <see cref="FixPlanner"/> chooses, then the new
/// text is analyzed again, because a rewrite can settle a finding another rule also had, or make room for a rewrite
/// that conflicted with it. Passes are bounded: rewrites that keep coming (two rules undoing each other, a rule
/// whose rewrite triggers itself) end in a result that says which rules did it instead of looping.
/// </summary>
public static class Fixer
{
    /// <summary>Ruff allows 100 passes for code; a draft's rewrites settle in two or three, so ten is a generous bound.</summary>
    public const int MaxPasses = 10;

    /// <param name="analyze">The findings on a text (the document's rules and configuration).</param>
    /// <param name="least">The least safe applicability to apply: <see cref="Applicability.Safe"/>, or <see cref="Applicability.Unsafe"/> for both.</param>
    public static FixResult Run(SourceText text, Func<SourceText, ImmutableArray<Finding>> analyze, Applicability least, int maxPasses = MaxPasses) =>
        Run(text, analyze, least, static _ => true, static (current, edits) => TextEdits.Apply(current, edits.SelectMany(e => e.Changes)), maxPasses);

    /// <summary>The passes for a document that is not its text (a Word document), with the writer it needs.</summary>
    /// <param name="writable">Whether a finding's rewrite can be written into the document as it now is; one that cannot stays a finding.</param>
    /// <param name="apply">Writes a pass's edits and returns the document's new text.</param>
    public static FixResult Run(SourceText text, Func<SourceText, ImmutableArray<Finding>> analyze, Applicability least, Func<Finding, bool> writable,
        Func<SourceText, ImmutableArray<FixEdit>, SourceText> apply, int maxPasses = MaxPasses)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPasses, 1);
        var passes = ImmutableArray.CreateBuilder<FixPass>();
        var current = text;
        var findings = analyze(current);
        while (true)
        {
            var edits = FixPlanner.Choose(current, findings.Where(writable), least);
            if (edits.IsEmpty) return new FixResult(text, current, passes.ToImmutable(), findings, []);
            if (passes.Count == maxPasses)
            {
                var unsettled = edits.Concat(passes[^1].Edits).Select(e => e.RuleId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
                return new FixResult(text, current, passes.ToImmutable(), findings, [.. unsettled]);
            }
            passes.Add(new FixPass(current, edits));
            current = apply(current, edits);
            findings = analyze(current);
        }
    }
}
