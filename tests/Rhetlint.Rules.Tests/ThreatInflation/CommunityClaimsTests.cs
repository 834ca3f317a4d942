using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.ThreatInflation;

/// <summary>
/// RH1004's gates widened toward classes (issue 16, session 46, the blind sets' misses): what belongs to the community
/// claimed by an agent, a craving for a harm, a closure of all of a kind across a whole place, a place of people as
/// the audience, a whole community's tribute as a relentless drive's end state, and "they" as a group subject.
/// </summary>
public class CommunityClaimsTests
{
    [Theory]
    [InlineData("The holiday-let barons are coming for your street next.", "The holiday-let barons are coming for your street next")]
    [InlineData("They are coming for our allotments, and the council is letting them.", "They are coming for our allotments")]
    [InlineData("The betting firms are coming after your teenagers' phones.", "The betting firms are coming after your teenagers' phones")]
    [InlineData("The Harrow developers are coming for every green field around our village.", "The Harrow developers are coming for every green field around our village")]
    [InlineData("They're coming for your pension, Mr Dale.", "They're coming for your pension")]
    public void Flags_an_agent_coming_for_what_the_audience_holds(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("The bin crews are coming for your recycling on Tuesday.")]
    [InlineData("The ice-cream van is coming for the children at four.")]
    [InlineData("\"They're coming for your home,\" the leaflet warned, but the housing board's figures show 12 sales.")]
    [InlineData("In the film, the aliens are coming for your planet.")]
    [InlineData("The campaign is coming for every vote in the county.")]
    [InlineData("Cheap robots are coming for your warehouse shifts.")]
    public void Does_not_flag_a_scheduled_visit_a_quoted_or_told_menace_or_no_audience(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    [Theory]
    [InlineData("The Calloway group wants our harbour under its control.", "The Calloway group wants our harbour under its control")]
    [InlineData("The water investors want every reservoir in the county in their hands.", "The water investors want every reservoir in the county in their hands")]
    [InlineData("The stadium consortium wants the whole town under its thumb.", "The stadium consortium wants the whole town under its thumb")]
    public void Flags_the_community_wanted_in_the_holders_power(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("Our party wants every child in the county fed.")]
    [InlineData("The school board wants every pupil in the district to read by seven.")]
    [InlineData("The festival organisers want our town square as their main stage for one weekend in July.")]
    [InlineData("Ravensworth Council wants the old library as its new records office.")]
    [InlineData("The mayor says the developers want every field in the county under their control, but the land registry shows they own three.")]
    public void Does_not_flag_the_writers_side_a_benign_universal_a_use_or_a_rebutted_claim(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    [Theory]
    [InlineData("The admirals in Velmar are spoiling for a war over the fishing grounds.", "The admirals in Velmar are spoiling for a war")]
    [InlineData("The cartel bosses have long been itching for a war with the port police.", "The cartel bosses have long been itching for a war")]
    [InlineData("The board's hardliners are hungering for the ruin of the nurses' union.", "The board's hardliners are hungering for the ruin")]
    public void Flags_a_craving_for_a_harm(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("The fans are itching for a rematch with Ostrava.")]
    [InlineData("The senators were spoiling for a fight over the budget.")]
    [InlineData("Streaming audiences are hungering for a war drama that gets the uniforms right.")]
    [InlineData("The veterans of the regiment longed for a war memorial in the square.")]
    [InlineData("The Velmar navy is itching for a war, its admiral said in a speech on Monday.")]
    public void Does_not_flag_a_craving_for_no_harm_or_a_declared_one(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    [Theory]
    [InlineData("The bank's new owners are out to shut down every branch in the country.", "The bank's new owners are out to shut down every branch in the country")]
    [InlineData("The health lobby is bent on closing every pub in the county.", "The health lobby is bent on closing every pub in the county")]
    public void Flags_a_settled_aim_to_close_all_of_a_kind_across_a_place(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("The company's filing says it plans to close every branch in the county by 2027.")]
    [InlineData("According to its 2025 annual report, the chain is out to close every loss-making store in the country.")]
    [InlineData("The regulator is out to close every tax loophole in the country.")]
    [InlineData("The chain is out to close its branch in the county.")]
    [InlineData("Health inspectors are out to close every kitchen in the city that fails a hygiene check.")]
    public void Does_not_flag_a_stated_plan_a_rule_closed_or_one_closure(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    [Theory]
    [InlineData("The ring-road lobby would gladly watch the village die.", "The ring-road lobby would gladly watch the village die")]
    [InlineData("The treasury men are content to let the county crumble.", "The treasury men are content to let the county crumble")]
    [InlineData("The quarry company is counting on the town being too tired to fight back.", "The quarry company is counting on the town being too tired to fight back")]
    [InlineData("The quarry firm is counting on the village being too broke to fight it in court.", "The quarry firm is counting on the village being too broke to fight")]
    public void Flags_a_ruin_or_a_defeat_of_a_place_of_people(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("The council would happily see the old bus depot go under the hammer.")]
    [InlineData("Residents would gladly see the town thrive again.")]
    [InlineData("The organisers are counting on the town to turn out in force.")]
    [InlineData("The coach is counting on us being too fit to fight for every ball.")]
    public void Does_not_flag_a_thing_a_good_or_a_turnout_hoped_for(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    [Theory]
    [InlineData("These firms won't stop until every starter flat in this city pays rent to a fund.", "These firms won't stop until")]
    [InlineData("They are a slick lobby, and they will not stop until every small brewery is gone.", "they will not stop until")]
    public void Flags_relentlessness_before_a_communitys_tribute_or_said_by_they(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("The lifeguards will not rest until every swimmer in the county is out of the water.")]
    [InlineData("The volunteers won't stop until every family in the borough has a warm coat.")]
    [InlineData("The campaign won't rest until every household in this city pays a fair price to its water company.")]
    [InlineData("They will not stop until the school is finished, the builders say.")]
    public void Does_not_flag_relentlessness_before_no_harm_a_purchase_or_a_report(string text) =>
        Assert.Empty(Flagged("RH1004", text));
}
