using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Config;
using Rhetlint.Core.Markup;

namespace Rhetlint.Core.Tests.Analysis;

/// <summary>
/// A rule that declares it supersedes another wins an overlapping finding, only when both rules are reported; comments,
/// fingerprints and pattern rules see the same one move.
/// </summary>
public class RulePrecedenceTests
{
    /// <summary>Flags every occurrence of a phrase (whole tokens) in a sentence; the message is the phrase.</summary>
    private sealed class PhraseRule(string id, string phrase, bool enabledByDefault = true, params string[] tags) : RhetoricAnalyzer
    {
#pragma warning disable RS1017 // Roslyn wants constant ids in analyzers; these test rules take theirs from the test.
        private readonly DiagnosticDescriptor _rule = new(id, "test rule", "'{0}'", RuleCategories.HouseStyle, DiagnosticSeverity.Warning, enabledByDefault, customTags: tags);
#pragma warning restore RS1017

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [_rule];

        public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(s =>
        {
            var words = phrase.Split(' ');
            var tokens = s.Document.Syntax.Tokens;
            for (var i = s.Sentence.FirstToken; i + words.Length <= s.Sentence.EndToken; i++)
                if (words.Select((word, k) => tokens[i + k].Norm == word).All(match => match))
                    s.Report(_rule, TextSpan.FromBounds(tokens[i].Span.Start, tokens[i + words.Length - 1].Span.End), [], phrase);
        });
    }

    /// <summary>Reports, at the start of the document, which findings of <paramref name="counted"/> the node actions found.</summary>
    private sealed class PatternRule(string counted) : RhetoricAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = new("HS190", "pattern", "{0}", RuleCategories.HouseStyle, DiagnosticSeverity.Warning, true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

        public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(d =>
            d.Report(Rule, new TextSpan(0, 1), [], string.Join(", ", d.NodeFindings.Where(f => f.Id == counted).Select(f => d.Document.Excerpt(f.Span)))));
    }

    /// <summary>HS110 flags "grave threat" and supersedes HS120, which flags "grave".</summary>
    private static readonly RhetoricAnalyzer[] Rules =
    [
        new PhraseRule("HS110", "grave threat", tags: RuleTags.Supersedes("HS120")),
        new PhraseRule("HS120", "grave"),
    ];

    private static AnalysisResult Analyze(string text, DocumentOptions? options = null, params RhetoricAnalyzer[] rules) =>
        new AnalyzerDriver(rules.Length == 0 ? Rules : rules).AnalyzeIncludingSuperseded(
            Linter.BuildModel("draft.md", SourceText.From(text), DocumentFormat.Markdown), options ?? DocumentOptions.Default);

    private static string[] Reported(string text, DocumentOptions? options = null, params RhetoricAnalyzer[] rules) =>
        [.. Analyze(text, options, rules).Findings.Where(f => f.Suppression is null).Select(f => $"{f.Id} {text.Substring(f.Span.Start, f.Span.Length)}")];

    private const string Varn = "Varn is a grave threat.";

    [Fact]
    public void The_superseding_rule_takes_the_move_and_the_driver_says_what_it_dropped()
    {
        var result = Analyze(Varn);
        Assert.Equal(["HS110 grave threat"], result.Findings.Select(f => $"{f.Id} {Varn.Substring(f.Span.Start, f.Span.Length)}"));
        var dropped = Assert.Single(result.Superseded);
        Assert.Equal(("HS120", "grave", "HS110"), (dropped.Finding.Id, Varn.Substring(dropped.Finding.Span.Start, dropped.Finding.Span.Length), dropped.By.Id));
    }

    [Fact]
    public void A_finding_that_overlaps_nothing_of_the_superseding_rule_stands()
    {
        const string text = "A grave plan met a grave threat.";
        Assert.Equal(["HS120 grave", "HS110 grave threat"], Reported(text));
    }

    [Fact]
    public void Selecting_only_the_superseded_rule_reports_it() =>
        Assert.Equal(["HS120 grave"], Reported(Varn, DocumentOptions.Default with { Selected = ["HS120"] }));

    [Fact]
    public void Ignoring_the_superseding_rule_reports_the_other() =>
        Assert.Equal(["HS120 grave"], Reported(Varn, DocumentOptions.Default with { Ignored = ["HS110"] }));

    [Fact]
    public void A_superseding_rule_set_to_none_silences_nothing()
    {
        var options = DocumentOptions.Default with
        {
            SeverityById = ImmutableDictionary<string, ReportDiagnostic>.Empty.Add("HS110", ReportDiagnostic.Suppress),
        };
        Assert.Equal(["HS120 grave"], Reported(Varn, options));
    }

    [Fact]
    public void A_superseding_rule_that_is_off_by_default_silences_nothing() =>
        Assert.Equal(["HS120 grave"], Reported(Varn, null,
            new PhraseRule("HS110", "grave threat", enabledByDefault: false, RuleTags.Supersedes("HS120")), new PhraseRule("HS120", "grave")));

    [Fact]
    public void When_the_writer_suppresses_the_move_the_superseded_finding_stays_dropped()
    {
        var result = Analyze("<!-- rhetlint-ignore HS110 -- our house view -->\n" + Varn + "\n");
        var suppressed = Assert.Single(result.Findings);
        Assert.Equal(("HS110", "our house view"), (suppressed.Id, suppressed.Suppression?.Justification));
        Assert.Equal("HS120", Assert.Single(result.Superseded).Finding.Id);
    }

    [Fact]
    public void A_comment_that_names_the_superseded_rule_is_not_reported_as_unused()
    {
        var result = Analyze("<!-- rhetlint-ignore HS120 -->\n" + Varn + "\n");
        Assert.DoesNotContain(result.Findings, f => f.Id == EngineDescriptors.UnusedSuppression.Id);
        Assert.Equal(["HS110"], result.Findings.Select(f => f.Id));
    }

    [Fact]
    public void A_superseded_finding_keeps_its_place_in_its_rules_fingerprint_count()
    {
        const string text = "A grave threat and a grave plan.";
        string FingerprintOfPlan(DocumentOptions options) =>
            Analyze(text, options).Findings.Last(f => f.Id == "HS120").Fingerprint!;

        var alone = FingerprintOfPlan(DocumentOptions.Default with { Selected = ["HS120"] });
        Assert.Equal(FindingFingerprint.Of("HS120", "a grave threat and a grave plan.", 1), alone);
        Assert.Equal(alone, FingerprintOfPlan(DocumentOptions.Default));
    }

    [Fact]
    public void A_pattern_rule_sees_every_move_once_whichever_rules_are_reported()
    {
        const string text = "A grave threat and a grave plan.";
        var pattern = new PatternRule("HS120");
        string Seen(DocumentOptions options) =>
            Assert.Single(Analyze(text, options, [.. Rules, pattern]).Findings, f => f.Id == PatternRule.Rule.Id).Message;

        Assert.Equal("grave", Seen(DocumentOptions.Default));
        Assert.Equal("grave", Seen(DocumentOptions.Default with { Selected = ["HS190"] }));
        Assert.Equal("grave", Seen(DocumentOptions.Default with { Ignored = ["HS110"] }));
    }

    [Fact]
    public void A_cycle_of_precedence_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new AnalyzerDriver(
            [new PhraseRule("HS110", "grave threat", tags: RuleTags.Supersedes("HS120")), new PhraseRule("HS120", "grave", tags: RuleTags.Supersedes("HS110"))]));
        Assert.Contains("HS110 supersedes HS120 supersedes HS110", error.Message);
    }
}
