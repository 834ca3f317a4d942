using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Sourcing;

/// <summary>A named speaker coordinated with "other(s)" of their kind gives the claim a named source.</summary>
public class RH3001NamedCompanionsTests
{
    [Theory]
    [InlineData("Since March, Mr. Lind and other council leaders have said that the ferry must be sold.")]
    [InlineData("Brandt and others argue that the levy will fail.")]
    public void Does_not_flag_others_led_by_a_name(string text) =>
        Assert.Empty(Flagged("RH3001", text));

    // Near miss: the first conjunct is a group too.
    [Fact]
    public void Flags_others_beside_an_unnamed_group() =>
        Assert.NotEmpty(Flagged("RH3001", "Farmers and other critics say the levy is unfair."));
}
