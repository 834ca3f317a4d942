using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.ThreatInflation;

/// <summary>
/// RH1003's gates widened from the blind sets' misses (issue 16): the recurring spans a deadline is counted in, a
/// preposed condition that no comma closes, a value cut to a fraction, a place denied to a whole population, and an
/// election forecast as stolen.
/// </summary>
public class ForecastGateTests
{
    [Theory]
    [InlineData("The village cricket club we all grew up with will be dead within two seasons.", "will be dead within two seasons")]
    [InlineData("Every independent bakery in the county will be gone by the autumn.", "will be gone by the autumn")]
    [InlineData("Mark my words, every allotment on Fenn Road will be gone within three summers.", "will be gone within three summers")]
    [InlineData("Unless the county steps in the estuary towns will be deserted within two winters.", "will be deserted within two winters")]
    public void Reads_a_recurring_span_or_the_coming_season_as_a_deadline(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    [InlineData("The new stand will be finished within two seasons, the club said.")]
    [InlineData("Our striker will be gone by the summer once the transfer window closes.")]
    [InlineData("The pop-up market will be over by the autumn.")]
    [InlineData("If we hold our nerve the club will be back in the top flight within two seasons.")]
    public void Does_not_flag_a_season_deadline_on_a_schedule_a_person_or_a_hope(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    [Theory]
    [InlineData("If the bypass goes ahead the high street will be a ghost town.", "will be a ghost town")]
    [InlineData("And if the council keeps ignoring this our village will be a ghost town.", "will be a ghost town")]
    [InlineData("If these apps carry on unchecked a whole generation will never read a novel.", "a whole generation will never read a novel")]
    [InlineData("If we keep building on the floodplain the Lower Tarn will be uninhabitable within a decade.", "will be uninhabitable within a decade")]
    public void Reads_the_modal_after_an_unpunctuated_condition_as_the_main_clause(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    [InlineData("I wonder if the high street will be a ghost town within a decade.")]
    [InlineData("If the high street will be a ghost town anyway then why fight the bypass?")]
    [InlineData("If the bypass goes ahead the high street will be a ghost town, the traders' association warned.")]
    [InlineData("If the town will be a ghost town we should know now.")]
    public void Does_not_read_an_indirect_question_or_the_conditions_own_modal(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    [Theory]
    [InlineData("Keep printing money and the pound in your pocket will be worth half what it is now within a decade.", "will be worth half")]
    [InlineData("Mark my words: your pension will be worth a fraction of what you paid in.", "will be worth a fraction of")]
    [InlineData("Once the pipeline goes through, our farmland will be worth next to nothing.", "will be worth next to nothing")]
    public void Flags_a_stake_whose_value_is_cut_to_a_fraction(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    [InlineData("The car will be worth half its price in three years, as every new car is.")]
    [InlineData("A draw will be worth half a point to each side.")]
    [InlineData("The shares will be worth 40 per cent less by June, analysts at Kelso Bank estimate.")]
    [InlineData("The painting will not be worth half what the gallery paid.")]
    public void Does_not_flag_one_owners_loss_an_amount_or_a_sourced_estimate(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    [Theory]
    [InlineData("Within a decade no farming family will live in the valley.")]
    [InlineData("By next summer not a single family will be able to live in Carrow.")]
    [InlineData("By 2035 not a single family will live inside the old walls.")]
    public void Flags_a_place_to_live_denied_a_whole_population(string text) =>
        Assert.Single(Flagged("RH1003", text));

    [Theory]
    [InlineData("By 2030 no child will live in poverty, the minister pledged.")]
    [InlineData("By next summer no family will live in a hostel.")]
    [InlineData("By next summer no family will live in fear of the river.")]
    [InlineData("By 2030 no family will live in the tower blocks under the council's demolition plan.")]
    [InlineData("By 2030 no family will live in the old mill.")]
    public void Does_not_flag_a_hardship_ended_a_plan_or_a_plain_year(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    [Theory]
    [InlineData("Mark my words: the bots will rig the referendum.", "will rig the referendum")]
    [InlineData("The Tarn county primary is going to be rigged.", "The Tarn county primary is going to be rigged")]
    [InlineData("Unless the postal rules change, the mayoral election will be stolen.", "the mayoral election will be stolen")]
    [InlineData("Cheap fakes will steal the next mayoral election.", "will steal the next mayoral election")]
    public void Flags_an_election_forecast_as_stolen_or_rigged(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    [InlineData("Rovers will steal the points at Tarn Park.")]
    [InlineData("Her new film will steal the show at the festival.")]
    [InlineData("The candidate says the election will be rigged.")]
    [InlineData("Thieves will steal the ballot boxes if they are left unguarded.")]
    [InlineData("The council will set up the election count in the town hall.")]
    [InlineData("The election will not be stolen, whatever the rumours say.")]
    [InlineData("We will lose the election if turnout falls.")]
    public void Does_not_flag_sports_thefts_literal_thefts_or_reported_fears(string text) =>
        Assert.Empty(Flagged("RH1003", text));
}
