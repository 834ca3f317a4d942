using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.ThreatInflation;

/// <summary>RH1004's imputed motives (issue 16, session 45): bad faith, a death wished on people, a predation done on purpose.</summary>
public class ImputedMotivesTests
{
    [Theory]
    [InlineData("The Brackley Paper Company never had the slightest intention of paying its suppliers.", "The Brackley Paper Company never had the slightest intention of paying")]
    [InlineData("The Oakridge council never had any intention of consulting the allotment holders.", "The Oakridge council never had any intention of consulting")]
    [InlineData("The Nimbus app makers have no intention whatsoever of complying with the new privacy code.", "The Nimbus app makers have no intention whatsoever of complying")]
    [InlineData("The Dunlow Energy board has no interest in cooperating with the flood inquiry.", "The Dunlow Energy board has no interest in cooperating")]
    [InlineData("The Ravel syndicate never meant to repay the pensioners.", "The Ravel syndicate never meant to repay")]
    [InlineData("The Westmere board never intended to honour its promise to the ward.", "The Westmere board never intended to honour")]
    [InlineData("The planning committee has no intention of answering the residents' questions.", "The planning committee has no intention of answering")]
    public void Flags_bad_faith_a_duty_never_meant(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("The Brackley Paper Company said it had no intention of paying the fine until the appeal was heard.")]
    [InlineData("\"We never had any intention of closing the library,\" the council leader, Ada Fenn, told the Courier.")]
    [InlineData("Critics say the Oakridge council never had any intention of consulting residents, but the minutes show three public meetings.")]
    [InlineData("The mayor had no intention of retiring before the election.")]
    [InlineData("The county has no intention of enforcing the hosepipe ban before August, a spokesman said.")]
    [InlineData("The startup never had any intention of going public, its founder wrote in a 2024 blog post.")]
    public void Does_not_flag_an_intention_stated_reported_rebutted_or_of_no_duty(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    [Theory]
    [InlineData("The Orrin Power Company wants pensioners to freeze so that its shareholders keep their dividend.", "The Orrin Power Company wants pensioners to freeze")]
    [InlineData("The Marlow insurers want sick families to suffer.", "The Marlow insurers want sick families to suffer")]
    [InlineData("The county board wants homeless people to freeze under the bridge.", "The county board wants homeless people to freeze")]
    [InlineData("The Kessel gang wants our children to starve.", "The Kessel gang wants our children to starve")]
    public void Flags_a_death_or_suffering_wished_on_people(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("The ministry wants fewer drivers to die on rural roads, and it has cut the speed limit to 50 mph, according to its 2025 road safety plan.")]
    [InlineData("The charity does not want families to freeze this winter, so it is handing out 4,000 heaters, its director said.")]
    [InlineData("The coach wants his players to suffer in training.")]
    [InlineData("The firm says it wants its staff to suffer no loss of pay during the move.")]
    [InlineData("Nobody wants pensioners to freeze.")]
    [InlineData("The hospital wants patients to die at home if they choose, according to its palliative care policy.")]
    [InlineData("Rescue crews want no climbers to die on the ridge this season.")]
    [InlineData("The Orrin Power Company wants customers to pay by direct debit.")]
    public void Does_not_flag_a_wish_to_spare_a_denied_wish_sport_or_a_stated_policy(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    [Theory]
    [InlineData("The payday lenders prey on our pensioners by design.", "The payday lenders prey on our pensioners by design")]
    [InlineData("The Sorrel gang knowingly exploits our teenagers.", "The Sorrel gang knowingly exploits our teenagers")]
    [InlineData("The Vantor ticket agency is exploiting your kids on purpose.", "The Vantor ticket agency is exploiting your kids on purpose")]
    public void Flags_a_predation_on_the_writers_side_done_on_purpose(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("The chef deliberately targets our taste buds with sour notes.")]
    [InlineData("The library deliberately targets our youngest readers with its summer scheme.")]
    [InlineData("The Hallow University team deliberately exploits gaps in the satellite record to test its model.")]
    [InlineData("The payday lenders prey on our pensioners, the regulator's 2024 review found.")]
    public void Does_not_flag_outreach_a_thing_exploited_or_a_finding(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    [Theory]
    [InlineData("The Fallow health board has decided that upland lives come cheaper than suburban ones.", "The Fallow health board has decided that upland lives come cheaper")]
    [InlineData("The Tarn county council has decided that people who cycle to work are the enemy.", "The Tarn county council has decided that people who cycle to work are the enemy")]
    [InlineData("The Harcourt Water Company has decided that hill families are worthless.", "The Harcourt Water Company has decided that hill families are worthless")]
    public void Flags_people_judged_worth_less(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("The council has decided that drivers are the enemy of a greener town centre, its leader said.")]
    [InlineData("The panel decided that the old ferry timetable was unimportant to the review.")]
    [InlineData("Voters decided that Ms Ramsay was the better candidate.")]
    [InlineData("The tribunal concluded that the sacked cooks were not expendable, according to its ruling of 3 March 2025.")]
    public void Does_not_flag_a_judgement_of_a_thing_a_candidate_an_enemy_of_something_or_a_ruling(string text) =>
        Assert.Empty(Flagged("RH1004", text));
}
