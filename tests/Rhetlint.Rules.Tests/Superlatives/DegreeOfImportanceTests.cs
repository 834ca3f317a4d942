using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Superlatives;

/// <summary>
/// RH2001 on real news (issue 17): "of the gravest concern" says how worrying something is, as "of the utmost
/// importance" does; it ranks nothing.
/// </summary>
public class DegreeOfImportanceTests
{
    [Theory]
    [InlineData("The state of the Mill Road bridge should be of the gravest concern to the county engineers.")]
    [InlineData("Safe crossings near the Halden school are of the highest priority for the new council.")]
    [InlineData("For the growers of the Tarn valley, the frost dates were of the greatest importance this spring.")]
    public void Leaves_a_degree_of_importance(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    // Without "of" the phrase ranks concerns; a superlative of another kind after "of the" still ranks.
    [InlineData("The greatest concern in Dunmore is the closure of the Halden clinic.", "The greatest concern")]
    [InlineData("The new bridge is the work of the greatest engineer of her generation.", "the greatest engineer")]
    public void A_ranked_concern_is_still_flagged(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));
}
