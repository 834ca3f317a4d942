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
    // RH1004: "bent on" as a reduced relative after any agent, before a harm verb.
    [InlineData("RH1004", "A betting firm bent on hooking every teenager has opened a shop on the high street.")]
    [InlineData("RH1004", "Developers hell-bent on wrecking the marsh have bought the last field.")]
    [InlineData("RH1004", "A property developer dead set on destroying the old market hall has hired three lawyers.")]
    [InlineData("RH1004", "Rival growers bent on ruining the cooperative undercut its prices.")]
    // RH1007: "not if … but when" around a clause of public failure, and across two sentences.
    [InlineData("RH1007", "It is not if the credit union goes under, but when.")]
    [InlineData("RH1007", "The question is not whether the reservoir runs dry. It is when.")]
    [InlineData("RH1007", "It is not whether the town's last bus depot goes bankrupt but when.")]
    [InlineData("RH1007", "The real question is not if the old pier collapses. It's when.")]
    [InlineData("RH1007", "For the cooperative dairy it is not if the herd starves, but when.")]
    public void Flags_the_class(string rule, string text) =>
        Assert.NotEmpty(Flagged(rule, text));

    [Theory]
    // A harmless owner with a harmless object: praise, not intent.
    [InlineData("RH1004", "The chef's appetite for new flavours knows no limit.")]
    [InlineData("RH1004", "The striker's hunger for goals has no end.")]
    [InlineData("RH1004", "Her appetite for detective novels is insatiable.")]
    [InlineData("RH1004", "Harbrook Holdings' appetite for new markets has no limit.")]
    [InlineData("RH1004", "The gardener's lust for rare tulips knows no bounds.")]
    // "Bent on" with no harm named, or in sport.
    [InlineData("RH1004", "A chef bent on perfecting the soufflé opened a shop.")]
    [InlineData("RH1004", "Climbers bent on reaching the summit left at dawn.")]
    [InlineData("RH1004", "A striker bent on wrecking the visitors' defence scored twice in the match.")]
    // A personal mishap, a question with no failure, and a "when" that is not the answer.
    [InlineData("RH1007", "It is not if your hard drive dies, but when.")]
    [InlineData("RH1007", "The question is not whether the choir sings. It is when.")]
    [InlineData("RH1007", "The question is not whether the reservoir runs dry. It is how the town shares what is left.")]
    [InlineData("RH1007", "Nobody asks whether the reservoir runs dry. It is when.")]
    public void Does_not_flag_the_near_miss(string rule, string text) =>
        Assert.Empty(Flagged(rule, text));
}
