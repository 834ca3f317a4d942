using Rhetlint.Core.Analysis;
using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Hedging;

public class RH4002LoadedReportingVerbTests
{
    [Theory]
    [InlineData("Brandt claimed the drills were purely defensive.", "claimed")]
    [InlineData("The envoy admitted that talks had stalled.", "admitted")]
    [InlineData("Brandt insists that the port will stay open.", "insists")]
    [InlineData("“We will win the vote,” boasted the harbor minister.", "boasted")]
    [InlineData("Brandt pointed out that the levy had never been collected.", "pointed out")]
    [InlineData("The mayor conceded that the ferry contract was late.", "conceded")]
    [InlineData("“The budget is a disgrace,” Tomas Varga whined.", "whined")]
    public void Flags_a_loaded_said_substitute(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH4002", text));

    [Theory]
    [InlineData("Brandt said the drills were defensive.")]
    [InlineData("The audit revealed $3 million in unrecorded payments.")]
    [InlineData("The clinic admitted two patients on Sunday.")]
    [InlineData("Brandt admitted the mistake and resigned.")]
    [InlineData("The candidate conceded defeat on Sunday night.")]
    [InlineData("Prosecutors alleged that Voss stole funds, according to the court filing.")]
    [InlineData("“Brandt claimed the port was safe,” said Tomas Varga.")]
    [InlineData("Brandt never claimed that the port was safe.")]
    [InlineData("It was claimed that the port was safe.")]
    [InlineData("The actor reveals himself as the thief in the last act.")]
    public void Does_not_flag_neutral_verbs_documents_or_non_speech(string text) =>
        Assert.Empty(Flagged("RH4002", text));

    [Theory]
    [InlineData("Brandt claimed the drills were purely defensive.", "said")]
    [InlineData("Brandt claims the drills are purely defensive.", "says")]
    [InlineData("Brandt points out that the levy was never collected.", "says")]
    public void Replaces_with_said_in_the_same_tense_as_an_unsafe_fix(string text, string said)
    {
        var rewrite = Assert.Single(Single("RH4002", text).Rewrites);
        Assert.Equal(Applicability.Unsafe, rewrite.Applicability);
        Assert.Equal(said, Assert.Single(rewrite.Changes).NewText);
    }
}
