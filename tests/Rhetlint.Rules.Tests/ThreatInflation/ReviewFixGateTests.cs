using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.ThreatInflation;

/// <summary>
/// Session 47 review fixes of the widened gates: a body reporting a forecast, a plan carried out, a dated history, a
/// domino whose members act, and claims on what is owed, prized, a nuisance or a character's — with the near misses
/// that keep the true positives.
/// </summary>
public class ReviewFixGateTests
{
    [Theory]
    [InlineData("The old ten-crown notes will be worthless by June, the mint said.")]
    [InlineData("The opposition claims the count in Ferrow will be rigged.")]
    [InlineData("By the autumn the wrecking crews will have reduced the old mill to rubble, as planned.")]
    [InlineData("By the spring the contractors will have reduced the east stand to rubble, ahead of schedule.")]
    [InlineData("By 2030 no family will live in the condemned flats on Pell Street, the housing board plans.")]
    public void RH1003_leaves_a_body_reporting_and_a_plan_carried_out_alone(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    [Theory]
    [InlineData("Your pension will be worth half what it is today.", "will be worth half")]
    [InlineData("The mayoral election will be stolen.", "The mayoral election will be stolen")]
    [InlineData("By next winter this market town will be a ghost town.", "will be a ghost town")]
    public void RH1003_still_flags_the_writers_own_worst_case(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    [InlineData("The gardeners will not stop until every weed is gone from the rose beds.")]
    [InlineData("The cleaners will not stop until every stain is gone from the carpet.")]
    [InlineData("The nurses will not stop until every case of measles is gone from the district.")]
    [InlineData("The council is coming for your overdue parking fines.")]
    [InlineData("Recruiters from rival firms are coming for our brightest engineers.")]
    [InlineData("The playwright's heroine longs for a war that will free her from her marriage.")]
    [InlineData("The film's villain wants every bank in the city in his grip.")]
    public void RH1004_leaves_nuisances_debts_prized_people_and_characters_alone(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    [Theory]
    [InlineData("The private equity firms will not stop until every family farm is gone.", "The private equity firms will not stop until")]
    [InlineData("The hedge funds are coming for your pension.", "hedge funds are coming for your pension")]
    [InlineData("The letting agencies are coming for your street next.", "The letting agencies are coming for your street next")]
    [InlineData("The water barons want every reservoir in the county in their grip.", "The water barons want every reservoir in the county in their grip")]
    public void RH1004_still_flags_a_loss_a_claim_on_what_the_community_holds(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("Today it is the spring fair; tomorrow every stallholder left in the market will pack up for the summer.")]
    [InlineData("Today it is the choir; tomorrow every class remaining in the school will sing at the town hall.")]
    public void RH1006_leaves_a_forecast_whose_members_act_alone(string text) =>
        Assert.Empty(Flagged("RH1006", text));

    [Theory]
    [InlineData("Today it is the corner bakery; tomorrow every family shop left in the county will close.", "Today it is the corner bakery; tomorrow every family shop left in the county will close")]
    [InlineData("Today it is the Pell Street pub; tomorrow every local left in the town will meet the same fate.", "Today it is the Pell Street pub; tomorrow every local left in the town will meet the same fate")]
    public void RH1006_still_flags_members_that_fall(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1006", text));

    [Theory]
    [InlineData("By 1805 enemy frigates were off almost every harbour on the coast, the naval history records.")]
    [InlineData("Hostile fans were in nearly every seat at the derby two seasons ago.")]
    public void RH1012_leaves_dated_history_alone(string text) =>
        Assert.Empty(Flagged("RH1012", text));

    [Theory]
    [InlineData("Foreign hackers are now in almost every hospital's computer system.", "in almost every hospital's computer system")]
    [InlineData("Criminal gangs were already in nearly every nightclub in the city.", "in nearly every nightclub")]
    public void RH1012_still_flags_reach_now_or_undated(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1012", text));
}
