using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.ThreatInflation;

/// <summary>RH1003's permanent losses: a good denied a population or for ever, and the last one ever (issue 16).</summary>
public class PermanentLossTests
{
    [Theory]
    [InlineData("By next summer no family on the Brenmoor estate will be able to afford a flat.", "By next summer no family on the Brenmoor estate will be able to afford a flat")]
    [InlineData("By the next election, no voter in Carrow will be able to trust a single broadcast.", "By the next election, no voter in Carrow will be able to trust a single broadcast")]
    [InlineData("By next winter not a single pensioner in the valley will be able to afford to heat a home.", "By next winter not a single pensioner in the valley will be able to afford to heat a home")]
    [InlineData("Within a decade no young farmer will own land in the Hollin basin.", "Within a decade no young farmer will own land in the Hollin basin")]
    [InlineData("Within five years no shopper will know real honey from syrup.", "Within five years no shopper will know real honey from syrup")]
    [InlineData("By next summer no parent in Dunmore will trust the school buses.", "By next summer no parent in Dunmore will trust the school buses")]
    public void Flags_a_good_denied_a_whole_population_by_a_deadline(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    [InlineData("Never again will a young teacher on an ordinary salary buy a house in Ashby.", "Never again will a young teacher on an ordinary salary buy a house in Ashby")]
    [InlineData("Never again will a family of four afford a week at the seaside.", "Never again will a family of four afford a week at the seaside")]
    [InlineData("Never again will a 30-year-old on a care worker's wage own a house in Ashby.", "Never again will a 30-year-old on a care worker's wage own a house in Ashby")]
    [InlineData("Young chefs will never again afford a restaurant lease on Quay Street.", "will never again afford a restaurant lease on Quay Street")]
    public void Flags_a_good_denied_for_ever(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    [InlineData("This will be the last season cricket is ever played at Harrow Lane.", "will be the last season cricket is ever played at Harrow Lane")]
    [InlineData("This is the last referendum in which your ballot will count.", "is the last referendum in which your ballot will count")]
    [InlineData("This will be the last winter anyone ever skates on the Marren lake.", "will be the last winter anyone ever skates on the Marren lake")]
    [InlineData("If the county does not step in by June, this will be the last summer anyone ever swims at Tarn Cove.", "will be the last summer anyone ever swims at Tarn Cove")]
    public void Flags_the_last_one_ever(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Fact]
    public void The_rewrite_of_a_present_last_one_ever_takes_the_base_form() =>
        Assert.Equal("could be the last referendum in which your ballot will count; [source] puts the likelihood at [estimate]",
            Assert.Single(Assert.Single(Alone("RH1003", "This is the last referendum in which your ballot will count.")).Rewrites[0].Changes).NewText);

    [Theory]
    // A count, a year, a notice's date, a good that is a relief, no deadline, a figure of speech.
    [InlineData("By 2030 no family in the scheme will pay more than 300 pounds a year for childcare.")]
    [InlineData("By 2028 no driver will be able to buy a new petrol car, under the national plan.")]
    [InlineData("By Friday no pupil will be able to buy lunch at the old canteen.")]
    [InlineData("Within a month no visitor will be able to park on the promenade.")]
    [InlineData("By next summer no resident will have to drive to the tip.")]
    [InlineData("No voter will ever trust him again after that speech.")]
    [InlineData("No one will be able to tell the difference between the new bread and the old.")]
    [InlineData("Nobody will notice the new bins by next spring.")]
    // Attributed, quoted, hedged or answered with a figure and its source.
    [InlineData("No family will be able to afford the new flats, the housing charity Shelter Carrow said in its annual report.")]
    [InlineData("\"By next summer no voter will trust the council,\" said the opposition leader, Mira Tall.")]
    [InlineData("By next summer no family may be able to afford a flat, the council's housing survey suggests.")]
    [InlineData("Within two years no patient in the trust will have to wait more than a week for a scan, the health board said.")]
    // A vow, one person's farewell, the past, a schedule, memory.
    [InlineData("Never again will we buy our bread from that bakery.")]
    [InlineData("Never again will the Rovers play in the third division, their manager vowed.")]
    [InlineData("This will be the last time I ever vote for the Harlow party.")]
    [InlineData("This will be the last season she will ever play at Harrow Lane.")]
    [InlineData("It was the last season cricket was ever played at the old ground.")]
    [InlineData("This will be the last season the club plays at Harrow Lane before it moves to the new stadium in May.")]
    [InlineData("This will be the last issue of the magazine printed in Leeds.")]
    [InlineData("The fans will never again forget that night at Harrow Lane.")]
    public void Does_not_flag_counts_notices_reliefs_attributions_vows_or_farewells(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    [Theory]
    [InlineData("Within a year no pupil will be able to buy fizzy drinks in school canteens under the new rules.")]
    [InlineData("By next autumn no student will be able to own a scooter on campus under the university's new policy.")]
    [InlineData("Within two years no driver will be able to buy a diesel van in the city under the clean air scheme.")]
    public void Does_not_flag_a_good_denied_under_a_rule_or_a_plan(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    [Theory]
    [InlineData("This will be the last winter the ferry ever runs at night, as the new bridge opens in March.")]
    [InlineData("This will be the last time the comet is ever seen from Earth for 75 years.")]
    [InlineData("This is the last summer the pool will ever open on Sundays before the new leisure centre opens in June.")]
    public void Does_not_flag_a_last_occasion_on_a_timetable(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    [Theory]
    [InlineData("By 2031 the high street in Dunmore will be as dead as the dodo.", "will be as dead as the dodo")]
    [InlineData("By 2030 the session musician will be as extinct as the dodo.", "will be as extinct as the dodo")]
    [InlineData("Within a decade local radio will be a thing of the past.", "Within a decade local radio will be a thing of the past")]
    [InlineData("The Ashby we grew up with will be gone within a decade.", "will be gone within a decade")]
    [InlineData("Village cricket as we know it will be finished within five years.", "will be finished within five years")]
    public void Flags_the_end_of_a_stake_in_words_no_schedule_uses(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    [InlineData("Within a decade paper tickets will be a thing of the past.")]
    [InlineData("Within a decade measles will be a thing of the past, the health agency predicts.")]
    [InlineData("Cash will be a thing of the past within a decade.")]
    [InlineData("By 2030 coal power will be a thing of the past under the national energy plan.")]
    [InlineData("The battery will be as dead as a doornail by tonight.")]
    [InlineData("The team we love will be finished by May.")]
    [InlineData("The houses we knew will be gone by Friday.")]
    public void Does_not_flag_the_end_of_a_thing_a_harm_or_a_notice(string text) =>
        Assert.Empty(Flagged("RH1003", text));
}
