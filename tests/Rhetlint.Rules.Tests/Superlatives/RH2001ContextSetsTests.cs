using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Superlatives;

/// <summary>RH2001: superlatives that rank within a set the text has just given (<c>ContextSets</c>).</summary>
public class RH2001ContextSetsTests
{
    [Theory]
    [InlineData("Three villages vote at midnight: Hart, Millford and the most famous, Dixon Notch.")]
    [InlineData("Brenn lost in all but three of the spring contests, and the Varn primary proved the most damaging.")]
    [InlineData("In a survey of four ferry operators, fares rose in March. The Northline service remained the cheapest.")]
    public void A_headless_rank_within_a_counted_set_is_relative(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    // A count that is the verb's object is what the subject did, not the set it ranks in.
    [InlineData("Brandt has won 12 titles and is the greatest.", "the greatest")]
    [InlineData("She has won 12 titles, and she is the greatest.", "the greatest")]
    // A scope after the phrase compares with a wider set.
    [InlineData("Three villages vote at midnight, and Dixon Notch is the most famous in the state.", "the most famous")]
    [InlineData("Three villages vote at midnight, and Dixon Notch is the most famous ever.", "the most famous")]
    // A count of time units is a span, and a count in a "with" absolute a circumstance, not a set of rivals.
    [InlineData("In two weeks, the Osby ferry plan proved the most popular.", "the most popular")]
    [InlineData("For three decades, the Lenna foundry was the busiest.", "the busiest")]
    [InlineData("With two strikes looming, the dock levy is the most urgent.", "the most urgent")]
    // No set counted.
    [InlineData("Of the harbor villages, Dixon Notch is the most famous.", "the most famous")]
    // A head noun names its own set.
    [InlineData("Three villages vote at midnight, and Dixon Notch is the most famous village.", "the most famous village")]
    public void A_rank_without_a_counted_set_still_claims(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    [Theory]
    [InlineData("One of the sharpest exchanges came over the harbour levy.")]
    [InlineData("The loudest cheer came when Brandt named the winner.")]
    [InlineData("The strangest report came from the northern ward.")]
    [InlineData("The biggest development came last: the union endorsed Vale.")]
    public void The_high_point_of_a_reported_event_is_relative(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    // A person's origin, not a happening.
    [InlineData("The greatest writer came from Dublin.", "The greatest writer came")]
    // A scope compares with a wider set.
    [InlineData("The sharpest exchange in the history of the council came over the levy.", "The sharpest exchange")]
    public void A_rank_outside_the_event_frame_still_claims(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));
}
