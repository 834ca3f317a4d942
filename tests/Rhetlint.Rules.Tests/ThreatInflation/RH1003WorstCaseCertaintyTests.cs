using Microsoft.CodeAnalysis;
using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.ThreatInflation;

public class RH1003WorstCaseCertaintyTests
{
    [Theory]
    [InlineData("Once Kestria has the bomb, it will use it on its neighbors.", "will use it on its neighbors")]
    [InlineData("There is no doubt the blockade will end in all-out war.", "will end in all-out war")]
    [InlineData("Within five years, Norvanian quantum machines will break every form of encryption.", "will break every form of encryption")]
    [InlineData("If the strike goes ahead, the country will be paralysed within hours.", "will be paralysed within hours")]
    [InlineData("Within a decade the northern strait will be a Kestrian lake.", "will be a Kestrian lake")]
    [InlineData("These apps will inevitably tear our society apart.", "will inevitably tear our society apart")]
    [InlineData("Mark my words: the grid is going to collapse.", "is going to collapse")]
    [InlineData("Varn's drones will annihilate the garrison.", "will annihilate")]
    [InlineData("The tariff war will wipe out millions of jobs.", "will wipe out millions of jobs")]
    [InlineData("The new strain will overwhelm the health system.", "will overwhelm the health system")]
    public void Flags_a_worst_case_stated_as_certain(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    // A modifier after the head of a catastrophic state (a reduced relative, an adjective with its complement) leaves
    // the state standing; a noun after it would make it a modifier ("a battleground state").
    [Theory]
    [InlineData("Within a decade Carrowby will be a ghost town strung with cables.", "will be a ghost town")]
    [InlineData("Mark my words: Dunmore will be a ghost town full of empty shops.", "will be a ghost town")]
    public void Flags_a_catastrophic_state_with_a_modifier_after_its_head(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    [InlineData("Carrowby will be a ghost town tour stop for the festival.")]
    [InlineData("The old quarry will be a wasteland garden, planted by volunteers.")]
    public void Does_not_flag_a_state_noun_that_modifies_the_next_one(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    [Theory]
    [InlineData("A Kestrian strike on shipping is possible but unlikely, the 2024 Norvanian defense review concluded.")]
    [InlineData("The treaty will enter into force on 1 March.")]
    [InlineData("Kestria could use the bomb on its neighbors.")]
    [InlineData("The blockade might end in war.")]
    [InlineData("She will break the national record in the final.")]
    [InlineData("We will crush every obstacle to the new stadium.")]
    [InlineData("The documents will be destroyed after the audit.")]
    [InlineData("The reservoir will be a lake by spring.")]
    [InlineData("The economy will not collapse.")]
    [InlineData("Defense Minister Ilse Brandt said the blockade will end in all-out war.")]
    [InlineData("“Kestria will use the bomb on its neighbors,” Brandt told reporters on Tuesday.")]
    [InlineData("The blockade will end in all-out war, according to a 2024 assessment by the Harlow Institute.")]
    [InlineData("Our team will destroy the competition this season.")]
    [InlineData("The storm will hit the coast on Friday.")]
    [InlineData("Varn will also be treated as a key battleground county in the race.")]
    [InlineData("The reform movement will almost certainly end without its founder.")]
    [InlineData("Conventional wisdom holds that the blockade will end in all-out war.")]
    [InlineData("The Kestrian generals stage parades every spring, and loudly vow that they will annihilate Norvania.")]
    public void Does_not_flag_possibilities_benign_futures_or_sourced_forecasts(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    [Fact]
    public void A_hedge_lowers_it_to_a_suggestion() =>
        Assert.Equal(DiagnosticSeverity.Info, SeverityOf("RH1003", "The blockade will probably end in all-out war."));

    [Fact]
    public void A_question_lowers_it_to_a_suggestion() =>
        Assert.Equal(DiagnosticSeverity.Info, SeverityOf("RH1003", "So the blockade will end in all-out war?"));

    [Theory]
    [InlineData("The refinery closure will mean blackouts across the county.", "will mean blackouts")]
    [InlineData("If the refinery shuts, it will lead to fuel shortages by March.", "will lead to fuel shortages")]
    [InlineData("Once the aquifer fails, the valley will become a dust bowl.", "will become a dust bowl")]
    [InlineData("The levy will trigger an economic collapse.", "will trigger an economic collapse")]
    [InlineData("Cutting the ferry will end in mass starvation on the islands.", "will end in mass starvation")]
    [InlineData("The spill will poison the water supply for a decade.", "will poison the water supply")]
    [InlineData("Without the convoys, millions will starve.", "will starve")]
    [InlineData("The strain will infect millions before spring.", "will infect millions")]
    public void Flags_catastrophes_of_every_domain(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    [InlineData("The tariffs will lead to a recession.")]
    [InlineData("The new quarry will cause pollution.")]
    [InlineData("The festival will end in a slump in ticket sales.")]
    [InlineData("The farm will poison the rats in the barn.")]
    [InlineData("The pipes will freeze tonight.")]
    public void Ordinary_setbacks_predicted_are_no_worst_case(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    [Theory]
    [InlineData("Microplastics are poisoning an entire generation.", "are poisoning an entire generation")]
    [InlineData("A whole cohort of apprentices is being wiped out by automation.", "is being wiped out")]
    [InlineData("The counterfeit pills are killing millions of patients.", "are killing millions of patients")]
    [InlineData("The burglary wave is devastating every village in the county.", "is devastating every village")]
    [InlineData("The crash is wiping out the savings of millions.", "is wiping out the savings of millions")]
    [InlineData("Mark my words: the power grid is collapsing.", "is collapsing")]
    [InlineData("It is an epidemic destroying millions of lives.", "destroying millions of lives")]
    public void Flags_a_catastrophe_stated_as_under_way(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    [InlineData("Endless feeds are rewiring our children's brains.", "are rewiring our children's brains")]
    [InlineData("The betting apps are ruining a whole town.", "are ruining a whole town")]
    [InlineData("Cheap vapes are poisoning our teenagers.", "are poisoning our teenagers")]
    [InlineData("The property speculators are strangling the high street.", "are strangling the high street")]
    [InlineData("The algorithm is warping a generation.", "is warping a generation")]
    [InlineData("The price cap is bleeding every small energy supplier dry.", "is bleeding every small energy supplier dry")]
    public void Flags_harm_under_way_to_a_collective_victim(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    [InlineData("The streaming giants have gutted local news.", "have gutted local news")]
    [InlineData("The carbon levy has hollowed out the whole steel industry.", "has hollowed out the whole steel industry")]
    [InlineData("Cheap imports have bled every small farm dry.", "have bled every small farm dry")]
    [InlineData("Online casinos have ravaged our communities.", "have ravaged our communities")]
    [InlineData("The fentanyl trade has destroyed the town.", "has destroyed the town")]
    [InlineData("Since the bank run, the Carrow economy has collapsed and millions have been wiped out.", "have been wiped out")]
    [InlineData("The gig apps have simply wrecked working families.", "have simply wrecked working families")]
    public void Flags_a_catastrophe_told_as_done(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    [InlineData("Machine translation will kill local journalism.", "will kill local journalism")]
    [InlineData("The new levy will destroy family farms.", "will destroy family farms")]
    [InlineData("The streaming deal is going to wipe out the independent cinema.", "is going to wipe out the independent cinema")]
    [InlineData("The rent reform is set to ruin tenants.", "is set to ruin tenants")]
    [InlineData("Online casinos will ruin families.", "will ruin families")]
    [InlineData("The tariff will ruin the economy.", "will ruin the economy")]
    [InlineData("The out-of-town mall will gut the high street.", "will gut the high street")]
    [InlineData("Betting adverts on football shirts will warp our children.", "will warp our children")]
    [InlineData("The heat pump mandate will bankrupt pensioners.", "will bankrupt pensioners")]
    [InlineData("The rate rise is going to wipe out savers.", "is going to wipe out savers")]
    [InlineData("Closing the clinics will kill rural communities.", "will kill rural communities")]
    [InlineData("Robot editors will kill journalism stone dead.", "will kill journalism")]
    [InlineData("The bypass will ruin the high street forever.", "will ruin the high street")]
    public void Flags_a_certain_forecast_of_harm_to_a_collective_victim(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Fact]
    public void A_forecast_of_harm_to_a_collective_victim_with_a_near_deadline_is_a_suggestion_when_hedged()
    {
        const string text = "The sugar tax could ruin corner shops by Christmas.";
        Assert.Equal(["could ruin corner shops by Christmas"], Flagged("RH1003", text));
        Assert.Equal(DiagnosticSeverity.Info, SeverityOf("RH1003", text));
    }

    [Theory]
    [InlineData("Machine translation could kill local journalism.")]
    [InlineData("The new levy may destroy family farms in the long run.")]
    [InlineData("The new levy will not destroy family farms.")]
    [InlineData("The levy will ruin 300 family farms, the Carrow Farmers' Union estimates.")]
    [InlineData("The levy will destroy family farms, according to a 2025 study by the Harlow Institute.")]
    [InlineData("“The levy will destroy family farms,” said Ana Kell, who chairs the Carrow Farmers' Union.")]
    [InlineData("Critics say the app will ruin families, but the Dunmore trial found no such harm.")]
    [InlineData("If the levy will destroy family farms, the minister should say so.")]
    [InlineData("The storm will destroy the village before it reaches the coast.")]
    [InlineData("The council will shut down the town's library in March.")]
    [InlineData("The frost will kill the tomato plants tonight.")]
    [InlineData("The merger is set to close the Dunmore plant next year.")]
    [InlineData("The storm will damage roofs across the county.")]
    [InlineData("The new stadium will wreck the neighbourhood's parking.")]
    [InlineData("The rain will ruin the village fete.")]
    [InlineData("One burst pipe is going to ruin the gallery's opening night.")]
    public void Does_not_flag_hedged_negated_sourced_quoted_or_literal_forecasts_of_harm(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    [Theory]
    [InlineData("Social media destroys childhood.", "destroys childhood")]
    [InlineData("Gambling apps ruin families.", "ruin families")]
    [InlineData("Payday lenders quietly gut working families.", "gut working families")]
    [InlineData("Wind farms wreck the countryside.", "wreck the countryside")]
    [InlineData("Holiday lets hollow out every seaside town.", "hollow out every seaside town")]
    [InlineData("The rent cap guts the middle class.", "guts the middle class")]
    [InlineData("Betting adverts warp our children.", "warp our children")]
    [InlineData("Streaming platforms devastate the independent cinema.", "devastate the independent cinema")]
    [InlineData("Carbon tariffs cripple the economy.", "cripple the economy")]
    public void Flags_a_generic_claim_of_harm_to_a_collective_victim(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    [InlineData("Alcohol damages the liver.")]
    [InlineData("Salt corrodes steel.")]
    [InlineData("The council destroys records after seven years.")]
    [InlineData("The shredder destroys every page.")]
    [InlineData("Malaria kills children in the delta.")]
    [InlineData("Lead poisons children.")]
    [InlineData("Gambling apps do not ruin families.")]
    [InlineData("Does social media destroy childhood?")]
    [InlineData("It ruins families.")]
    [InlineData("Gambling apps ruin 4,000 families a year, the Harlow Gambling Commission estimates.")]
    [InlineData("Critics say gambling apps ruin families, but the Carrow survey found no such harm.")]
    [InlineData("“Social media destroys childhood,” said the author, Ana Kell.")]
    [InlineData("Floods wreck the countryside every winter.")]
    [InlineData("The Roman ruins families visit in summer are closed.")]
    [InlineData("A drug that destroys families is still legal.")]
    [InlineData("The Carrow Heritage Society Hosts Destroy France Event")]
    public void Does_not_flag_literal_routine_counted_or_reported_generic_harm(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    [Theory]
    [InlineData("The damage to the coral cannot be undone.", "damage to the coral cannot be undone")]
    [InlineData("The harm these pills do to young livers can never be reversed.", "harm these pills do to young livers can never be reversed")]
    [InlineData("There is no coming back from the damage the drought is doing to the wheat belt.", "There is no coming back")]
    [InlineData("There's no coming back from a collapse of the pension system.", "There's no coming back")]
    public void Flags_harm_said_to_be_beyond_remedy(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    [InlineData("The study found the drought has destroyed 40% of the wheat crop, the farm ministry said.")]
    [InlineData("The fire destroyed three homes on Mill Lane.")]
    [InlineData("The fire has destroyed the village hall and two barns.")]
    [InlineData("Last night's storm has wrecked the town's harbour wall.")]
    [InlineData("The disease damages the liver over many years.")]
    [InlineData("Measles has killed three children in Carrow this winter.")]
    [InlineData("The electricians are rewiring the whole town hall.")]
    [InlineData("The utility has rewired every substation in the county.")]
    [InlineData("We have crushed every rival in the league.")]
    [InlineData("The new bypass has ended congestion in the town centre.")]
    [InlineData("Critics say the apps are rewiring our children's brains, but the Harlow cohort study found no such effect.")]
    [InlineData("“These apps are rewiring our children's brains,” said Dr. Ana Kell of Dunmore Hospital.")]
    [InlineData("The apps have not rewired our children's brains.")]
    [InlineData("The damage to the roof can be repaired.")]
    [InlineData("There is no coming back from a three-goal deficit at this level.")]
    [InlineData("There is no going back to the old office.")]
    [InlineData("The decision cannot be reversed once the form is signed.")]
    public void Does_not_flag_measured_literal_medical_or_quoted_harm(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    [Theory]
    [InlineData("By next winter there will be no trout left in these rivers.", "there will be no trout left")]
    [InlineData("There won't be a single corner shop left on the high street.", "There won't be a single corner shop left")]
    [InlineData("If the mill closes, there'll be nobody left in Harrowby.", "there'll be nobody left")]
    public void Flags_total_loss_as_a_negative_existential(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    // Total loss as what a collective or a place will have left, with a deadline (issue 16).
    [Theory]
    [InlineData("Within a decade the county will have no dairy farms left.", "Within a decade the county will have no dairy farms left")]
    [InlineData("In five years the region will not have a single cottage hospital left.", "In five years the region will not have a single cottage hospital left")]
    public void Flags_total_loss_as_what_a_collective_will_have_left(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    [InlineData("By noon the bakery will have no bread left.")]
    [InlineData("By 2030 the county will have no coal mines left.")]
    [InlineData("By Friday the club will have no fit strikers left.")]
    [InlineData("By next spring the county will have no seats left on the planning committee.")]
    [InlineData("The county will have no dairy farms left.")]
    [InlineData("“Within a decade the county will have no dairy farms left,” the farmers' union warned.")]
    public void Does_not_flag_a_shop_a_team_a_year_a_booking_an_undated_or_a_quoted_loss(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    [Theory]
    // A place between "left" and what is left to do, and a call to action linked after the claim, which cites nothing (issue 16).
    [InlineData("There will be nothing left in Hollin Bay to rescue by the end of the decade. [Write to the harbour board](https://example.org/e) today.\n", "There will be nothing left")]
    [InlineData("There will be nothing left in Hollin Bay to rescue by the end of the decade. [Sign the petition](https://example.org/p).\n", "There will be nothing left")]
    public void Flags_total_loss_before_a_call_to_action_link(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text, Rhetlint.Core.Markup.DocumentFormat.Markdown));

    [Theory]
    // Near miss: a link that names its source supports the claim.
    [InlineData("There will be nothing left in Hollin Bay to rescue by the end of the decade. [The harbour board's erosion survey](https://example.org/s) says so.\n")]
    public void Does_not_flag_total_loss_before_a_link_to_its_source(string text) =>
        Assert.Empty(Flagged("RH1003", text, Rhetlint.Core.Markup.DocumentFormat.Markdown));

    [Theory]
    [InlineData("The damage these apps do to young minds is permanent.", "damage these apps do to young minds is permanent")]
    [InlineData("The harm from the spill will be irreversible.", "harm from the spill will be irreversible")]
    public void Flags_irreversible_harm(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    [InlineData("Pirate gangs could shut down the whole port by Christmas.", "could shut down the whole port by Christmas")]
    [InlineData("The blight could destroy every orchard in the valley within weeks.", "could destroy every orchard in the valley within weeks")]
    [InlineData("The fraud ring might bankrupt the whole credit union by the end of the month.", "might bankrupt the whole credit union by the end of the month")]
    public void Flags_a_hedged_scenario_with_an_imminent_deadline_as_a_suggestion(string text, string expected)
    {
        Assert.Equal([expected], Flagged("RH1003", text));
        Assert.Equal(DiagnosticSeverity.Info, SeverityOf("RH1003", text));
    }

    [Theory]
    [InlineData("The peso could collapse overnight.", "could collapse overnight")]
    [InlineData("Across the valley, the housing market may crash any day now.", "may crash any day now")]
    [InlineData("The currency could collapse in a matter of weeks.", "could collapse in a matter of weeks")]
    [InlineData("Without the subsidy, the power grid might collapse in days.", "might collapse in days")]
    [InlineData("The bond market could implode before Easter.", "could implode before Easter")]
    public void Flags_a_market_or_currency_collapse_with_a_near_deadline(string text, string expected)
    {
        Assert.Equal([expected], Flagged("RH1003", text));
        Assert.Equal(DiagnosticSeverity.Info, SeverityOf("RH1003", text));
    }

    [Theory]
    [InlineData("The krona fell 2% overnight after the inflation figures.")]
    [InlineData("Shares in Dunmore Mills could fall further within weeks.")]
    [InlineData("The currency could collapse within five years if reserves keep shrinking.")]
    [InlineData("The ticketing website could crash tonight if every fan logs on at once.")]
    [InlineData("The housing market may cool any day now as rates rise.")]
    [InlineData("The peso could collapse overnight, the Harlow central bank warned in its report on Tuesday.")]
    public void Does_not_flag_falls_far_deadlines_small_subjects_or_sourced_warnings(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    [Theory]
    [InlineData("Every orchard in the valley will be gone within a decade.", "will be gone within a decade")]
    [InlineData("Half of all dairy farms in Dunmore will vanish in ten years.", "will vanish in ten years")]
    [InlineData("Machine translation will make half of all interpreting jobs vanish within five years.", "will make half of all interpreting jobs vanish within five years")]
    [InlineData("The new tariffs will make every small brewery disappear within a few years.", "will make every small brewery disappear within a few years")]
    [InlineData("At this rate every glacier in the Carrow range will be extinct in a generation.", "will be extinct in a generation")]
    public void Flags_a_certain_sweeping_loss_dated_by_a_span(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    [InlineData("The old bridge over the Tamsin will be gone within a year.")]
    [InlineData("Every coal plant in the county will be gone by 2030 under the closure plan.")]
    [InlineData("Half of all new cars sold in Carrow will be electric within five years.")]
    [InlineData("Every orchard in the valley could be gone within a decade.")]
    [InlineData("Every orchard in the valley will not be gone within a decade.")]
    [InlineData("Half of all dairy farms will vanish in ten years, according to a 2025 survey by the Dunmore Farmers' Union.")]
    [InlineData("The museum will close for renovation within five years.")]
    public void Does_not_flag_single_losses_schedules_possibilities_or_sourced_projections(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    [Theory]
    [InlineData("If you wait, there will be no tickets left.")]
    [InlineData("There is no milk left in the fridge.")]
    [InlineData("The closure of the ferry is permanent.")]
    [InlineData("The injury is not permanent.")]
    [InlineData("The damage is permanent in 3% of cases, according to a 2023 study in the Lancet.")]
    [InlineData("Rising seas could swamp the whole delta by 2100.")]
    [InlineData("The blight could destroy every orchard in the valley.")]
    [InlineData("“The damage is permanent,” said Dr. Ana Kell of Dunmore Hospital.")]
    [InlineData("Critics claim the vapes are poisoning an entire generation, but the Dunmore trial found no such harm.")]
    [InlineData("We are crushing every obstacle in our way.")]
    [InlineData("The crew is destroying the old barn.")]
    [InlineData("The start-up is killing it this quarter.")]
    [InlineData("Trout numbers in the Tamsin fell by 40% between 2019 and 2024, according to the Dunmore Rivers Trust.")]
    public void Does_not_flag_measured_quoted_rebutted_or_benign_losses(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    [Theory]
    [InlineData("This verdict heralds the death of Norvania as a free society.", "heralds the death of Norvania as a free society")]
    [InlineData("The levy will spell the end of the whole fishing industry.", "will spell the end of the whole fishing industry")]
    [InlineData("The collapse of the currency is truly at hand.", "collapse of the currency is truly at hand")]
    [InlineData("A pandemic is upon us, and the ministry sleeps.", "pandemic is upon us")]
    [InlineData("Most corner shops will not exist in five years.", "will not exist in five years")]
    [InlineData("The high street will cease to exist within a decade.", "will cease to exist within a decade")]
    public void Flags_ends_announced_arrived_or_forecast(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    [InlineData("The tax break will no longer exist after April.")]
    [InlineData("Spring is at hand.")]
    [InlineData("Help is at hand for the flooded farms.")]
    [InlineData("The final whistle marks the end of the season.")]
    [InlineData("The new rules spell the end of free parking in the town centre.")]
    [InlineData("The closure signals the end of an era for the village.")]
    public void Does_not_flag_scheduled_ends_or_ends_of_small_things(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    [Theory]
    [InlineData("Taiwan will fall by 2027, and nobody will lift a finger.", "will fall by 2027")]
    [InlineData("Mark my words: Kyiv is going to fall within weeks.", "is going to fall within weeks")]
    [InlineData("Without those shells, Estonia will fall.", "will fall")]
    public void Flags_the_fall_of_a_state_or_capital(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    [InlineData("Norway's exports will fall by 2% this year.")]
    [InlineData("Estonia will fall short of its spending target.")]
    [InlineData("The interest rate will fall by 2027.")]
    public void Does_not_flag_other_falls(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    [Theory]
    [InlineData("With every emergency decree, Carrow is descending into barbarism.", "is descending into barbarism")]
    [InlineData("Since the station closed, the estate has slid into lawlessness.", "has slid into lawlessness")]
    [InlineData("After three failed rains, the valley is on the verge of famine.", "is on the verge of famine")]
    [InlineData("We are being dragged into civil war.", "are being dragged into civil war")]
    [InlineData("Without a budget, the country is spiralling into chaos.", "is spiralling into chaos")]
    [InlineData("After the heatwave, the power grid is on the brink of collapse.", "is on the brink of collapse")]
    [InlineData("The council's silence only speeds our slide into lawlessness.", "our slide into lawlessness")]
    public void Flags_a_descent_into_a_catastrophic_state(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    [InlineData("With every emergency decree, Carrow is descending into tyranny.", "descending into tyranny")]
    [InlineData("Week by week the borough is sliding into a police state.", "sliding into a police state")]
    [InlineData("Under the new mayor, the borough is fast sliding into authoritarianism.", "sliding into authoritarianism")]
    public void Gives_way_to_RH1005_on_a_descent_into_a_loaded_category(string text, string label)
    {
        Assert.Empty(Flagged("RH1003", text));
        Assert.Equal([label], Flagged("RH1005", text));
    }

    [Theory]
    [InlineData("In 1923 the city descended into hyperinflation.")]
    [InlineData("The economy slid into recession in the spring, official figures showed.")]
    [InlineData("By ten o'clock the council meeting is descending into chaos.")]
    [InlineData("The two states are on the brink of war.")]
    [InlineData("The corner bakery is on the brink of collapse.")]
    [InlineData("Carrow is not descending into tyranny.")]
    [InlineData("The slide into civil war was swift.")]
    [InlineData("“The country is descending into tyranny,” the opposition leader, Ida Holm, said.")]
    public void Does_not_flag_history_news_idiom_negated_or_reported_descents(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    [Theory]
    [InlineData("Is this the end of village cricket too? You bet it is.", "Is this the end of village cricket too?")]
    [InlineData("Are we watching the death of local theatre? Sadly, yes.", "Are we watching the death of local theatre?")]
    [InlineData("Is this the demise of independent bookselling? Of course it is.", "Is this the demise of independent bookselling?")]
    public void Flags_an_end_asked_and_answered_yes(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    [InlineData("Does anybody seriously think our children will still be fishing this coast in 2070?", "our children will still be fishing this coast in 2070?")]
    [InlineData("Do you really think your kids will still have jobs here in 2050?", "your kids will still have jobs here in 2050?")]
    [InlineData("Do you honestly expect that coastal villages will ever recover?", "coastal villages will ever recover?")]
    public void Flags_a_survival_doubted_by_a_rhetorical_question(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Fact]
    public void A_rhetorical_question_keeps_the_warning() =>
        Assert.Equal(DiagnosticSeverity.Warning, SeverityOf("RH1003", "Do you really think your kids will still have jobs here in 2050?"));

    [Theory]
    // Open questions: no answer, an answer with evidence, a no.
    [InlineData("Is this the end of village cricket?")]
    [InlineData("Is this the end of local radio? Listening rose 4 percent last year, the regulator says.")]
    [InlineData("Is this the end of cheap flights? Not yet.")]
    // The end of one thing, not a kind; an idiom.
    [InlineData("Is this the end of the season for Rovers? Yes.")]
    [InlineData("Is this the end of his career? Sadly, yes.")]
    [InlineData("Is it the end of the world? Of course not.")]
    // A belief asked with no cue, of no collective, or with no survival.
    [InlineData("Do you think your kids will still have jobs here in 2050?")]
    [InlineData("Do you really think the bakery will still be open on Sunday?")]
    [InlineData("Do you really think our children will like the new playground?")]
    [InlineData("“Do you really think our grandchildren will still live here?” the mayor, Ida Holm, asked.")]
    public void Does_not_flag_open_questions(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    [Theory]
    [InlineData("Thanks to the rent rises, the working class is being wiped out.", "is being wiped out")]
    [InlineData("Under this council, the corner shop is being strangled.", "is being strangled")]
    [InlineData("Our heritage is being erased street by street.", "is being erased")]
    [InlineData("Society is being hollowed out by the gig platforms.", "is being hollowed out")]
    [InlineData("Our grandchildren are being poisoned at the school gate.", "are being poisoned")]
    public void Flags_ruin_under_way_in_the_passive_to_a_collective(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    [InlineData("The old wing is being emptied for the builders.")]
    [InlineData("The seized files are being destroyed under the retention policy.")]
    [InlineData("Children are being killed in the northern districts, the agency said.")]
    [InlineData("Children are being killed in the northern districts.")]
    [InlineData("Our kitchen is being redesigned over the summer.")]
    [InlineData("The rats in the barn are being poisoned this week.")]
    [InlineData("The working class is being wiped out, according to Dr. Ines Korr.")]
    public void Does_not_flag_things_handled_news_of_a_war_or_reported_ruin_in_the_passive(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    [Theory]
    [InlineData("Cheap energy drinks are poisoning our teenagers' minds.", "are poisoning our teenagers' minds")]
    [InlineData("The betting adverts are wrecking our pensioners' health.", "are wrecking our pensioners' health")]
    [InlineData("Endless scrolling is destroying a generation's souls.", "is destroying a generation's souls")]
    public void Flags_harm_under_way_to_a_collective_victims_mind_or_body(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    [InlineData("The roadworks are ruining the village's parking.")]
    [InlineData("The farewell is breaking our children's hearts.")]
    [InlineData("The new clinic is protecting our teenagers' health.")]
    [InlineData("The drug is destroying the patient's liver.")]
    public void Does_not_flag_harm_to_what_a_victim_owns_besides_its_mind_or_body(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    // A forecast told as a work's plot, in a sentence the work opens (review of session 40).
    [Theory]
    [InlineData("In the novel, the harbour town will be deserted by the final chapter.")]
    [InlineData("In the book, the village will be a ghost town by the last page.")]
    [InlineData("In her new opera, the mill towns will be deserted within a decade.")]
    public void Does_not_flag_a_forecast_told_in_a_work(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    [Fact]
    public void Flags_a_forecast_after_a_place_that_opens_the_sentence() =>
        Assert.Equal(["will be deserted within a decade"], Flagged("RH1003", "In the valley, the mill towns will be deserted within a decade."));
}
