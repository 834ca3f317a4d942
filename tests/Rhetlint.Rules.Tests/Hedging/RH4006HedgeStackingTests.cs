using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Hedging;

public class RH4006HedgeStackingTests
{
    [Theory]
    [InlineData("It could perhaps be argued that Varn might possibly reconsider.", "could perhaps be argued that Varn might possibly")]
    [InlineData("The deal may arguably seem somewhat risky.", "may arguably seem somewhat")]
    [InlineData("It could be argued that the levy might fail.", "It could be argued that the levy might")]
    public void Flags_three_hedges_in_one_clause(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH4006", text));

    [Theory]
    [InlineData("Varn may reconsider if the tariff rises, the trade minister said.")]
    [InlineData("The effect may wane after six months, trial data suggest (Brenner Medical Review, 2024).")]
    [InlineData("Varn may reconsider, but the council might not, and the mayor perhaps will.")]
    [InlineData("The levy may raise roughly 40 million, possibly.")]
    [InlineData("Varn's might may perhaps grow.")]
    [InlineData("Kestrian voters may still back Brandt, even if she may have to win them in a way different from last time.")]
    [InlineData("Harbor Gazette posts could be removed in a way that might annoy readers.")]
    [InlineData("“It could perhaps be argued that Varn might possibly reconsider,” Brandt said.")]
    public void Does_not_flag_spread_reported_or_approximate_hedges(string text) =>
        Assert.Empty(Flagged("RH4006", text));
}
