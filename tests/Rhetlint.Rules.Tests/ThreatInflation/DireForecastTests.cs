using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.ThreatInflation;

/// <summary>RH1003's dire forecast: a death or a loss stated as certain, sharpened by a deadline, totality or a collective.</summary>
public class DireForecastTests
{
    [Theory]
    // A death of a collective.
    [InlineData("Close the maternity unit and mothers will die on the motorway.", "will die")]
    [InlineData("People will die in the corridors of the Penwick infirmary.", "will die")]
    // A state of death or loss with a deadline and a collective or a totality.
    [InlineData("Within three years every village post office will be dead.", "Within three years every village post office will be dead")]
    [InlineData("The best surgeons at Orrin General will all be gone by April.", "will all be gone by April")]
    // The future perfect states the loss as complete; the deadline is part of the claim, not a figure for it.
    [InlineData("Give a toddler a tablet and you will have lost her by seven.", "will have lost her by seven")]
    // The conditional conjunction: the loss follows as surely as "and".
    [InlineData("Sign this treaty, and we lose everything.", "we lose everything")]
    public void Flags_a_dire_forecast(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    // Weather and sport.
    [InlineData("The rain will ruin the fete.")]
    [InlineData("United will lose on Saturday.")]
    [InlineData("Rovers will lose the final by a distance.")]
    [InlineData("The frost will kill the seedlings by Friday.")]
    // Scheduled facts and one thing's end.
    [InlineData("The plant will close in May, the company said.")]
    [InlineData("Whatever happens, the old pier will be gone within a year.")]
    [InlineData("The phone battery will be dead within hours.")]
    [InlineData("The old bridge will be destroyed by Friday.")]
    // Sourced projections, figures, comparisons and years.
    [InlineData("The Penwick health board projects that 40 patients a year will die waiting for transfers, according to its annual review.")]
    [InlineData("Antibiotic-resistant infections will kill more people than road accidents.")]
    [InlineData("Every coal mine in the valley will be gone by 2031.")]
    // Quoted, rebutted, hedged and private.
    [InlineData("“People will die on the ring road,” said Councillor Ada Penrose.")]
    [InlineData("People will probably die in the corridors this winter.")]
    [InlineData("He will die within weeks without the transplant.")]
    [InlineData("Once infected, some patients will die within two days.")]
    // Past narrative and neutral threat.
    [InlineData("People died in ambulances on the ring road in 2019.")]
    [InlineData("The threat of rain hangs over the fete.")]
    // A loss with only one marker, a collective that does not head the phrase, and a pledge.
    [InlineData("The summer storms will ruin the village fete.")]
    [InlineData("Within three years the village post office will be dead.")]
    [InlineData("The club will lose everything it built if the owner sells.")]
    [InlineData("We will destroy every one of them by Christmas.")]
    public void Does_not_flag_forecasts_that_are_news_sport_sourced_or_single(string text) =>
        Assert.Empty(Flagged("RH1003", text));
}
