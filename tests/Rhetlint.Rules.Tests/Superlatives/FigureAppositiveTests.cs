using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Superlatives;

/// <summary>RH2001: a comparison appended to a figure its clause has just given is a measured record (issue 17).</summary>
public class FigureAppositiveTests
{
    [Theory]
    [InlineData("The bakery sold 4,000 loaves in March, more than any other shop on the street.")]
    [InlineData("She has taken 9 wickets in 3 matches, a better haul than anyone in the squad.")]
    [InlineData("The fund returned 14% last year, more than any other pension scheme in the world.")]
    public void Does_not_flag_a_comparison_appended_to_a_figure(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    [InlineData("The coach works hard, harder than anyone in the league.", "harder than anyone")]
    [InlineData("The port was founded in 1850, busier than any other harbour in history.", "busier than any other harbour")]
    public void Flags_an_appended_comparison_without_a_figure(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));
}
