using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Markup;
using Rhetlint.Core.Semantics;

namespace Rhetlint.Core.Tests.Semantics;

/// <summary>Bodies named by any noun as speakers, kept files that show a claim, and dated records and history (session 47).</summary>
public class ReviewFixSemanticsTests
{
    private static DocumentModel Model(string text) => Linter.BuildModel("test.txt", SourceText.From(text), DocumentFormat.PlainText);

    private static string[] Sources(string text)
    {
        var model = Model(text);
        return [.. model.Frames.Select(f => $"{model.Excerpt(model.SpanOf(f.SourceStart, f.SourceHeadEnd))} | {f.Speaker}")];
    }

    [Theory]
    [InlineData("The old ten-crown notes will be worthless by June, the mint said.", "the mint | DefiniteRole")]
    [InlineData("The lido will stay shut all summer, the opposition warned.", "the opposition | DefiniteRole")]
    [InlineData("The opposition claims the count in Ferrow will be rigged.", "The opposition | DefiniteRole")]
    public void A_definite_body_in_a_closing_tag_or_opening_a_report_is_a_speaker(string text, string expected) =>
        Assert.Contains(expected, Sources(text));

    [Theory]
    [InlineData("The ferry was late, the crossing said nothing.")]
    [InlineData("We walked to the pier and the gulls said nothing at all.")]
    [InlineData("The opposition claims were dismissed by the court.")]
    [InlineData("The operator expects the best crossing times of the year.")]
    public void No_body_speaks_where_no_report_follows(string text) =>
        Assert.DoesNotContain(Sources(text), s => s.EndsWith("| DefiniteRole", StringComparison.Ordinal));

    [Theory]
    [InlineData("No keeper at the club has saved a penalty in years, club records show.", "club records show")]
    [InlineData("The lift has not broken down in a decade, the maintenance logs show.", "the maintenance logs show")]
    [InlineData("The guild has met every month since the war, its minutes show.", "its minutes show")]
    [InlineData("The league's records show that no side has won there in years.", "The league's records show")]
    public void A_kept_file_that_shows_the_claim_is_a_dataset(string text, string expected)
    {
        var model = Model(text);
        Assert.Contains(model.EvidenceItems, e => e.Kind == EvidenceKind.Dataset && model.Excerpt(model.SpanOf(e.First, e.End)) == expected);
    }

    [Theory]
    [InlineData("No keeper at the club has saved a penalty in years, records show.")]
    [InlineData("No keeper at the club has saved a penalty in years, her record shows.")]
    [InlineData("The club records show jumpers and scarves from the sixties.")]
    public void A_file_with_no_keeper_or_no_tag_is_no_dataset(string text) =>
        Assert.DoesNotContain(Model(text).EvidenceItems, e => e.Kind == EvidenceKind.Dataset);

    [Theory]
    [InlineData("The pier has never once closed since it opened in 1932.", true)]
    [InlineData("The pier has never once closed since March.", true)]
    [InlineData("The pier has never once closed since it opened.", false)]
    [InlineData("The pier has never once closed; in 1932 it opened.", false)]
    public void A_since_with_a_date_dates_the_clause(string text, bool dated)
    {
        var model = Model(text);
        Assert.Equal(dated, DatedPast.SinceDateInClause(model.Tokens, model.Syntax.Sentences[0], 0));
    }

    [Theory]
    [InlineData("Enemy frigates were off almost every harbour by 1805.", true)]
    [InlineData("Rival fans were in nearly every seat last season.", true)]
    [InlineData("Rival fans were in nearly every seat two seasons ago.", true)]
    [InlineData("Rival fans are in nearly every seat this season.", false)]
    [InlineData("Enemy frigates were off almost every harbour.", false)]
    public void A_past_tense_with_a_date_narrates_history(string text, bool narrated)
    {
        var model = Model(text);
        var every = Array.FindIndex(model.Tokens.ToArray(), t => t.Norm == "every");
        Assert.Equal(narrated, DatedPast.IsDatedNarration(model.Tokens, model.Syntax.Sentences[0], every));
    }
}
