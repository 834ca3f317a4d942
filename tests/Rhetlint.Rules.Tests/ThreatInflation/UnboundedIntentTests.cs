using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.ThreatInflation;

/// <summary>
/// RH1004's hostile intent with an unbounded goal (issue 16, session 52): people regarded as a thing to use up, an act
/// done the moment no one watches or the ink is dry, defeat wished on a stake named any way, and a limit frame held by
/// one body or one agent.
/// </summary>
public class UnboundedIntentTests
{
    [Theory]
    [InlineData("Harlow Logistics sees us as a battery to drain.", "Harlow Logistics sees us as a battery to drain")]
    [InlineData("The letting agencies treat our tenants as a cash cow to milk.", "The letting agencies treat our tenants as a cash cow to milk")]
    [InlineData("They see you as a wallet to drain.", "They see you as a wallet to drain")]
    [InlineData("The agencies consider our nurses as a resource to exhaust.", "The agencies consider our nurses as a resource to exhaust")]
    [InlineData("The Corvel group regards young workers as a resource to exploit and discard.", "The Corvel group regards young workers as a resource to exploit")]
    public void Flags_people_regarded_as_a_thing_to_use_up(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("The school sees every pupil as a talent to nurture.")]
    [InlineData("The hotel treats every guest as family.")]
    [InlineData("The city sees the old docks as an asset to exploit.")]
    [InlineData("The charity regards its volunteers as partners to keep.")]
    [InlineData("The school thinks of its pupils as talents to nurture.")]
    [InlineData("We see our members as a resource to draw on.")]
    [InlineData("The coach sees his young players as a resource to exploit in the cup run.")]
    [InlineData("\"They see us as a battery to drain,\" said one picker, Ana Ruiz.")]
    [InlineData("It is not true that the company sees its drivers as a battery to drain.")]
    [InlineData("In the novel, the mill owner sees his workers as coal to burn.")]
    public void Does_not_flag_a_plain_view_a_thing_our_side_quoted_denied_or_sport(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    [Theory]
    [InlineData("The drilling companies will destroy the meadow the minute our backs are turned.", "The drilling companies will destroy the meadow the minute our backs are turned")]
    [InlineData("They will wreck the village the minute your backs are turned.", "They will wreck the village the minute your backs are turned")]
    [InlineData("They will bulldoze it the minute our backs are turned.", "They will bulldoze it the minute our backs are turned")]
    [InlineData("The new owners will sack every worker the moment the ink is dry.", "The new owners will sack every worker the moment the ink is dry")]
    public void Flags_an_act_done_the_moment_no_one_watches_or_a_harm_once_the_ink_is_dry(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("The new owners will open the stand the moment the ink is dry.")]
    [InlineData("The club will announce the signing the moment the ink is dry.")]
    [InlineData("The builders will demolish the old stand the moment the ink is dry, the club said.")]
    [InlineData("We will fix the fence the minute your backs are turned.")]
    [InlineData("The rain will be back the minute our backs are turned.")]
    [InlineData("The visitors will score the minute our backs are turned in Saturday's derby.")]
    [InlineData("\"They will bulldoze it the minute our backs are turned,\" said the campaigner, Jo Hale.")]
    [InlineData("The children will raid the fridge the minute your back is turned, so lock it.")]
    [InlineData("The staff will take the biscuits the minute my back is turned.")]
    [InlineData("The players will rearrange the furniture the minute our backs are turned.")]
    [InlineData("The grandchildren will eat the cake the minute your back is turned.")]
    [InlineData("The new owners will sack the manager the moment the ink is dry.")]
    [InlineData("The new owners will sack the chef the moment the ink is dry.")]
    public void Does_not_flag_a_plan_sealed_by_a_deal_our_side_a_thing_sport_or_a_quote(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    [Theory]
    [InlineData("The budget cutters want British farming on its knees.", "The budget cutters want British farming on its knees")]
    [InlineData("The Varrow funds want the Harbour Trust at their mercy.", "The Varrow funds want the Harbour Trust at their mercy")]
    public void Flags_defeat_wished_on_a_stake_named_any_way(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("The yoga instructor wants the class on its knees for the next stretch.")]
    [InlineData("The priest wants the congregation on their knees.")]
    [InlineData("The trainer wants the horse on its knees.")]
    [InlineData("I want the old system on its knees before we replace it.")]
    [InlineData("The council wants British farming on the curriculum.")]
    public void Does_not_flag_a_literal_posture_our_side_or_another_complement(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    [Theory]
    [InlineData("This council will not be satisfied until every shop on the parade has shut.", "This council will not be satisfied until")]
    [InlineData("The developer will not stop until every playing field in Oakby is gone.", "The developer will not stop until")]
    [InlineData("And this landlord won't rest until every tenant in the block is homeless.", "this landlord won't rest until")]
    public void Flags_a_limit_frame_held_by_one_body_or_one_agent(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("This council will not be satisfied until every road in the ward is resurfaced.")]
    [InlineData("The developer will not stop until the bridge is finished.")]
    [InlineData("The coach won't rest until the title is won.")]
    [InlineData("She will not stop until every child in the village can swim.")]
    [InlineData("The developer wants to knock down the old garage.")]
    [InlineData("The caretaker will not rest until every bin in the school is emptied.")]
    [InlineData("In the film, the villain will not rest until the city is destroyed.")]
    [InlineData("The inspector will not rest until every rogue landlord in the borough is out of business.")]
    [InlineData("The sheriff won't stop until every smuggler on the coast is behind bars.")]
    public void Does_not_flag_a_single_agent_with_a_completion_a_plain_aim_or_sport(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    [Theory]
    [InlineData("The drone makers want a war, and they will get one.", "The drone makers want a war")]
    [InlineData("The people who built this base want a war they can try their new drones in.", "The people who built this base want a war")]
    [InlineData("The currency speculators would love a collapse.", "speculators would love a collapse")]
    public void Flags_a_catastrophe_wanted(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("The director wants a war film for the summer slate.")]
    [InlineData("The sheriff wants a war on drugs in the county.")]
    [InlineData("Nobody wants a war.")]
    [InlineData("We want a war on potholes.")]
    [InlineData("The short sellers want a collapse in the share price, the fund's letter says.")]
    [InlineData("In the novel, the general wants a war.")]
    [InlineData("The rebels in the film want a war, and the empire gives them one.")]
    [InlineData("\"They want a war,\" said the opposition leader, Ana Costa.")]
    public void Does_not_flag_a_compound_a_metaphor_a_denial_our_side_a_measure_a_plot_or_a_quote(string text) =>
        Assert.Empty(Flagged("RH1004", text));
}
