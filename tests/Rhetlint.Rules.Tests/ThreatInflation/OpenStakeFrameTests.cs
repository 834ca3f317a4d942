using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.ThreatInflation;

/// <summary>Intent frames whose complement is open: a limit frame or an imputed want over a stake, in any state but a gain (issue 16).</summary>
public class OpenStakeFrameTests
{
    [Theory]
    // A limit frame over a universal set, its state open: made to serve the holder, made something else, given what it did not ask for, gone.
    [InlineData("The supermarket chains will not be satisfied until every farmer in the valley grows whatever their buyers dictate.")]
    [InlineData("The insurers won't stop until every clinic in Parrish County is run from a call centre.")]
    [InlineData("The Greaves faction won't rest until there is no independent councillor left in Tollbridge.")]
    [InlineData("The drug lobby will not be happy until every lab at the university works on their patents.")]
    [InlineData("The property developers won't be satisfied until every gallery on Kell Street is a block of luxury flats.")]
    [InlineData("Those people won't rest until every corner in Eastmoor has a dealer on it.")]
    [InlineData("The oil majors will not rest until the whole coastline is a row of drilling platforms.")]
    [InlineData("The landlords will keep going until no family in Ashgrove owns its own front door.")]
    [InlineData("The chain owners will not be content until every pharmacy in Wexley answers to a fund abroad.")]
    public void Flags_a_limit_frame_over_a_universal_set_in_an_open_state(string text) =>
        Assert.Single(Flagged("RH1004", text));

    [Theory]
    // A want over the reader's or a universal stake whose complement coerces, serves the holder, remakes or subjugates the set, or is bad for it.
    [InlineData("The council wants your kids vaccinated whether you like it or not.", "The council wants your kids vaccinated whether you like it or not")]
    [InlineData("They want this town on its knees.", "They want this town on its knees")]
    [InlineData("The energy firms would love every household in Corran paying them twice over.", "The energy firms would love every household in Corran paying them")]
    [InlineData("Those planners would be glad to see our village turned into a car park for the ring road.", "Those planners would be glad to see our village turned into a car park for the ring")]
    [InlineData("The Ferrow Trust wants our high street as a backdrop for its flats.", "The Ferrow Trust wants our high street as a backdrop for its flats")]
    [InlineData("The city council wants to make parking so expensive that you stop coming into town at all.", "The city council wants to make parking so expensive that you stop coming into town at all")]
    [InlineData("The syndicate wants this harbour lawless.", "The syndicate wants this harbour lawless")]
    [InlineData("The mining firm wants our island as its quarry.", "The mining firm wants our island as its quarry")]
    public void Flags_a_want_over_a_stake_whose_complement_carries_the_aim(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    // The writer's side, helpers and gains: an ability, a positive state, a rescue or a return, a plain completion, a thing given, a negated hardship.
    [InlineData("We won't rest until every child in Dunmore has a hot lunch.")]
    [InlineData("The swimming club won't rest until every child in the village can swim.")]
    [InlineData("Firefighters won't rest until every resident is out of the building.")]
    [InlineData("The health board will not stop until every patient on the waiting list is seen.")]
    [InlineData("The volunteers will keep going until every bag of litter is collected from the beach.")]
    [InlineData("The police will not rest until every stolen bike is back with its owner.")]
    [InlineData("The charity will not rest until no child in Tollbridge goes hungry.")]
    [InlineData("The tenants' union won't stop until every flat on the estate is warm and dry.")]
    [InlineData("The library trust won't rest until every child in the village reads at bedtime.")]
    [InlineData("The recycling team will not stop until every household in Corran sorts its glass.")]
    // Quoted, attributed and rebutted, asked, measured.
    [InlineData("\"They won't stop until every farm is a housing estate,\" said the Grange spokeswoman.")]
    [InlineData("Critics claim the developers won't rest until every field is built on, but the county survey shows the plan protects 80 per cent of the green belt.")]
    public void Does_not_flag_a_limit_frame_toward_a_gain_or_not_the_writers_own(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    [Theory]
    [InlineData("The stadium owners want the whole stadium empty by midnight for the cleaning crews.")]
    [InlineData("Parents want their kids home before dark.")]
    [InlineData("Her team wants this city ready for the marathon.")]
    [InlineData("The school wants your kids in uniform from Monday.")]
    [InlineData("The dentists want your kids brushing every night.")]
    [InlineData("The library trust wants every family in Brenmoor reading together at bedtime.")]
    [InlineData("The museum wants every visitor to leave with a map.")]
    [InlineData("The bakery wants every loaf sold by noon.")]
    [InlineData("The company's filing says it wants every store open on Sundays from next spring.")]
    [InlineData("Do the oil majors really want the whole coastline covered in platforms?")]
    [InlineData("The regulators do not want your savings at their mercy, the minister said.")]
    [InlineData("The festival organisers want our park as their main stage for one weekend.")]
    [InlineData("The Marlow Party wants you sick of the whole campaign.")]
    [InlineData("The Marlow Party won't rest until our carers are no longer underpaid.")]
    [InlineData("The cleaners will not stop until every stain is gone from the hall floor.")]
    public void Does_not_flag_a_plain_or_helpful_want_or_the_holders_own_set(string text) =>
        Assert.Empty(Flagged("RH1004", text));
}
