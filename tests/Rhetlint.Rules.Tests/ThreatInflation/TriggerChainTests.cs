using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.ThreatInflation;

/// <summary>One trigger away from a catastrophe (RH1006), one act enough for one (RH1011), and successive targets that widen to the whole (RH1006) (issue 16).</summary>
public class TriggerChainTests
{
    [Theory]
    [InlineData("The Marlow Rovers are one bad season away from extinction, and nobody at the club will say so.", "one bad season away from extinction")]
    [InlineData("Our power grid is one hot afternoon away from total collapse.", "one hot afternoon away from total collapse")]
    [InlineData("The whole vineyard economy of the Tessel valley is one late frost away from ruin.", "one late frost away from ruin")]
    [InlineData("Every family on Orchard Lane is one missed paycheck away from losing everything.", "one missed paycheck away from losing everything")]
    [InlineData("The reservoir town is one dry summer away from disaster.", "one dry summer away from disaster")]
    public void Flags_nearness_to_a_catastrophe_by_one_trigger(string text, string expected) =>
        Assert.Contains(expected, Flagged("RH1006", text));

    [Theory]
    [InlineData("The Marlow Rovers are one goal away from the title after a thrilling night at the Bell Ground.")]
    [InlineData("The housing bill is one vote away from passing in the council chamber.")]
    [InlineData("Your new laptop is one click away from the checkout.")]
    [InlineData("The relief camp is one hour away from the disaster zone.")]
    [InlineData("In 1962 the world was one phone call away from nuclear war.")]
    [InlineData("Critics claim the town is one storm away from ruin, but the flood board's 2025 survey found the defences sound.")]
    public void Does_not_flag_nearness_to_no_catastrophe_a_place_the_past_or_a_rebutted_claim(string text) =>
        Assert.Empty(Flagged("RH1006", text));

    [Theory]
    [InlineData("One leaked file is enough to bring down the government.", "One leaked file is enough to bring down the government")]
    [InlineData("A single failed harvest would be enough to ruin the whole county.", "A single failed harvest would be enough to ruin the whole county")]
    [InlineData("A single spark would be enough to start a war.", "A single spark would be enough to start a war")]
    [InlineData("The whole town can be wiped out by a single storm.", "can be wiped out by a single storm")]
    [InlineData("The national economy could be crippled by a single cyberattack.", "could be crippled by a single cyberattack")]
    [InlineData("The entire region's water supply could be poisoned by a single contractor's mistake.", "could be poisoned by a single contractor's mistake")]
    public void Flags_one_act_said_to_be_enough_for_a_catastrophe(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1011", text));

    [Theory]
    [InlineData("A single dose is enough to protect you for a decade, the trial in Vessen found.")]
    [InlineData("A single point would be enough to send the Harriers into the final.")]
    [InlineData("A single bad review would be enough to upset the chef.")]
    [InlineData("One bad season was enough to relegate the club in 1994.")]
    [InlineData("Every file can be destroyed by a single keystroke.")]
    [InlineData("The old pier was wiped out by a single storm in 1987.")]
    [InlineData("The entire season's data can be wiped out by a single power cut, so back up every night.")]
    public void Does_not_flag_sufficiency_without_a_catastrophe_or_told_of_the_past(string text) =>
        Assert.Empty(Flagged("RH1011", text));

    [Theory]
    [InlineData("First they close the library, then the swimming pool, then the school itself.", "the library, then the swimming pool, then the school itself")]
    [InlineData("The salt shop goes next, then the bakery, then the whole high street.", "The salt shop goes next, then the bakery, then the whole high street")]
    [InlineData("First they come for the vapes, then the beer, then the burgers on your plate.", "the vapes, then the beer, then the burgers on your plate")]
    [InlineData("After the newsroom comes the printing plant, and after the printing plant comes the whole paper.", "After the newsroom comes the printing plant, and after the printing plant comes the whole paper")]
    [InlineData("Today it is the corner cafe, tomorrow it is every restaurant in the district.", "Today it is the corner cafe, tomorrow it is every restaurant in the district")]
    [InlineData("First they shut the post office, then the bank, then every shop on the high street.", "the post office, then the bank, then every shop on the high street")]
    [InlineData("First they close the maternity ward, then the emergency department, then the whole hospital.", "the maternity ward, then the emergency department, then the whole hospital")]
    [InlineData("First they close the bus depot, then the library, then the whole town hall for good.", "the bus depot, then the library, then the whole town hall for good")]
    public void Flags_successive_targets_that_widen_to_the_whole(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1006", text));

    [Theory]
    [InlineData("First whisk the eggs, then add the flour, then bake the cake for forty minutes.")]
    [InlineData("We fly to Lisbon first, then take the train to Porto, then drive to the coast.")]
    [InlineData("Hallam scored first, then Ortez equalised, then the visitors took the lead again before half time.")]
    [InlineData("After the soup comes the roast, and after the roast comes dessert.")]
    [InlineData("First the wings, then the fuselage, then the whole plane.")]
    [InlineData("First we paint the hall, then the kitchen, then the whole house.")]
    [InlineData("First they paint the hall, then the kitchen, then the whole house.")]
    [InlineData("The juniors leave first, then the seniors, then the whole squad.")]
    [InlineData("The mill closed first, then the bakery, then the whole high street.")]
    [InlineData("\"First they close the library, then the pool, then the school itself,\" the leaflet said.")]
    [InlineData("First the seedlings sprout, then the leaves unfold, then the plant flowers in June.")]
    public void Does_not_flag_recipes_itineraries_processes_queues_plans_the_past_or_quotes(string text) =>
        Assert.Empty(Flagged("RH1006", text));

    /// <summary>Review 48a: a closure bounded by a purpose or a time, and a sequence a record gives.</summary>
    [Theory]
    [InlineData("First they close the car park, then the main road, then the whole town centre for the marathon.")]
    [InlineData("First they close the east stand, then the west stand, then the whole ground for the summer rebuild.")]
    [InlineData("First they close the bar, then the kitchen, then the whole restaurant at midnight.")]
    [InlineData("First they close the slip road, then the bridge, then the whole ring road during the resurfacing.")]
    [InlineData("The diaries record it plainly: first they close the schools, then the shops, then the whole quarter.")]
    [InlineData("Historians describe the pattern: first they close the newspapers, then the courts, then the whole parliament.")]
    public void Does_not_flag_a_bounded_closure_or_a_recorded_sequence(string text) =>
        Assert.Empty(Flagged("RH1006", text));
}
