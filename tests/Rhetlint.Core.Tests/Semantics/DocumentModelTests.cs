using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Markup;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Tests.Semantics;

public class DocumentModelTests
{
    private static DocumentModel Model(string text) =>
        DocumentModel.Build("test.txt", ProseParser.Parse(PlainTextReader.Read(SourceText.From(text))));

    [Theory]
    [InlineData("Kestria is said to have moved its fleet.")]
    [InlineData("It is widely believed that the fleet has moved.")]
    [InlineData("The envoy was described as a hardliner.")]
    [InlineData("The minister has long been reported to favour the deal.")]
    public void A_passive_reporting_verb_makes_no_attribution_frame(string text) =>
        Assert.Empty(Model(text).Frames);

    [Fact]
    public void An_active_reporting_verb_still_makes_a_frame()
    {
        var frame = Assert.Single(Model("Ilse Brandt said the fleet had moved.").Frames);
        Assert.Equal(SpeakerClass.NamedPerson, frame.Speaker);
    }

    /// <summary>
    /// ", the minister told MPs,": the speaker's words run on both sides of a reporting clause set off by commas; the
    /// clause itself stays the writer's.
    /// </summary>
    [Theory]
    [InlineData("The grain tariff, the minister told MPs, is the fairest in Europe.", "the minister told MPs")]
    [InlineData("The striker, she said, was the fastest in the league.", "she said")]
    [InlineData("The flood barrier, engineers say, will hold until 2060.", "engineers say")]
    public void A_parenthetical_reporting_clause_reports_both_sides(string text, string clause)
    {
        var model = Model(text);
        var tokens = model.Syntax.Tokens;
        var clauseStart = text.IndexOf(clause, StringComparison.Ordinal);
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!tokens[i].IsWord) continue;
            var inClause = tokens[i].Span.Start >= clauseStart && tokens[i].Span.End <= clauseStart + clause.Length;
            Assert.Equal(inClause ? Voice.Author : Voice.Reported, model.Voices[i]);
        }
    }

    /// <summary>
    /// "…, uniting farmers who decried the tariff, …": a reporting verb in a relative clause, or one whose words before
    /// the comma are what was said, is no clause set off inside a report; the words before it stay the writer's.
    /// </summary>
    [Theory]
    [InlineData("The pact reflects a rare truce, uniting farmers who decried the tariff, bankers who wanted cheap credit and the unions.", "pact")]
    [InlineData("At the hearing, the mayor decried the budget, the levy and the port plan.", "hearing")]
    public void A_reporting_verb_with_its_own_object_sets_off_no_parenthetical(string text, string word)
    {
        var model = Model(text);
        var tokens = model.Syntax.Tokens;
        var index = Enumerable.Range(0, tokens.Length).Single(i => tokens[i].Norm == word);
        Assert.Equal(Voice.Author, model.Voices[index]);
    }

    [Theory]
    [InlineData("The grain tariff, frankly, is the fairest in Europe.")]
    [InlineData("The grain tariff, she knew, was the fairest in Europe.")]
    public void An_aside_that_reports_nothing_stays_the_writers(string text)
    {
        var model = Model(text);
        Assert.All(model.Voices, voice => Assert.Equal(Voice.Author, voice));
    }

    [Theory]
    [InlineData("The treaty dates from the 1970s.", FigureKind.Date)]
    [InlineData("The treaty dates from 1972.", FigureKind.Date)]
    [InlineData("The treaty covers 240 ships.", FigureKind.Count)]
    public void A_decade_dates_a_claim_like_a_year(string text, FigureKind expected) =>
        Assert.Equal(expected, Assert.Single(Model(text).EvidenceItems).Figure);
}
