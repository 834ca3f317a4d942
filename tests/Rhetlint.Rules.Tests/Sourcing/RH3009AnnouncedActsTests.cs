using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Sourcing;

/// <summary>Announcing a thing, a plan or a decision is an act; announcing that something is so is a claim.</summary>
public class RH3009AnnouncedActsTests
{
    [Theory]
    [InlineData("Officials announced a new road linking the harbour to the ring road on Tuesday.")]
    [InlineData("Authorities announced the closure of the pier after the storm.")]
    [InlineData("Officials announced plans to rebuild the footbridge next year.")]
    public void Does_not_flag_an_announced_act(string text) =>
        Assert.Empty(Flagged("RH3009", text));

    [Theory]
    [InlineData("Officials announced on Monday that the pier would stay shut until spring.", "Officials announced")]
    [InlineData("Officials announced the pier would stay shut until spring.", "Officials announced")]
    [InlineData("The pier will stay shut until spring, officials announced.", "officials announced")]
    public void Flags_an_announced_claim(string text, string span) =>
        Assert.Equal([span], Flagged("RH3009", text));
}
