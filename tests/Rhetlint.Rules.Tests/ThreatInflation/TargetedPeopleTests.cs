using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.ThreatInflation;

/// <summary>RH1001's targeting reading (<c>TargetedPeople</c>): a whole group of people made game or a mark to shoot at.</summary>
public class TargetedPeopleTests
{
    [Theory]
    [InlineData("The new parking rules have declared open season on every delivery driver in Marlow.", "open season on every delivery driver")]
    [InlineData("The charging policy declared open season on police officers.", "open season on police officers")]
    [InlineData("After the vote it is open season on small landlords.", "open season on small landlords")]
    [InlineData("With this levy the council has painted a target on the backs of every small landlord in town.", "a target on the backs of every small landlord")]
    [InlineData("The app store rules put a target on the back of every independent developer.", "a target on the back of every independent developer")]
    [InlineData("The ratings change puts a bullseye on every market trader along the river.", "a bullseye on every market trader")]
    [InlineData("Pensioners are now squarely in the council's crosshairs.", "in the council's crosshairs")]
    [InlineData("Make no mistake: this ordinance declares open season on our street vendors.", "open season on our street vendors")]
    [InlineData("The levy has painted a bullseye on the backs of our farmers.", "a bullseye on the backs of our farmers")]
    [InlineData("Small landlords are in Whitehall's crosshairs now.", "in Whitehall's crosshairs")]
    [InlineData("The new depot becomes a bullseye on every raider's target list.", "a bullseye on every raider's target")]
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
    [InlineData("Officials said the new rules put a target on the backs of every small landlord.")]
    [InlineData("\"It is open season on renters,\" said Dana Brook of the tenants' union.")]
    [InlineData("Opponents say the law puts a bullseye on every clinic, but no attack has been recorded since it passed.")]
    public void Does_not_flag_game_a_goal_one_player_or_a_reported_image(string text) =>
        Assert.Empty(Flagged("RH1001", text));

    /// <summary>Review 48a: goods and things, a pronoun's unnamed group, scrutiny by a body, and history.</summary>
    [Theory]
    [InlineData("As the only unbeaten side, the Harriers will have a target on their backs every week.")]
    [InlineData("After their cup run, Kelby's part-timers will have a target on their backs.")]
    [InlineData("Celebrities with a target on their backs often hire private security firms.")]
    [InlineData("Politicians who back the plan have a target on their backs, security chiefs warned.")]
    [InlineData("For first-time buyers, it is open season on starter homes as prices fall.")]
    [InlineData("It's open season on cheap flights this weekend.")]
    [InlineData("The archery club painted a bullseye on every hay bale for the open day.")]
    [InlineData("Designers stitched a bullseye on every jacket in the autumn collection.")]
    [InlineData("Designers stitched a bullseye on every child's jacket for the fun run.")]
    [InlineData("Inspectors painted a bullseye on every tree due for felling.")]
    [InlineData("Younger shoppers are squarely in the crosshairs of the new advertising campaign.")]
    [InlineData("Tax dodgers are firmly in the crosshairs of the new revenue chief.")]
    [InlineData("Short sellers are in the crosshairs of the regulator.")]
    [InlineData("During the purges it was open season on intellectuals, and thousands vanished into the camps.")]
    public void Does_not_flag_goods_an_unnamed_group_scrutiny_or_history(string text) =>
        Assert.Empty(Flagged("RH1001", text));
}
