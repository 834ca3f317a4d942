using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests;

/// <summary>
/// A speech verb inside a clause of condition or time ("If the council says no, …") attributes nothing past that clause:
/// the main clause is the writer's claim, and every family weighs it as one. Near misses keep the report: the condition
/// inside the reported clause, an "as she said" parenthetical, "When asked, X said …".
/// </summary>
public class ConditionalSpeechTests
{
    [Fact]
    public void A_worst_case_after_a_spoken_condition_is_the_writers()
    {
        Assert.Equal(["will be dead within a decade"], Flagged("RH1003", "Once the regulator says the mine is closed, the valley will be dead within a decade."));
        Assert.Empty(Flagged("RH1003", "The regulator says that once the mine is closed, the valley will be dead within a decade."));
    }

    [Fact]
    public void A_rank_after_a_spoken_condition_is_the_writers()
    {
        Assert.Equal(["the most reckless project"], Flagged("RH2001", "If the jury says no, the Varn bridge is the most reckless project in the country."));
        Assert.Empty(Flagged("RH2001", "When asked, the jury said the Varn bridge was the most reckless project in the country."));
    }

    [Fact]
    public void A_consensus_after_a_spoken_condition_is_the_writers()
    {
        Assert.Equal(["everyone knows"], Flagged("RH2006", "If the council says no, everyone knows the harbour will be lost."));
        Assert.Empty(Flagged("RH2006", "If the minister is right, as she said on Friday, everyone knows the harbour will be lost."));
    }
}
