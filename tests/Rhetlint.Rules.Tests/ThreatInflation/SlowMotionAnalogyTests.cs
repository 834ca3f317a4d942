using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.ThreatInflation;

/// <summary>RH1009's named catastrophe said to happen now "in slow motion" (session 47, issue 16).</summary>
public class SlowMotionAnalogyTests
{
    [Theory]
    [InlineData("This ticket tax is the Great Depression in slow motion.", "is the Great Depression in slow motion")]
    [InlineData("The slow loss of the coral reefs is Chernobyl in slow motion.", "is Chernobyl in slow motion")]
    [InlineData("The cuts to the coastguard are the Titanic in slow motion.", "are the Titanic in slow motion")]
    [InlineData("The drought plan is the Irish famine in slow motion.", "is the Irish famine in slow motion")]
    [InlineData("The crop insurance cut is the Vietnam War in slow motion.", "is the Vietnam War in slow motion")]
    public void Flags_a_named_catastrophe_said_to_happen_now_in_slow_motion(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1009", text));


    [Theory]
    [InlineData("The documentary shows the Hindenburg disaster in slow motion.")]
    [InlineData("The replay showed the crash at the third corner in slow motion.")]
    [InlineData("The film recreates the Great Depression in slow motion through archive footage.")]
    [InlineData("The 1930s were the Great Depression in slow motion for the mill towns.")]
    [InlineData("The minister's campaign is a car crash in slow motion.")]
    [InlineData("Critics say the policy is the Great Depression in slow motion, but the central bank forecasts growth of 2 per cent.")]
    [InlineData("The tariff row is not the Great Depression in slow motion, the fund said, citing growth of 3 per cent.")]
    public void Does_not_flag_film_idioms_the_past_or_reported_and_negated_analogies(string text) =>
        Assert.Empty(Flagged("RH1009", text));
}
