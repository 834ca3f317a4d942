using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Superlatives;

/// <summary>
/// RH2001: a measured superlative on a noun of a person who does something defines whoever does the most, as
/// "whoever bids highest" does, and ranks no one the text names (issue 17).
/// </summary>
public class DefinedAgentsTests
{
    [Theory]
    [InlineData("The painting was sold to the highest bidder at the Marlow auction on Friday.")]
    [InlineData("The contract goes to the lowest bidder after a sealed tender.")]
    [InlineData("Under the new terms, the highest earners repay their loans fastest.")]
    [InlineData("The levy falls hardest on the biggest spenders.")]
    public void Does_not_flag_a_rank_that_defines_an_agent(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    [InlineData("Brenn was the biggest donor, and nobody gave more.", "the biggest donor")]
    [InlineData("The biggest bidder was Lund Holdings.", "The biggest bidder")]
    [InlineData("Vale signed the biggest spender in the league.", "the biggest spender")]
    [InlineData("The club hired the best bidder for its catering.", "the best bidder")]
    // An appositive names its holder as a copula does.
    [InlineData("Vesta Oil, the biggest polluter, wants yet another tax break.", "the biggest polluter")]
    [InlineData("Halden Group, the largest donor, got the contract.", "the largest donor")]
    [InlineData("Grain barons, the biggest earners from the subsidy, pocket millions while farms close.", "the biggest earners")]
    // The agent noun only modifies the noun ranked.
    [InlineData("The Corrie ward recorded the highest voter turnout in the city.", "the highest voter turnout")]
    public void Flags_a_rank_held_by_someone(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));
}
