using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.ThreatInflation;

/// <summary>Intent frames whose complement is open: a limit frame or an imputed want over a stake, in any state but a gain (issue 16).</summary>
public class OpenStakeFrameTests
{
    [Theory]
    // A limit frame over a universal set, its state open: made to serve the holder, made something else, given what it did not ask for, gone.
    [InlineData("The Greaves faction won't rest until there is no independent councillor left in Tollbridge.")]
    [InlineData("The agribusiness giants will not be satisfied until every farm in the county belongs to them.")]
    [InlineData("The insurers won't be happy until every surgery in Tolley pays rent to them.")]
    [InlineData("The hedge funds won't rest until every newsroom in Corran is under their thumb.")]
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
    [InlineData("They want you afraid.", "They want you afraid")]
    [InlineData("The mining firm wants our island as its landfill.", "The mining firm wants our island as its landfill")]
    [InlineData("The ministry officials want every head teacher answering to their inspectors.", "The ministry officials want every head teacher answering to their inspectors")]
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

    [Theory]
    // A limit frame over a set whose state is no taking, with plural holders (review 48b): answering to someone not the
    // holder, a plain verb with its own "their", a hardship ended, help that leaves no one behind, a completion, a role.
    [InlineData("The organisers won't rest until every worker at the depot belongs to a union.")]
    [InlineData("The tenants' association won't rest until every landlord in the borough answers to a proper licensing scheme.")]
    [InlineData("The teachers won't stop until every pupil in the class understands their times tables.")]
    [InlineData("The coaches won't rest until every player knows their role in the press.")]
    [InlineData("The carers won't stop until every resident on the ward feels at home with them.")]
    [InlineData("The housing charity won't rest until there are no rough sleepers left on our streets.")]
    [InlineData("The tutors won't be happy until no pupil in the school is left behind.")]
    [InlineData("The engineers will keep going until every home in the valley is reconnected to the grid.")]
    [InlineData("The scouts won't stop until every tent in the camp is pitched properly.")]
    [InlineData("The nurses won't stop until every patient on the ward is a priority.")]
    [InlineData("The librarians won't rest until every child in Dunmore is a member of the library.")]
    [InlineData("The teachers won't be satisfied until every pupil is in school every day.")]
    [InlineData("The teachers won't rest until every pupil is under their own steam.")]
    public void Does_not_flag_a_limit_frame_whose_state_is_no_taking(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    [Theory]
    // A want whose complement is no taking, with plural or named holders (review 48b): "them" after a plain verb, a
    // person's role after "as", a person's passing state, a run-down site rescued.
    [InlineData("The coaches want every player sticking with them after the season.")]
    [InlineData("The librarians want every child in Dunmore borrowing books from them.")]
    [InlineData("The Rovers want every fan in the ground singing with them.")]
    [InlineData("The charity wants every school in Calder as a partner.")]
    [InlineData("The banks want you as a customer for life.")]
    [InlineData("The theatres want every child in the county as a reader by Christmas.")]
    [InlineData("The trainers at Fitbox want you sore the next morning.")]
    [InlineData("Brewster's wants you addicted to its new cold brew.")]
    [InlineData("The road safety officers want every driver slow past the school.")]
    [InlineData("The parish councillors want this derelict yard made into a playground.")]
    [InlineData("The trustees want the old bus depot turned into a youth centre.")]
    [InlineData("The regulators want every bank answerable to an independent auditor.")]
    public void Does_not_flag_a_want_whose_complement_is_no_taking(string text) =>
        Assert.Empty(Flagged("RH1004", text));
}
