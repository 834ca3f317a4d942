using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Superlatives;

/// <summary>RH2001 on real copy (issue 17): a rank inside a consensus credited to nobody is the attribution's content.</summary>
public class ConsensusFrameTests
{
    /// <summary>A factive frame with a degree adverb is a consensus credited to nobody: RH3006 flags it, once.</summary>
    [Theory]
    [InlineData("It is widely recognised that speed cameras are the most effective way to slow traffic on Mill Road.")]
    [InlineData("It is well known that the Halden quay is the finest harbour wall in the north.")]
    [InlineData("It is generally acknowledged that the Tarn line is the slowest railway in the county.")]
    public void Leaves_a_rank_inside_a_consensus_credited_to_nobody(string text)
    {
        Assert.Empty(Flagged("RH2001", text));
        Assert.Single(Flagged("RH3006", text));
    }

    [Theory]
    // The bare factive still vouches for the clause; a degree adverb elsewhere frames nothing.
    [InlineData("It is known that Brenn runs the worst department in the council.", "the worst department")]
    [InlineData("It is clear that Brenn runs the worst department in the council, widely known for its delays.", "the worst department")]
    public void A_rank_after_a_factive_without_consensus_is_still_flagged(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));
}
