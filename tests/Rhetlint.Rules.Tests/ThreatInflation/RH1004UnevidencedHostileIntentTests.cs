using Microsoft.CodeAnalysis;
using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.ThreatInflation;

public class RH1004UnevidencedHostileIntentTests
{
    [Theory]
    [InlineData("Russia covets the whole northern coast.", "Russia covets")]
    [InlineData("Make no mistake: Iran is bent on dominating the Gulf.", "Iran is bent on")]
    [InlineData("The Kremlin has designs on the islands.", "Kremlin has designs on")]
    [InlineData("Beijing still covets the strait.", "Beijing still covets")]
    [InlineData("The regime in Tehran understands only force.", "The regime in Tehran understands only force")]
    [InlineData("Moscow holds the gas valves; it is only waiting for an excuse to shut them.", "it is only waiting for an excuse to")]
    [InlineData("Russia and China held joint drills, and their warships are not out there for fishing.", "their warships are not out there for fishing")]
    [InlineData("The Kremlin will stop at nothing to win.", "Kremlin will stop at nothing to")]
    [InlineData("Tehran seeks the destruction of its neighbours.", "Tehran seeks the destruction of")]
    [InlineData("Moscow wants nothing less than the dismemberment of the republic.", "Moscow wants nothing less than the dismemberment of")]
    public void Flags_imputed_hostile_intent(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("There is no evidence that Russia covets the northern coast.")]
    [InlineData("“Russia covets the coast,” Defense Minister Ilse Brandt said on Tuesday.")]
    [InlineData("Brandt said that Russia covets the coast.")]
    [InlineData("Russia has moved two armored divisions to the border.")]
    [InlineData("Russia covets the coast, according to Russia's 2023 maritime doctrine.")]
    [InlineData("My neighbor covets my garden.")]
    [InlineData("The children are not here for the food.")]
    [InlineData("It understands only force.")]
    [InlineData("There is no evidence that Moscow is only waiting for an excuse to strike.")]
    [InlineData("Tehran does not seek the destruction of its neighbours.")]
    [InlineData("The council seeks the elimination of the fee.")]
    [InlineData("Washington seeks the elimination of tariffs on steel.")]
    public void Does_not_flag_reported_negated_evidenced_or_non_actor_claims(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    // The purpose said after the act (session 39): "on purpose", "by design" or an adverb of intent closing a clause whose verb harms.
    [Theory]
    [InlineData("The ministry is starving the rural schools on purpose.", "The ministry is starving the rural schools on purpose")]
    [InlineData("The water board is running our reservoirs into the ground deliberately.", "The water board is running our reservoirs into the ground deliberately")]
    [InlineData("Quillon Media bought the Evening Lamp in June. They are strangling its newsroom by design.", "They are strangling its newsroom by design")]
    [InlineData("They are wrecking the Evening Lamp newsroom by design.", "They are wrecking the Evening Lamp newsroom by design")]
    [InlineData("The streaming platforms are bankrupting the small cinemas on purpose.", "The streaming platforms are bankrupting the small cinemas on purpose")]
    public void Flags_harm_done_on_purpose_said_after_the_act(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("The goalkeeper wasted time on purpose in the last minute.")]
    [InlineData("The lab left the samples unlabelled on purpose, so the graders could not tell them apart.")]
    [InlineData("We are wrecking the old stage set on purpose for the final scene.")]
    [InlineData("The ministry is not starving the rural schools on purpose.")]
    [InlineData("The teachers' union accused the ministry of starving the rural schools on purpose.")]
    [InlineData("The ministry is starving the rural schools on purpose, according to internal memos published by the Harlow Gazette.")]
    [InlineData("The Rovers crushed the visitors on purpose in the second half of the match.")]
    public void Does_not_flag_a_harmless_act_done_on_purpose_or_an_attributed_one(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    // Willingness said as an eager conditional, and reliance on the audience's weariness said as a state (session 39).
    [Theory]
    [InlineData("The coal barons would happily watch the country burn.", "The coal barons would happily watch the country burn")]
    [InlineData("The landlords would gladly let our old market crumble.", "The landlords would gladly let our old market crumble")]
    [InlineData("The Corven ticket agency is counting on us being too tired to protest.", "The Corven ticket agency is counting on us being too tired to protest")]
    [InlineData("The pipeline firm is banking on residents getting too tired to keep turning up.", "The pipeline firm is banking on residents getting too tired to keep turning up")]
    public void Flags_eager_willingness_and_reliance_on_weariness(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("I would happily watch the final again.")]
    [InlineData("The fans would gladly watch the team win the league.")]
    [InlineData("We would happily let the old shed rot.")]
    [InlineData("The bakery is counting on us being too busy to compare prices.")]
    [InlineData("The organisers are counting on volunteers being there early.")]
    public void Does_not_flag_a_harmless_willingness_or_reliance(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    // A wish that the audience, people or an institution of the writer's community be ruined (issue 16, session 42).
    [Theory]
    [InlineData("The Varden developers want this club dead so they can build flats on the pitch.", "The Varden developers want this club dead")]
    [InlineData("Castlegate Finance wants you broke and grateful for its loans.", "Castlegate Finance wants you broke")]
    [InlineData("The tonic sellers want your children sick so they can sell you cures.", "The tonic sellers want your children sick")]
    [InlineData("The chain owners would happily see the Orchard Theatre dark for good.", "The chain owners would happily see the Orchard Theatre dark for good")]
    [InlineData("The property consortium would gladly watch the Linden Playhouse bleed to death.", "The property consortium would gladly watch the Linden Playhouse bleed")]
    // A closure made permanent on the community's meeting place, a compound WordNet names (ti-fixes).
    [InlineData("The Varden developers want the community centre closed forever.", "The Varden developers want the community centre closed forever")]
    [InlineData("The mall's owners want the civic center shut for good.", "The mall's owners want the civic center shut for good")]
    public void Flags_a_ruin_wished_on_the_audience_or_an_institution(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("The senators want the housing bill dead.")]
    [InlineData("Republican donors want the Affordable Homes Act dead.")]
    [InlineData("I want this extension finished by Friday.")]
    [InlineData("We would happily see the old cinema closed for good.")]
    [InlineData("The gardeners want the weeds dead before the frost.")]
    [InlineData("The chef wants the lobster dead before it reaches the pot.")]
    [InlineData("“The owners want this club dead,” said Tam Ruddock, who runs the supporters' trust.")]
    [InlineData("Some fans claim the owners want this club dead, but the accounts show fresh investment every year.")]
    [InlineData("The owners want the club sold by May, according to the filing at Companies House.")]
    [InlineData("In 1987 the county council wanted the Orchard Theatre closed, and it shut that winter.")]
    [InlineData("The Tolley Party wants you sick of politics.")]
    [InlineData("The board wants the school closed on Mondays.")]
    // A closure for a while, and a centre that is no meeting place.
    [InlineData("The caretakers want the community centre closed over the holidays.")]
    [InlineData("The landlords want the shopping centre closed forever.")]
    // A ruin in a ranking is a contest's result (ti-fixes).
    [InlineData("Fans want the Rovers dead and buried in the table.")]
    [InlineData("The Greens want the Marsh Party dead in the polls.")]
    // A wish said by its holder to a paper is reported, not the writer's (ti-fixes).
    [InlineData("The manager would happily see the Playhouse dark for good once she retires, she told the Gazette.")]
    // In sport a side wished hungry is the contest's talk.
    [InlineData("At Ferrow the new coach wants this team hungry.")]
    [InlineData("Nobody wants this club dead.")]
    public void Does_not_flag_politics_our_side_a_literal_wish_or_a_reported_one(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    // Relentlessness said as continuation or as a refusal to ease off, and a death after "until" (issue 16, session 42).
    [Theory]
    [InlineData("Card-skimming gangs are working the high street, and they will keep coming until every shop on it has paid up.", "they will keep coming until")]
    [InlineData("The Harrow Cartel will not let up until every shopkeeper on the parade has paid.", "The Harrow Cartel will not let up until")]
    [InlineData("The landlords will never be satisfied until our tenants are destitute.", "The landlords will never be satisfied until")]
    [InlineData("The Tolley Party won't rest until someone is killed on the crossing.", "Tolley Party won't rest until")]
    [InlineData("The mining company will keep dumping slurry until a child dies.", "The mining company will keep dumping slurry until")]
    [InlineData("The landlords will carry on raising rents until every tenant is gone.", "The landlords will carry on raising rents until")]
    // A people class's hardship after an act kept up (ti-fixes).
    [InlineData("The lender will keep raising the rates until pensioners are homeless.", "The lender will keep raising the rates until")]
    // The last person ruined is a loss, as a departure is not.
    [InlineData("The landlords will carry on raising rents until the last tenant is bankrupt.", "The landlords will carry on raising rents until")]
    // A harm verb on what is no habit: an industry.
    [InlineData("The Harlow Party will not relent until the fishing industry is destroyed.", "Harlow Party will not relent until")]
    public void Flags_relentlessness_kept_up_until_a_harm(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("The rain will not let up until Friday.")]
    [InlineData("Prices will keep rising until families are destitute.")]
    [InlineData("We will not rest until every child is fed.")]
    [InlineData("The volunteers will keep knocking on doors until every voter is registered.")]
    [InlineData("Kestria will keep fighting until the talks resume.")]
    [InlineData("The county council will keep gritting the roads until the frost lifts.")]
    [InlineData("The pest firm will keep baiting the granary until every mouse is dead.")]
    [InlineData("The exterminators will not relent until every rat on the island is dead.")]
    [InlineData("The mining company could poison the river for a decade, the 2024 Harlow water survey estimates.")]
    [InlineData("“They will keep dumping slurry until a child dies,” said Orla Penn, who farms below the mine.")]
    [InlineData("Some anglers claim the mining company will keep dumping slurry until a child dies, but its permits were revoked in May.")]
    [InlineData("In 1974 the mining company kept dumping slurry until the river board took it to court.")]
    // The last of some people gone tells a time, not a loss (ti-fixes).
    [InlineData("The wardens will keep patrolling the dunes until the last picnicker is gone.")]
    [InlineData("The porters will not rest until the last guest is gone.")]
    // A harm verb on a habit, a practice, a vice or an addiction is a public-health or reform aim.
    [InlineData("The health board will not relent until vaping is wiped out as a habit.")]
    [InlineData("The reformers will not rest until the practice is destroyed.")]
    public void Does_not_flag_a_course_kept_up_before_no_harm_a_forecast_or_our_side(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    // A war waged on purpose is the same war on people (session 39).
    [Theory]
    [InlineData("The insurers are waging a deliberate war on flood victims.", "The insurers are waging a deliberate war on flood victims")]
    [InlineData("The lenders have declared a calculated war on pensioners.", "The lenders have declared a calculated war on pensioners")]
    // One organisation wages it as a group does (issue 16).
    [InlineData("The central bank is waging a deliberate war on young families.", "The central bank is waging a deliberate war on young families")]
    public void Flags_a_war_on_people_waged_on_purpose(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("The council is waging a deliberate war on potholes.")]
    [InlineData("The lenders have declared a systematic war on fraud.")]
    [InlineData("The savings bank is waging a deliberate war on paperwork.")]
    public void Does_not_flag_a_deliberate_war_on_a_thing(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    // A plan to harm the reader or the writer's side, whoever holds it (session 39).
    [Theory]
    [InlineData("Voss and his backers have the county already. They mean to burn our parliament to the ground.", "They mean to burn our parliament to the ground")]
    [InlineData("The regional water boards are trying to bankrupt us before the harvest.", "The regional water boards are trying to bankrupt us")]
    [InlineData("The arena's new owners plan to drive our members out by spring.", "The arena's new owners plan to drive our members out")]
    [InlineData("The ratings agencies want to steal your pension.", "The ratings agencies want to steal your pension")]
    public void Flags_a_plan_to_harm_us_whoever_holds_it(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("The growers want to destroy the old orchards.")]
    [InlineData("We want to crush our rivals at the county fair.")]
    [InlineData("The Rovers want to crush our hopes in the derby on Saturday.")]
    [InlineData("The studio wants to burn the old set to the ground for the final scene.")]
    [InlineData("The tenants' union says the landlords want to drive our members out.")]
    [InlineData("They do not want to destroy our village.")]
    public void Does_not_flag_a_plan_whose_object_is_not_ours_or_that_is_reported(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    // An abstract instrument used as a weapon imputes an aim to harm with it (session 39).
    [Theory]
    [InlineData("The county planners are using the zoning code as a weapon against the allotments.", "The county planners are using the zoning code as a weapon")]
    [InlineData("The broadcaster's owners are weaponising the complaints procedure.", "The broadcaster's owners are weaponising the complaints procedure")]
    [InlineData("The federation is wielding its licensing rules as a cudgel.", "The federation is wielding its licensing rules as a cudgel")]
    public void Flags_an_abstract_instrument_used_as_a_weapon(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("The burglars were using a wine bottle as a weapon.")]
    [InlineData("The tenants are using the new law as a shield.")]
    [InlineData("The striker is using his pace as a weapon in the second half.")]
    [InlineData("The residents' association accused the county planners of using the zoning code as a weapon.")]
    [InlineData("Kestria has weaponised drones on the border.")]
    [InlineData("The Halloway Players are using silence as a weapon in the second act.")]
    [InlineData("The choir is using the echo of the cathedral as a weapon.")]
    [InlineData("The touring company is weaponising darkness in its new staging.")]
    public void Does_not_flag_a_literal_weapon_a_shield_sport_or_a_reported_charge(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    // A ruin wished on a universal set, whoever wishes it (session 39).
    [Theory]
    [InlineData("The delivery apps want every independent bakery dead.", "The delivery apps want every independent bakery dead")]
    [InlineData("The hypermarket chains want all the family grocers out of business.", "The hypermarket chains want all the family grocers out of business")]
    [InlineData("Brantwell Foods wants every rival dairy bankrupt by spring.", "Brantwell Foods wants every rival dairy bankrupt")]
    [InlineData("The wholesalers want every grocer in the county bankrupt.", "The wholesalers want every grocer in the county bankrupt")]
    public void Flags_a_ruin_wished_on_every_one_of_a_kind(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("The residents want every pothole gone by winter.")]
    [InlineData("The farmers want every rat dead before the harvest.")]
    [InlineData("The new owners want every pigeon in the square dead.")]
    [InlineData("The allotment society wants every slug in the raised beds dead.")]
    [InlineData("The head teacher wants every child safe on the new crossing.")]
    [InlineData("We want every loan shark out of business.")]
    [InlineData("The Rovers want every rival bankrupt before the derby.")]
    [InlineData("Critics say the delivery apps want every independent bakery dead.")]
    public void Does_not_flag_a_wish_of_no_ruin_a_pest_our_side_sport_or_a_reported_one(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    // Concealment told as under way, or a purpose of covering an actor's tracks (session 39).
    [Theory]
    [InlineData("The water board has been hiding the truth about the reservoir for years.", "The water board has been hiding the truth")]
    [InlineData("The landlords are quietly burying the evidence of the damp.", "The landlords are quietly burying the evidence")]
    [InlineData("The Harlow Party has been holding a sham inquiry to cover its tracks.", "to cover its tracks")]
    public void Flags_concealment_asserted_as_fact(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("The tenants accused the water board of hiding the truth about the reservoir.")]
    [InlineData("The children are hiding the presents in the attic.")]
    [InlineData("The fox covered its tracks in the fresh snow.")]
    [InlineData("The burglar wiped the handles to cover his tracks.")]
    [InlineData("The water board is not hiding the truth about the reservoir.")]
    public void Does_not_flag_a_charge_a_harmless_secret_a_literal_track_or_one_suspect(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    // Chance denied of when a thing happened, or of a harm in a that-clause (session 39).
    [Theory]
    [InlineData("The timing of the closure is no accident.", "The timing")]
    [InlineData("Look at the calendar: the date is no coincidence.", "the date is no coincidence")]
    [InlineData("It is no coincidence that the Brandt cartel is starving the valley's farms.", "It is no coincidence that the Brandt cartel is starving the valley's farms")]
    public void Flags_chance_denied_of_a_timing_or_a_harm(string text, string expected) =>
        Assert.Contains(Flagged("RH1004", text), span => span.StartsWith(expected, StringComparison.Ordinal));

    [Theory]
    [InlineData("Her success on the circuit is no accident.")]
    [InlineData("It is no accident that she won the cup twice.")]
    [InlineData("The crash on the bypass was an accident, the inquest found.")]
    [InlineData("Critics say the timing is no accident.")]
    public void Does_not_flag_praise_a_harmless_clause_a_real_accident_or_a_reported_denial(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    // A group by its WordNet person type, with a place phrase after it, relentless until families are priced off the road.
    [Theory]
    [InlineData("The planning zealots at the county hall won't stop until every young driver is priced off the roads.", "The planning zealots at the county hall won't stop until")]
    [InlineData("The harbour zealots at the town hall will not stop until every fisherman is priced off the island.", "The harbour zealots at the town hall will not stop until")]
    public void Flags_relentlessness_of_a_person_plural_with_a_place_phrase(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("The volunteers at the library won't stop until every child can read.")]
    [InlineData("The zealots at the county hall won't stop until the new bus lane is open.")]
    public void Does_not_flag_a_benign_goal_pursued_relentlessly(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    [Fact]
    public void A_hedge_lowers_it_to_a_suggestion() =>
        Assert.Equal(DiagnosticSeverity.Info, SeverityOf("RH1004", "China may seek to dominate the strait."));

    [Fact]
    public void Message_names_the_actor() =>
        Assert.Equal("'Russia covets' imputes an aim to Russia without evidence; show what was done, or cite who says so",
            Single("RH1004", "Russia covets the whole northern coast.").Message);

    [Theory]
    [InlineData("The other party's donors want to destroy the courts.", "The other party's donors want to destroy")]
    [InlineData("The ferry lobby is plotting to seize every harbour board.", "The ferry lobby is plotting to seize")]
    [InlineData("Harbrook Holdings is bent on crushing the dockers' union.", "Harbrook Holdings is bent on crushing")]
    [InlineData("Big Tech wants to dominate every market it enters.", "Big Tech wants to dominate")]
    [InlineData("The Vance gang covets every pier on the estuary.", "The Vance gang covets")]
    [InlineData("The Vance gang runs the docks, and it's bent on owning every pier.", "it's bent on")]
    [InlineData("Beijing has long sought to dominate the strait.", "Beijing has long sought to dominate")]
    [InlineData("Russia is plotting to cut the cable.", "Russia is plotting to")]
    [InlineData("Harbrook Holdings bought the pier in May. Now Harbrook is bent on crushing the dockers' union.", "Harbrook is bent on crushing")]
    public void Flags_hostile_intent_of_actors_in_every_domain(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("The insurers are bent on the destruction of the flood scheme.", "The insurers are bent on the destruction")]
    [InlineData("The club's owners are hell-bent on the ruin of the old ground.", "The club's owners are hell-bent on the ruin")]
    [InlineData("The developers are bent on total destruction of the waterfront.", "The developers are bent on total destruction")]
    [InlineData("Harbrook Holdings is bent on the ruin of every corner shop in Dunmore.", "Harbrook Holdings is bent on the ruin")]
    public void Flags_a_group_bent_on_a_harm_named_as_a_noun(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    // "Hell-bent" is also written "hellbent", and an adverb of degree or evidence may follow the copula: the frame is the same.
    [Theory]
    [InlineData("The Ostrava cartel is hellbent on destroying the fishermen's cooperative.", "The Ostrava cartel is hellbent on")]
    [InlineData("The Marsh Party is so bent on abolishing the pension scheme that it skipped the debate.", "Marsh Party is so bent on abolishing")]
    [InlineData("The quarry owners are clearly out to wreck the valley's water supply.", "The quarry owners are clearly out to wreck")]
    [InlineData("Kestria is hellbent on annexing the northern islands.", "Kestria is hellbent on annexing")]
    [InlineData("The harbour board is utterly bent on the ruin of the old market.", "The harbour board is utterly bent on the ruin")]
    public void Reads_a_settled_purpose_in_either_spelling_and_after_an_adverb(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("The Rovers are so bent on winning the cup that they rested half the squad.")]
    [InlineData("The bakery is clearly out to win every prize at the county show.")]
    [InlineData("The new owners are hellbent on a bigger share of the tea market.")]
    [InlineData("We are so bent on ending the drought that we built three reservoirs.")]
    [InlineData("The Marsh Party is not so bent on abolishing the pension scheme as its rivals claim.")]
    public void Does_not_flag_an_adverbed_or_respelled_frame_without_harm(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    [Theory]
    [InlineData("The regulators are not bent on the ruin of the banks.")]
    [InlineData("Critics say the insurers are bent on the destruction of the scheme, but the Dunmore audit found no such plan.")]
    [InlineData("“The insurers are bent on the destruction of the scheme,” said Ana Kell, who chairs the tenants' union.")]
    [InlineData("The new owners are bent on the renovation of the old ground.")]
    public void Does_not_flag_a_harm_noun_negated_reported_or_no_harm(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    [Theory]
    [InlineData("Democrats plot to win back the suburbs.")]
    [InlineData("The Harlow Party covets the coastal seats.")]
    [InlineData("Harbrook Holdings is bent on a bigger share of the kettle market.")]
    [InlineData("The shipping lobby is biding its time.")]
    [InlineData("It's bent on ruin.")]
    public void A_party_or_company_wanting_or_plotting_is_ordinary_news(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    // After an article or a possessive, "plot" and "scheme" are nouns: a garden plot, a baker's method, a council's project.
    [Theory]
    [InlineData("The grower fenced the plot to starve the weeds of light.")]
    [InlineData("The baker's scheme to crush the dough by hand took all morning.")]
    [InlineData("The council approved a scheme to destroy the derelict warehouses.")]
    public void Does_not_read_a_noun_of_intent_as_its_verb(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    [Theory]
    [InlineData("The Brackwater cartel's real goal is to crush the dockers' union.", "The Brackwater cartel's real goal is to crush")]
    [InlineData("Their chairman has one ambition: to destroy the cooperative.", "Their chairman has one ambition: to destroy")]
    [InlineData("The hospital board's true aim is simply to bankrupt the clinic.", "The hospital board's true aim is simply to bankrupt")]
    [InlineData("Varn's appetite for land knows no limit.", "Varn's appetite for land knows no limit")]
    [InlineData("The Brackwater syndicate's greed is insatiable.", "The Brackwater syndicate's greed is insatiable")]
    public void Flags_intent_stated_as_a_noun(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("Their lobbyists are drafting these rules to bury you.", "Their lobbyists are drafting these rules to bury you")]
    [InlineData("Offshore funds are buying up our ports to strangle our trade.", "Offshore funds are buying up our ports to strangle our trade")]
    public void Flags_a_purpose_clause_aimed_at_the_reader(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("The Harlow landlords stopped every repair last winter to starve the tenants out.", "The Harlow landlords stopped every repair last winter to starve the tenants")]
    [InlineData("Officials in Dorrin shut three clinics to silence the night nurses.", "Officials in Dorrin shut three clinics to silence the night nurses")]
    [InlineData("The Varnel chain stocks fizzy sweets at every till to addict the children.", "The Varnel chain stocks fizzy sweets at every till to addict the children")]
    [InlineData("Last spring the Marrow Ward board closed four polling stations, a change designed to keep renting families away from the polls.", "a change designed to keep renting families away from the polls")]
    public void Flags_a_purpose_clause_aimed_at_a_class_of_people(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("The leaked memo shows the Dorrin board shut the clinics to silence the night nurses.")]
    [InlineData("A ministry review says the board shut the clinics to silence the night nurses, citing 41 emails.")]
    [InlineData("“They shut the clinics to silence the night nurses,” said Ada Korr.")]
    [InlineData("Critics claim the firm cut wages to bankrupt its workers, but its accounts show wages rose 6% last year.")]
    [InlineData("We shut the kitchen early to starve the mice out.")]
    [InlineData("In 1892 the mill owners locked the gates to starve the strikers out.")]
    [InlineData("The army launched a military effort to crush the insurgents.")]
    [InlineData("The assembly voted to starve the rebels out.")]
    [InlineData("In the derby, City packed the midfield to starve the visitors of the ball.")]
    [InlineData("The farmer mulched the beds to starve the weeds of light.")]
    [InlineData("The network added a dating show to hook younger viewers.")]
    [InlineData("The new owners closed the academy to silence the mayor.")]
    [InlineData("After the move, sport appeared to dominate the Tarrant household.")]
    [InlineData("The old levy continued to ruin the hill farmers long after the war.")]
    public void Does_not_flag_a_purpose_on_people_evidenced_reported_stated_dated_or_literal(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    [Theory]
    [InlineData("The smuggling gangs who are bent on owning the marina keep arriving.", "The smuggling gangs who are bent on")]
    [InlineData("Cartels bent on owning the port have moved into the valley.", "Cartels bent on")]
    [InlineData("The regime wants nothing less than the whole northern coast.", "The regime wants nothing less than the whole")]
    [InlineData("The regime wants nothing less than to hold the delta hostage.", "The regime wants nothing less than to")]
    public void Flags_relatives_and_maximal_wishes_of_adversaries(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("Our only aim is to destroy the old stadium and build a park.")]
    [InlineData("The scheme's real goal is to cut waiting lists.")]
    [InlineData("The storm threatens to ruin our harvest.")]
    [InlineData("The new levee is strong enough to break our floods.")]
    [InlineData("Fans want nothing less than a title this year.")]
    [InlineData("The council's appetite for new housing has no limit in its plan, the mayor said.")]
    [InlineData("Harbrook's stated goal, in its 2024 annual report, is to crush the competition (p. 4).")]
    [InlineData("The virus mutates quickly to evade our vaccines.")]
    public void Does_not_flag_own_benign_likely_or_reported_aims(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    [Fact]
    public void Message_leaves_a_fronted_time_phrase_out_of_the_holder() =>
        Assert.Equal("'the quarry landlords have been trying to starve the tenants' imputes an aim to the quarry landlords without evidence; show what was done, or cite who says so",
            Single("RH1004", "For years the quarry landlords have been trying to starve the tenants.").Message);

    [Fact]
    public void Message_names_the_owner_of_the_aim() =>
        Assert.Equal("'The Brackwater cartel's real goal is to crush' imputes an aim to the Brackwater cartel without evidence; show what was done, or cite who says so",
            Single("RH1004", "The Brackwater cartel's real goal is to crush the dockers' union.").Message);

    [Fact]
    public void Message_ends_the_holder_of_a_purpose_at_its_past_verb() =>
        Assert.Equal("'The Harlow landlords stopped every repair to starve the tenants' imputes an aim to the Harlow landlords without evidence; show what was done, or cite who says so",
            Single("RH1004", "The Harlow landlords stopped every repair to starve the tenants out.").Message);

    [Fact]
    public void Message_keeps_a_participle_modifier_in_the_holder_of_a_purpose() =>
        Assert.Equal("'The hired lobbyists are drafting these rules to bury you' imputes an aim to the hired lobbyists without evidence; show what was done, or cite who says so",
            Single("RH1004", "The hired lobbyists are drafting these rules to bury you.").Message);

    // A plural actor must read as well as a single one, in the message and in the rewrite that replaces the span.
    [Fact]
    public void Message_and_rewrite_agree_with_a_plural_actor()
    {
        var finding = Single("RH1004", "The insurers are deliberately wrecking our coastal towns.");
        Assert.Equal("'The insurers are deliberately wrecking' imputes an aim to the insurers without evidence; show what was done, or cite who says so", finding.Message);
        Assert.Equal("The insurers [did what, when] ([source]), which [named analyst] reads as an aim to [goal]", Assert.Single(finding.Rewrites[0].Changes).NewText);
    }

    [Theory]
    [InlineData("The companies building these chatbots want to destroy every local newsroom.", "The companies building these chatbots want to destroy")]
    [InlineData("The far right is plotting to wreck the climate bill.", "The far right is plotting to wreck")]
    [InlineData("Speculators are bent on crushing the krona.", "Speculators are bent on crushing")]
    [InlineData("The big banks set out to drive every small lender out of the valley.", "The big banks set out to drive every small lender out")]
    [InlineData("The smuggling ring has tried to run the harbour into the ground.", "smuggling ring has tried to run the harbour into the ground")]
    [InlineData("Vested interests mean to wipe the cooperative off the map.", "Vested interests mean to wipe the cooperative off the map")]
    [InlineData("The Harlow Party, which never hides its aims, is bent on crushing the unions.", "Harlow Party, which never hides its aims, is bent on crushing")]
    [InlineData("The Harlow Party that never hides its aims is bent on crushing the unions.", "Harlow Party that never hides its aims is bent on crushing")]
    [InlineData("Moscow, which is massing warships and would love nothing more than to wreck our ports, says nothing.", "Moscow, which is massing warships and would love nothing more than to wreck")]
    [InlineData("Across the strait sits Moscow, which would love nothing more than to steal our ports.", "Moscow, which would love nothing more than to steal our ports")]
    public void Flags_intent_of_collectives_of_any_domain(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("Our fans cheer for Rovers, which is building a new stand and would love nothing more than to win the cup.")]
    [InlineData("Across the strait sits Moscow, which would love nothing more than to host the games.")]
    public void Does_not_flag_a_relative_clause_subject_with_a_harmless_aim(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    [Theory]
    [InlineData("Big Pharma is deliberately wrecking the generic market.", "Big Pharma is deliberately wrecking")]
    [InlineData("The energy companies are deliberately starving the grid of investment.", "The energy companies are deliberately starving")]
    [InlineData("They are deliberately running our clinics into the ground.", "deliberately running our clinics into the ground")]
    [InlineData("The regulator is wilfully bankrupting the public.", "wilfully bankrupting the public")]
    public void Flags_deliberate_harm(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("Russia will not rest until the islands fly its flag.", "Russia will not rest until")]
    [InlineData("The radicals won't rest until the refinery is destroyed.", "The radicals won't rest until")]
    public void Flags_relentless_intent(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("The Quillon studio is deliberately engineering addiction in kids to sell more skins.", "deliberately engineering addiction in kids")]
    [InlineData("Those feed designers are knowingly fomenting addiction among pensioners.", "knowingly fomenting addiction among pensioners")]
    [InlineData("Moscow is deliberately provoking a war on the border.", "Moscow is deliberately provoking a war")]
    [InlineData("The seed cartel is deliberately causing the ruin of our growers.", "The seed cartel is deliberately causing the ruin")]
    public void Flags_a_harm_caused_on_purpose(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("The new mill is deliberately creating jobs for tenants.")]
    [InlineData("The roadworks are deliberately causing delays for drivers on Fenn Street.")]
    [InlineData("The studio is engineering addiction in teenagers, according to the 2025 Harlow inquiry into game design.")]
    [InlineData("There is no evidence that the studio is deliberately engineering addiction in teenagers.")]
    [InlineData("We are deliberately creating a shortage of cheap seats.")]
    public void Does_not_flag_a_harmless_or_sourced_cause(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    [Theory]
    [InlineData("The opposition is scheming to steal the vote in the hill districts.", "The opposition is scheming to steal the vote")]
    [InlineData("The Marsh Party wants to rig the next election.", "Marsh Party wants to rig the next election")]
    [InlineData("The Marsh Party is determined to tear up the constitution.", "Marsh Party is determined to tear up the constitution")]
    [InlineData("Big Tech set out to muzzle the independent press.", "Big Tech set out to muzzle the independent press")]
    [InlineData("The Tavern Party is trying to cancel the next election.", "Tavern Party is trying to cancel the next election")]
    [InlineData("The energy companies are deliberately subverting democracy in the valley.", "The energy companies are deliberately subverting democracy")]
    public void Flags_intended_harm_to_democratic_institutions(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("The streaming giants will not stop until every small cinema is gone.", "The streaming giants will not stop until")]
    [InlineData("Speculators won't stop until the last family farm has closed.", "Speculators won't stop until")]
    [InlineData("The oil majors will not stop until every wind farm in the bay is bankrupt.", "oil majors will not stop until")]
    public void Flags_relentlessness_towards_a_total_loss(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("The Tolley Party won't rest until our pensioners are destitute.", "Tolley Party won't rest until")]
    [InlineData("The people writing these tariffs will not stop until ordinary tenants are freezing in their flats.", "The people writing these tariffs will not stop until")]
    [InlineData("The grain traders will not rest until families are left homeless.", "The grain traders will not rest until")]
    // Every one of a kind of person is the whole class; a place after the people does not part them from their state.
    [InlineData("Harbrook Holdings will not stop until every family is homeless.", "Harbrook Holdings will not stop until")]
    [InlineData("The hedge funds will not stop until every tenant in the county is destitute.", "hedge funds will not stop until")]
    [InlineData("Harbrook Holdings will not stop until families on our street are homeless.", "Harbrook Holdings will not stop until")]
    public void Flags_relentlessness_towards_peoples_hardship(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("The food bank volunteers will not rest until no families are hungry.")]
    [InlineData("The Tolley Party won't rest until our pensioners are no longer poor.")]
    [InlineData("The grain traders will not rest until families are well fed.")]
    [InlineData("We will not rest until our neighbours are homeless no more.")]
    [InlineData("The hedge funds will not stop until every tenant in the county is housed.")]
    [InlineData("The charity will not rest until no family in the county is homeless.")]
    [InlineData("The shelter will not stop until every family is safe and warm.")]
    [InlineData("The Tolley Party won't rest until our pensioners are destitute, according to the 2025 Harlow audit of its manifesto.")]
    public void Does_not_flag_relentlessness_against_hardship_or_sourced(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    [Fact]
    public void An_intent_verb_and_its_purpose_clause_are_one_finding() =>
        Assert.Equal(["Beijing is working to cripple"], Flagged("RH1004", "Beijing is working to cripple our solar industry."));

    [Theory]
    [InlineData("The Marsh Party wants to win the next election.")]
    [InlineData("The Marsh Party plans to amend the constitution to lower the voting age.")]
    [InlineData("The Marsh Party will not stop until the old cinema is gone.")]
    [InlineData("We will not stop until we win the league.")]
    [InlineData("The streaming giants will not stop until every home has fast broadband.")]
    [InlineData("The Tavern Party wants to tear up the trade deal with Varn.")]
    [InlineData("Senator Ilse Brandt said the opposition is plotting to steal the election.")]
    [InlineData("There is no evidence that the Marsh Party wants to rig the election.")]
    [InlineData("The Marsh Party wants to rig the election, according to a 2025 ruling of the Harlow electoral court.")]
    public void Does_not_flag_ordinary_aims_at_institutions_or_sourced_claims(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    [Theory]
    [InlineData("The company aims to double its market share by 2027.")]
    [InlineData("The Harlow Party wants to win back the suburbs.")]
    [InlineData("The radicals will not rest until every child has a school place.")]
    [InlineData("The council is deliberately slowing traffic on Mill Road to cut accidents.")]
    [InlineData("The big banks want to break the lending record this year.")]
    [InlineData("He deliberately destroyed the old files.")]
    [InlineData("We are deliberately running down our stock of coal.")]
    [InlineData("Nobody is bent on crushing the unions.")]
    [InlineData("The energy companies are not deliberately starving the grid of investment.")]
    [InlineData("The Harlow High Court found that the energy companies deliberately starved the grid of investment.")]
    [InlineData("Big Pharma is deliberately wrecking the generic market, according to a 2024 ruling by the Harlow competition tribunal.")]
    public void Does_not_flag_plain_aims_neutral_acts_denials_or_findings(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    [Theory]
    [InlineData("The league's board is determined to silence anyone who questions its accounts.", "The league's board is determined to silence anyone who questions")]
    [InlineData("The mayor is out to bury the findings on the reservoir.", "The mayor is out to bury the findings")]
    [InlineData("The broadcaster's editors are determined to keep the truth buried.", "The broadcaster's editors are determined to keep the truth buried")]
    [InlineData("The chief statistician, Orla Penn, is determined to hide the evidence.", "Orla Penn, is determined to hide the evidence")]
    [InlineData("The clinic's owners set out to cover up the facts about the outbreak.", "The clinic's owners set out to cover up the facts")]
    [InlineData("They are determined to muzzle the press before the vote.", "They are determined to muzzle the press")]
    public void Flags_a_settled_will_to_suppress_truth_or_dissent(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("Our campaign is determined to silence anyone who doubts the plan.")]
    [InlineData("We are determined to keep the facts in front of every voter.")]
    [InlineData("The striker is determined to silence his critics this season.")]
    [InlineData("The visitors are out to silence the home crowd on Saturday.")]
    [InlineData("The suspect tried to hide the evidence in a river near Dunmore.")]
    [InlineData("The bakers are determined to keep the recipe secret.")]
    [InlineData("Inspector Lena Moss said the firm was determined to hide the evidence.")]
    public void Leaves_aims_without_a_suppression_of_truth_or_dissent(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    [Theory]
    [InlineData("The landlords' lobby is waging a war on tenants.", "The landlords' lobby is waging a war on tenants")]
    [InlineData("The energy firms are waging war on pensioners.", "The energy firms are waging war on pensioners")]
    [InlineData("The Grell Party has declared war on our farmers.", "Grell Party has declared war on our farmers")]
    [InlineData("The regulators would love nothing more than to bankrupt every corner shop in Dunmore.", "The regulators would love nothing more than to bankrupt")]
    [InlineData("The insurers are hell-bent on wrecking the flood scheme.", "The insurers are hell-bent on wrecking")]
    [InlineData("The league's owners will stop at nothing to keep their monopoly.", "The league's owners will stop at nothing to")]
    [InlineData("The broadcasters are plotting to silence every local voice.", "The broadcasters are plotting to silence")]
    [InlineData("Now the chip makers are quietly plotting to strangle the open-source labs.", "the chip makers are quietly plotting to strangle")]
    [InlineData("The contractors behind the runway bill will stop at nothing to get their contract.", "The contractors behind the runway bill will stop at nothing to")]
    [InlineData("The people drafting these tariffs are plotting to bankrupt the dairy farms.", "The people drafting these tariffs are plotting to bankrupt")]
    [InlineData("The donors are prepared to break any rule to keep the seat.", "The donors are prepared to break any rule")]
    [InlineData("The rival growers would love nothing more than to steal our buyers.", "The rival growers would love nothing more than to steal our buyers")]
    [InlineData("Our opponents are plotting to gut the transit fund.", "Our opponents are plotting to gut")]
    public void Flags_loaded_intent_of_domestic_groups(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    // A plain motive (issue 16): a plain intent verb or an owned aim noun, a harm verb and a victim, held by any agent.
    [Theory]
    [InlineData("The quarry landlords are trying to starve the tenants into submission.", "The quarry landlords are trying to starve the tenants")]
    [InlineData("The Merrow Party's goal is to bankrupt the rural councils.", "The Merrow Party's goal is to bankrupt the rural councils")]
    [InlineData("The loan brokers want to ruin the hill farmers before the spring auctions.", "The loan brokers want to ruin the hill farmers")]
    [InlineData("The ferry consortium is attempting to drive the fishing families out of Tollmouth harbour.", "The ferry consortium is attempting to drive the fishing families out")]
    [InlineData("The supermarket chain deliberately set out to cripple the dairy workers.", "The supermarket chain deliberately set out to cripple the dairy workers")]
    [InlineData("The salvage firms mean to erase the old market town.", "The salvage firms mean to erase the old market town")]
    public void Flags_a_plain_motive_against_a_victim(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("The wardens are trying to drive the deer out of the orchard.")]
    [InlineData("The volunteers set out to destroy the invasive weeds along the canal.")]
    [InlineData("The farmers intend to poison the rats in the grain store.")]
    [InlineData("The police want to crush the gangs before the summer.")]
    [InlineData("The startup aims to crush the competition with lower prices.")]
    [InlineData("The firm wants to crush its rivals in the spring sales.")]
    [InlineData("The government plans to abolish the district councils next year.")]
    [InlineData("The firm's goal is to dominate the regional market.")]
    [InlineData("The scheme's goal is to bankrupt the loan sharks.")]
    [InlineData("The club wants to crush the visitors in the derby on Saturday.")]
    [InlineData("Nobody wants to ruin the hill farmers.")]
    [InlineData("The loan brokers do not want to ruin the hill farmers.")]
    [InlineData("Do the loan brokers want to ruin the hill farmers?")]
    [InlineData("If the loan brokers wanted to ruin the hill farmers, they would have raised the fees in winter.")]
    [InlineData("The ledgers described how the loan brokers intended to ruin the hill farmers.")]
    [InlineData("Prosecutors say the brokers meant to ruin the hill farmers.")]
    [InlineData("The tech giants attempted to wipe out the small newsrooms.")]
    [InlineData("We want to ruin the hill farmers' day at the county show.")]
    public void Does_not_flag_a_plain_aim_without_a_victim_or_one_not_asserted(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    [Theory]
    // A plot told inside a work that opens the sentence is no motive imputed.
    [InlineData("In the novel, the quarry landlords are trying to starve the tenants out of Harrowdale.")]
    [InlineData("In the film, the Vessan invaders plan to enslave the river villagers.")]
    [InlineData("In her new novel, the Merrow Party's goal is to bankrupt the rural councils.")]
    public void Does_not_flag_a_plain_motive_told_in_a_work(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    [Theory]
    // "In" and a place is a setting, not a work: the motive stays the writer's claim.
    [InlineData("In the valley, the quarry landlords are trying to starve the tenants.", "the quarry landlords are trying to starve the tenants")]
    public void Flags_a_plain_motive_after_a_fronted_place(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("The council is waging war on potholes.")]
    [InlineData("The city has declared war on litter and waste.")]
    [InlineData("The growers want to destroy the old orchards and plant vines.")]
    [InlineData("The managers are determined to cut costs.")]
    [InlineData("The new owners set out to wreck the old pier and build a marina.")]
    [InlineData("The vaccine makers are bent on a bigger share of the market.")]
    [InlineData("The Rovers set out to crush the visitors in the second half of the match.")]
    [InlineData("In the end the protesters set out to wreck the depot, prosecutors said.")]
    [InlineData("Cuts to the pensioners' fund will stop at nothing, it seems.")]
    [InlineData("We will stop at nothing to keep the clinic open.")]
    [InlineData("Our volunteers are plotting to surprise the mayor with a party.")]
    [InlineData("The visitors would love nothing more than to steal the points.")]
    [InlineData("The people drafting these rules want to wreck the old depot and build flats.")]
    [InlineData("The drivers are ready to break the lap record this weekend.")]
    public void Does_not_flag_wars_on_things_plain_wants_sport_or_reported_plots(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    [Theory]
    [InlineData("The Harlow Party is bent on abolishing the pension scheme.", "Harlow Party is bent on abolishing")]
    [InlineData("Its owners are bent on a new war with the port workers.", "Its owners are bent on a new war")]
    [InlineData("The ferry barons are bent on total control over your household's savings.", "The ferry barons are bent on total control over your household's")]
    [InlineData("Their chairman, Osric Vell, wants nothing less than to bring down the council.", "Osric Vell, wants nothing less than to bring down")]
    [InlineData("The quarry company is dead set on despoiling the moor.", "The quarry company is dead set on despoiling")]
    [InlineData("The studio bosses are quietly plotting to replace every session musician in the city.", "The studio bosses are quietly plotting to replace every session musician")]
    [InlineData("The chain's owners would happily fire every single cashier tomorrow.", "The chain's owners would happily fire every single cashier")]
    public void Flags_a_settled_aim_whose_harm_is_named_whoever_holds_it(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("The Rovers are bent on revenge for last season's final.")]
    [InlineData("The club is out to win every trophy this season.")]
    [InlineData("The council is bent on abolishing the parking fee, according to its 2025 budget paper.")]
    [InlineData("The party's manifesto says it aims to abolish the levy.")]
    [InlineData("The council aims to cut waiting lists by a fifth.")]
    [InlineData("The regulator is determined to abolish the fee.")]
    [InlineData("The firm is bent on taking over its rival.")]
    [InlineData("The mill owners are bent on total control of the budget.")]
    [InlineData("Critics claim the firm is bent on the destruction of the union. That claim is false, and the firm's own filings show a pay rise.")]
    [InlineData("We are bent on abolishing the toll.")]
    [InlineData("The boats are out to sea until Friday.")]
    [InlineData("The caretakers would happily replace every broken bulb in the hall.")]
    [InlineData("The board plans to replace every cashier with a self-service till.")]
    [InlineData("The chain's owners would happily fire the manager.")]
    public void Does_not_flag_a_frame_without_harm_a_stated_aim_sport_or_the_writers_side(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    [Theory]
    [InlineData("The gaming studios designed the loot boxes deliberately to addict teenagers.", "deliberately to addict teenagers")]
    [InlineData("The syndicate's real goal is the ruin of the dockers' union.", "The syndicate's real goal is the ruin")]
    [InlineData("The Brack gang, whose true aim is rule by starvation, holds the grain depot.", "whose true aim is rule by starvation")]
    [InlineData("For two years the trustees have been deliberately turning our libraries into betting shops.", "deliberately turning our libraries into")]
    public void Flags_a_purpose_or_a_revealed_aim_named_as_harm(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("The town narrowed the lane deliberately to slow drivers.")]
    [InlineData("The board's real goal is the reduction of waiting lists.")]
    [InlineData("The trustees are deliberately turning the old library into a museum.")]
    [InlineData("We are deliberately turning our garage into a workshop.")]
    [InlineData("We built the levee deliberately to starve the floodwater of its path.")]
    public void Does_not_flag_a_purpose_or_an_aim_without_harm(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    [Theory]
    [InlineData("Kestria is mapping our coastline for the day it strikes.", "Kestria is mapping our coastline for the day it strikes")]
    [InlineData("Russia is mapping our coastline. It is waiting for the day it strikes.", "It is waiting for the day it strikes")]
    public void Flags_an_act_read_as_readying_an_attack(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("We must ready our shelters for the day it strikes.")]
    [InlineData("The storm season is long, so the town stocks sandbags for the day it strikes.")]
    [InlineData("Kestria is mapping our coastline for the day it opens the new ferry port.")]
    [InlineData("Analysts at the Vell Institute said Kestria is mapping our coastline for the day it strikes.")]
    public void Does_not_flag_readiness_of_our_side_a_hazard_or_a_reported_claim(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    // Audience intent frames (AudienceIntentFrames): per frame, sentences of our own on other topics with other verbs of
    // the same WordNet class, then near misses that must stay silent.
    [Theory]
    [InlineData("The landlord wants you to give up before the tribunal.", "The landlord wants you to give up")]
    [InlineData("The streaming platform means its critics to despair.", "The streaming platform means its critics to despair")]
    [InlineData("City hall wants the tenants to surrender and move out.", "City hall wants the tenants to surrender")]
    [InlineData("The rival union would have us capitulate by spring; it wants us to yield.", "it wants us to yield")]
    [InlineData("The card company wants you to panic-buy before the deadline.", "The card company wants you to panic-buy")]
    [InlineData("The lobby wants us too tired and too broke to protest.", "The lobby wants us too tired and too broke to protest")]
    [InlineData("The landlord wants his tenants too frightened to speak out.", "The landlord wants his tenants too frightened to speak out")]
    [InlineData("The platform wants you not to notice the change.", "The platform wants you not to notice")]
    public void Flags_a_wish_that_the_audience_gives_in(string text, string expected) =>
        Assert.Equal(expected == "" ? [] : [expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("The county clerks mean to make it so difficult to vote that turnout halves.", "The county clerks mean to make it so difficult to vote")]
    [InlineData("The landlords intend to make it impossible for tenants to protest.", "The landlords intend to make it impossible for tenants to protest")]
    [InlineData("The app makers want to make it harder for parents to find out.", "The app makers want to make it harder for parents to find out")]
    public void Flags_a_wish_to_make_resistance_hard(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("The quarry owners are counting on us to give in by autumn.", "The quarry owners are counting on us to give in")]
    [InlineData("The platform is banking on you to forget by Friday.", "The platform is banking on you to forget")]
    [InlineData("City hall is betting on residents not to notice the new fees.", "City hall is betting on residents not to notice")]
    public void Flags_reliance_on_the_audience_giving_in(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("The rival union is glad to let the republic burn.", "The rival union is glad to let the republic burn")]
    [InlineData("City hall is content to let our libraries crumble.", "City hall is content to let our libraries crumble")]
    [InlineData("The regulators are willing to watch the republic collapse.", "The regulators are willing to watch the republic collapse")]
    public void Flags_willingness_to_let_a_valued_thing_be_ruined(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("The insurer knows exactly what its rates are doing to pensioners.", "The insurer knows exactly what its rates are doing to pensioners")]
    [InlineData("The landlords know full well what the damp is doing to our children.", "The landlords know full well what the damp is doing to our children")]
    [InlineData("The app makers know what their feeds are doing to you.", "The app makers know what their feeds are doing to you")]
    public void Flags_knowledge_of_a_harm_done_to_the_audience(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("The operators have concluded that our nurses are an acceptable loss.", "The operators have concluded that our nurses are an acceptable loss")]
    [InlineData("The board has decided that tenants are expendable.", "The board has decided that tenants are expendable")]
    [InlineData("The rival union decided our jobs are a price worth paying.", "The rival union decided our jobs are a price worth paying")]
    [InlineData("The studios have decided that you, the listener, are the enemy.", "The studios have decided that you, the listener, are the enemy")]
    [InlineData("The water board has decided that tenants are its enemies.", "The water board has decided that tenants are its enemies")]
    public void Flags_a_decision_that_the_audience_is_an_acceptable_loss(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("Ask the paint makers, who have poured a fortune into ensuring tenants never learn.", "have poured a fortune into ensuring tenants never learn")]
    [InlineData("The landlord spent years ensuring tenants never found out.", "The landlord spent years ensuring tenants never found out")]
    [InlineData("City hall spent two years making sure residents never heard.", "City hall spent two years making sure residents never heard")]
    public void Flags_effort_spent_on_concealment(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("The shop wants you to buy the bundle.")]
    [InlineData("The coach wants us to run more.")]
    [InlineData("We want you to vote.")]
    [InlineData("Doctors want you to give up smoking.")]
    [InlineData("The council seems to want you to give up.")]
    [InlineData("The landlord does not want you to give up.")]
    [InlineData("The landlord's letter says he wants tenants to give up the lease.")]
    [InlineData("“They want you to give up,” said Mara Vell, who chairs the tenants' union.")]
    [InlineData("The council wants to make it harder to park downtown.")]
    [InlineData("The club wants to make it easy to vote.")]
    [InlineData("The campaign is counting on you to vote.")]
    [InlineData("The volunteers are happy to let the children play.")]
    [InlineData("The crew was happy to let the old shed rot.")]
    [InlineData("The chef knows exactly what she is doing.")]
    [InlineData("The board decided that a small loss is an acceptable price for stability.")]
    [InlineData("We decided that our weekends are an acceptable price.")]
    [InlineData("The city spent a fortune making sure you never wait at the lights.")]
    [InlineData("The charity spent years making sure children never go hungry.")]
    [InlineData("The gardeners are deliberately starving the weeds of light.")]
    [InlineData("The coach has decided that complacency is the enemy.")]
    [InlineData("The planners decided that drivers are the enemy of a quiet street.")]
    [InlineData("We have decided that you, the listener, are the judge.")]
    public void Does_not_flag_commerce_persuasion_our_side_hedged_reported_or_harmless_complements(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    [Theory]
    [InlineData("They are deliberately starving independent artists.", "deliberately starving independent artists")]
    [InlineData("City hall is deliberately crushing small traders.", "deliberately crushing small traders")]
    public void Flags_a_deliberate_harm_to_a_plural_of_people(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("The platforms want nothing less than every waking hour of your week.", "The platforms want nothing less than every waking hour of your week")]
    [InlineData("The landlords want nothing less than every penny of your pension.", "The landlords want nothing less than every penny of your pension")]
    [InlineData("The data brokers seek nothing short of the whole of your private life.", "The data brokers seek nothing short of the whole of your private life")]
    [InlineData("The casino chains would settle for nothing less than all our weekends.", "The casino chains would settle for nothing less than all our weekends")]
    [InlineData("The cartel demands nothing less than every acre of our farmland.", "The cartel demands nothing less than every acre of our farmland")]
    [InlineData("Vellmark wants nothing short of every byte of your inbox.", "Vellmark wants nothing short of every byte of your inbox")]
    public void Flags_a_maximal_wish_laid_on_all_the_audience_has(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("The fans want nothing less than every trophy on offer.")]
    [InlineData("The union will settle for nothing less than a fair raise for every porter.")]
    [InlineData("Our readers want nothing less than every detail of your story.")]
    [InlineData("The visitors want nothing less than every point from your team in Saturday's league match.")]
    [InlineData("The landlords want nothing less than every penny of the grant, according to their own filing with the housing board.")]
    public void Does_not_flag_a_maximal_wish_without_the_audience_or_with_evidence(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    // A total claim on the audience is a threat only from an agent: a work, a task, an event or one person doing a job asks for all of it by its nature.
    [Theory]
    [InlineData("The novel demands nothing less than all your attention.")]
    [InlineData("This recipe demands nothing short of the whole of your afternoon.")]
    [InlineData("The marathon demands nothing short of every ounce of your strength.")]
    [InlineData("The coach demands nothing less than every ounce of your effort in training.")]
    [InlineData("The symphony demands nothing less than every minute of your evening.")]
    [InlineData("Her thesis wants nothing less than all your patience.")]
    [InlineData("It demands nothing less than all your focus.")]
    public void Does_not_flag_a_total_claim_held_by_a_thing_a_work_or_one_person(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    [Theory]
    [InlineData("The enemies of the new bridge are patient.", "The enemies of the new bridge are patient")]
    [InlineData("Our foes are biding their time in the hills.", "Our foes are biding their time")]
    [InlineData("The adversaries of the rail plan are relentless.", "The adversaries of the rail plan are relentless")]
    [InlineData("The enemy is in no hurry.", "The enemy is in no hurry")]
    [InlineData("The foes of the harbour plan are biding their time.", "The foes of the harbour plan are biding their time")]
    [InlineData("Our bitterest adversaries are relentless.", "Our bitterest adversaries are relentless")]
    public void Flags_patience_asserted_of_an_enemy(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("The patients in ward six are patient.")]
    [InlineData("His opponent was patient in the second set.")]
    [InlineData("The enemy's drones are patient machines.")]
    [InlineData("The enemies of the bridge are not patient.")]
    [InlineData("Our enemies are patient, said Ilse Marr, the regional commander.")]
    [InlineData("The fishermen are patient at dawn.")]
    [InlineData("The enemy was patient in the final set and won the match.")]
    public void Does_not_flag_patience_of_others_negated_reported_or_in_sport(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    // Someone else's enemy (a possessor, "your" in a game) or the enemy of a person, an animal or a plant is a private or natural foe.
    [Theory]
    [InlineData("On the savannah, the zebra's enemies are patient.")]
    [InlineData("The gardener's oldest enemies are relentless this spring.")]
    [InlineData("In chess, your adversary is patient and waits for your mistakes.")]
    [InlineData("The heron's foes are biding their time along the reeds.")]
    [InlineData("The enemies of the oak are relentless in a wet summer.")]
    [InlineData("The enemies of the young prince are patient.")]
    public void Does_not_flag_patience_of_someone_elses_or_a_natural_enemy(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    // An agent designated the enemy outright, or the enemy of the writer's side, the people or a collective stake, outside war.
    [Theory]
    [InlineData("The Marsh Party is the enemy.", "The Marsh Party is the enemy")]
    [InlineData("These donors are sworn enemies of the republic.", "These donors are sworn enemies of the republic")]
    [InlineData("The Harlow cartel is an enemy of everything we hold dear.", "The Harlow cartel is an enemy of everything we hold dear")]
    [InlineData("Honestly, they are the enemies of our town.", "they are the enemies of our town")]
    [InlineData("The shipping lobby remains the bitterest enemy of the people.", "The shipping lobby remains the bitterest enemy of the people")]
    [InlineData("The Velmar syndicates are sworn enemies of Canada.", "The Velmar syndicates are sworn enemies of Canada")]
    [InlineData("The Okafor Trust is a bitter enemy of Portugal.", "The Okafor Trust is a bitter enemy of Portugal")]
    [InlineData("The radicals are the enemy and always will be.", "The radicals are the enemy")]
    // One person is still designated an enemy of the writer's side or of the people.
    [InlineData("Senator Ruth Alvey is the enemy of this country.", "Senator Ruth Alvey is the enemy of this country")]
    // "fans" and "supporters" are no sport cues: a party's or a cause's as often as a club's.
    [InlineData("Ask any of our supporters: the Marsh Party is the enemy.", "the Marsh Party is the enemy")]
    [InlineData("The Marsh Party is the enemy, and its fans know it.", "The Marsh Party is the enemy")]
    public void Flags_an_agent_designated_the_enemy(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    // A contest said of something that is no team ("is a prizefight", "like a tournament") is a figure, not sport talk.
    [Theory]
    [InlineData("This spring's ballot is a prizefight, and the landlords are the enemy.", "the landlords are the enemy")]
    [InlineData("The zoning fight feels like a tournament, and the developers are the enemy.", "the developers are the enemy")]
    public void Flags_an_enemy_beside_a_sport_figure(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("The semifinal is a war, and Rovers are the enemy.")]
    [InlineData("Harwick are a team reborn this year, and Rovers are the enemy.")]
    [InlineData("The derby on Saturday: City are the enemy.")]
    public void Does_not_flag_an_enemy_in_sport_that_uses_a_figure(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    // A fronted time phrase says when; the subject starts after it.
    [Theory]
    [InlineData("On Saturday City are the enemy.", "City are the enemy")]
    [InlineData("On Tuesday the Marsh Party is the enemy.", "the Marsh Party is the enemy")]
    [InlineData("In March the dock unions are the enemy.", "the dock unions are the enemy")]
    public void The_subject_starts_after_a_fronted_time_phrase(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Fact]
    public void A_time_phrase_in_sport_stays_silent() =>
        Assert.Empty(Flagged("RH1004", "On Saturday City are the enemy in the derby."));

    // Not a thing or an idea as subject, a private or natural foe, the past, sport, a reported or a denied designation.
    [Theory]
    [InlineData("Frost is the enemy of the gardener.")]
    [InlineData("Perfect is the enemy of the good.")]
    [InlineData("Bureaucracy is the enemy of progress.")]
    [InlineData("Greed is the enemy of our town.")]
    [InlineData("Osric Vell was an enemy of the old king.")]
    [InlineData("The wolf is the enemy of the shepherd.")]
    [InlineData("The radicals are the enemy of the week in the tabloids.")]
    [InlineData("The Rovers are the enemy of every club in the league this season.")]
    [InlineData("Critics say the Marsh Party is the enemy of small shops.")]
    [InlineData("The Marsh Party is not the enemy.")]
    [InlineData("“The donors are the enemies of the republic,” said Ilse Marr, the party's treasurer.")]
    // One named person's enmity to a state by name is a hawk's or a critic's stance, reported daily.
    [InlineData("Senator Ruth Alvey is an outspoken foe of Norway.")]
    [InlineData("Okafor is a bitter enemy of Portugal.")]
    [InlineData("Ambassador Ilya Brandt remains a fierce foe of Estonia in the trade talks.")]
    // Sport by its contests and games, a WordNet class (sport_events_wordnet.txt), and the football words it lacks.
    [InlineData("The derby against Rovers is a war, and City are the enemy.")]
    [InlineData("Rovers are the enemy in Sunday's semifinal, and City are the enemy.")]
    [InlineData("The fixture against Rovers comes first, and City are the enemy.")]
    public void Does_not_flag_things_natural_foes_history_sport_or_reported_enemies(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    // Haste as intent (racing to a harm) for any actor; usurpation (seizing control) as harm for any but a company.
    [Theory]
    [InlineData("The Penrose syndicate is racing to strangle the growers' cooperative.", "The Penrose syndicate is racing to strangle")]
    [InlineData("The lobbyists are scrambling to wreck the housing bill.", "lobbyists are scrambling to wreck")]
    [InlineData("The Orvel Party has one goal: to seize control of the county count.", "The Orvel Party has one goal: to seize control")]
    [InlineData("The junta is racing to seize power in the capital.", "The junta is racing to seize power")]
    public void Flags_racing_to_harm_and_seizing_control(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("Rescue teams are racing to reach the stranded hikers.")]
    [InlineData("Engineers rushed to destroy the damaged bridge before it fell.")]
    [InlineData("The new manager wants to take control of the squad.")]
    // A company that seeks control of another makes a takeover bid.
    [InlineData("Brandt Holdings is seeking to wrest control of the bakery chain from its founders.")]
    [InlineData("There is no evidence that the syndicate is racing to strangle the cooperative.")]
    public void Does_not_flag_racing_to_no_harm_past_acts_or_ordinary_control(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    // A bare plural names the whole group as "the" + plural does (issue 16, topics7): opinion writing says "Ministers".
    [Theory]
    [InlineData("Ministers have declared war on our farmers.", "Ministers have declared war on our farmers")]
    [InlineData("Harbour landlords will not stop until every chandlery on the quay is gone.", "Harbour landlords will not stop until")]
    [InlineData("Councillors are plotting to rig the next election.", "Councillors are plotting to rig the next election")]
    public void Flags_loaded_intent_of_a_bare_plural_group(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("Some landlords have declared war on our tenants' union.")]
    [InlineData("Two councillors are plotting to rig the next election.")]
    [InlineData("Many ministers will not rest until every chandlery on the quay is gone.")]
    [InlineData("Councillors will not rest until every child in Tolley has a school place.")]
    [InlineData("Councillors say the landlords have declared war on our tenants.")]
    public void Does_not_flag_a_part_of_a_group_an_aim_with_no_harm_or_a_report(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    // A war's target may be a plural that WordNet types as people, or what a community holds in common (issue 16,
    // topics7): the victims of RH1003's forecasts of ruin.
    [Theory]
    [InlineData("The county board is waging a war on drivers.", "The county board is waging a war on drivers")]
    [InlineData("The Marrow Party has declared war on the family farm.", "Marrow Party has declared war on the family farm")]
    [InlineData("The lobby has declared war on the local paper.", "The lobby has declared war on the local paper")]
    public void Flags_a_war_on_people_by_type_or_on_a_stake_held_in_common(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("The police have declared war on smugglers along the Dunmore coast.")]
    [InlineData("The coast guard is waging war on traffickers.")]
    [InlineData("The lobby has declared war on the family farm subsidy.")]
    [InlineData("The council has declared war on the pigeons in the square.")]
    [InlineData("The Tolley Party has declared war on its rivals.")]
    public void Does_not_flag_a_war_on_a_threat_a_thing_or_a_rival(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    // A war on people said of a policy after a copula, with no verb of waging (issue 16, topics7).
    [Theory]
    [InlineData("The Tolley parking plan is a war on drivers, and the mayor knows it.", "The Tolley parking plan is a war on drivers")]
    [InlineData("The harbour levy is an open war on pensioners.", "The harbour levy is an open war on pensioners")]
    public void Flags_a_war_on_people_said_of_a_policy(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("The harbour levy is not a war on pensioners.")]
    [InlineData("The claim that the harbour levy is a war on pensioners does not survive the figures.")]
    [InlineData("The Tolley parking plan is a war on potholes.")]
    [InlineData("The derby against Rovers is a war on the visitors' defenders.")]
    [InlineData("The council's new scheme is a war on smugglers.")]
    public void Does_not_flag_a_war_denied_weighed_on_a_thing_in_sport_or_on_a_threat(string text) =>
        Assert.Empty(Flagged("RH1004", text));
}
