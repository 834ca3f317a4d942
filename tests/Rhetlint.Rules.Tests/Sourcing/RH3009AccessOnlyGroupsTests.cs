using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Sourcing;

/// <summary>Professionals described only by how they know are anonymous; professionals of a named body speak in public.</summary>
public class RH3009AccessOnlyGroupsTests
{
    [Theory]
    [InlineData("Engineers who were briefed on the inspection say the cables are already fraying.")]
    [InlineData("Ecologists who have seen the survey data say the newts are gone from the pond.")]
    [InlineData("The ferry will be sold, and economists familiar with the deal say the price is too low.")]
    public void Flags_professionals_described_only_by_their_access(string text) =>
        Assert.Single(Flagged("RH3009", text));

    // Near misses: the body is named, before or after the head, and a group without an access clause is RH3001's.
    [Theory]
    [InlineData("Engineers at Vastra Grid who have inspected the footbridge say the cables are fraying.")]
    [InlineData("Harlow Institute ecologists who have seen the survey data say the newts are gone.")]
    [InlineData("Engineers say the cables on the footbridge are already fraying.")]
    public void Does_not_flag_named_bodies_or_plain_groups(string text) =>
        Assert.Empty(Flagged("RH3009", text));
}
