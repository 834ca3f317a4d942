using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Superlatives;

/// <summary>RH2001 and the end rung of a ladder the text defines (issue 17).</summary>
public class ScaleRungsTests
{
    [Theory]
    [InlineData("The college wants a biosafety level 4 lab, the highest containment level there is.")]
    [InlineData("Flood defences at Tarnby are rated grade 1, the lowest risk grade.")]
    [InlineData("The house sits in council tax band H, the highest tax band there is.")]
    [InlineData("Forecasters put the storm at category 5, the highest wind category there is.")]
    public void Does_not_flag_the_end_rung_of_a_defined_scale(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    // An amount: a plural or an "of" after the head measures a quantity across places, which still ranks.
    [InlineData("Tarnby has the highest pollution levels in Europe.", "the highest pollution levels")]
    [InlineData("Tarnby has the highest noise level of any town in the county.", "the highest noise level")]
    // No ladder in sight: nothing numbers a rung and nothing closes the scale.
    [InlineData("The Aurora reaches the highest comfort level in its class.", "the highest comfort level")]
    // A scope after the rung compares it with other places' rungs.
    [InlineData("The terror threat stands at level 4, the highest alert level in Europe.", "the highest alert level")]
    [InlineData("Kestria's flood defences sit in tier 3, the lowest tier in the developed world.", "the lowest tier")]
    // A judged degree is no place on a scale.
    [InlineData("The lab meets the best containment level there is.", "the best containment level there")]
    public void A_rank_that_is_no_defined_rung_still_ranks(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));
}
