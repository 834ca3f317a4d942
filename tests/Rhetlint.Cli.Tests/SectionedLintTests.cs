using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Config;
using Rhetlint.Core.Markup;
using Rhetlint.Rules;

namespace Rhetlint.Cli.Tests;

/// <summary>
/// A large document analyzed in sections (<see cref="SectionedLinter"/>) reports what the whole-document analysis
/// reports: the same findings at the same places, the same fingerprints, suppression comments reaching across
/// sections, quotations whose speaker is in a section's margin. Sections are made a few paragraphs long here, so that
/// small documents of our own are cut in many places.
/// </summary>
public sealed class SectionedLintTests
{
    /// <summary>Findings of every family (RH1004, RH2001, RH3001, RH3002, RH4001, RH4002) and a quotation over two paragraphs spoken by the person introduced before it.</summary>
    private const string Draft = """
        The Orvel water board met on Monday to discuss the reservoir and its repairs.

        Clearly, the Tamsin cartel is plotting to destroy everything our towns have built.

        The mayor's transit plan is the most reckless proposal in the history of the city.

        Critics say the grain tariff is a catastrophe waiting to happen for every farm.

        Ilse Brandt, who chairs the Harlow Institute, spoke for an hour on Tuesday:

        “The reservoir is not for sale. The valley needs it every summer, and the council knows it.

        “Nobody in this valley was asked, and the growers were never consulted.”

        One climate scientist noted that the drought was the worst catastrophe ever recorded.

        Some economists claimed the bond market would collapse by spring.


        """;

    /// <summary>
    /// The draft without its quotation: in the whole document, a quotation introduced by a paragraph that repeats an
    /// earlier one word for word gets no speaker (RH3003), so copies of the quotation are not copies of its findings.
    /// </summary>
    private static readonly string Repeatable = string.Join("\n\n", Draft.Split("\n\n").Where(p => !p.Contains("Brandt") && !p.Contains('“') && !p.Contains('”')));

    private static readonly AnalyzerDriver Driver = BuiltInRules.CreateDriver();

    private static readonly Linter Whole = new(Driver) { Sections = new(Threshold: int.MaxValue, SectionSize: 0, Margin: 0) };

    private static LintReport WholeReport(string text) => Whole.LintForReport("draft.md", SourceText.From(text), DocumentFormat.Markdown, DocumentOptions.Default);

    private static LintReport Sectioned(string text, int sectionSize, int margin)
    {
        var report = SectionedLinter.TryLint(Driver, "draft.md", SourceText.From(text), DocumentFormat.Markdown, DocumentOptions.Default,
            new SectionSizes(Threshold: 0, sectionSize, margin), CancellationToken.None);
        Assert.NotNull(report);
        return report;
    }

    /// <summary>Every finding, suppressed ones included, in document order; moved by <paramref name="shift"/>, without lines and fingerprints (which a copy changes) when <paramref name="whole"/> is false.</summary>
    private static ImmutableArray<string> Described(LintReport report, int shift = 0, bool whole = true) =>
        [.. report.Findings.Concat(report.Suppressed).OrderBy(f => f.Span.Start).ThenBy(f => f.Span.Length).ThenBy(f => f.Id, StringComparer.Ordinal)
            .Select(f => Describe(f, shift, whole))];

    private static string Describe(Finding f, int shift, bool whole)
    {
        var lines = whole ? f.Diagnostic.Location.GetLineSpan().Span.ToString() : "";
        return $"{f.Id} {new TextSpan(f.Span.Start + shift, f.Span.Length)} {lines} {f.Severity} "
            + $"{(whole ? f.Fingerprint : "")} {f.Suppression?.Directive}@{f.Suppression?.Comment} {f.Message} | "
            + string.Join(" | ", f.Rewrites.Select(r => $"{r.Title} {r.Applicability}: " + string.Join(", ", r.Changes.Select(c => $"{new TextSpan(c.Span.Start + shift, c.Span.Length)}→{c.NewText}"))));
    }

    private static void AssertSame(ImmutableArray<string> expected, ImmutableArray<string> actual)
    {
        if (expected.SequenceEqual(actual)) return;
        Assert.Fail($"only expected:\n  {string.Join("\n  ", expected.Except(actual))}\nonly in the sectioned analysis:\n  {string.Join("\n  ", actual.Except(expected))}");
    }

    [Fact]
    public void A_repeated_draft_gives_section_by_section_the_findings_of_the_draft_shifted()
    {
        var one = WholeReport(Repeatable);
        Assert.Equal(["Hedging", "Sourcing", "Superlatives", "ThreatInflation"], one.Findings.Select(f => f.Category).Distinct().Order(StringComparer.Ordinal));
        const int copies = 12;
        var text = string.Concat(Enumerable.Repeat(Repeatable, copies));
        // Sections of about a draft and a half, so cuts fall in every place within a copy; two chunks of margin.
        var sectioned = Sectioned(text, Repeatable.Length * 3 / 2, margin: 2);

        ImmutableArray<string> shifted = [.. Enumerable.Range(0, copies).SelectMany(i => Described(one, i * Repeatable.Length, whole: false))];
        AssertSame(shifted, Described(sectioned, whole: false));
        Assert.Equal(new DocumentStatistics(one.Statistics.Words * copies, one.Statistics.DirectQuotes * copies, one.Statistics.NamedSourceQuotes * copies),
            sectioned.Statistics);
        // Every copy repeats every sentence: its fingerprints count occurrences across sections, as the whole document's do.
        AssertSame(Described(WholeReport(text)), Described(sectioned));
        Assert.Equal(WholeReport(text).Statistics, sectioned.Statistics);
    }

