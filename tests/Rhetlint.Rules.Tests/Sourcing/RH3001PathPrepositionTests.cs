using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Sourcing;

/// <summary>A group placed by a preposition of position or path ("along", "up and down", "down") is still unnamed.</summary>
public class RH3001PathPrepositionTests
{
    [Theory]
    [InlineData("Fishmongers up and down the quay tell us the catch has never been this thin.", "Fishmongers up and down the quay")]
    [InlineData("Ranchers along the creek say the new fence line was drawn to suit the developer.", "Ranchers along the creek")]
    [InlineData("Cyclists over the hill say the resurfacing has made the lane worse.", "Cyclists over the hill")]
    public void Flags_the_placed_group(string text, string span) =>
        Assert.Single(Flagged("RH3001", text), f => f.StartsWith(span, StringComparison.Ordinal));

    [Theory]
    [InlineData("Ranchers along the creek, led by the cattle breeder Noor Halvard, say the fence line was moved.")]
    [InlineData("Ranchers along the creek lost 40 calves in the storm, the county extension office said on Friday.")]
    [InlineData("Prices went up, and the shop kept its opening hours.")]
    public void Does_not_flag_a_named_member_or_an_act(string text) =>
        Assert.Empty(Flagged("RH3001", text));
}
