using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Superlatives;

/// <summary>RH2005 and a scene: a person universal at a place whose verb is a motion of the body (issue 17).</summary>
public class SceneMotionsTests
{
    [Theory]
    [InlineData("The husband finds a stranger's coat on the hook. Nobody on stage moves.")]
    [InlineData("The verdict is read out. No one in the courtroom stirs, and the judge waits.")]
    [InlineData("The keeper steps up for the penalty. Nobody on the pitch moves.")]
    [InlineData("The lights go down. Nobody in the hall moves until the conductor lifts her baton.")]
    public void Does_not_flag_a_watched_moment(string text) =>
        Assert.Empty(Flagged("RH2005", text));

    [Theory]
    // A verb of travel can be a habit of people.
    [InlineData("Nobody in this town goes to church.", "Nobody in this town goes")]
    // An object or a manner after the verb makes it a claim about what people do.
    [InlineData("Nobody in Washington moves a finger.", "Nobody in Washington moves")]
    // A verb of feeling or judging at a place is a claim about people's views.
    [InlineData("Nobody in Washington cares.", "Nobody in Washington cares")]
    public void A_universal_that_is_no_scene_still_claims(string text, string expected) =>
        Assert.Contains(expected, Flagged("RH2005", text));
}
