using Rhetlint.Core.Analysis;
using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Hedging;

public class RH4004DoubtCastingTests
{
    [Theory]
    [InlineData("The so-called peace plan hands Varn everything.", "so-called")]
    [InlineData("Its supposed experts never visited the site.", "supposed")]
    [InlineData("A self-styled reformer now runs the harbor board.", "self-styled")]
    [InlineData("The mayor's purported savings never appeared in the budget.", "purported")]
    [InlineData("Varn supposedly wants peace.", "supposedly")]
    [InlineData("Varn, the so-called democracy, jails its critics.", "so-called")]
    [InlineData("The mayor's so-called budget plan is a list of wishes.", "so-called")]
    public void Flags_an_unquoted_doubt_marker(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH4004", text));

    [Theory]
    [InlineData("The so-called Harbor Clause is Article 12 of the lease.")]
    [InlineData("The suspect allegedly fired two shots, police said.")]
    [InlineData("The alleged theft is before the court in June.")]
    [InlineData("The gala went ahead three days after the alleged assault at the Harlow Institute.")]
    [InlineData("Auditors in Norvania are looking into alleged fraud at the Varn ferry company.")]
    [InlineData("Brandt wants to end the so-called harbor credits, a tax break for Kestrian shipping firms.")]
    [InlineData("Norvania's main stock gauge, the so-called tide index, fell 3 percent.")]
    [InlineData("Most Varn farms are run through so-called land trusts like cooperatives and family funds.")]
    [InlineData("The ferry was supposed to arrive at noon.")]
    [InlineData("The so-called “reform” hands Varn everything.")]
    [InlineData("“The so-called plan is empty,” Brandt said.")]
    [InlineData("Kestria fears a so-called axis of autocracies.")]
    public void Does_not_flag_names_legal_uses_quotes_or_supposed_to(string text) =>
        Assert.Empty(Flagged("RH4004", text));

    [Fact]
    public void Deletes_the_marker_and_fixes_the_article()
    {
        var rewrite = Single("RH4004", "A so-called expert wrote the plan.").Rewrites[0];
        Assert.Equal(Applicability.Unsafe, rewrite.Applicability);
        Assert.Equal("An ", Assert.Single(rewrite.Changes).NewText);
    }
}
