using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Sourcing;

/// <summary>RH3009: officials described by their field whose body the next sentence names (<c>BodyNamedNext</c>).</summary>
public class RH3009BodyNamedNextTests
{
    [Theory]
    [InlineData("A dairy herd near Tarnby has tested positive for the virus, state health officials said on Monday. "
        + "The Varn Department of Health said the farm would be closed for a month.")]
    [InlineData("Two bridges on the coast road will shut next week, county transport officials said. "
        + "The Ossory Transport Authority said the work would take ten days.")]
    public void Officials_whose_body_speaks_next_are_identified(string text) =>
        Assert.Empty(Flagged("RH3009", text));

    [Theory]
    // No body named after them.
    [InlineData("A dairy herd near Tarnby has tested positive for the virus, state health officials said on Monday. "
        + "The farm will be closed for a month.", "state health officials said")]
    // One unnamed member of the body named next.
    [InlineData("The count was chaotic, one council insider said. A spokesperson for the Harlow District Council said the count "
        + "followed the rules.", "one council insider said")]
    // A body named, but of another field.
    [InlineData("A dairy herd near Tarnby has tested positive for the virus, state health officials said on Monday. "
        + "The Varn Farmers Union said the farm would be closed for a month.", "state health officials said")]
    public void Officials_whose_body_is_never_named_stay_anonymous(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH3009", text));
}