    [Fact]
    public void Moved_findings_describe_their_rule_as_the_whole_document_does_and_share_one_descriptor_per_rule()
    {
        var text = string.Concat(Enumerable.Repeat(Repeatable, 4));
        var whole = WholeReport(text).Findings;
        var sectioned = Sectioned(text, Repeatable.Length, margin: 1).Findings;
        Assert.Equal(whole.Length, sectioned.Length);
        foreach (var (expected, actual) in whole.Zip(sectioned))
        {
            var (e, a) = (expected.Diagnostic, actual.Diagnostic);
            Assert.Equal((e.Id, e.Severity, e.WarningLevel, e.GetMessage(), e.Descriptor.Title.ToString(), e.Descriptor.Description.ToString(), e.Descriptor.Category,
                    e.Descriptor.DefaultSeverity, e.Descriptor.IsEnabledByDefault, e.Descriptor.HelpLinkUri, string.Join(",", e.Descriptor.CustomTags)),
                (a.Id, a.Severity, a.WarningLevel, a.GetMessage(), a.Descriptor.Title.ToString(), a.Descriptor.Description.ToString(), a.Descriptor.Category,
                    a.Descriptor.DefaultSeverity, a.Descriptor.IsEnabledByDefault, a.Descriptor.HelpLinkUri, string.Join(",", a.Descriptor.CustomTags)));
        }
        // One descriptor per rule, not one per finding: a 10 MB document has tens of thousands of findings (issue 18).
        Assert.All(sectioned.GroupBy(f => f.Id), rule => Assert.Single(rule.Select(f => f.Diagnostic.Descriptor).Distinct(ReferenceEqualityComparer.Instance)));
    }

    [Fact]
    public void The_speaker_of_a_quotation_may_be_in_the_margin_before_its_section()
    {
        // The cut falls right before the quotation's first paragraph: its speaker is introduced in the section before.
        var cut = Draft.IndexOf('“', StringComparison.Ordinal);
        var sectioned = Sectioned(Draft, cut, margin: 1);
        Assert.DoesNotContain(sectioned.Findings, f => f.Id == "RH3003");
        AssertSame(Described(WholeReport(Draft)), Described(sectioned));
    }

    [Fact]
    public void A_quotation_that_runs_past_the_margin_widens_it()
    {
        // A quotation over five paragraphs, its speaker in the paragraph before it; the cut falls in its middle, one chunk of margin.
        const string text = """
            Tomas Ferreira, the port's chief engineer, told the inquiry on Friday:

            “The cranes were inspected in March.

            “The cables were replaced in April.

            “The brakes were tested in May.

            “Nobody told us the quay was sinking, and the survey was never shared with the crews.”

            Clearly, the harbor authority misled the inquiry.

            """;
        var cut = text.IndexOf("“The brakes", StringComparison.Ordinal);
        var sectioned = Sectioned(text, cut, margin: 1);
        Assert.DoesNotContain(sectioned.Findings, f => f.Id == "RH3003");
        AssertSame(Described(WholeReport(text)), Described(sectioned));
    }

    [Fact]
    public void Suppression_comments_reach_across_sections_and_their_problems_are_reported_once()
    {
        var text = "<!-- rhetlint-disable RH4001 -- the desk checked these -->\n\n" + string.Concat(Enumerable.Repeat(Draft, 4))
            + "<!-- rhetlint-enable RH4001 -->\n\n<!-- rhetlint-ignore RH2001 -->\nA quiet paragraph about the ferries.\n\n"
            + "<!-- rhetlint-disable RH9999 -->\n\n" + Draft;
        var sectioned = Sectioned(text, Draft.Length, margin: 2);
        var whole = WholeReport(text);
        Assert.Equal(4, sectioned.Suppressed.Count(f => f.Id == "RH4001"));
        Assert.Single(sectioned.Findings, f => f.Id == "RH4001");
        Assert.Contains(sectioned.Findings, f => f.Id == EngineDescriptors.UnusedSuppression.Id);
        Assert.Single(sectioned.Findings, f => f.Id == EngineDescriptors.BadDirective.Id);
        AssertSame(Described(whole), Described(sectioned));
    }

    [Fact]
    public void A_document_that_cannot_be_cut_in_two_is_analyzed_whole()
    {
        var oneParagraph = Draft.Replace("\n\n", " ", StringComparison.Ordinal);
        Assert.Null(SectionedLinter.TryLint(Driver, "draft.md", SourceText.From(oneParagraph), DocumentFormat.Markdown, DocumentOptions.Default,
            new SectionSizes(Threshold: 0, SectionSize: 1, Margin: 2), CancellationToken.None));
        var linter = new Linter(Driver) { Sections = new(Threshold: 0, SectionSize: 1, Margin: 2) };
        AssertSame(Described(WholeReport(oneParagraph)),
            Described(linter.LintForReport("draft.md", SourceText.From(oneParagraph), DocumentFormat.Markdown, DocumentOptions.Default)));
    }

    [Fact]
    public void Page_furniture_is_decided_on_the_whole_document()
    {
        // A widget line repeated in every copy is furniture only because it repeats; each section sees one or two copies.
        const string widget = "Read more: the harbor deal explained\n\n";
        var text = string.Concat(Enumerable.Repeat(widget + Draft, 6));
        AssertSame(Described(WholeReport(text)), Described(Sectioned(text, Draft.Length / 2, margin: 1)));
    }
}
