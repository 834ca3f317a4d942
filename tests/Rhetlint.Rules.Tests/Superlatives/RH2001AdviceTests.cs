using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Superlatives;

/// <summary>RH2001 on advice and recommendations (issue 17): what they rank is a choice, not a thing in the world.</summary>
public class RH2001AdviceTests
{
    /// <summary>A modal relative of obtaining whose subject is the one who acts bounds the rank by what they can reach.</summary>
    [Theory]
    [InlineData("Pick the cheapest fare you can find, then pack light.")]
    [InlineData("Go watch the final on the widest screen you can find.")]
    [InlineData("If you were hiring a pilot, you would want the longest flight record you could get.")]
    [InlineData("Marta Lind rented the cheapest flat she could find near the harbour.")]
    [InlineData("Always buy the freshest bread that you can afford.")]
    public void Leaves_a_rank_bounded_by_what_the_seeker_can_reach(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    // A seller's offer, a predicate and a generic buyer rank for the writer.
    [InlineData("Delmar Air sells the cheapest fares you can find.", "the cheapest fares")]
    [InlineData("The Aurora is the fastest kettle you can buy.", "the fastest kettle")]
    [InlineData("Tarn Watches makes the finest watch money can buy.", "the finest watch money")]
    // A verb of conceiving, not of obtaining.
    [InlineData("Go and meet Ilse Brandt, the greatest mayor you could imagine.", "the greatest mayor")]
    // A command that still asserts a rank.
    [InlineData("Remember, this is the worst budget in memory.", "the worst budget")]
    public void A_rank_beside_a_relative_of_reach_that_the_writer_asserts_is_still_flagged(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));
}
