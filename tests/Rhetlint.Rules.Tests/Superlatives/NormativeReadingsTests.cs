using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Superlatives;

/// <summary>RH2005 and RH2006: universals that advise or concede rather than claim (<c>NormativeReadings</c>).</summary>
public class NormativeReadingsTests
{
    [Theory]
    [InlineData("Anyone with a heart condition should know that the climb is steep.")]
    [InlineData("Anyone planning a hike should know that the lower path floods after heavy rain.")]
    [InlineData("Everyone who rents a plot ought to know that the frost comes early.")]
    public void Advice_on_what_to_know_is_no_consensus_claim(string text) =>
        Assert.Empty(Flagged("RH2006", text));

    [Theory]
    [InlineData("Anyone who rides the night bus knows the service is broken.", "Anyone who rides the night bus knows")]
    [InlineData("Everyone who has sat through a council meeting knows it is a farce.", "Everyone who has sat through a council meeting knows")]
    [InlineData("Every scientist knows the model is wrong.", "Every scientist knows")]
    public void A_claim_that_everyone_knows_still_claims(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2006", text));

    [Theory]
    [InlineData("Nobody enjoys paying a parking fine.")]
    [InlineData("No one likes to wait for a late train, but the new timetable is worth it.")]
    [InlineData("Nobody relishes cutting a youth coach's budget.")]
    [InlineData("Nobody likes being told to finish their vegetables.")]
    public void A_truism_of_feeling_is_no_universal_claim(string text) =>
        Assert.Empty(Flagged("RH2005", text));

    [Theory]
    // A scope makes it a claim about what a group thinks.
    [InlineData("Nobody in Harlow likes the new bypass.", "Nobody in Harlow likes")]
    // A thing, not an activity: what a group thinks of it.
    [InlineData("No one likes a late train.", "No one likes")]
    // Not a verb of finding something pleasant.
    [InlineData("Nobody trusts the council any more.", "Nobody trusts")]
    // A comparison ranks everyone.
    [InlineData("Nobody plays the cello better than Ilse Brandt.", "Nobody plays the cello better")]
    public void Other_negative_universals_still_claim(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2005", text));
}
