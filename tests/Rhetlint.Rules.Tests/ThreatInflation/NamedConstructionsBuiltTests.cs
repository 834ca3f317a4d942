using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.ThreatInflation;

/// <summary>
/// Issue 16's named constructions built as classes (session 33): each with the audit's sentence, three more in other
/// words and domains, and near misses of the same shape that must stay silent.
/// </summary>
public class NamedConstructionsBuiltTests
{
    [Theory]
    // RH1004: a limitless want whose owner is an actor, or whose object is ours, a harm or a conquest.
    [InlineData("RH1004", "The developer's appetite for our green belt knows no limit.")]
    [InlineData("RH1004", "The ranch syndicate's hunger for territory has no end.")]
    [InlineData("RH1004", "The insurer's greed for your savings is insatiable.")]
    [InlineData("RH1004", "The Vance gang's greed is insatiable.")]
    [InlineData("RH1004", "The brewery chain's lust for destruction knows no bounds.")]
    public void Flags_the_class(string rule, string text) =>
        Assert.NotEmpty(Flagged(rule, text));

    [Theory]
    // A harmless owner with a harmless object: praise, not intent.
    [InlineData("RH1004", "The chef's appetite for new flavours knows no limit.")]
    [InlineData("RH1004", "The striker's hunger for goals has no end.")]
    [InlineData("RH1004", "Her appetite for detective novels is insatiable.")]
    [InlineData("RH1004", "Harbrook Holdings' appetite for new markets has no limit.")]
    [InlineData("RH1004", "The gardener's lust for rare tulips knows no bounds.")]
    public void Does_not_flag_the_near_miss(string rule, string text) =>
        Assert.Empty(Flagged(rule, text));
}
