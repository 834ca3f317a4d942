using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Superlatives;

/// <summary>A listed credential in a stack of modifiers exempts only itself, not the puff before it.</summary>
public class StackedCredentialTests
{
    [Theory]
    [InlineData("The clinic has a new chief. World-renowned, award-winning surgeon Dr. Ada Kell will lead the ward.", "World-renowned, award-winning surgeon")]
    [InlineData("The clinic has a new head. Renowned, award-winning cardiologist Dr. Lena Moss will run the unit.", "Renowned, award-winning cardiologist")]
    public void RH2004_flags_a_puff_stacked_before_a_listed_credential(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2004", text));

    [Theory]
    [InlineData("The festival has a guest. Bestselling, award-winning novelist Ines Varro will read on Friday.")]
    [InlineData("The clinic has a new chief. Award-winning surgeon Dr. Ada Kell will lead the ward.")]
    public void RH2004_leaves_listed_credentials_alone(string text) =>
        Assert.Empty(Flagged("RH2004", text));
}
