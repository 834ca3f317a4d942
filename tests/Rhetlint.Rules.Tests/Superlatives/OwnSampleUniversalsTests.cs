using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Superlatives;

/// <summary>RH2005/RH2006: a universal bounded by the writer's own contacts reports a sample, not a whole group (issue 17).</summary>
public class OwnSampleUniversalsTests
{
    [Theory]
    [InlineData("Everyone I interviewed at the depot agrees the new rota came without warning.")]
    [InlineData("Every stallholder we've talked to says the Sunday market is losing trade.")]
    [InlineData("All the growers I have spoken with agree the frost spared the orchards.")]
    [InlineData("Everybody we asked at the ferry terminal says the timetable is a mess.")]
    [InlineData("Every shopper we talk to tells us the same thing: prices are too high.")]
    public void Does_not_flag_agreement_within_the_writers_sample(string text) =>
        Assert.Empty(Flagged("RH2006", text));

    [Theory]
    [InlineData("Nobody we spoke to in Ashby could name the new contractor.")]
    [InlineData("All the experts I interviewed said the levy was poorly drafted.")]
    public void Does_not_flag_an_absolute_over_the_writers_sample(string text) =>
        Assert.Empty(Flagged("RH2005", text));

    [Theory]
    [InlineData("Every sensible economist agrees that the levy will backfire.", "Every sensible economist agrees")]
    [InlineData("Everyone I know agrees the bypass was a waste of money.", "Everyone I know agrees")]
    [InlineData("Every voter we meet agrees the levy must go.", "Every voter we meet agrees")]
    [InlineData("Everyone knows he is a cheat because we have heard him boast.", "Everyone knows")]
    public void Flags_agreement_of_a_whole_group_acquaintances_or_people_met(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2006", text));
}
