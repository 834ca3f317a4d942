using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.ThreatInflation;

/// <summary>
/// The same claim in another sentence shape (issue 16, <see cref="Rhetlint.Core.Semantics.ClaimShapes"/>): the readings
/// that exist see the canonical shape, and their own harm, deadline, plan and voice tests still decide.
/// </summary>
public class ClaimShapeTests
{
    [Theory]
    [InlineData("Within a decade you will not find a single bakery left in the Ardent valley.", "you will not find a single bakery left")]
    [InlineData("By 2035 you won't find one family bakery left on Mill Street.", "you won't find one family bakery left")]
    [InlineData("Within twenty years you will not see one village pub left in the valley.", "you will not see one village pub left")]
    public void Flags_a_generic_negated_finding_as_none_left(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    [InlineData("Within a year you won't be able to walk through Cray Park at night.")]
    [InlineData("By the end of the decade no child in Fennick will be able to play outside.")]
    [InlineData("Within five years you won't be able to speak freely online.")]
    [InlineData("Within ten years nobody in Hollin county will be able to retire in dignity.")]
    [InlineData("By the end of the decade no pensioner in Hadley will be able to live in peace.")]
    [InlineData("Within five years nobody in Orrin will be able to walk home at night.")]
    public void Flags_a_generic_negated_ability_as_not_daring(string text) =>
        Assert.Single(Flagged("RH1003", text));

    [Theory]
    [InlineData("By 2040 there won't be a beach on this coast a child can safely play on.")]
    [InlineData("Within a decade there will be no hospital in the county a pensioner can get to.")]
    [InlineData("Within a generation there won't be a library in Dunmere a student can study in.")]
    [InlineData("Within a decade there won't be a river in Wessex a child can safely swim in.")]
    public void Flags_a_dated_relative_of_ability_as_none_left(string text) =>
        Assert.Single(Flagged("RH1003", text));

    [Fact]
    public void Flags_a_ranked_reduced_relative_as_the_state_it_holds() =>
        Assert.Equal(["will be the next town wiped off the map"], Flagged("RH1003", "Corley will be the next town wiped off the map."));

    [Theory]
    [InlineData("The high street is months from collapse.", "months from collapse")]
    [InlineData("The health service is weeks from meltdown.", "weeks from meltdown")]
    [InlineData("Our shopping parade is months from total ruin.", "months from total ruin")]
    public void Flags_nearness_in_a_time_unit_without_away(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1008", text));

    [Fact]
    public void Ends_the_object_before_a_distributive_pace() =>
        Assert.Equal(["are poisoning our families"], Flagged("RH1003", "The supermarkets are poisoning our families one meal at a time."));

    [Theory]
    // Praise, notices, rules and plans in the same shapes.
    [InlineData("You won't find a better pie in the county.")]
    [InlineData("You won't be able to park there on Saturday.")]
    [InlineData("No one will be able to attend in person.")]
    [InlineData("By 2030 you won't be able to buy a new petrol car in the UK, under the government's plan.")]
    [InlineData("From March no one will be able to enter the site without a pass.")]
    [InlineData("By 2030 nobody will be able to tell the two models apart, the reviewer predicts.")]
    [InlineData("Within a year you will not find a single paper ticket on the network, as every station moves to contactless.")]
    [InlineData("By Friday there won't be a ticket left you can buy.")]
    [InlineData("Within two years there will be a bus stop every resident can reach in five minutes, the council says.")]
    // Attributed, quoted, rebutted.
    [InlineData("Within ten years you won't find a single coal plant left in Britain, the energy department says.")]
    [InlineData("\"Within a decade you will not find one bookshop left in Marlow,\" the councillor claimed.")]
    [InlineData("Some say you won't find a single pub left in Dunmore within ten years, but the licensing figures show 42 pubs opened last year.")]
    // History, sport, literal uses.
    [InlineData("In 1953 Tarrow was the first town in the county wiped off the map by the flood.")]
    [InlineData("Gerrard became the first player sent off in a final.")]
    [InlineData("The museum will be the first building in the city fitted with solar glass.")]
    [InlineData("The chef is winning over diners one plate at a time.")]
    [InlineData("The volunteers are cleaning up the river one bag at a time.")]
    [InlineData("The crews are coming for your bins on Tuesday at 7, so leave them out.")]
    public void Does_not_flag_the_shapes_in_benign_frames(string text) =>
        Assert.Empty(Flagged("RH1003", text).Concat(Flagged("RH1004", text)).Concat(Flagged("RH1008", text)));

    [Theory]
    [InlineData("The bridge is weeks from completion.")]
    [InlineData("The school is minutes from the station.")]
    [InlineData("The stadium is days from opening.")]
    [InlineData("The team is two games from the title.")]
    [InlineData("The grid was hours from a blackout in 2021, according to the operator's report.")]
    public void Does_not_flag_nearness_to_no_harm_or_in_the_past(string text) =>
        Assert.Empty(Flagged("RH1008", text).Concat(Flagged("RH1006", text)));

    [Theory]
    // Review 50a, class A: a none-found claim of stock sold out, litter, leaves, potholes or a fleet replaced.
    [InlineData("Get to the Brannock market before ten, because you won't find a single rye loaf left after that.")]
    [InlineData("Once the volunteers finish on Sunday, you will not find one scrap of litter left on Pellow Beach.")]
    [InlineData("By mid-November you won't see a leaf left on the limes along Tansy Lane.")]
    [InlineData("By next spring you won't find a single pothole left on Ferrow Road once the resurfacing is done.")]
    [InlineData("Within two years you won't see a single weed left in the park, thanks to the new gardeners.")]
    [InlineData("Within a decade you won't find a single coal mine left in the region, which is exactly what the climate plan intends.")]
    [InlineData("Within five years you won't find a single diesel bus left in the Carrow fleet, as the operator replaces them with electric ones.")]
    [InlineData("Within a decade you won't find a single bakery left in Carrow, thanks to the new bypass.")]
    // Class B: access rules and bans told as an act in a place.
    [InlineData("By 2028 you won't be able to drive into the city centre in an older diesel car.")]
    [InlineData("By 2030 you won't be able to smoke in any pub garden in Gwent.")]
    [InlineData("By 2026 you won't be able to pay in cash at the Larkhill stadium.")]
    [InlineData("By 2030 no driver will be able to park in the city centre.")]
    [InlineData("By 2027 no visitor will be able to swim at Tallow Beach.")]
    // Class C: a hazard gone, a sale ended, a purpose told after.
    [InlineData("Within two years there won't be a pothole on Ferrow Road a cyclist could fall into.")]
    [InlineData("By 2035 there will be no new petrol car on sale a driver can buy, as the ban takes effect.")]
    [InlineData("By 2027 there won't be a patch of the old tip a child can play on, so the council will fence it off for good.")]
    [InlineData("Within two years there won't be a level crossing in Kent a driver could get stuck on.")]
    [InlineData("By 2031 there will be no coal boiler on sale a homeowner can buy, as the ban takes effect.")]
    // Own battery: more rules, sell-outs and credited changes.
    [InlineData("By 2030 you won't be able to vape in any railway station in Caldon.")]
    [InlineData("By 2029 no lorry driver will be able to unload on Bridge Street before 7am.")]
    [InlineData("Within a decade you won't find a single diesel train left on the line, as the operator replaces them with electric ones.")]
    [InlineData("Within two years you won't find a single empty shop left on Mill Street, thanks to the new rates relief.")]
    [InlineData("By Christmas you won't find a single turkey left at Hardwick's farm shop.")]
    // The older "there will be no … left" form credited to a change.
    [InlineData("Within five years there won't be a single diesel bus left in the Carrow fleet, as the operator replaces them with electric ones.")]
    public void Does_not_flag_the_shapes_on_goods_nobody_needs_or_rules(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    [Theory]
    // Review 50a, class D: a harm word that modifies a place is a travel distance.
    [InlineData("The nearest hospital is three hours from the flood zone by road.")]
    [InlineData("The camp is two hours from the war zone.")]
    [InlineData("The town is a day from the disaster area.")]
    [InlineData("The field clinic is six hours from the earthquake zone.")]
    [InlineData("The relief lorries are two days from the drought region.")]
    [InlineData("Our base is an hour from the fire zone by helicopter.")]
    public void Does_not_flag_a_travel_time_to_a_place_named_by_its_harm(string text) =>
        Assert.Empty(Flagged("RH1008", text).Concat(Flagged("RH1006", text)));
}
