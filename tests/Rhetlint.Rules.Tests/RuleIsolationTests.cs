using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Config;
using Rhetlint.Core.Markup;
using Rhetlint.Core.Semantics;

namespace Rhetlint.Rules.Tests;

/// <summary>
/// No rule depends on another (issue 14): for every built-in rule, a run with only that rule selected (<c>check --select
/// RHnnnn</c>) reports exactly what the full run reports for it — the same spans, severities, messages, rewrites and
/// fingerprints — plus, and only plus, the findings the full run dropped because a rule that supersedes it reported the
/// same move (<see cref="AnalysisResult.Superseded"/>). A rule that read another rule's findings as configured, or
/// deferred to another rule's judgement about a phrase it owns, would make the two runs differ.
/// </summary>
public class RuleIsolationTests
{
    /// <summary>Every rule, off-by-default ones included, so each can be selected alone.</summary>
    private static readonly AnalyzerDriver Driver = BuiltInRules.CreateDriver(BuiltInRules.All.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id));

    private static readonly string[] RuleIds = [.. BuiltInRules.All.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Order(StringComparer.Ordinal)];

    private static readonly Lazy<DocumentModel> Corpus = new(() => Linter.BuildModel("corpus.md",
        SourceText.From(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "rule_isolation_corpus.md"))), DocumentFormat.Markdown));

    private static readonly Dictionary<string, Lazy<AnalysisResult>> FullRuns = GenreProfile.Names.ToDictionary(
        name => name, name => new Lazy<AnalysisResult>(() => Driver.AnalyzeIncludingSuperseded(Corpus.Value, DocumentOptions.ForProfile(GenreProfile.Named(name)))));

    public static TheoryData<string, string> RulesInEachProfile()
    {
        var data = new TheoryData<string, string>();
        foreach (var profile in GenreProfile.Names)
            foreach (var id in RuleIds)
                data.Add(id, profile);
        return data;
    }

    [Theory]
    [MemberData(nameof(RulesInEachProfile))]
    public void A_rule_selected_alone_reports_what_the_full_run_reports_for_it_and_what_precedence_dropped(string id, string profile)
    {
        var full = FullRuns[profile].Value;
        var expected = full.Findings.Where(f => f.Id == id)
            .Concat(full.Superseded.Where(s => s.Finding.Id == id).Select(s => s.Finding))
            .Select(Describe).Order(StringComparer.Ordinal);

        var alone = Driver.AnalyzeIncludingSuperseded(Corpus.Value, DocumentOptions.ForProfile(GenreProfile.Named(profile)) with { Selected = [id] });

        Assert.Empty(alone.Superseded);
        Assert.Equal(expected, alone.Findings.Select(Describe).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_rule_finds_something_in_the_corpus()
    {
        var full = FullRuns["news"].Value;
        Assert.DoesNotContain(full.Findings, f => f.Id == EngineDescriptors.RuleFailed.Id);
        var found = full.Findings.Select(f => f.Id).Concat(full.Superseded.Select(s => s.Finding.Id)).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(RuleIds, RuleIds.Where(found.Contains));
    }

    [Fact]
    public void The_corpus_has_moves_that_precedence_settles()
    {
        var superseded = FullRuns["news"].Value.Superseded;
        Assert.Contains(superseded, s => (s.Finding.Id, s.By.Id) == ("RH2001", "RH1010"));
        Assert.Contains(superseded, s => (s.Finding.Id, s.By.Id) == ("RH2002", "RH1010"));
        Assert.All(superseded, s => Assert.True(s.Finding.Span.OverlapsWith(s.By.Span)));
    }

    private static string Describe(Finding finding)
    {
        var source = Corpus.Value.Source;
        var rewrites = finding.Rewrites.Select(r => $"{r.Title} ({r.Applicability}): "
            + string.Join(", ", r.Changes.Select(c => $"{c.Span} '{c.NewText}'")));
        return $"{finding.Id} {source.Lines.GetLinePositionSpan(finding.Span)} '{source.ToString(finding.Span)}' {finding.Severity} "
            + $"{finding.Message} [{string.Join("; ", rewrites)}] {finding.Fingerprint}";
    }
}
