using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Markup;
using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Sourcing;

public class RH3006AgentlessPassiveAttributionTests
{
    [Theory]
    [InlineData("It is widely believed that Kestria is rebuilding its nuclear program.", "It is widely believed")]
    [InlineData("The envoy is widely seen as a hardliner.", "is widely seen as")]
    [InlineData("It has been shown that smaller harbors recover faster after storms.", "It has been shown")]
    [InlineData("It has been proven that toll roads pay for themselves.", "It has been proven")]
    [InlineData("It is generally agreed that the old ferry schedule failed.", "It is generally agreed")]
    [InlineData("It is an open secret in the ministry that the budget will slip.", "It is an open secret")]
    [InlineData("It is no secret that the mayor dislikes the plan.", "It is no secret")]
    [InlineData("It is common knowledge that Varn trains its pilots abroad.", "It is common knowledge")]
    [InlineData("It's widely understood the envoy will resign.", "It's widely understood")]
    [InlineData("The Lumen tablet has been hailed as a breakthrough for rural clinics.", "has been hailed as")]
    [InlineData("The Lumen tablet has been hailed by many.", "has been hailed")]
    [InlineData("The bridge toll has been much discussed in recent months.", "has been much discussed")]
    [InlineData("The port deal, which has been hotly debated, goes to a vote on Friday.", "has been hotly debated")]
    [InlineData("The new levy has been shown to push small shops out of the old town.", "has been shown")]
    [InlineData("The envoy is thought to favour a second round of talks.", "is thought")]
    [InlineData("The governor has long been regarded as the party's strongest speaker.", "has long been regarded as")]
    [InlineData("The minister has been described as a pragmatist.", "has been described as")]
    [InlineData("The harbor master has been called a hero.", "has been called")]
    // A figure in the view says nothing about who holds it.
    [InlineData("It is widely believed that the stockpile holds 300 drones.", "It is widely believed")]
    // A view put or suggested to the writer by nobody named, on any beat.
    [InlineData("It was put to me that the mayor had known about the leak for months.", "It was put to me")]
    [InlineData("It has been suggested to us that the striker wants to leave.", "It has been suggested to us")]
    [InlineData("It was pointed out to me that the vaccine trial had no control group.", "It was pointed out to me")]
    // Estimates credited to nobody, praise from nobody, and a repetition adverbial before the clause.
    [InlineData("It has been estimated that rooftop panels could power half the valley.", "It has been estimated")]
    [InlineData("It is calculated that the new line saves commuters an hour a week.", "It is calculated")]
    [InlineData("The festival's new director has been praised.", "has been praised")]
    [InlineData("The vaccine campaign was praised for its speed.", "was praised")]
    [InlineData("It has been shown time and again that low fares fill trains.", "It has been shown")]
    [InlineData("It has been demonstrated over and over that the reef recovers.", "It has been demonstrated")]
    // Set off by commas after the clause it covers, as a parenthetical.
    [InlineData("Two scouts from the capital watched the winger on Saturday, it is understood.", "it is understood")]
    [InlineData("The new chef, it is believed, trained in a Lyon kitchen.", "it is believed")]
    // The reduced passive of an appositive or a reduced relative credits its description to nobody as the finite one does.
    [InlineData("The baker, often hailed as the finest in Corran, opened a second shop.", "often hailed as")]
    [InlineData("Ysolde Marr, widely described as the ablest skipper on the lake, retired.", "widely described as")]
    [InlineData("A ferry widely seen as the safest on the coast sails at dawn.", "widely seen as")]
    // The participles of crediting that are no verbs of saying or regarding, in the same comma form.
    [InlineData("The tram, touted as the quickest way into Corran, broke down twice in May.", "touted as")]
    [InlineData("The bypass, widely billed as the answer to congestion, opened in March.", "widely billed as")]
    [InlineData("The choir, acclaimed as the best in the valley, sang at the fair.", "acclaimed as")]
    // Issue 17: a verb that names or holds up credits a rank after "as" to nobody, finite or reduced (CreditedRanks).
    [InlineData("Kestrel, referred to as the deadliest archer in the regiment, retired in May.", "referred to as")]
    [InlineData("The Dunmore ferry is often referred to as the safest in the fleet.", "is often referred to as")]
    [InlineData("In the charter, thrift is held up as the single most useful virtue of a board.", "is held up as")]
    [InlineData("The Varn appeals court is known as one of the most cautious benches in the land.", "is known as")]
    public void Flags_a_view_credited_to_nobody(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH3006", text));

    [Theory]
    [InlineData("It was reported by the Harbor Gazette on Sunday that the envoy had resigned.")]
    [InlineData("The envoy is widely seen as a hardliner by the Norvania Institute for Peace.")]
    [InlineData("The bridge is expected to reopen in June, the city's transport department said.")]
    [InlineData("It is widely believed that Varn's fleet has doubled, the Harlow Institute said on Monday.")]
    [InlineData("It has never been shown that the tolls reduce traffic.")]
    // An opening adverb is no clause for a parenthetical to cover.
    [InlineData("Indeed, it was understood, as the Harbor Gazette said, that the pier would close.")]
    [InlineData("It is not widely believed that the ferry will return.")]
    [InlineData("It could be argued that the tolls are too low.")]
    [InlineData("The new levy will be seen as a tax on commuters.")]
    [InlineData("The strait is known as the Narrows.")]
    // A name, a plain label, an active verb, and a named agent for the credited rank.
    [InlineData("The post-war cohort is known as the Greatest Generation in Varn.")]
    [InlineData("The new arrivals are often referred to as the Dreamers.")]
    [InlineData("The old ledger was held up as an example at the audit.")]
    [InlineData("The man they referred to as the best archer in the regiment retired.")]
    [InlineData("The ferry is often referred to by the Dunmore Courier as the safest in the fleet.")]
    [InlineData("The ship was seen as it entered the harbor.")]
    [InlineData("The baker, hailed by the Corran Courier as the finest in town, opened a second shop.")]
    [InlineData("The envoy, seen as he left the embassy, waved.")]
    [InlineData("The tram, touted by the Corran Courier as the quickest way into town, broke down twice.")]
    // Without a comma the participle may be an active past: the judge dismissed the appeal.
    [InlineData("The judge dismissed as frivolous the appeal the ferry company lodged.")]
    // A description holding a quotation is someone's words, which the quotation rules judge.
    [InlineData("The bypass, billed as \u201cthe answer to congestion\u201d in the council's leaflet, opened in March.")]
    [InlineData("Olan Brisk, described as one of Varn's \u201cmost gifted engineers\u201d in the board's letter, resigned on Friday.")]
    [InlineData("The plan, described as follows, has three parts.")]
    [InlineData("The bridge was described as follows in the survey.")]
    [InlineData("The film has been shown to students in every district.")]
    [InlineData("The theft was reported to the police on Monday.")]
    [InlineData("The plan was discussed at length on Monday.")]
    [InlineData("Brandt said it is widely believed that the treaty will hold.")]
    [InlineData("\"It is widely believed that the treaty will hold,\" Brandt said.")]
    [InlineData("It was put to me by the mayor that the depot would close.")]
    [InlineData("It was put to the vote that the club would merge.")]
    [InlineData("The envoy is said to have threatened the mayor.")]
    [InlineData("The new stadium roof has been praised by the Royal Institute of Architects.")]
    [InlineData("It is estimated that 40,000 fans attended, according to the Leeds police.")]
    [InlineData("The turnout is estimated at 62%.")]
    [InlineData("The striker has been praised for his goals, the club's manager said.")]
    [InlineData("The chancellor said the budget had been praised.")]
    public void Does_not_flag_a_named_agent_evidence_or_other_constructions(string text) =>
        Assert.Empty(Flagged("RH3006", text));

    // A report covers its own clause; a second attribution coordinated after it is the writer's.
    [Theory]
    [InlineData("Surveyors say the pier is unsafe, and it is widely believed that it will close by spring.", "it is widely believed")]
    [InlineData("Growers say the frost was early, and it is common knowledge that prices will rise.", "it is common knowledge")]
    [InlineData("Analysts agree the merger is sound, and the new chief has been praised as a safe pair of hands.", "has been praised as")]
    [InlineData("Mayor Jo Pike said the tram is late; the contractor has been widely criticised.", "has been widely criticised")]
    public void Flags_an_agentless_attribution_coordinated_after_a_report(string text, string expected) =>
        Assert.Contains(expected, Flagged("RH3006", text));

    [Theory]
    [InlineData("Mayor Jo Pike said the tram is widely seen as a success.")]
    [InlineData("Mayor Jo Pike said that the tram, which is widely seen as a success, will run until midnight.")]
    public void Does_not_flag_an_agentless_attribution_inside_a_report(string text) =>
        Assert.Empty(Flagged("RH3006", text));

    // Evidence has to name who holds the view: a shop link after the praise does not.
    [Fact]
    public void A_link_about_something_else_does_not_source_the_view() =>
        Assert.Equal(["has been hailed as"], Flagged("RH3006", "The Corvo kettle has been hailed as a game-changer. Buy it today at [corvo.example](https://corvo.example) for $40.", DocumentFormat.Markdown));

    [Fact]
    public void A_citation_standing_alone_after_the_view_sources_it() =>
        Assert.Empty(Flagged("RH3006", "It has been shown that cycle lanes cut accidents. Source: [the 2023 city audit](https://city.example/audit).", DocumentFormat.Markdown));

    [Fact]
    public void A_link_about_the_view_sources_it() =>
        Assert.Empty(Flagged("RH3006", "The Corvo kettle has been hailed as a game-changer. Reviewers at [Kitchen Weekly](https://kw.example) called the kettle a game-changer.", DocumentFormat.Markdown));

    [Fact]
    public void A_paragraph_opening_claim_may_be_backed_later_in_the_paragraph()
    {
        const string text = "It is widely believed that the harbor is silting up. Dredging records go back decades. The port authority measured 40 cm of new silt in the harbor between 2015 and 2023.";
        Assert.Empty(Flagged("RH3006", text));
    }

    [Fact]
    public void A_later_sentence_is_backed_only_by_the_next_one()
    {
        const string text = "The ferry runs twice a day. It is widely believed that the route loses money. Dredging records go back decades. The port authority measured a 40 cm loss of depth in 2023.";
        Assert.Equal(["It is widely believed"], Flagged("RH3006", text));
    }

    [Fact]
    public void Offers_display_only_templates()
    {
        const string text = "It is widely believed that Kestria is rebuilding its nuclear program.";
        var finding = Single("RH3006", text);
        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal("'It is widely believed' credits a view to nobody; say who holds it, or cite where it is shown", finding.Message);
        var rewrite = Assert.Single(finding.Rewrites);
        Assert.Equal(Applicability.DisplayOnly, rewrite.Applicability);
        Assert.Equal("[Name or agency] [believes/showed]", Assert.Single(rewrite.Changes).NewText);

        var personal = Assert.Single(Single("RH3006", "The envoy is widely seen as a hardliner.").Rewrites);
        Assert.Equal("is widely seen by [named source] ([where, when]) as", Assert.Single(personal.Changes).NewText);
    }

    [Theory]
    [InlineData("The Ostby ferry is widely considered the safest crossing on the coast.", "is widely considered")]
    [InlineData("The old mill is considered one of the finest buildings in Harlow.", "is considered")]
    [InlineData("Her second novel has long been deemed a failure.", "has long been deemed")]
    [InlineData("It is generally considered unsafe to swim near the pier.", "is generally considered")]
    public void Flags_a_bare_judgement_credited_to_nobody(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH3006", text));

    [Theory]
    // Without a degree adverb or a rank, the verb may classify in a technical sense.
    [InlineData("Shoplifting under fifty dollars is considered a misdemeanour under state law.")]
    [InlineData("The witness was deemed unfit to testify.")]
    // A taxonomy, and a name introduced by "what".
    [InlineData("Outside Harlow these are generally considered a kind of bun.")]
    [InlineData("The boats anchor near what is commonly considered the Narrows.")]
    // A named agent.
    [InlineData("The mill is widely considered the finest in Harlow by the county's heritage board.")]
    public void A_classification_a_name_or_an_agent_is_silent(string text) =>
        Assert.Empty(Flagged("RH3006", text));

    // Issue 17: the view of "X is widely seen as Y" is Y; a named source who speaks only of X does not hold it.
    [Theory]
    [InlineData("The storm is widely seen as a warning for the coast. Dr Ana Lind, a climatologist at Harlow University, said storms of this kind would become more common.")]
    [InlineData("The merger is widely regarded as a mistake. Jon Berg, an analyst at Fenwick Partners, said the merger would close in May.")]
    [InlineData("The festival is generally seen as a turning point for the town. Mayor Ida Holm said the festival sold 9,000 tickets.")]
    public void Flags_a_passive_view_a_named_source_does_not_hold(string text) =>
        Assert.Single(Flagged("RH3006", text));

    [Fact]
    public void A_named_source_who_holds_the_view_covers_it() =>
        Assert.Empty(Flagged("RH3006", "The merger is widely seen as a mistake. Jon Berg, an analyst at Fenwick Partners, said the merger was a costly mistake for both banks."));
}
