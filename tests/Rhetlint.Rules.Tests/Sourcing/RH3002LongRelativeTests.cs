using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Sourcing;

/// <summary>An unnamed person whose relative clause gives the anonymity its reason at length.</summary>
public class RH3002LongRelativeTests
{
    [Fact]
    public void Flags_the_source_behind_a_long_relative_clause() =>
        Assert.Single(Flagged("RH3002",
            "One chemist at the depot, who asked not to be named because the staff had been warned not to talk to reporters, said the tanks had leaked for weeks."));

    [Theory]
    [InlineData("Marta Quell, a chemist at the depot, who has worked there since the tanks were first installed in the old yard, said the tanks had leaked.")]
    [InlineData("Police said the suspect, who cannot be named for legal reasons, was released on bail.")]
    public void Does_not_flag_a_named_source(string text) =>
        Assert.Empty(Flagged("RH3002", text));
}
