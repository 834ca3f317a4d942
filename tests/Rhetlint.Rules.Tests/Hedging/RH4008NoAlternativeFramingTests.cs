using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Hedging;

public class RH4008NoAlternativeFramingTests
{
    [Theory]
    [InlineData("Either we arm Norvania now or we fight Varn ourselves next year.", "Either we arm Norvania now or we fight")]
    [InlineData("There is no alternative to sanctions.", "There is no alternative")]
    [InlineData("We have no choice but to close the harbor.", "no choice but to")]
    [InlineData("The only option is to raise the levy.", "The only option is")]
    [InlineData("Sanctions are the only answer.", "the only answer")]
    [InlineData("Kestria is either with us or against us.", "with us or against us")]
    public void Flags_a_false_dilemma(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH4008", text));

    [Theory]
    [InlineData("Either party can end the lease with 30 days' notice.")]
    [InlineData("The committee weighed three options: sanctions, talks or a naval escort.")]
    [InlineData("The only way to reach the island is by ferry.")]
    [InlineData("There is no alternative route during the works.")]
    [InlineData("Either we meet on Tuesday or we meet on Friday.")]
    [InlineData("“There is no alternative to sanctions,” Brandt said.")]
    [InlineData("It is not true that there is no alternative to sanctions.")]
    public void Does_not_flag_options_facts_quotes_or_negation(string text) =>
        Assert.Empty(Flagged("RH4008", text));
}
