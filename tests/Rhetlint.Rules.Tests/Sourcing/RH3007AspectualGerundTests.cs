using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Sourcing;

/// <summary>A finding verb may follow a verb of continuing or beginning as a gerund: "studies keep finding".</summary>
public class RH3007AspectualGerundTests
{
    [Theory]
    [InlineData("Studies keep finding that loud classrooms slow reading.", "Studies keep finding")]
    [InlineData("Research has started showing that the drug harms the liver.", "Research has started showing")]
    public void Flags_research_that_keeps_finding(string text, string span) =>
        Assert.Equal([span], Flagged("RH3007", text));

    // Near misses: the research is named, and a gerund alone modifies a noun.
    [Theory]
    [InlineData("Studies by the Norland Institute keep finding the same link between noise and sleep.")]
    [InlineData("The showing studies were filed in the archive last spring.")]
    public void Does_not_flag_named_research_or_a_modifier(string text) =>
        Assert.Empty(Flagged("RH3007", text));
}
