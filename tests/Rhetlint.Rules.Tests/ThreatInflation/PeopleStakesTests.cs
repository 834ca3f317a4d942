using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.ThreatInflation;

/// <summary>A whole state's end foretold and a nation wiped "from" the map (issue 16).</summary>
public class PeopleStakesTests
{
    [Theory]
    [InlineData("If the Halden treaty fails, it will be the end of Portugal.", "the end of Portugal")]
    [InlineData("Senator Vell's border bill would mean the death of America.", "the death of America")]
    [InlineData("The Corrigan budget will be the end of this country.", "the end of this country")]
    [InlineData("Mark my words: the regime will wipe our country from the face of the planet.", "wipe our country from the face of the planet")]
    public void Flags_the_end_of_a_whole_people_or_stake(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1002", text));

    [Theory]
    [InlineData("The vote would mean the end of Portugal's membership in the fishing pact.")]
    [InlineData("The ruling would be the end of Portugal as a naval power.")]
    [InlineData("That would be the end of the story, the mayor said.")]
    [InlineData("A win on Sunday would mean the end of this season's slump.")]
    [InlineData("The flood wiped the old mill from the map in 1953.")]
    [InlineData("The cult's leader says his god will wipe our country from the face of the planet.")]
    [InlineData("“This will be the end of America,” one caller shouted at the hearing.")]
    public void Does_not_flag_roles_possessives_history_or_quotes(string text) =>
        Assert.Empty(Flagged("RH1002", text));
}
