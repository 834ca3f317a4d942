using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests;

/// <summary>
/// Evidence counts only when it bears on the claim (issue 14, item 1). One test per evidence example of
/// detection-gaps.md (3a, 3h, 4) and real-text-audit.md (FP-5, M-9, M-10, the booster dated by an unrelated date),
/// each in sentences written for this file, and the positive side: what does support a claim.
/// </summary>
public class EvidenceLinkingTests
{
    [Theory]
    // A model number and a brand name are no figure and no source (3a).
    [InlineData("The Corsa 9 is the lightest road bike ever built.", "the lightest road bike")]
    // A grant measures money, not beauty (3a).
    [InlineData("With a €2 million grant behind it, the Eastgate Baths is the most handsome pool ever built.", "the most handsome pool")]
    // An age and an unrelated name in the next sentence (M-9).
    [InlineData("It was the worst harbour speech ever given. As for Mayor Tobin Hale, just as nobody would hand a 9-year-old the keys to a truck, nobody should hand him the port.", "the worst harbour speech")]
    // "I" is no name, and the writer's experience bounds no judgement (4).
    [InlineData("The tunnel is the most reckless plan I have seen in 20 years.", "the most reckless plan")]
    // A plural possessive of another thing shares no topic with the claim.
    [InlineData("Halden runs the fastest ferries in the north. The buses' timetables change every 40 minutes, the port office said.", "the fastest ferries")]
    public void An_unrelated_figure_or_name_does_not_support_a_superlative(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    // An acronym is no name, and a count of reactors does not measure danger (4); a ranked danger is RH1010's.
    [Fact]
    public void An_unrelated_figure_or_name_does_not_support_a_ranked_danger() =>
        Assert.Equal(["the most dangerous site ever"], Flagged("RH1010", "With 12 reactors, the ABX plant is the most dangerous site ever built."));

    [Fact]
    public void A_spelled_out_share_with_the_survey_that_defines_the_set_supports_the_superlative()
    {
        // 3h: "roughly a third" is a figure, and the survey a sentence earlier is its source.
        const string complaints = "The most common complaints were late buses and broken heaters, each named by roughly a third of riders.";
        Assert.Empty(Flagged("RH2001", "A 2024 survey of 3,000 bus riders by the Kelby Transit Institute asked what annoyed them most. " + complaints));
        Assert.Equal(["The most common complaints"], Flagged("RH2001", complaints));
    }

    [Fact]
    public void An_unrelated_figure_in_the_next_sentence_does_not_back_an_agentless_claim() =>
        // 3a: the whole-paragraph window at medium used to take any figure or name.
        Assert.Equal(["It has been proven"], Flagged("RH3006", "It has been proven that chlorine keeps pools safe. The Eastgate trust said 12% of swimmers were affected."));

    [Fact]
    public void Hearsay_is_not_sourced_by_unrelated_ages_and_durations() =>
        // M-10.
        Assert.Equal(["was said to"], Flagged("RH3011",
            "A ferry hand fell from the gangway and was said to be badly hurt. As for Lars Moe, the 41-year-old skipper, he is serving three years for an earlier crash."));

    // A claim's clause runs on across ", and", but the source's own reported clause is not what the claim is about: a
    // name the filings repeat from their own content does not tie them to the opponents' aim. The near miss names the
    // same backers in the claim, so the filings speak of them.
    [Fact]
    public void A_source_in_the_claims_sentence_covers_it_only_through_the_claims_own_words()
    {
        const string filings = "Pike's backers have quietly put $2 million into the contest, according to filings with the Elections Board, and ";
        Assert.Equal(["our opponents are ready to break any rule"], Flagged("RH1004", filings + "our opponents are ready to break any rule to buy this seat."));
        Assert.Empty(Flagged("RH1004", filings + "Pike's backers are ready to break any rule to buy this seat."));
    }

    [Fact]
    public void A_date_does_not_excuse_a_booster() =>
        // real-text-audit: a booster kept quiet by the date in its sentence.
        Assert.Equal(["clearly"], Flagged("RH4001", "On March 3, 2021, clearly, the council lost its nerve."));

    [Fact]
    public void A_figure_in_the_booster_clause_or_a_source_for_it_shows_why()
    {
        Assert.Empty(Flagged("RH4001", "Clearly, the council's debt grew 40% last year."));
        Assert.Empty(Flagged("RH4001", "Clearly, the council lost its nerve, the Halden Gazette reported."));
    }

    [Fact]
    public void Such_and_this_refer_back_to_a_figure_two_sentences_earlier()
    {
        // FP-5.
        const string budget = "To defend such an enormous budget, the board needs a crisis.";
        Assert.Empty(Flagged("RH2007", "The harbour board spends €25 million a year on dredging. This vast sum comes from port fees. " + budget));
        Assert.Equal(["enormous budget"], Flagged("RH2007", budget));
    }

    [Fact]
    public void A_universal_claim_is_not_supported_by_a_figure_about_something_else() =>
        Assert.Equal(["Nobody likes"], Flagged("RH2005", "Nobody likes a toll road. The bridge opened in 1998 and cost 40 million crowns."));

    [Fact]
    public void A_named_source_supports_a_research_appeal_only_when_it_speaks_of_the_finding()
    {
        Assert.Equal(["Studies show"], Flagged("RH3007", "Studies show that sugar harms teeth. The Harlow Dental Institute said 40% of children had cavities."));
        Assert.Empty(Flagged("RH3007", "Studies show that sugar harms teeth, according to a 2022 review by the Harlow Dental Institute."));
    }

    [Fact]
    public void A_named_source_supports_an_intent_claim_only_when_it_speaks_of_the_actor()
    {
        Assert.Equal(["Iran is bent on"], Flagged("RH1004", "Minister Ana Ruiz said the budget passed. Iran is bent on dominating the Gulf."));
        Assert.Empty(Flagged("RH1004", "Defence minister Ana Ruiz said Iran had massed ships in the Gulf. Iran is bent on dominating the Gulf."));
    }

    [Theory]
    // A figure together with a named dataset in the claim's clause.
    [InlineData("Halden's rents rose 9% last year, the sharpest rise in the north on Norvik Statistics figures.")]
    // A set a named body measured.
    [InlineData("Its capital ratio is the highest of the 38 lenders tracked by Norvik Ratings.")]
    // A kept record bounds a measured rank.
    [InlineData("Turnout was the highest in the thirty years the election office has kept records.")]
    [InlineData("The rainfall was the highest since the observatory began measuring it in 2009.")]
    // The reviewer's own measured set.
    [InlineData("Its battery life is the longest of the nine phones we have tested this year.")]
    // A named speaker whose quotation covers the claim.
    [InlineData("Halden is the busiest harbor on the coast. \u201cHalden handled more ships than any harbor on the coast last year,\u201d said Ilse Brandt, the port director.")]
    // A later sentence that refers back with a figure and its source.
    [InlineData("Halden has the highest rents in the north. Its rents average 1,450 euros a month, the city housing office said.")]
    // A plural possessive ("ferries'") is the plural it ends in, so it names the claim's "ferries".
    [InlineData("Halden runs the fastest ferries in the north. The ferries' crossings average 40 minutes, the port office said.")]
    public void Evidence_that_bears_on_the_rank_supports_it(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    // Harm under way, and a duration that says only how long it has gone on (issue 16/17).
    [InlineData("Streaming is killing music, and has been for ten years.", "is killing music, and has been")]
    [InlineData("The new app is quietly corrupting our kids, and has done so for six months.", "is quietly corrupting our kids, and has done")]
    [InlineData("Slot machines are destroying cinema, and have been for twelve years.", "are destroying cinema, and have been")]
    public void A_duration_does_not_measure_harm_under_way(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    // Near misses: a figure that measures the harm, with its source; a rate of victims.
    [InlineData("Streaming is killing music: sales fell 40 percent in ten years, the Phonographic Trade Board says.")]
    [InlineData("The pesticide is poisoning 300 families a year.")]
    public void A_figure_of_the_harm_still_measures_it(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    [Theory]
    // A booster over a forecast whose only figure is its own condition's threshold.
    [InlineData("Clearly, the council will go under if its debt grows 40% next year.", "Clearly")]
    [InlineData("Obviously, unless the levy raises £2 billion, the clinics will shut.", "Obviously")]
    public void A_threshold_in_a_condition_does_not_show_why(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH4001", text));

    [Fact]
    public void A_figure_the_forecast_states_still_shows_why() =>
        // Near miss: the figure is in the consequent, not the condition.
        Assert.Empty(Flagged("RH4001", "Clearly, if the levy passes, the clinics will lose 40% of their staff."));
}
