using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Sourcing;

/// <summary>People named by where they live are a crowd whatever place the phrase names: a place is no body that speaks.</summary>
public class RH3009PlacedCrowdsTests
{
    [Theory]
    [InlineData("Residents of the Hollins estate say the bins have not been collected for a month.", "Residents of the Hollins estate")]
    [InlineData("Neighbours of the Ashby plant say the smell is worse at night.", "Neighbours of the Ashby plant")]
    public void Flags_inhabitants_of_a_named_place(string text, string span) =>
        Assert.Equal([span], Flagged("RH3009", text));

    // Near misses: a named body's professionals, members named in the phrase, and a vote with its count and record.
    [Theory]
    [InlineData("Economists at the Harlow Institute say rents will rise next year.")]
    [InlineData("Residents of the Hollins estate, including the tenants' association chair Ruth Bale, say the bins are late.")]
    [InlineData("Residents of the Hollins estate voted 312 to 40 to keep the library, the council's ballot shows.")]
    public void Does_not_flag_bodies_named_members_or_acts(string text) =>
        Assert.Empty(Flagged("RH3009", text));
}
