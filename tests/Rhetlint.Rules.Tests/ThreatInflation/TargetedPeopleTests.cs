using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.ThreatInflation;

/// <summary>RH1001's targeting reading (<c>TargetedPeople</c>): a whole group of people made game or a mark to shoot at.</summary>
public class TargetedPeopleTests
{
    [Theory]
    [InlineData("The new parking rules have declared open season on every delivery driver in Marlow.", "open season on every delivery driver")]
    [InlineData("The charging policy declared open season on police officers.", "open season on police officers")]
    [InlineData("After the vote it is open season on small landlords.", "open season on small landlords")]
    [InlineData("With this levy the council has painted a target on the backs of every small baker in town.", "a target on the backs of every small baker")]
    [InlineData("The app store rules put a target on the back of every independent developer.", "a target on the back of every independent developer")]
    [InlineData("The audit scheme leaves tenants with a target on their backs.", "a target on their backs")]
    [InlineData("The ratings change puts a bullseye on every family-run café along the river.", "a bullseye on every family-run café")]
    [InlineData("Pensioners are now squarely in the crosshairs of the Treasury.", "in the crosshairs")]
    public void Flags_a_group_of_people_made_a_mark(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1001", text));

    [Theory]
    [InlineData("Deer season opens Monday in the northern counties, the wildlife office said.")]
    [InlineData("The hunters said it is open season on geese until the end of January.")]
    [InlineData("The striker had a target on his back all season after scoring 30 goals.")]
    [InlineData("The goalkeeper knew he was in the crosshairs of every striker in the league.")]
    [InlineData("The archers aimed at the bullseye from seventy metres.")]
    [InlineData("The soldier kept the enemy post in his crosshairs for an hour.")]
    [InlineData("Snipers kept the enemy trenches in their crosshairs for weeks during the 1916 offensive.")]
    [InlineData("The ministry set a target on every school to raise reading scores by 2027.")]
    [InlineData("The company set a target on all its factories to cut emissions by 20 percent.")]
    [InlineData("Officials said the new rules put a target on the backs of every small baker.")]
    [InlineData("\"It is open season on renters,\" said Dana Brook of the tenants' union.")]
    [InlineData("Opponents say the law puts a bullseye on every clinic, but no attack has been recorded since it passed.")]
    public void Does_not_flag_game_a_goal_one_player_or_a_reported_image(string text) =>
        Assert.Empty(Flagged("RH1001", text));
}
