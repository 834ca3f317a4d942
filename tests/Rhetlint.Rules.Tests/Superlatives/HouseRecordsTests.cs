using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Superlatives;

/// <summary>RH2001 and a rank bounded by what the writer's own house has done in a stated period (issue 17).</summary>
public class HouseRecordsTests
{
    [Theory]
    [InlineData("It is also the loudest small speaker we have put through our lab this year.")]
    [InlineData("The revival was the longest run of any show we have put on since the hall reopened in 2015.")]
    [InlineData("The Orla is the quietest blender we've tested so far.")]
    [InlineData("It was the fullest house we have staged since the roof was mended.")]
    public void Does_not_flag_a_rank_bounded_by_the_houses_own_work_in_a_period(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    // No period: "we" alone speaks for everyone.
    [InlineData("It is the most candid interview we have given.", "the most candid interview")]
    // "ever" opens the set to all time.
    [InlineData("It is the biggest mistake we have ever made since the war.", "the biggest mistake")]
    // An adjective of worth stays a verdict.
    [InlineData("It is the best play we have staged this year.", "the best play")]
    // What "we" went through or witnessed is the world's.
    [InlineData("It was the fiercest storm we have faced since 1987.", "the fiercest storm")]
    [InlineData("It was the most reckless plan we have seen this year.", "the most reckless plan")]
    public void A_rank_the_house_does_not_bound_still_ranks(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));
}
