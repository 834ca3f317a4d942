using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.ThreatInflation;

/// <summary>One trigger away from a catastrophe (RH1006), one act enough for one (RH1011), and successive targets that widen to the whole (RH1006) (issue 16).</summary>
public class TriggerChainTests
{
    [Theory]
    [InlineData("One leaked file is enough to bring down the government.", "One leaked file is enough to bring down the government")]
    [InlineData("A single failed harvest would be enough to ruin the whole county.", "A single failed harvest would be enough to ruin the whole county")]
    [InlineData("A single spark would be enough to start a war.", "A single spark would be enough to start a war")]
    [InlineData("The whole town can be wiped out by a single storm.", "can be wiped out by a single storm")]
    [InlineData("The national economy could be crippled by a single cyberattack.", "could be crippled by a single cyberattack")]
    public void Flags_one_act_said_to_be_enough_for_a_catastrophe(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1011", text));

    [Theory]
    [InlineData("A single dose is enough to protect you for a decade, the trial in Vessen found.")]
    [InlineData("A single point would be enough to send the Harriers into the final.")]
    [InlineData("A single bad review would be enough to upset the chef.")]
    [InlineData("One bad season was enough to relegate the club in 1994.")]
    [InlineData("Every file can be destroyed by a single keystroke.")]
    [InlineData("The old pier was wiped out by a single storm in 1987.")]
    public void Does_not_flag_sufficiency_without_a_catastrophe_or_told_of_the_past(string text) =>
        Assert.Empty(Flagged("RH1011", text));
}
