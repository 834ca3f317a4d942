using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Sourcing;

/// <summary>One unnamed person placed by a preposition of path ("down my street") is still an unnamed source.</summary>
public class RH3002PathPrepositionTests
{
    [Fact]
    public void Flags_the_placed_person() =>
        Assert.Single(Flagged("RH3002", "A retired porter down my street told me the station will close next year."),
            f => f.StartsWith("A retired porter down my street", StringComparison.Ordinal));

    [Fact]
    public void Does_not_flag_a_named_person() =>
        Assert.Empty(Flagged("RH3002", "Tomas Reyes, a retired fireman who lives down my street, told me the station will close in 2027."));
}
