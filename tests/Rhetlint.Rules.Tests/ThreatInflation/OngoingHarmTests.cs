using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.ThreatInflation;

/// <summary>
/// RH1003's ongoing harm: a catastrophe said to be happening now to what the reader values. Each construction has three
/// sentences in other topics, with other verbs of the same WordNet sense, so that a pass shows the class and not a
/// phrase; the near misses are the idioms, the news and the hedges that must stay silent.
/// </summary>
public class OngoingHarmTests
{
    [Theory]
    // Slow and certain harm to "you" and what "your" owns (poison.v.01, corrupt.v.01).
    [InlineData("Every bag of crisps on the shelf is slowly poisoning you and your children.", "is slowly poisoning you and your children")]
    [InlineData("The new gaming platform is quietly corrupting our kids.", "is quietly corrupting our kids")]
    [InlineData("Cheap sweeteners are systematically poisoning your family.", "are systematically poisoning your family")]
    // A verb of ruin with an art form or a medium for victim (kill.v.01, destroy.v.02, wipe_out.v.03).
    [InlineData("Algorithmic playlists are killing jazz.", "are killing jazz")]
    [InlineData("The subscription model is destroying cinema.", "is destroying cinema")]
    [InlineData("Ghostwriting software has been wrecking poetry.", "has been wrecking poetry")]
    // A sweep of victims under a split verb, longer than the lexicon's gap.
    [InlineData("Rent speculation is tearing neighbours, churches and entire villages apart.", "is tearing neighbours, churches and entire villages apart")]
    [InlineData("Holiday lets are ripping schools, clubs and whole communities apart.", "are ripping schools, clubs and whole communities apart")]
    [InlineData("The pesticide is devastating farmers, beekeepers and their families.", "is devastating farmers, beekeepers and their families")]
    // Decay under way of what cannot literally rot, made slow and certain.
    [InlineData("The housing market is rotting from the inside.", "is rotting from the inside")]
    [InlineData("The pension system is decaying before our eyes.", "is decaying before our eyes")]
    [InlineData("Our school system is quietly crumbling.", "is quietly crumbling")]
    public void Flags_harm_told_as_under_way(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    // Ruin outside killing, of a livelihood or a body politic (cripple.v.01, paralyze.v.01, bankrupt.v.01):
    // the economic, moral and civic harms threat inflation claims outside war.
    [InlineData("The parking levy is quietly bankrupting households.", "is quietly bankrupting households")]
    [InlineData("Algorithmic charts are crippling folk music.", "are crippling folk music")]
    [InlineData("Red tape has been paralysing farmers, fishermen and their families.", "has been paralysing farmers, fishermen and their families")]
    public void Flags_ruin_of_livelihoods_told_as_under_way(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    // The bodily and medical senses, and a harm that reaches no valued victim.
    [InlineData("The flu strain is infecting children across the county.")]
    // "infect" is no verb of ruin (issue 17): its literal sense is told of illnesses by names no threat list holds.
    [InlineData("The stomach bug is infecting pupils and staff at Larch Lane primary.")]
    [InlineData("The knee injury is crippling the young striker.")]
    [InlineData("The ice storm is paralysing the rail network.")]
    // Measured with a figure and a source, quoted from a named speaker, hedged, rebutted.
    [InlineData("The levy is bankrupting 40 households a month, according to the Tarnow Debt Advice Centre.")]
    [InlineData("\"The levy is bankrupting households,\" said councillor Ada Brenn.")]
    [InlineData("The parking levy may be bankrupting households.")]
    [InlineData("The parking levy is not bankrupting households, whatever its critics claim.")]
    public void Does_not_flag_literal_measured_quoted_or_rebutted_ruin(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    [Theory]
    // Mild idioms name no victim.
    [InlineData("The heat is killing me.")]
    [InlineData("We were just killing time at the station.")]
    [InlineData("Honestly, the band is killing it tonight.")]
    [InlineData("The rain is ruining our weekend.")]
    // Sport: the opposition is no victim.
    [InlineData("Madrid are killing the opposition in the second half.")]
    // News of a particular event, crime reported, literal decay.
    [InlineData("The fire is destroying homes in Alder Creek.")]
    [InlineData("Police say the gang is killing rivals in the docks.")]
    [InlineData("The virus is killing children in the northern towns.")]
    [InlineData("The gang is killing young people on the estate.")]
    [InlineData("The fence is rotting from the inside.")]
    [InlineData("The old oak is decaying before our eyes.")]
    // Hedged, questioned, negated, measured.
    [InlineData("The new additive may be poisoning your family.")]
    [InlineData("Is the app really corrupting our kids?")]
    [InlineData("The sweetener is not poisoning your family.")]
    [InlineData("The additive is poisoning 300 families a year, according to the Ferris Institute.")]
    // One point only: a pronoun alone, or the decay of a thing without a mark of slow and certain ruin.
    [InlineData("This commute is killing us.")]
    [InlineData("The timber frame of the barn is rotting.")]
    public void Does_not_flag_idioms_news_hedges_or_single_marks(string text) =>
        Assert.Empty(Flagged("RH1003", text));
}
