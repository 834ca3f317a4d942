using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Sourcing;

/// <summary>A share of a kind whose verb lost its object to a comparison or a contact relative reports nothing.</summary>
public class RH3001GappedReportTests
{
    [Theory]
    [InlineData("The repair bill for a flat roof is larger than most people expect, and the quotes vary widely.")]
    [InlineData("The first question most patients ask is how long the recovery will take.")]
    [InlineData("One mistake many drivers make is to renew the permit after it has lapsed.")]
    [InlineData("The fee is higher than many parents realise.")]
    public void Does_not_flag_the_writers_observation(string text) =>
        Assert.Empty(Flagged("RH3001", text));

    [Theory]
    [InlineData("Most people expect that the levy will rise again next spring.", "Most people expect")]
    [InlineData("The bridge is safe, but many engineers believe the ramp will need rebuilding.", "many engineers believe")]
    [InlineData("The trouble is that many growers say the frost will return in April.", "many growers say")]
    public void Still_flags_a_group_that_states_a_view(string text, string span) =>
        Assert.Single(Flagged("RH3001", text), f => f.StartsWith(span, StringComparison.Ordinal));
}
