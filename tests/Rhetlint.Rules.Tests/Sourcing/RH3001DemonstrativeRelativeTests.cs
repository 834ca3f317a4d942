using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Sourcing;

/// <summary>A relative clause may hold "that" as a determiner after a preposition, and "who" may lean on its auxiliary.</summary>
public class RH3001DemonstrativeRelativeTests
{
    [Theory]
    [InlineData("Chefs who have cooked in that kitchen tell me the freezers were never cleaned.", "Chefs who have cooked in that kitchen")]
    [InlineData("Nurses who trained in that hospital say the wards were always cold.", "Nurses who trained in that hospital")]
    [InlineData("Mechanics who've serviced these buses tell me the brakes fail in snow.", "Mechanics who've serviced these buses")]
    public void Flags_the_group_with_its_relative_clause(string text, string span) =>
        Assert.Equal([span], Flagged("RH3001", text));

    // Near misses: a relative clause that holds the report itself, and a named group.
    [Theory]
    [InlineData("The council ignored residents who say that the bridge is unsafe.")]
    [InlineData("Mechanics at Vastra Transit who've serviced these buses say the brakes fail in snow.")]
    public void Does_not_flag_a_described_group_or_a_named_body(string text) =>
        Assert.Empty(Flagged("RH3001", text));
}
