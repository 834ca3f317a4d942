using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Sourcing;

/// <summary>A passer-by placed by a participle or a preposition of place is one unnamed person, not a definite role.</summary>
public class RH3002PlacedPersonTests
{
    [Theory]
    [InlineData("\"The referee has lost control of this league,\" said one fan waiting outside the stadium.", "said one fan")]
    [InlineData("\"They promised us broadband two years ago,\" said one man outside the library.", "said one man")]
    [InlineData("\"Nobody in this village trusts the water any more,\" said a woman standing by the pump.", "said a woman")]
    [InlineData("One shopper queuing outside the bakery said the prices had doubled since spring.", "One shopper queuing outside the bakery")]
    [InlineData("A man living near the quarry said the blasting cracked his walls.", "A man living near the quarry")]
    public void Flags_a_placed_passer_by(string text, string span) =>
        Assert.Equal([span], Flagged("RH3002", text));

    // Near misses: a named speaker, a placed person who only acts, a definite person already in the story.
    [Theory]
    [InlineData("\"The referee has lost control of this league,\" said Tom Adeyemi, a fan from Harlow.")]
    [InlineData("A woman outside the station was selling flowers.")]
    [InlineData("One man waiting outside the stadium wore the old home shirt.")]
    [InlineData("The programmer sitting behind me spilled coffee on my laptop.")]
    [InlineData("\"The line will reopen on Monday,\" said a spokesperson for Northline Rail.")]
    [InlineData("About 3,000 people are now on the march, according to a Harlow Wire reporter travelling with the group.")]
    public void Does_not_flag_near_misses(string text) =>
        Assert.Empty(Flagged("RH3002", text));

    // A participle followed by a conjunction is a verb of its own in an absolute clause, not a reduced relative.
    [Fact]
    public void Does_not_read_an_absolute_clause_as_a_source() =>
        Assert.Empty(Flagged("RH3009", "The navy stepped up its patrols on Monday, with senior officers underlining the fleet's strength and vowing to stay for years."));
}
