using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Markup;

namespace Rhetlint.Core.Tests.Analysis;

public sealed class RuleFailureTests
{
    private sealed class Throwing : RhetoricAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("HOUSE900", "t", "m", RuleCategories.HouseStyle, DiagnosticSeverity.Warning, true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

        public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(_ => throw new InvalidOperationException("boom"));
    }

    private sealed class EverySentence : RhetoricAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("HOUSE901", "t", "m", RuleCategories.HouseStyle, DiagnosticSeverity.Warning, true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterSentenceAction(s => s.Report(Rule, s.Sentence.Span, []));
    }

    [Fact]
    public void A_rule_that_throws_costs_only_itself_and_is_reported_once_per_document()
    {
        var linter = new Linter(new AnalyzerDriver([new Throwing(), new EverySentence()]));
        var findings = linter.Lint("draft.md", SourceText.From("One sentence. Two sentences."), DocumentFormat.Markdown);
        Assert.Equal(2, findings.Count(f => f.Id == "HOUSE901"));
        var failure = Assert.Single(findings, f => f.Id == "RH0005");
        Assert.Equal("rule HOUSE900 threw InvalidOperationException on this document (boom); its findings here are incomplete", failure.Message);
        Assert.Equal(DiagnosticSeverity.Warning, failure.Severity);
    }

    private sealed class TimingOut : RhetoricAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("HG900", "t", "m", RuleCategories.HouseStyle, DiagnosticSeverity.Warning, true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterSentenceAction(_ => throw new System.Text.RegularExpressions.RegexMatchTimeoutException("x", "(a|b)*c", TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public void A_regex_that_times_out_says_so_and_that_the_sentence_went_unchecked()
    {
        var linter = new Linter(new AnalyzerDriver([new TimingOut()]));
        var failure = Assert.Single(linter.Lint("draft.md", SourceText.From("One sentence. Two sentences."), DocumentFormat.Markdown), f => f.Id == "RH0005");
        Assert.Equal("rule HG900's regular expression ran past its 1 s limit on a sentence, which went unchecked; its findings here are incomplete", failure.Message);
    }

    [Fact]
    public void Cancellation_is_not_a_rule_failure()
    {
        var linter = new Linter(new AnalyzerDriver([new EverySentence()]));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => linter.Lint("draft.md", SourceText.From("One."), DocumentFormat.Markdown, cancelled.Token));
    }
}
