using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Markup;

namespace Rhetlint.Cli.Eval;

/// <summary>
/// Scores the engine against gold cases: a reported diagnostic is correct when a gold finding of the same
/// family overlaps it; a gold finding is found when a reported diagnostic of its family overlaps it.
/// Precision counts reported diagnostics, recall counts gold findings.
/// </summary>
internal static class EvalScorer
{
    public static readonly ImmutableArray<string> Families = ["TI", "SU", "QS"];

    public static string? FamilyOf(string category) => category switch
    {
        RuleCategories.ThreatInflation => "TI",
        RuleCategories.Superlatives => "SU",
        RuleCategories.Sourcing => "QS",
        _ => null,
    };

    public static EvalReport Score(IReadOnlyList<EvalCase> cases, Linter linter)
    {
        var caseResults = cases.AsParallel().AsOrdered().Select(c => ScoreCase(c, linter)).ToList();
        var families = Families.Select(f => Tally(f, caseResults)).ToList();
        var overall = new FamilyScore("all",
            families.Sum(f => f.Reported), families.Sum(f => f.Correct), families.Sum(f => f.Gold), families.Sum(f => f.Found));
        var rules = caseResults.SelectMany(c => c.Reports)
            .GroupBy(r => r.RuleId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new RuleScore(g.Key, g.Count(), g.Count(r => r.Correct), g.Count(r => r.MustNotFlag is not null)))
            .ToList();
        return new EvalReport(cases.Count, families, overall, rules, caseResults.Sum(c => c.Reports.Count(r => r.MustNotFlag is not null)), caseResults);
    }

    private static CaseResult ScoreCase(EvalCase evalCase, Linter linter)
    {
        var text = evalCase.Text;
        var format = DocumentFormats.FromName(evalCase.Format);
        var findings = linter.Lint(evalCase.Id, SourceText.From(text), format);
        var gold = evalCase.Findings.Select(g => (Gold: g, Span: Locate(text, g.Span, g.Occurrence))).ToList();
        var avoid = evalCase.MustNotFlag.SelectMany(m => AllOccurrences(text, m).Select(span => (Text: m, Span: span))).ToList();

        var reports = new List<ReportedFinding>();
        foreach (var finding in findings)
        {
            if (FamilyOf(finding.Category) is not { } family) continue;
            var correct = gold.Any(g => g.Gold.Family == family && g.Span.OverlapsWith(finding.Span));
            var hit = avoid.FirstOrDefault(a => a.Span.OverlapsWith(finding.Span)).Text;
            reports.Add(new ReportedFinding(finding.Id, family, text.Substring(finding.Span.Start, finding.Span.Length), correct, hit));
        }
        var golds = gold.Select(g => new GoldResult(g.Gold.Family, g.Gold.Span, g.Gold.Note,
            findings.Any(f => FamilyOf(f.Category) == g.Gold.Family && g.Span.OverlapsWith(f.Span)))).ToList();
        return new CaseResult(evalCase.Id, reports, golds);
    }

    private static FamilyScore Tally(string family, List<CaseResult> results) => new(
        family,
        results.Sum(r => r.Reports.Count(x => x.Family == family)),
        results.Sum(r => r.Reports.Count(x => x.Family == family && x.Correct)),
        results.Sum(r => r.Gold.Count(g => g.Family == family)),
        results.Sum(r => r.Gold.Count(g => g.Family == family && g.Found)));

    /// <summary>The <paramref name="occurrence"/>-th (1-based) match of <paramref name="span"/> in the text.</summary>
    internal static TextSpan Locate(string text, string span, int occurrence)
    {
        var index = -1;
        for (var n = 0; n < occurrence; n++)
        {
            index = text.IndexOf(span, index + 1, StringComparison.Ordinal);
            if (index < 0) throw new FormatException($"gold span \"{span}\" (occurrence {occurrence}) is not in the text");
        }
        return new TextSpan(index, span.Length);
    }

    private static IEnumerable<TextSpan> AllOccurrences(string text, string value)
    {
        if (value.Length == 0) yield break;
        for (var index = text.IndexOf(value, StringComparison.Ordinal); index >= 0; index = text.IndexOf(value, index + 1, StringComparison.Ordinal))
            yield return new TextSpan(index, value.Length);
    }
}

internal sealed record ReportedFinding(string RuleId, string Family, string Text, bool Correct, string? MustNotFlag);

internal sealed record GoldResult(string Family, string Span, string? Note, bool Found);

internal sealed record CaseResult(string Id, IReadOnlyList<ReportedFinding> Reports, IReadOnlyList<GoldResult> Gold);

internal sealed record FamilyScore(string Family, int Reported, int Correct, int Gold, int Found)
{
    public double Precision => Reported == 0 ? 1 : (double)Correct / Reported;
    public double Recall => Gold == 0 ? 1 : (double)Found / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

internal sealed record RuleScore(string RuleId, int Reported, int Correct, int MustNotFlagHits)
{
    public double Precision => Reported == 0 ? 1 : (double)Correct / Reported;
}

internal sealed record EvalReport(
    int Cases,
    IReadOnlyList<FamilyScore> Families,
    FamilyScore Overall,
    IReadOnlyList<RuleScore> Rules,
    int MustNotFlagHits,
    IReadOnlyList<CaseResult> CaseResults);
