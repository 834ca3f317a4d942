using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Superlatives;

/// <summary>RH2001 and a rank the writer narrows at once with a denied rank on another measure (issue 17).</summary>
public class NarrowedRanksTests
{
    [Theory]
    [InlineData("On a typical bill, rent is the biggest single cost but not the largest share of spending.")]
    [InlineData("Harlow is the busiest port on the coast but not the richest.")]
    [InlineData("Harlow is the busiest port on the coast, but not the richest.")]
    public void Does_not_flag_a_rank_narrowed_by_a_denied_rank(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    // "but" with no denied rank after it leaves the first rank standing.
    [InlineData("Harlow is the busiest port on the coast but not for long.", "the busiest port")]
    [InlineData("Harlow is the busiest port on the coast, but the richest is Varn.", "the busiest port")]
    // Denying a second judgement supports no judged first rank.
    [InlineData("Tarnby is the most corrupt council in England but not the most incompetent.", "the most corrupt council")]
    [InlineData("Brandt is the most overrated striker in the league, but not the worst.", "the most overrated striker")]
    public void A_rank_not_narrowed_still_ranks(string text, string expected) =>
        Assert.Contains(expected, Flagged("RH2001", text));
}
