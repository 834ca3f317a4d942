using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Sourcing;

/// <summary>A modal right before the cue is the cue's, even where the source phrase was read on through a relative clause.</summary>
public class RH3001ModalBeforeCueTests
{
    // A modal right before the verb makes the group's speech hypothetical, even after a relative clause.
    [Theory]
    [InlineData("Readers who want to make their feelings known can write to their councillor before the vote.")]
    [InlineData("Tenants who want their views known can write to the housing board before Friday.")]
    public void Does_not_flag_a_group_invited_to_get_in_touch(string text) =>
        Assert.Empty(Flagged("RH3001", text));

    // Near miss: the same group, reporting what it holds without a modal.
    [Fact]
    public void Flags_the_group_when_it_speaks() =>
        Assert.Equal(["Readers who want to make their feelings known"],
            Flagged("RH3001", "Readers who want to make their feelings known say the vote is rigged."));
}
