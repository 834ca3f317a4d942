using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.ThreatInflation;

/// <summary>A forecast the writer calls untrue in an extraposed frame ("It is simply untrue that …") is rebutted, not asserted (review 48a).</summary>
public class DenialFrameTests
{
    [Theory]
    [InlineData("RH1003", "It is simply untrue that within a decade no rural school in the county will be open.")]
    [InlineData("RH1003", "It is plainly false that within a year every rural post office will be shut.")]
    [InlineData("RH1006", "It is simply untrue that our power grid is one hot afternoon away from total collapse.")]
    [InlineData("RH1006", "It is simply untrue that our rail network is one cold snap away from total collapse.")]
    public void Does_not_flag_a_forecast_the_writer_calls_untrue(string rule, string text) =>
        Assert.Empty(Flagged(rule, text));

    [Theory]
    [InlineData("RH1003", "It is simply true that within a year every rural post office will be shut.", "within a year every rural post office will be shut")]
    [InlineData("RH1006", "It is clear that our power grid is one hot afternoon away from total collapse.", "one hot afternoon away from total collapse")]
    public void Still_flags_a_forecast_an_extraposed_it_affirms(string rule, string text, string expected) =>
        Assert.Contains(expected, Flagged(rule, text));
}
