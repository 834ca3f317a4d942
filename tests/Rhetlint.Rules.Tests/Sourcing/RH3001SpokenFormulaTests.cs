using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Sourcing;

/// <summary>"Say" with a formula as its object (goodbye, prayers, thanks) performs it and reports no claim (SpokenFormulas).</summary>
public class RH3001SpokenFormulaTests
{
    [Theory]
    [InlineData("Ticket holders say goodbye to the old stand with a lap of honour on Saturday.")]
    [InlineData("Churchgoers say prayers for the lifeboat crew every Sunday.")]
    [InlineData("Stallholders said their farewells to the covered market on Friday.")]
    [InlineData("Parents say thanks to the lollipop man who retires this week.")]
    public void Does_not_flag_a_performed_formula(string text) =>
        Assert.Empty(Flagged("RH3001", text));

    [Theory]
    [InlineData("Ticket holders say goodbye was never part of the plan for the old stand.", "Ticket holders say")]
    [InlineData("Stallholders say the covered market will be shut by Christmas.", "Stallholders say")]
    public void Flags_a_claim_after_say(string text, string span) =>
        Assert.Equal([span], Flagged("RH3001", text));
}
