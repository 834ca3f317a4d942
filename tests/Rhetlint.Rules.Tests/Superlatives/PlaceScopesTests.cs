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
    // A present copula, and a bare forecast outside any plan or schedule.
    [InlineData("Gresham Water is the region's most negligent utility.", "region's most negligent utility")]
    [InlineData("Kestrel Bank is Britain's most ruthless lender.", "Britain's most ruthless lender")]
    [InlineData("Councillor Dray is now the town's most hated man.", "town's most hated man")]
    [InlineData("This ring road would be Yorkshire's most destructive road scheme.", "Yorkshire's most destructive road scheme")]
    // A noun of an aim before the forecast's modal is what is ranked, not a plan the forecast is told inside.
    [InlineData("Their goal would be Britain's most reckless gamble.", "Britain's most reckless gamble")]
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
    // A given name that is also a place ("Jordan", "Victoria", "Charlotte", "Georgia") may be a person, an owner.
    [InlineData("Game six was Jordan's most memorable performance.")]
    [InlineData("Jane Eyre is Charlotte's most loved novel, while Emily wrote only one.")]
    [InlineData("Tam Okoro is Georgia's most decorated sprinter.")]
    // A past copula is history or the record, dated or not.
    [InlineData("In 1910 the Brandling was Europe's most advanced steam locomotive.")]
    [InlineData("The Hallam bypass was the county's most debated scheme of 1974, the minutes record.")]
    [InlineData("Her grandmother was the town's most generous host, always with a pot of tea ready.")]
    // A forecast inside a plan, a hope or a schedule.
    [InlineData("Under the plan, Marlow Road would become the town's most important bus corridor by 2030.")]
    [InlineData("The council hopes the new library will be the borough's most welcoming public space.")]
    [InlineData("Salbury will be the region's most connected town once the tram opens.")]
    [InlineData("The council is planning a tram link, and Marlow Road will be the town's most important bus corridor.")]
    // A compass bearing is measured on a map.
    [InlineData("Skerry is Britain's most northerly inhabited island.")]
    // A "with" phrase that counts gives the measure.
    [InlineData("Rovers are the city's most successful club, with 14 league titles and six cups.")]
    [InlineData("Ashby Athletic is the county's most successful side, with twenty league titles.")]
    [InlineData("Harrow Choral is the borough's most successful choir, with thirteen national prizes.")]
    [InlineData("Pellworth is the county's most deprived ward, according to the 2019 Index of Multiple Deprivation.")]
    public void Does_not_flag_a_measured_owned_or_unpredicated_rank(string text) =>
        Assert.Empty(Flagged("RH2001", text));
}
