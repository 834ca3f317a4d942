using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Sourcing;

/// <summary>A group said to be split is identified by the named speakers who follow it, as "critics" are.</summary>
public class RH3001DividedGroupTests
{
    [Theory]
    [InlineData("Analysts were divided on the merger. Hana Brück, an economist at the Harlow Institute, said it would cut prices for shoppers.")]
    [InlineData("Economists disagree about the timing of a cut. Tom Reyes of Kestrel Partners said a cut in June was likely.")]
    public void Does_not_flag_a_split_whose_sides_are_named_next(string text) =>
        Assert.Empty(Flagged("RH3001", text));

    // Near miss: no named side follows.
    [Fact]
    public void Flags_a_split_nobody_speaks_for() =>
        Assert.Equal(["Analysts were divided"], Flagged("RH3001", "Analysts were divided on what the merger means for shoppers."));
}
