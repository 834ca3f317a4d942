using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Superlatives;

/// <summary>
/// RH2001: a place or field before a judged superlative names the set compared, as "in Britain" does; it owns nothing
/// and bounds nothing, so the rank still needs support (issue 17).
/// </summary>
public class PlaceScopesTests
{
    [Theory]
    [InlineData("Harwick Foods is Scotland's most trusted bakery brand.", "Scotland's most trusted bakery brand")]
    [InlineData("Vantor is the UK's most advanced cloud backup service for schools.", "UK's most advanced cloud backup service")]
    [InlineData("Pellow Fest is the county's most exciting music weekend.", "county's most exciting music weekend")]
    [InlineData("The Marlow Institute is now the nation's most respected laboratory for soil research.", "nation's most respected laboratory")]
    [InlineData("Tarnby Rovers are the city's most successful club.", "city's most successful club")]
    [InlineData("The Quillon tracker is the industry's most reliable tracking system.", "industry's most reliable tracking system")]
    public void Flags_a_judged_rank_scoped_by_a_place(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    [Theory]
    // A measured rank after a place is a fact of record.
    [InlineData("Halvek Motors is the country's largest carmaker.")]
    [InlineData("Vale became the state's youngest governor in 1998.")]
    // An owner bounds the set by its own record.
    [InlineData("Brenn is the club's most loyal supporter.")]
    [InlineData("This is Ilse Brandt's boldest budget.")]
    // Wire copy names a referent or picks out a set with such a phrase; it does not rank a subject.
    [InlineData("The mayor quoted the nation's most prominent radio host on Tuesday.")]
    [InlineData("The ruling stymied the state's most powerful politicians.")]
    [InlineData("The Harlow Trust, the county's most influential housing charity, said it would appeal.")]
    // Support, quotation and attribution.
    [InlineData("A YouGov poll published in March named Brindle Bank Britain's most trusted lender, with 41% of the vote.")]
    [InlineData("\"We are Scotland's most trusted bakery,\" said Harwick's chief executive, Ana Lund.")]
    public void Does_not_flag_a_measured_owned_or_unpredicated_rank(string text) =>
        Assert.Empty(Flagged("RH2001", text));
}
