using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Sourcing;

/// <summary>
/// The sourcing constructions issue 17 names, each with words its rule's own tests do not use, beside a near miss of
/// the same shape that must stay silent.
/// </summary>
public class NamedConstructionsElsewhereTests
{
    [Theory]
    // RH3009: an anonymous source judged after a covered attribution in the same sentence.
    [InlineData("RH3009", "According to the club's annual report, ticket sales rose, and sources say the manager will leave.", "sources say")]
    // RH3001: advice as a gerund and a stance held as an adjective by a vague group.
    [InlineData("RH3001", "Experts recommend drinking two litres of water a day.", "Experts recommend")]
    [InlineData("RH3001", "Hill farmers are increasingly keen on wind leases.", "Hill farmers are increasingly keen")]
    [InlineData("RH3001", "Investors are sceptical of the merger.", "Investors are sceptical")]
    // RH3011: adverbial consensus.
    [InlineData("RH3011", "By all accounts, the new chef is a genius.", "By all accounts")]
    // RH3005: a named person elsewhere in the sentence, or "such as", no longer exempts a scare quote.
    [InlineData("RH3005", "Coach Ada Lind was sacked in May, and the club's “rebuild” stalled.", "“rebuild”")]
    [InlineData("RH3005", "Perks such as “free” parking drew shoppers to the retail park.", "“free”")]
    [InlineData("RH3005", "The so-called “bold vision” has cost the town £3m.", "so-called “bold vision”")]
    public void Flags_the_construction_in_another_domain(string rule, string text, string expected) =>
        Assert.Equal([expected], Flagged(rule, text));

    [Theory]
    [InlineData("RH3009", "According to the club's annual report, ticket sales rose by 12% last season.")]
    [InlineData("RH3001", "The young players are keen to learn.")]
    // An intention to act, after any linking verb, is the group's deed to come, not a view of a claim.
    [InlineData("RH3001", "Local grocers seemed eager to drop the plastic bags.")]
    [InlineData("RH3001", "Dairy investors became eager to sell after the audit.")]
    [InlineData("RH3001", "Hill farmers are keen to plant more oaks.")]
    [InlineData("RH3001", "The players are keen.")]
    [InlineData("RH3001", "Hill farmers remain wary.")]
    [InlineData("RH3001", "Councillor Tam Vey remains wary of the new grazing rules.")]
    [InlineData("RH3001", "Sixty of the 80 farmers surveyed by the union are keen on wind leases.")]
    [InlineData("RH3005", "Coach Ada Lind called the plan a “rebuild” on Friday.")]
    // An echo: the same words quoted from a named speaker earlier.
    [InlineData("RH3005", "The mayor called the plan a “bold vision” in March.\n\nThe so-called “bold vision” has cost the town £3m.")]
    public void Does_not_flag_the_near_miss_of_the_same_shape(string rule, string text) =>
        Assert.Empty(Flagged(rule, text));

    [Fact]
    public void One_anonymous_source_referred_back_to_is_one_finding() =>
        Assert.Single(Flagged("RH3009", "A person familiar with the talks said the deal was close, and the person added that a vote could come next week."));
}
