using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.ThreatInflation;

/// <summary>Session 46 gate widenings of the chain, reach, urgency and analogy readings (issue 16): other wordings of the blind-set moves, and their near misses.</summary>
public class GateWideningTests
{
    [Theory]
    [InlineData("The sugar levy is a poison pill for small bakers. First the fizzy drinks, then whatever the health lobby dislikes next.", "the fizzy drinks, then whatever the health lobby dislikes next")]
    [InlineData("This is how a festival dies: first the late licence, then the street stalls, then anything that makes a noise after nine.", "the late licence, then the street stalls, then anything that makes a noise after nine")]
    [InlineData("The vaccine passport is a surveillance trap. First the care homes, then anyone who wants to board a bus.", "the care homes, then anyone who wants to board a bus")]
    [InlineData("Censorship never stops at one book. First the comics, then the novels, then anything a parent complains about.", "the comics, then the novels, then anything a parent complains about")]
    public void RH1006_flags_a_list_that_ends_open(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1006", text));

    [Theory]
    [InlineData("Today it is the Kelso brewery; tomorrow every independent brewer left in the region will be swallowed.", "Today it is the Kelso brewery; tomorrow every independent brewer left in the region will be swallowed")]
    [InlineData("Today it is Harlow Town; tomorrow every community club still standing will be sold to the highest bidder.", "Today it is Harlow Town; tomorrow every community club still standing will be sold to the highest bidder")]
    [InlineData("The gangs took the estate last year. Today it is the precinct; tomorrow every shop on the parade will pay them for protection.", "Today it is the precinct; tomorrow every shop on the parade will pay them for protection")]
    public void RH1006_flags_one_target_today_and_a_universal_forecast_tomorrow(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1006", text));

    [Theory]
    [InlineData("One stray drone and the islands are in a border war by nightfall, then a nuclear war by the weekend.", "war by nightfall, then a nuclear war")]
    [InlineData("One missed booster campaign and we are facing an outbreak by autumn, then an epidemic by Christmas.", "an outbreak by autumn, then an epidemic")]
    public void RH1006_flags_one_harm_stepping_to_a_catastrophe(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1006", text));

    [Theory]
    [InlineData("First the kitchen, then the hall.")]
    [InlineData("The gale is a danger to the harbour. First the rain, then the gusts, then everything loose on the quay will be blown over.")]
    [InlineData("The heatwave was a disaster for the orchards. First the plums dropped, then the pears, then everything else withered.")]
    [InlineData("First the soup, then whatever you fancy from the dessert trolley.")]
    [InlineData("First the juniors warm up, then the seniors, then anyone who wants a go on the new track.")]
    [InlineData("Add the flour first, then the eggs, then whatever herbs you have.")]
    [InlineData("The works run in two stages: first the north car park, then phase two by June.")]
    [InlineData("Campaigners claim it will be first the fluoride, then anything the ministry wants; the inquiry found no sign of it.")]
    [InlineData("Today it is raining; tomorrow every county will be dry.")]
    [InlineData("Today it is Monday; tomorrow every shop will be open late.")]
    [InlineData("Today it is the Kelso brewery; tomorrow every brewer in the region will open its doors for the beer festival.")]
    [InlineData("“Today it is Wyton; tomorrow every club left in the league will be sold,” the supporters' trust chairman said.")]
    [InlineData("The skirmish became a border war, then a world war.")]
    [InlineData("In 1914 a shooting war began, then a world war by 1915.")]
    [InlineData("Rain by breakfast, then sunshine by the afternoon.")]
    [InlineData("The storm could bring floods by Tuesday, then power cuts, the Met Office said.")]
    public void RH1006_leaves_menus_plans_days_history_and_reports_alone(string text) =>
        Assert.Empty(Flagged("RH1006", text));

    [Theory]
    [InlineData("Foreign hackers are already inside nearly every water utility in the state, waiting to strike.", "inside nearly every water utility")]
    [InlineData("Drug gangs are now in almost every secondary school in the county.", "in almost every secondary school")]
    [InlineData("Every one of you will be tracked the moment you leave the house.", "Every one of you will be tracked")]
    [InlineData("Once the new cameras go up, each of us is being watched on every walk to the shops.", "each of us is being watched")]
    [InlineData("With the new meters, every resident of the estate will be monitored around the clock.", "every resident of the estate will be monitored")]
    [InlineData("Hostile regimes are already in nearly every council's payroll system, waiting for a crisis.", "in nearly every council's payroll system")]
    [InlineData("Hostile foreign intelligence services are already inside every water company.", "inside every water company")]
    public void RH1012_flags_near_universal_reach_and_everyone_watched(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1012", text));

    [Theory]
    [InlineData("Ransomware has been found in 40% of hospital networks, the national cyber agency said in its annual report.")]
    [InlineData("The festival has stalls in almost every street of the old town.")]
    [InlineData("Our volunteers are in virtually every town in the county.")]
    [InlineData("Every parcel will be tracked from the depot to your door.")]
    [InlineData("Every patient will be monitored overnight by a nurse.")]
    [InlineData("Each of us will be watched by the selectors during the trial match on Saturday.")]
    [InlineData("Hostile takeover bids are common in almost every sector of the market.")]
    [InlineData("The minister said hostile states are inside every county's voter rolls, but the electoral commission found no trace of it.")]
    public void RH1012_leaves_measured_reach_literal_places_and_records_alone(string text) =>
        Assert.Empty(Flagged("RH1012", text));

    [Theory]
    [InlineData("It's the Manhattan Project with a share price and no oversight.", "It's the Manhattan Project")]
    [InlineData("This is the Manhattan Project run by venture capitalists.", "This is the Manhattan Project")]
    [InlineData("The new social credit app is the Manhattan Project run by a marketing department.", "Manhattan Project run by a marketing department")]
    public void RH1009_flags_a_named_event_with_its_article(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1009", text));

    [Theory]
    [InlineData("Her new book is about the Manhattan Project and the scientists who built the bomb.")]
    [InlineData("This is the Manhattan Project site, now a national park.")]
    [InlineData("The most secret programme of the war was the Manhattan Project run by General Leslie Groves.")]
    [InlineData("It is the Korean War that shaped his politics.")]
    public void RH1009_leaves_history_and_places_alone(string text) =>
        Assert.Empty(Flagged("RH1009", text));

    [Fact]
    public void RH1008_flags_a_countdown_to_get_the_matter_right() =>
        Assert.Equal(["We have perhaps a decade to get this right"], Flagged("RH1008", "We have perhaps a decade to get this right, and after that the reef is gone."));

    [Theory]
    [InlineData("We have two weeks to get the costumes right for the school play.")]
    [InlineData("The consultation closes on 4 May; we have two weeks to respond.")]
    public void RH1008_leaves_tasks_and_real_deadlines_alone(string text) =>
        Assert.Empty(Flagged("RH1008", text));
}
