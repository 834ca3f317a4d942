using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.ThreatInflation;

/// <summary>The deadline slot of RH1003's forecast readings, read by one shared reader (DeadlineReader, issue 16).</summary>
public class DeadlineTests
{
    [Theory]
    // An election, a term, an era or a life's stage dates the forecast without a number.
    [InlineData("Before the next election every corner shop in Harwick will be boarded up for good.")]
    [InlineData("Before the next election every hospital ward in the north will be shut for good.")]
    [InlineData("Before this century is over every glacier in the range will be gone.")]
    [InlineData("By the time the next mayor is sworn in, every library in the borough will be closed for good.")]
    [InlineData("By the time our grandchildren are grown every songbird in these woods will be gone.")]
    // A season of the year or of the feasts with its determiner: "by next harvest", "by the holidays".
    [InlineData("Every public seed bank in the Fens will be dark by next harvest.")]
    [InlineData("By the holidays every village post office in the county will be boarded up.")]
    [InlineData("Come Lent every parish library in the diocese will be dark.")]
    public void Flags_a_forecast_dated_by_an_event_or_a_period(string text) =>
        Assert.Single(Flagged("RH1003", text));

    [Theory]
    // Plans and programmes, elections told literally, seasons and measured forecasts with a source.
    [InlineData("The library will close in 2027 under the council's plan.")]
    [InlineData("Before the next election the party will choose a new leader.")]
    [InlineData("The council will close the Mill Lane depot by 2028 under its waste strategy.")]
    [InlineData("Harbour Foods plans to shut every one of its twelve depots by 2029, the company said.")]
    [InlineData("By 2030 average summer rainfall in the county will fall by 12 percent, the Met Office projects.")]
    [InlineData("The market will be closed before the next election while the hall is rebuilt.")]
    [InlineData("By 2026 the bakery expects to open two new shops in Harwick.")]
    [InlineData("The museum will be closed for good by 2027 under the trust's programme, its director confirmed.")]
    [InlineData("In 1998 every mine in the valley was shut for good.")]
    [InlineData("Some warn every farm will be gone by the end of the decade, but the farm census shows numbers rising.")]
    [InlineData("\"By the next election every shop will be boarded up,\" the opposition leader claimed, without evidence.")]
    [InlineData("By 2031 the trust aims to have every pool in the county closed for good and rebuilt.")]
    // An evening, a sell-out or a match is no horizon.
    [InlineData("By the time you read this, every ticket will be gone.")]
    [InlineData("By the time the match ends, every seat in the stand will be empty.")]
    // A season dates a timetable, a sport's season or a closure for the season as it does with "by next spring".
    [InlineData("Every classroom in the old wing will be closed by next harvest while the roof is replaced.")]
    [InlineData("By the end of the season the title race will be over.")]
    [InlineData("The old pool will be closed by next Christmas and replaced with a new leisure centre.")]
    [InlineData("Every stall on the quay will be shut for the holidays.")]
    [InlineData("By next harvest every barn on the estate will have a new roof, the trust said.")]
    // Gone by a season of the feasts is a sell-out, a term's end or one venue's news.
    [InlineData("By the holidays every seat at the pantomime will be gone.")]
    [InlineData("By the holidays every toy in the shop will be gone.")]
    [InlineData("The little cinema on the high street will be gone by the holidays.")]
    public void Leaves_plans_literal_elections_and_measured_forecasts(string text) =>
        Assert.Empty(Flagged("RH1003", text));
}
