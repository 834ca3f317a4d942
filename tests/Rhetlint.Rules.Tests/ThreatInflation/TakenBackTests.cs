using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.ThreatInflation;

/// <summary>A community taken or headed back to a past era (RH1009, TakenBack): session 49, issue 16.</summary>
public class TakenBackTests
{
    [Theory]
    [InlineData("This budget takes Pellow County straight back to the 1970s.", "takes Pellow County straight back to the 1970s")]
    [InlineData("The rail cuts would drag the country back into the 1930s.", "drag the country back into the 1930s")]
    [InlineData("Under this plan the county is heading straight back to the 1930s.", "heading straight back to the 1930s")]
    public void Flags_a_community_taken_back_to_a_past_era(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1009", text));

    [Theory]
    [InlineData("The restaurant's decor takes diners straight back to the 1970s, with orange banquettes and fondue.")]
    [InlineData("The sale took the town back to 1990 levels of employment, the council said.")]
    [InlineData("The exhibition takes visitors back to the 1930s.")]
    [InlineData("Fashion is heading straight back to the 1970s.")]
    [InlineData("We are heading straight back to the 1970s for tonight's playlist.")]
    public void Does_not_flag_a_taste_a_figure_or_a_visit(string text) =>
        Assert.Empty(Flagged("RH1009", text));
}
