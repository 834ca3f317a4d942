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
    // A "you" in another clause leaves the seller as the one who acts.
    [InlineData("If you enjoy tea, Halvor Mills packs the finest leaves you can buy.", "the finest leaves")]
    [InlineData("When you reach Osby, the quay kiosk sells the cheapest maps you can find.", "the cheapest maps")]
    [InlineData("You may have heard that Brisa Foods stocks the freshest bread you can get.", "the freshest bread")]
    // A command that still asserts a rank.
    [InlineData("Remember, this is the worst budget in memory.", "the worst budget")]
    public void A_rank_beside_a_relative_of_reach_that_the_writer_asserts_is_still_flagged(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    /// <summary>An advice head ranked as the subject of a present copula recommends what follows it.</summary>
    [Theory]
    [InlineData("If the meter looks wrong, the best first step is a call to the water board.")]
    [InlineData("The safest bet is the early ferry from Holm.")]
    [InlineData("For the weekend, the quickest route is the coast road.")]
    [InlineData("For first-time renters, the most sensible option is a written lease.")]
    public void Leaves_a_recommendation_made_through_an_advice_head(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    // A past choice, a scope after the head, the phrase as a predicate, and a head that is no advice.
    [InlineData("The best move was the sale of the Holm yard.", "The best move")]
    [InlineData("The best option on the market is the Aurora kettle.", "The best option")]
    [InlineData("Vale is the best option for the harbour.", "the best option")]
    [InlineData("The biggest problem is the pumps.", "The biggest problem")]
    // An adjective that describes the world ranks the world, whatever the head.
    [InlineData("The most dangerous place is the quarry road at Lenna.", "The most dangerous place")]
    [InlineData("The busiest time is the week before the Osby fair.", "The busiest time")]
    [InlineData("The most famous route is the old pilgrim path over the ridge.", "The most famous route")]
    // "Thing" names no option the reader takes.
    [InlineData("The best thing is the view from the Lenna quay.", "The best thing")]
    public void A_rank_beside_an_advice_head_that_the_writer_asserts_is_still_flagged(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));
}
