using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Superlatives;

/// <summary>RH2001: a superlative that names what an exception leaves out ranks nothing (issue 17).</summary>
public class ExceptedExtremesTests
{
    [Theory]
    [InlineData("Investors were impervious to all but the largest swings in the bond market.")]
    [InlineData("Prices held steady in every store except the busiest ones on the high street.")]
    [InlineData("Apart from the biggest lenders, banks kept their rates unchanged in June.")]
    public void Does_not_flag_the_members_an_exception_leaves_out(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    [InlineData("The Velby striker is the best finisher in Europe, full stop.", "the best finisher")]
    [InlineData("All but one of the stalls sold the finest sourdough in the whole county.", "the finest sourdough")]
    public void Flags_a_rank_outside_an_exception(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));
}
