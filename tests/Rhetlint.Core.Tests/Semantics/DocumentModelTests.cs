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

    private static Voice VoiceOf(DocumentModel model, string text, string word, int occurrence = 1)
    {
        var start = -1;
        for (var n = 0; n < occurrence; n++) start = text.IndexOf(word, start + 1, StringComparison.Ordinal);
        return model.Voices[model.Syntax.TokenIndexAt(start)];
    }

    /// <summary>
    /// What research is said to show is the research's claim, as what experts are said to say is theirs: the appeal is the
    /// writer's, the finding is reported.
    /// </summary>
    [Theory]
    [InlineData("Research shows that Dunmere has the bumpiest roads in the county.", "Research", "bumpiest")]
    [InlineData("Studies suggest the Orrin ferry is the slowest crossing in the north.", "Studies", "slowest")]
    [InlineData("Decades of research have found that Tarven schools are the best in the country.", "Decades", "best")]
    [InlineData("A growing body of evidence ties the glaze to the worst kiln fires on record.", "body", "worst")]
    [InlineData("A 2021 study in the Lancet found that the Brisa vaccine is the safest on the market.", "study", "safest")]
    public void A_research_finding_is_reported_speech(string text, string appealWord, string findingWord)
    {
        var model = Model(text);
        Assert.Equal(Voice.Author, VoiceOf(model, text, appealWord));
        Assert.Equal(Voice.Reported, VoiceOf(model, text, findingWord));
    }

    /// <summary>The writer's own words after the finding, in a clause or a sentence of their own, stay the writer's.</summary>
    [Theory]
    [InlineData("Studies show that tolls cut traffic; our tram is the finest in Europe.", "tram")]
    [InlineData("Studies show that tolls cut traffic. Our tram is the finest in Europe.", "tram")]
    [InlineData("Research suggests that tolls cut traffic, but our tram is the finest in Europe.", "tram")]
    // Another source's frame inside the finding ends it: the frame reads its own content.
    [InlineData("Research shows that tolls cut traffic, as Ilse Brandt said last week.", "Brandt")]
    public void The_writers_words_after_a_research_finding_stay_the_writers(string text, string writersWord)
    {
        var model = Model(text);
        Assert.Equal(Voice.Reported, VoiceOf(model, text, "traffic"));
        Assert.Equal(Voice.Author, VoiceOf(model, text, writersWord));
    }

    /// <summary>
    /// An appeal coordinated after another source's report is a second attribution the writer adds: its subject and verb are
    /// the writer's again, its finding the research's.
    /// </summary>
    [Theory]
    [InlineData("Many dentists now believe the rinse is useless, and a growing body of research links it to stained teeth.", "useless", "research", "stained")]
    [InlineData("Some farmers now say the spray is harmless, and several studies tie it to the loss of bee colonies.", "harmless", "studies", "colonies")]
    public void A_research_appeal_coordinated_after_a_report_is_the_writers(string text, string reportedWord, string appealWord, string findingWord)
    {
        var model = Model(text);
        Assert.Equal(Voice.Reported, VoiceOf(model, text, reportedWord));
        Assert.Equal(Voice.Author, VoiceOf(model, text, appealWord));
        Assert.Equal(Voice.Reported, VoiceOf(model, text, findingWord));
    }

    /// <summary>An appeal inside someone's report is theirs: "experts say that studies show …" stays the experts' throughout.</summary>
    [Fact]
    public void A_research_appeal_inside_a_report_stays_reported()
    {
        const string text = "Ilse Brandt said that studies show the harbour is the busiest in Europe.";
        var model = Model(text);
        Assert.Equal(Voice.Reported, VoiceOf(model, text, "studies"));
        Assert.Equal(Voice.Reported, VoiceOf(model, text, "busiest"));
    }

    /// <summary>
    /// Reported content the frames alone missed (issue 17, real news): a second clause of a report after "but that", a
    /// participle after a reporting clause that follows its quotation, a closing tag with no comma, an agentless description after an adverb or a comma, and the clause of a noun of speech or of a document.
    /// </summary>
    [Theory]
    [InlineData("The warden said the pier was safe, but that the old slipway was the steepest in Tavel.", "steepest")]
    [InlineData("“We keep going,” the trainer said, adding that her crew was the quickest on the lake.", "quickest")]
    [InlineData("“I like the design,” Orsolya Fenn replied, remarking that the span was the lightest ever cast.", "lightest")]
    [InlineData("“A long night,” the deputy said, before clarifying that the vote was the harshest blow of her term.", "harshest")]
    [InlineData("Dobrev is the shrewdest broker in the guild Maren Holt argues.", "shrewdest")]
    [InlineData("The aqueduct is the gravest danger to the hamlet insists the surveyor Ilan Brook.", "gravest")]
    [InlineData("The launch, widely described as the swiftest in the harbour, leaves at dusk.", "swiftest")]
    [InlineData("The baker, often hailed as the finest in Corran, opened a second shop.", "finest")]
    [InlineData("The audit's claim that the canal is the cleanest in the region rests on one sample.", "cleanest")]
    [InlineData("Warnings that the quarrel over the strait is the gravest threat in decades have multiplied.", "gravest")]
    [InlineData("The ferries stopped after reports that a storm on the shoals is a matter of hours.", "storm")]
    // A grant that belongs to the clause, or a main predicate that denies it, leaves the clause reported.
    [InlineData("The guild's claim that the Brisk Lane bakery is the oldest in Corran is false.", "oldest")]
    [InlineData("The warnings that the Tolle ferry will be the slowest on the coast are hardly correct.", "slowest")]
    // A clause with its object, with a verb complete without one, or with a modal is the noun's content, not a relative.
    [InlineData("Reports that Ravel Oskarsson sent the sharpest memo of the year were denied.", "sharpest")]
    [InlineData("Reports that the Tolle ferry sank in the roughest sea of the year reached Corran.", "roughest")]
    [InlineData("Warnings that Kestria would invade the Vell coast before the thaw were everywhere.", "invade")]
    [InlineData("Reports that the wounded were the worst cases in years reached the ward.", "worst")]
    public void Reported_content_without_a_plain_frame_is_reported(string text, string word) =>
        Assert.Equal(Voice.Reported, VoiceOf(Model(text), text, word));

    /// <summary>The near misses: the writer's own words beside the same shapes stay the writer's.</summary>
    [Theory]
    [InlineData("Critics said nothing, and that silence is the loudest scandal of the season.", "loudest")]
    [InlineData("The warden said the pier was safe, but that is the weakest excuse of the year.", "weakest")]
    [InlineData("Warnings that the quarrel is grave have multiplied, and the strait is the busiest in decades.", "busiest")]
    [InlineData("The canal is the cleanest in the region, which is what the audit argues.", "cleanest")]
    [InlineData("The canal is the cleanest in the region and the audit argues for more.", "cleanest")]
    [InlineData("The mill ranked as the oldest in the county.", "oldest")]
    [InlineData("The report that was leaked last week is the longest in the archive.", "longest")]
    // A relative clause whose verb needs an object and has none: its object is the noun, and the clause says nothing.
    [InlineData("The dispatches that Ravel Oskarsson sent were the most candid papers in the archive.", "candid")]
    [InlineData("The claims that the harbour board made about the weir were the boldest of the year.", "boldest")]
    [InlineData("The warnings that the lock keepers issued last winter were the starkest in Corran.", "starkest")]
    [InlineData("The statements that Oskarsson had released on Monday are the frankest the guild has seen.", "frankest")]
    // A bare verb form after a noun heads a compound noun, not a closing tag: a tag's verb is inflected.
    [InlineData("The page by the kettle was the strangest clue, perhaps a ransom note.", "strangest")]
    [InlineData("The page by the kettle was the strangest clue of all and may have been a suicide note.", "strangest")]
    // A noun's clause that the sentence's main predicate grants is the writer's assertion: the writer names a teller and agrees.
    [InlineData("The guild's claim that the Brisk Lane bakery is the oldest in Corran is true, and I say so.", "oldest")]
    [InlineData("The warnings that the Tolle ferry will be the slowest on the coast are, in my view, entirely correct.", "slowest")]
    [InlineData("The promise that this orchard is the sweetest in Vell is mine.", "sweetest")]
    // A source inside a noun's clause reports on its own: the sourcing rules still weigh it.
    [InlineData("The ferries stopped after reports that harbour pilots said the shoals were the roughest in years.", "pilots")]
    public void The_writers_words_beside_a_report_stay_the_writers(string text, string word) =>
        Assert.Equal(Voice.Author, VoiceOf(Model(text), text, word));
}
