using Rhetlint.Core.Markup;
using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Superlatives;

/// <summary>RH2001: ranks within a set the document lays out and measures (<c>LaidOutSets</c>).</summary>
public class RH2001LaidOutSetsTests
{
    private const string WardTable = "| Ward | Voters |\n|---|---|\n| Northgate | 4,210 |\n| Eastmoor | 3,180 |\n\n";

    [Theory]
    [InlineData(WardTable + "Northgate is the largest ward.")]
    [InlineData("| Model | Weight |\n|---|---|\n| Orla | 182 g |\n| Pim | 164 g |\n\nPim is the lightest model.")]
    [InlineData("| Laptop | Price |\n|---|---|\n| Kestrel | $640 |\n| Osprey | $910 |\n\nKestrel is the cheapest machine.")]
    public void A_rank_among_the_rows_of_a_table_is_relative(string text) =>
        Assert.Empty(Flagged("RH2001", text, DocumentFormat.Markdown));

    [Theory]
    // A scope after the phrase compares with a wider set.
    [InlineData(WardTable + "Northgate is the largest ward in the country.", "the largest ward")]
    [InlineData(WardTable + "Northgate is the best ward ever.", "the best ward")]
    // The subject is no row of the table.
    [InlineData(WardTable + "Harlow is the largest ward.", "the largest ward")]
    // No table: the rank is the writer's claim.
    [InlineData("Northgate is the largest ward.", "the largest ward")]
    public void A_rank_outside_the_table_still_claims(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text, DocumentFormat.Markdown));

    [Theory]
    [InlineData("The most expensive dish, a lobster risotto, is $42.")]
    [InlineData("The cheapest tickets, behind the north goal, cost £12.")]
    [InlineData("Parking costs £5; the cheapest seats start at £15.")]
    [InlineData("The heaviest sample, from the third core, weighs 2.4 kg.")]
    [InlineData("The biggest room, the boardroom, seats 20.")]
    [InlineData("The longest session runs to 90 minutes.")]
    [InlineData("The most expensive ticket is £60.")]
    public void The_extreme_item_with_its_measure_is_relative(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    // A scope ranks the world.
    [InlineData("The most expensive dish in Ohio is $42.", "The most expensive dish")]
    [InlineData("The cheapest flat in London costs £300,000.", "The cheapest flat")]
    // A comparison after the figure is a claim about the item.
    [InlineData("The largest bank is 40% bigger than its rival.", "The largest bank")]
    // A figure that is not the item's measure: a result, not a price or a size.
    [InlineData("The best striker in the division, Tomas Varga, scored 30 goals.", "The best striker")]
    // The phrase is a predicate, not the subject the figure measures.
    [InlineData("Lake Orrin is the most beautiful lake, and it is 12 km long.", "the most beautiful lake")]
    public void A_rank_without_its_own_measure_still_claims(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));
}
