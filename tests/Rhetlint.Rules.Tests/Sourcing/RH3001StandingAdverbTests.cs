using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Sourcing;

/// <summary>A group placed by where its members are, after an adverb of time or with a day before the place's noun.</summary>
public class RH3001StandingAdverbTests
{
    [Theory]
    [InlineData("Engineers still at the plant tell me the cooling system failed twice last winter.", "Engineers still at the plant")]
    [InlineData("Shoppers at the Saturday market say the council wants the stalls gone by summer.", "Shoppers at the Saturday market")]
    public void Flags_the_placed_group(string text, string span) =>
        Assert.Single(Flagged("RH3001", text), f => f.StartsWith(span, StringComparison.Ordinal));

    [Theory]
    [InlineData("Engineers still at the plant, including the union rep Ola Berg, say the pumps failed twice.")]
    [InlineData("Engineers at the plant replaced the cooling pumps last winter, the operator said in its annual filing.")]
    [InlineData("Shoppers at the Saturday market, led by the stallholder Ines Moreau, say the rents are too high.")]
    public void Does_not_flag_a_named_member_or_an_act(string text) =>
        Assert.Empty(Flagged("RH3001", text));
}
