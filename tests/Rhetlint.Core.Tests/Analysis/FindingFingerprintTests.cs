using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Config;
using Rhetlint.Core.Markup;

namespace Rhetlint.Core.Tests.Analysis;

/// <summary>The fingerprint a baseline and SARIF's partialFingerprints rely on: rule id + normalized sentence + occurrence.</summary>
public sealed class FindingFingerprintTests
{
    /// <summary>Flags every "reckless", so a test controls exactly where findings are.</summary>
    private sealed class Reckless : RhetoricAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("HOUSE910", "t", "m", RuleCategories.HouseStyle, DiagnosticSeverity.Warning, true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

        public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(s =>
        {
            var tokens = s.Document.Syntax.Tokens;
            for (var i = s.Sentence.FirstToken; i < s.Sentence.EndToken; i++)
                if (tokens[i].Norm == "reckless") s.Report(Rule, tokens[i].Span, []);
        });
    }

    private static ImmutableArray<Finding> All(string markdown) =>
        new AnalyzerDriver([new Reckless()]).AnalyzeIncludingSuppressed(
            Linter.BuildModel("draft.md", SourceText.From(markdown), DocumentFormat.Markdown), DocumentOptions.Default);

    private static string[] Fingerprints(string markdown) => [.. All(markdown).Select(f => f.Fingerprint!)];

    private const string Draft = "The Varn levy is reckless.\n\nThe council met on Tuesday.\n";

    [Fact]
    public void A_paragraph_inserted_above_keeps_the_fingerprint() =>
        Assert.Equal(Fingerprints(Draft), Fingerprints("# Harbor levy\n\nKestria's ferries run late.\n\n" + Draft));

    [Fact]
    public void Rewrapping_the_sentence_or_curling_its_quotes_keeps_the_fingerprint()
    {
        var straight = Fingerprints("Brandt's \"plan\" for the Varn levy is reckless.\n");
        Assert.Equal(straight, Fingerprints("Brandt’s “plan” for the Varn\nlevy   is reckless.\n"));
    }

    [Fact]
    public void Editing_the_sentence_makes_a_new_fingerprint() =>
        Assert.NotEqual(Fingerprints(Draft), Fingerprints("The Varn harbor levy is reckless.\n\nThe council met on Tuesday.\n"));

    [Fact]
    public void The_same_rule_twice_in_one_sentence_is_told_apart_by_occurrence()
    {
        var twice = Fingerprints("A reckless plan and a reckless vote.\n");
        Assert.Equal(2, twice.Distinct().Count());
        Assert.Equal(FindingFingerprint.Of("HOUSE910", "a reckless plan and a reckless vote.", 1), twice[1]);
    }

    [Fact]
    public void Identical_sentences_in_two_places_are_counted_in_document_order()
    {
        var first = Fingerprints("The levy is reckless.\n");
        var both = Fingerprints("The levy is reckless.\n\nThe council met.\n\nThe levy is reckless.\n");
        Assert.Equal(first[0], both[0]);
        Assert.NotEqual(both[0], both[1]);
    }

    [Fact]
    public void A_suppressed_finding_keeps_its_place_in_the_count()
    {
        var all = All("<!-- rhetlint-ignore HOUSE910 -- the council's word -->\nThe levy is reckless.\n\nThe levy is reckless.\n");
        Assert.Equal(2, all.Length);
        Assert.Equal("the council's word", all[0].Suppression!.Justification);
        Assert.Null(all[1].Suppression);
        Assert.Equal(FindingFingerprint.Of("HOUSE910", "the levy is reckless.", 1), all[1].Fingerprint);
    }

    [Theory]
    [InlineData(0xFFFE)]
    [InlineData(0xD800)]
    [InlineData(0xDC00)]
    public void A_noncharacter_or_unpaired_surrogate_is_kept_and_the_rest_normalized(int code)
    {
        var odd = (char)code;
        Assert.Equal($"a reckless {odd} fine plan.", FindingFingerprint.NormalizeSentence($"a RECKLESS {odd} \uFB01ne plan."));
    }

    [Fact]
    public void Occurrences_in_one_long_sentence_are_counted_as_in_a_short_one()
    {
        var sentence = string.Concat(Enumerable.Repeat("a reckless plan, ", 500)) + "and a vote.";
        var all = Fingerprints(sentence + "\n");
        Assert.Equal(500, all.Length);
        Assert.Equal(500, all.Distinct().Count());
        Assert.Equal(FindingFingerprint.Of("HOUSE910", FindingFingerprint.NormalizeSentence(sentence), 499), all[499]);
    }
}
