using Microsoft.CodeAnalysis;
using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.ThreatInflation;

public class RH1001FearImageryTests
{
    [Theory]
    [InlineData("A dark specter of armed drones now hangs over every capital in the region.", "A dark specter")]
    [InlineData("The port dispute is a ticking time bomb under the alliance.", "a ticking time bomb")]
    [InlineData("Norvania's pension system is a demographic time bomb.", "a demographic time bomb")]
    [InlineData("The border region has become a powder keg.", "a powder keg")]
    [InlineData("Russia holds a knife to the throat of European farming.", "holds a knife to the throat")]
    [InlineData("Beijing has a dagger pointed at the heart of the island's economy.", "has a dagger pointed at the heart")]
    [InlineData("Unless the clinics reopen, we face a post-vaccine apocalypse.", "a post-vaccine apocalypse")]
    [InlineData("Without new reactors we face a post-industrial apocalypse.", "a post-industrial apocalypse")]
    [InlineData("While Washington dithers, the Arctic is being carved up.", "is being carved up")]
    [InlineData("Moscow and Ankara are carving up the Black Sea.", "are carving up")]
    [InlineData("With missiles on every ridge, the strait is on the brink of annihilation.", "on the brink of annihilation")]
    [InlineData("Europe is sleepwalking into war with Russia.", "sleepwalking into war")]
    [InlineData("A tidal wave of disinformation is washing over the election.", "A tidal wave of disinformation")]
    [InlineData("The nightmare scenario is a Kestrian missile strike on the capital.", "The nightmare scenario")]
    [InlineData("Storm clouds are gathering over the alliance as the militias rearm.", "Storm clouds are gathering")]
    [InlineData("The sanctions regime hangs over Norvanian exporters like the sword of Damocles.", "the sword of Damocles")]
    [InlineData("The cartels are bleeding us dry.", "bleeding us dry")]
    [InlineData("Iran tightens its stranglehold on the strait.", "its stranglehold")]
    public void Flags_doom_metaphors(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1001", text));

    [Theory]
    [InlineData("Forecasters expect storm clouds to gather over the coast by Friday.")]
    [InlineData("Storm clouds gathering over the coast will bring rain by Friday.")]
    [InlineData("The exhibit shows how Cold War posters used the mushroom cloud as a motif.")]
    [InlineData("The bomb squad defused a ticking time bomb outside the station.")]
    [InlineData("The nightmare scenario for the organizers is rain on race day.")]
    [InlineData("The robber held a knife to her throat and took the till.")]
    [InlineData("She had a sore throat and a headache.")]
    [InlineData("The company has a stranglehold on the market for office chairs.")]
    [InlineData("The chef carved up the roast for the guests.")]
    [InlineData("The talks are on the brink of collapse.")]
    [InlineData("The new tariffs raise the specter of inflation.")]
    [InlineData("Talk of a post-antibiotic apocalypse misreads the data.")]
    [InlineData("The region is not a powder keg.")]
    [InlineData("“The region is a powder keg,” Defense Minister Ilse Brandt said on Tuesday.")]
    [InlineData("Brandt said that the region is a powder keg.")]
    [InlineData("The so-called ticking time bomb of pensions never went off.")]
    [InlineData("Fans of the zombie apocalypse genre will love the new series about the virus.")]
    [InlineData("A tidal wave of support greeted the new mayor.")]
    [InlineData("The 1962 crisis brought both superpowers to the brink of nuclear war.")]
    [InlineData("The marsh vole is on the brink of extinction.")]
    [InlineData("A decade later, the firm remains on the brink of catastrophe.")]
    public void Does_not_flag_literal_mentioned_reported_or_negated_uses(string text) =>
        Assert.Empty(Flagged("RH1001", text));

    [Fact]
    public void A_question_lowers_it_to_a_suggestion() =>
        Assert.Equal(DiagnosticSeverity.Info, SeverityOf("RH1001", "Is the border region a powder keg?"));

    [Fact]
    public void Offers_to_delete_the_intensifier()
    {
        var finding = Single("RH1001", "A dark specter of armed drones now hangs over every capital in the region.");
        Assert.Contains(finding.Rewrites, r => r.Title == "Delete 'dark'" && r.Applicability == Rhetlint.Core.Analysis.Applicability.Unsafe);
    }

    [Fact]
    public void A_criminal_organisation_is_an_actor_for_predation_images() =>
        Assert.Equal(["by the throat"], Flagged("RH1001", "The Vance gang has the port by the throat."));

    [Theory]
    [InlineData("Harbrook Holdings has a stranglehold on the kettle market.")]
    [InlineData("The Harlow Party has the county by the throat.")]
    public void A_company_or_party_is_no_actor_for_predation_images(string text) =>
        Assert.Empty(Flagged("RH1001", text));

    [Theory]
    [InlineData("Payday lenders are a cancer on every high street in Dunmore.", "a cancer")]
    [InlineData("Sugary drinks are a slow poison for our teenagers.", "a slow poison")]
    [InlineData("In Harlow, shoplifting has become a plague.", "a plague")]
    [InlineData("The town faces a plague of burglaries.", "a plague")]
    [InlineData("The dockers' strike is holding the country hostage.", "holding the country hostage")]
    [InlineData("The rail unions held commuters to ransom all winter.", "held commuters to ransom")]
    [InlineData("The new quota is a guillotine hanging over every trawler in the bay.", "a guillotine hanging over")]
    [InlineData("Private equity firms circle the care homes like sharks.", "like sharks")]
    [InlineData("The bailiffs descended on the estate like a pack of wolves.", "like a pack of wolves")]
    [InlineData("Vultures circling the pension funds will pick them clean.", "Vultures circling")]
    [InlineData("An uncontrolled flood of arrivals has reached the southern ports.", "An uncontrolled flood of arrivals")]
    [InlineData("A human tide is washing over the border towns.", "A human tide")]
    [InlineData("Our high streets are under siege from shoplifting gangs.", "under siege")]
    public void Flags_imagery_outside_war(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1001", text));

    [Theory]
    [InlineData("Doctors diagnosed a cancer in the liver last spring.")]
    [InlineData("She found a cancer in her lung after the screening.")]
    [InlineData("An epidemic in the region killed dozens of cattle, the ministry reported.")]
    [InlineData("Cholera is a plague that spreads through dirty water.")]
    [InlineData("A plague on both your houses, said the mayor's rival.")]
    [InlineData("Gunmen held the tourists hostage for three days.")]
    [InlineData("Militants held the town hostage until troops arrived.")]
    [InlineData("An old sword hangs over the fireplace in the hall.")]
    [InlineData("Wolves were seen near the farm on Tuesday.")]
    [InlineData("The pups hunt like wolves, taking prey far larger than themselves.")]
    [InlineData("The river burst its banks and a flood of water reached the square.")]
    [InlineData("A flood of complaints reached the council after the bin strike.")]
    [InlineData("Ministers met in Brussels to discuss how to stem the flood of migrants crossing the sea.")]
    [InlineData("Guards rescued the envoys under siege in the embassy compound.")]
    [InlineData("Critics call the quota a guillotine hanging over the fleet, but the catch data do not bear that out.")]
    [InlineData("“The strike is holding the country hostage,” Transport Secretary Ada Lind said on Monday.")]
    public void Does_not_flag_literal_disease_captivity_animals_or_reported_imagery(string text) =>
        Assert.Empty(Flagged("RH1001", text));

    [Theory]
    [InlineData("Gang crime will spread through the estates like a slow cancer.", "like a slow cancer")]
    [InlineData("Extremism has spread like a malignant cancer through the county councils.", "like a malignant cancer")]
    [InlineData("Match fixing is infecting the whole league like a plague.", "like a plague")]
    [InlineData("Our county faces an epidemic of gang violence and knife crime.", "an epidemic")]
    [InlineData("The harbour district has suffered an epidemic of violent crime since the spring.", "an epidemic")]
    [InlineData("Ostrava now faces a plague of armed robberies.", "a plague")]
    public void Flags_disease_similes_and_outbreaks_of_a_modified_threat(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1001", text));

    [Theory]
    [InlineData("Most cyclists avoid the ring road like the plague.")]
    [InlineData("The rumour spread like wildfire through the market.")]
    [InlineData("The infection had spread like a cancer through the ward's patients.")]
    [InlineData("Corruption has not spread like a cancer through the councils.")]
    [InlineData("“The feud is spreading like a plague,” the league's chairman, Ivo Brandt, said.")]
    [InlineData("The town faces a plague of crime statistics from rival think tanks.")]
    [InlineData("Laughter spread through the audience like a contagion.")]
    [InlineData("The dance craze spread among teenagers like a plague last summer.")]
    [InlineData("The new cafe chain has spread across the county like an epidemic.")]
    public void Does_not_flag_idioms_literal_illness_or_reported_similes(string text) =>
        Assert.Empty(Flagged("RH1001", text));

    [Theory]
    [InlineData("Since the cuts, the ring road has become a killing field.", "a killing field")]
    [InlineData("Two late bars have turned the high street into a war zone.", "a war zone")]
    [InlineData("Dementia care faces a tsunami that will drown the health service.", "a tsunami that will drown")]
    public void Flags_war_scenes_at_peace_and_drowning_floods(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1001", text));

    [Theory]
    [InlineData("Russia has turned the city into a war zone.")]
    [InlineData("After the shelling, the valley became a war zone.")]
    [InlineData("The earthquake set off a tsunami that will drown the coastal villages if the sea wall fails.")]
    [InlineData("The forecast warns of a flood that could swamp the river towns after a week of rain.")]
    public void Does_not_flag_real_wars_and_floods(string text) =>
        Assert.Empty(Flagged("RH1001", text));

    [Theory]
    // A flood with what it is made of as the subject, its harm to a whole group told as certain: trade, culture, money.
    [InlineData("A tsunami of cheap imports will drown every dairy farm in the county.", "A tsunami of cheap imports will drown")]
    [InlineData("The flood of synthetic songs will bury every working musician.", "The flood of synthetic songs will bury")]
    [InlineData("A deluge of junk loans threatens to swamp our credit unions.", "A deluge of junk loans threatens to swamp")]
    // Traded goods are no flood matter, and a forecast to a date is still a forecast.
    [InlineData("A flood of cheap steel will bury all our foundries.", "A flood of cheap steel will bury")]
    [InlineData("In 2031 a tsunami of cheap imports will drown every dairy farm in Ulvey.", "a tsunami of cheap imports will drown")]
    // A year after the flood is the forecast's own or another clause's, not the date of a flood told as history.
    [InlineData("Without a quota, a flood of cheap cheese would swamp every creamery in 2029.", "a flood of cheap cheese would swamp")]
    [InlineData("A flood of cheap cheese would swamp every creamery again, as it did in 1988.", "A flood of cheap cheese would swamp")]
    public void Flags_a_flood_of_something_that_engulfs_a_whole_group(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1001", text));

    [Theory]
    // The matter real floods carry (earth, water, rock, waste, rain, ice: flood_matter_wordnet.txt) is a flood, not a figure.
    [InlineData("After the storm, a torrent of mud will sweep every farm in the lower valley.")]
    [InlineData("A tidal wave of seawater will drown our towns.")]
    [InlineData("An avalanche of wet snow threatens to bury every chalet above Oskan.")]
    // A flood told by its date is history, in the present or the future-in-the-past.
    [InlineData("In 1929 a tsunami of unpaid invoices swamps every bank in the county.")]
    [InlineData("In 1929 a tsunami of unpaid invoices would swamp every bank in the county.")]
    [InlineData("The 1974 flood of unpaid invoices would swamp every bank in Carrow.")]
    public void Does_not_flag_a_flood_of_flood_matter_or_a_dated_flood(string text) =>
        Assert.Empty(Flagged("RH1001", text));

    [Theory]
    // One whole-group test for both readings: a bare "whole" or "entire" is the whole of each, and a possessive, with or
    // without "all", is a whole group whoever its members are.
    [InlineData("The rent cap is a wrecking ball aimed at whole villages.", "a wrecking ball aimed at whole villages")]
    [InlineData("A deluge of payday loans will drown whole towns.", "A deluge of payday loans will drown")]
    [InlineData("The court levy is a wrecking ball aimed at all our judges.", "a wrecking ball aimed at all our judges")]
    [InlineData("A tsunami of cheap imports will drown all our dairy farms.", "A tsunami of cheap imports will drown")]
    [InlineData("A deluge of payday loans will drown entire towns.", "A deluge of payday loans will drown")]
    public void Flags_a_whole_group_alike_for_aimed_weapons_and_floods(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1001", text));

    [Theory]
    [InlineData("The rent cap is a wrecking ball aimed at the village.")]
    [InlineData("A deluge of payday loans will drown the town.")]
    public void Does_not_flag_an_aimed_weapon_or_a_flood_without_a_whole_group(string text) =>
        Assert.Empty(Flagged("RH1001", text));

    [Theory]
    // A busy week (no whole group), real water, a dated flood, a measured and sourced amount, a quoted or hedged one.
    [InlineData("A flood of applications will swamp the planning office this month.")]
    [InlineData("A torrent of water from the burst main will swamp every cellar on Mill Lane.")]
    // What the flood is made of can be its own literal cue.
    [InlineData("A torrent of water will swamp every cellar on Mill Lane.")]
    [InlineData("A deluge of rain will swamp all our allotments by Friday.")]
    [InlineData("The flood of 1953 drowned every field on the marsh.")]
    [InlineData("\"A tsunami of cheap imports will drown every dairy farm,\" said Orla Menzies of the Farmers' Guild.")]
    [InlineData("A tsunami of cheap imports might drown every dairy farm, or it might not.")]
    public void Does_not_flag_a_busy_week_real_water_or_reported_floods(string text) =>
        Assert.Empty(Flagged("RH1001", text));

    [Theory]
    [InlineData("Wildfires now reach the edge of Carrow every August. That should terrify every homeowner in the valley.", "should terrify every homeowner")]
    [InlineData("Ransomware crews now target rural clinics, and this should alarm us all.", "should alarm us all")]
    [InlineData("With measles back in Dunmore, every parent should be terrified.", "every parent should be terrified")]
    [InlineData("The disinformation flooding this election ought to send a chill down the spine of anyone who votes.", "ought to send a chill down the spine of anyone")]
    [InlineData("A market crash of this size is terrifying for anyone with a pension.", "is terrifying for anyone")]
    [InlineData("A winter of blackouts is the stuff of nightmares for the north.", "the stuff of nightmares")]
    [InlineData("Frankly, the malware in the hospital network keeps me up at night.", "keeps me up at night")]
    [InlineData("The outbreak at the care home is spreading. We should all be very afraid.", "We should all be very afraid")]
    [InlineData("The cartel now runs the port, and that should scare the living daylights out of every trader.", "should scare the living daylights out of every trader")]
    public void Flags_direct_fear_appeals_to_a_broad_audience(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1001", text));

    [Fact]
    public void A_fear_appeal_has_its_own_message() =>
        Assert.StartsWith("'should alarm us all' tells the reader to be afraid instead of showing why",
            Single("RH1001", "Ransomware crews now target rural clinics, and this should alarm us all.").Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("We should be concerned about the rise in measles cases.")]
    [InlineData("The rise in burglaries on the estate is worrying.")]
    [InlineData("I am worried about the cost of the new flood defences.")]
    [InlineData("The chemistry exam terrified me.")]
    [InlineData("The new exam timetable should terrify every student in the county.")]
    [InlineData("The sequel should terrify every horror fan who loved the zombie outbreak in the first film.")]
    [InlineData("“This should terrify every parent,” the health minister, Ada Lind, said of the measles figures.")]
    [InlineData("The measles outbreak in Dunmore should not alarm anyone.")]
    public void Does_not_flag_measured_concern_private_fear_fiction_or_reported_appeals(string text) =>
        Assert.Empty(Flagged("RH1001", text));

    [Theory]
    [InlineData("The currency traders are holding a gun to the head of every saver in Brennock.", "holding a gun to the head")]
    [InlineData("The landlords have a knife to our throats.", "have a knife to our throats")]
    [InlineData("The ratings agencies hold a gun to the head of the national economy.", "hold a gun to the head")]
    [InlineData("The Tarvel grid is a house of cards waiting for one heatwave to bring it down.", "a house of cards")]
    [InlineData("The pension scheme is a castle of sand that the first market shock will wash away.", "a castle of sand")]
    [InlineData("The late-night pundits are poisoning the minds of our voters.", "are poisoning the minds of our voters")]
    [InlineData("Celebrity influencers keep poisoning our culture.", "keep poisoning our culture")]
    [InlineData("Rent inflation is a wildfire tearing through the savings of young families.", "a wildfire tearing through")]
    [InlineData("The doping scandal has become an avalanche sweeping through the sport.", "an avalanche sweeping through")]
    [InlineData("The new quarry will turn the Ollin valley into a ghost town.", "will turn the Ollin valley into a ghost town")]
    [InlineData("The offshore turbines threaten to turn our coast into an industrial wasteland.", "turn our coast into an industrial wasteland")]
    public void Flags_imagery_of_harm_outside_war(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1001", text));

    [Theory]
    [InlineData("The robber held a gun to the cashier's head and emptied the till.")]
    [InlineData("A man held a knife to the throat of a taxi driver, the police said.")]
    [InlineData("The prosecution's case is a house of cards.")]
    [InlineData("The children built a house of cards on the kitchen table until it collapsed.")]
    [InlineData("A lorry spilled diesel that is poisoning the river.")]
    [InlineData("Lead in the old pipes was poisoning the minds of the town's children, the clinic found.")]
    [InlineData("The blaze has become a wildfire tearing through the hills above Carrow, and 2,000 acres have burned.")]
    [InlineData("The new striker was a hurricane on Saturday.")]
    [InlineData("The mill's closure turned the town into a ghost town in the 1980s.")]
    [InlineData("The high street is a ghost town on Sunday mornings.")]
    [InlineData("“The grid is a house of cards waiting to collapse,” said Energy Minister Lara Voss.")]
    [InlineData("It is not true that the wind farms will turn the coastline into a wasteland.")]
    [InlineData("Shares crashed 4% on Tuesday after the earnings report.")]
    public void Does_not_flag_crimes_literal_forces_history_or_quoted_imagery(string text) =>
        Assert.Empty(Flagged("RH1001", text));

    [Theory]
    [InlineData("The crumbling levee is a loaded gun pointed at every home in Drayton.", "a loaded gun pointed at every home")]
    [InlineData("The funding formula is a wrecking ball aimed at every village school.", "a wrecking ball aimed at every village school")]
    [InlineData("Those leveraged funds are a torpedo aimed at each pension in the country.", "a torpedo aimed at each pension")]
    [InlineData("The new data broker, a missile aimed at all of us, went live on Monday.", "a missile aimed at all of us")]
    [InlineData("Cheap ghost guns have become a bullet aimed at our children.", "a bullet aimed at our children")]
    public void Flags_a_weapon_aimed_at_a_whole_group(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1001", text));

    [Theory]
    [InlineData("The suspect was a man with a gun pointed at every customer in the shop.")]
    [InlineData("In the footage the robber's rifle is a gun pointed at the cashier.")]
    [InlineData("The robber's weapon was a gun pointed at every customer in the bank.")]
    [InlineData("The launcher on the frigate is a missile aimed at every ship in the strait.")]
    [InlineData("The mailing is a letter directed at every voter in Carrow.")]
    [InlineData("The levy is not a wrecking ball aimed at every farm.")]
    [InlineData("“The levy is a wrecking ball aimed at every farm,” the union leader said.")]
    public void Does_not_flag_real_weapons_single_victims_or_quoted_aims(string text) =>
        Assert.Empty(Flagged("RH1001", text));

    [Theory]
    [InlineData("The Ormsby bedroom tax has become a noose around every tenant.", "a noose")]
    [InlineData("The Carrow payday lenders are a pack of wolves.", "a pack of wolves")]
    [InlineData("Our county pension scheme is a crumbling dam.", "a crumbling dam")]
    [InlineData("Brightloop is a digital heroin for bored teenagers.", "a digital heroin")]
    [InlineData("The emergency decree is financial martial law.", "financial martial law")]
    [InlineData("The letting agents have the housing market in a cage.", "have the housing market in a cage")]
    [InlineData("The academy trust turned our village schools into prisons.", "turned our village schools into prisons")]
    [InlineData("The bankers are a fifth column.", "a fifth column")]
    [InlineData("The new tax is a cage.", "a cage")]
    [InlineData("The parking scheme has become nothing short of a noose.", "a noose")]
    [InlineData("The Tessel loyalty app is nothing less than a digital heroin.", "a digital heroin")]
    [InlineData("The county landlords are no less than a pack of jackals.", "a pack of jackals")]
    public void Flags_a_fear_vehicle_said_of_a_thing_of_another_type(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1001", text));

    [Theory]
    [InlineData("The old mill is a crumbling building.")]
    [InlineData("The seized powder was heroin.")]
    [InlineData("The animals in the far pen were wolves.")]
    [InlineData("The officers held the suspect in a cage overnight.")]
    [InlineData("The former minister is still held in solitary confinement in prison.")]
    [InlineData("It is a scandal that the reporter is still in jail.")]
    [InlineData("Doctors say there are several hemorrhagic fevers.")]
    [InlineData("The patients on the ward are a cancer cluster.")]
    [InlineData("The smugglers were kept in a cage at the port.")]
    [InlineData("Her debut album was a hurricane.")]
    [InlineData("The result was a flood of applications.")]
    [InlineData("The new database is an invasion of privacy.")]
    [InlineData("The film was a bomb at the box office.")]
    [InlineData("The Harlow striker is a shark in the box.")]
    [InlineData("Our county pension scheme is a dam.")]
    [InlineData("The bedroom tax is not a noose.")]
    [InlineData("“The bedroom tax is a noose,” said councillor Ann Pryce.")]
    [InlineData("The new recruit is a prison officer.")]
    [InlineData("It is a noose.")]
    [InlineData("The army is an invasion force massing on the border.")]
    [InlineData("Russia has tanks on the border, and they are an invasion in waiting.")]
    [InlineData("The bedroom tax is arguably a noose.")]
    [InlineData("The seized powder was nothing less than heroin.")]
    [InlineData("The bedroom tax is nothing less than a disgrace.")]
    [InlineData("The old mill is nothing short of a crumbling building.")]
    public void Does_not_flag_literal_types_dead_metaphors_or_unknown_tenors(string text) =>
        Assert.Empty(Flagged("RH1001", text));

    [Theory]
    [InlineData("The chatbots are eating the legal profession from the inside.", "are eating the legal profession")]
    [InlineData("Cheap imports are devouring our market towns.", "are devouring our market towns")]
    [InlineData("The new rules are smothering the whole farming community.", "are smothering the whole farming community")]
    [InlineData("Gambling apps are devouring a generation.", "are devouring a generation")]
    [InlineData("The ministers talk while a generation drowns.", "a generation drowns")]
    [InlineData("Each energy drink is a half-hidden wrecking ball aimed at your kidneys.", "a half-hidden wrecking ball aimed at your kidneys")]
    public void Flags_a_killing_process_done_to_a_collective_stake(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1001", text));

    [Theory]
    [InlineData("The family ate their dinner in silence.")]
    [InlineData("Rising costs are eating into the budget.")]
    [InlineData("Inflation is eating away at our savings.")]
    [InlineData("The chants drowned out the speaker.")]
    [InlineData("Many households are drowning in debt.")]
    [InlineData("The village drowned when the dam broke.")]
    [InlineData("Two swimmers drowned off the beach.")]
    [InlineData("The hotel was smothered in ivy.")]
    [InlineData("Readers devoured the whole series in a week.")]
    [InlineData("Higher rates could smother the recovery.")]
    [InlineData("The levy is not smothering our market towns.")]
    [InlineData("“Cheap imports are devouring our market towns,” said councillor Ann Pryce.")]
    public void Does_not_flag_a_killing_process_done_to_what_it_reaches_or_an_idiom(string text) =>
        Assert.Empty(Flagged("RH1001", text));

    [Theory]
    // The figure drowns in the present; the same verb with a stake can still be one.
    [InlineData("Whole communities are drowning while the ministers debate.", "communities are drowning")]
    [InlineData("The levy is smothering our market towns.", "is smothering our market towns")]
    public void Flags_a_stake_that_drowns_now_or_is_smothered_by_a_policy(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1001", text));

    [Theory]
    // A drowning told in the past is an accident report.
    [InlineData("The entire crew drowned when the trawler capsized in a storm off Shetland.")]
    [InlineData("The whole family drowned after their car left the road near Ely.")]
    [InlineData("The whole platoon drowned crossing the Vell in the spring of 1916.")]
    // A natural object, a substance, a natural force, a living thing or a feeling really consumes, or is a story's.
    [InlineData("Wildfires devoured the whole forest in three days.")]
    [InlineData("Erosion is eating the cliff path at a metre a year.")]
    [InlineData("The glacier is eating the whole valley floor.")]
    [InlineData("Grief devours the family in the novel's final act.")]
    [InlineData("Panic devoured the whole crowd as the lights failed.")]
    // An act or an event is what a side smothers in a match.
    [InlineData("City's midfield smothered the attack for ninety minutes.")]
    [InlineData("Our defence smothered the counterattack after the break.")]
    public void Does_not_flag_a_past_drowning_a_natural_or_felt_agent_or_a_smothered_move(string text) =>
        Assert.Empty(Flagged("RH1001", text));

    [Theory]
    // An image predicated of people or of an abstraction is a figure: the words after it carry the image on.
    [InlineData("The Ardmore bailiffs are a pack of wolves that hunt for prey in every council estate.", "a pack of wolves")]
    [InlineData("The Tarvel pension debt is an avalanche already sliding down the mountain toward our grandchildren.", "an avalanche")]
    public void Flags_an_image_predicated_of_another_kind_whatever_extends_it(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1001", text));

    [Theory]
    // A tenor that could be the vehicle, a literal cue before the image, or quoted words stay literal or someone else's.
    [InlineData("The animals on the ridge were a pack of wolves that hunt for prey at dusk.")]
    [InlineData("On the mountain above Carrow, the real danger this week is an avalanche.")]
    [InlineData("“The pension debt is an avalanche sliding down the mountain,” said Treasurer Mara Venn.")]
    public void Does_not_flag_an_image_whose_tenor_or_earlier_words_make_it_literal(string text) =>
        Assert.Empty(Flagged("RH1001", text));

    [Theory]
    // A claim named to be weighed: the "that" clause of a proposition noun is entertained, not asserted.
    [InlineData("The idea that payday lenders are a cancer on the high street is older than the lenders.")]
    [InlineData("The claim that the Ormsby bedroom tax has become a noose around every tenant is overblown.")]
    public void Does_not_flag_an_image_inside_a_claim_named_to_be_weighed(string text) =>
        Assert.Empty(Flagged("RH1001", text));

    [Theory]
    // "The fact is that …" asserts: no proposition noun opens the clause.
    [InlineData("The fact is that payday lenders are a cancer on the high street.", "a cancer")]
    public void Flags_an_image_in_an_asserted_that_clause(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1001", text));

    [Theory]
    [InlineData("Short-let agencies are spreading across the Dallow coast like a blight across a vineyard.", "like a blight")]
    [InlineData("The bookmakers are circling the Harbour Street arcade like crows over a carcass.", "like crows over a carcass")]
    [InlineData("The Pellam fund is circling the old mill like scavengers.", "like scavengers")]
    [InlineData("The loan apps are hunting our young nurses like prey.", "are hunting our young nurses like prey")]
    [InlineData("This measles outbreak is a brush fire racing through the county's nurseries.", "a brush fire racing through")]
    [InlineData("The new rates formula is a wrecking ball swung at every village hall in Carrow.", "a wrecking ball swung at every village hall")]
    [InlineData("The hospital merger is a death warrant signed for every maternity unit in the north.", "a death warrant signed for every maternity unit")]
    [InlineData("Each autumn the league sends our teenagers into a meat grinder.", "a meat grinder")]
    [InlineData("The delivery platforms have turned every courier in Ostby into a serf.", "turned every courier in Ostby into a serf")]
    // A present-day scene: no period word in the sentence or the two before it (ti-fixes).
    [InlineData("The rent office opened in March. The new levy turned every tenant into a serf.", "turned every tenant into a serf")]
    // The destructive force as a simile, with a ravaging verb in the progressive (ti-fixes).
    [InlineData("The pension scam is spreading like a brush fire through the Carrow suburbs.", "is spreading like a brush fire")]
    [InlineData("The loan fraud is tearing through the county like a wildfire.", "is tearing through the county like a wildfire")]
    // An animal noun whose untagged first sense is a person ("gull") does not make the bookmakers animals.
    [InlineData("The bookmakers circled the arcade like crows over a carcass.", "like crows over a carcass")]
    public void Flags_the_wordnet_members_of_the_imagery_classes(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1001", text));

    [Theory]
    // Literal uses: crops, animals, meat, a real warrant, a ball.
    [InlineData("The mildew spread through the vines like a blight, and the growers lost half the harvest.")]
    [InlineData("That August the rust spread through Corbin's rye like a blight.")]
    [InlineData("Seagulls circled the harbour like crows over a carcass while the boats unloaded.")]
    [InlineData("Hunters stalk the deer like prey in the autumn woods above Carrow.")]
    [InlineData("The butcher fed the beef shoulder into a meat grinder.")]
    [InlineData("The governor signed a death warrant for every inmate on the row.")]
    [InlineData("Hale swung at every pitch in the ninth inning.")]
    [InlineData("Firefighters say a brush fire is racing through the canyon above Dunmore.")]
    // A plan, a quotation, a dated fact, one person, a measured warning.
    [InlineData("I plan to swing at every fastball this season.")]
    [InlineData("“The rates formula is a wrecking ball swung at every village hall,” said councillor Ade Mercer.")]
    [InlineData("In 1649 the new code turned every peasant into a serf.")]
    // A period word sets history as a year does (ti-fixes).
    [InlineData("The lords of the manor squeezed the villages year after year. The new levy turned every peasant into a serf.")]
    [InlineData("Under the medieval code the new levy turned every cottager into a serf.")]
    // Animals among animals: "gulls", whose person sense is only first by the order of untagged senses (ti-fixes).
    [InlineData("The gulls circled the harbour like crows over a carcass.")]
    // A real fire, and word going round in the past.
    [InlineData("The brush fire is spreading like a wildfire through the dry canyon.")]
    [InlineData("The rumour about the pension scam spread like wildfire through the suburbs.")]
    [InlineData("The film's hero is turned into a slave in the second act.")]
    [InlineData("The merger will close two of the five maternity units by 2027, according to the trust's own plan.")]
    public void Does_not_flag_the_wordnet_members_in_a_literal_reported_or_dated_use(string text) =>
        Assert.Empty(Flagged("RH1001", text));

    [Theory]
    [InlineData("The Pellow rezoning is a death sentence for the village post office.", "a death sentence for the village post office")]
    [InlineData("This deferral is a death sentence for 140 years of history.", "a death sentence for 140 years of history")]
    [InlineData("Generative models are an extinction-level event for human creativity.", "an extinction-level event for human creativity")]
    [InlineData("The new levy is the annihilation of our seaside culture.", "the annihilation of our seaside culture")]
    [InlineData("The Carrow parking tax is our high street's death warrant.", "our high street's death warrant")]
    [InlineData("The Orrin grant freeze is a scientific Dark Age.", "a scientific Dark Age")]
    [InlineData("The merger would bring a new dark age for the theatre.", "a new dark age")]
    [InlineData("The Dunmore levy is a bulldozer aimed at every corner shop.", "a bulldozer aimed at every corner shop")]
    [InlineData("The rent rise means the extinction of the corner bookshop within 2-3 years.", "the extinction of the corner bookshop")]
    public void Flags_doom_nouns_said_of_a_stake_of_another_type(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1001", text));

    [Theory]
    // What the noun literally ends: a person, a crime, a living kind, a language, a city at war, tapes.
    [InlineData("The judge handed down a death sentence for the convicted murderer.")]
    [InlineData("Treason carried the death sentence for centuries.")]
    [InlineData("The extinction of the woolly mammoth still puzzles biologists.")]
    // The doom noun as subject: the stake ends at its verb, not at the object after it.
    [InlineData("The extinction of the moa followed the landing of the first settlers.")]
    [InlineData("One school of thought attributes the extinction to hunting by early farmers.")]
    [InlineData("Field linguists have recorded the extinction of three coastal dialects.")]
    [InlineData("The Varn missiles would mean the annihilation of the city.")]
    [InlineData("The clerk ordered the destruction of the tapes.")]
    [InlineData("Monks copied the gospels through the Dark Ages.")]
    [InlineData("The contractor's bulldozer was aimed at every wall on the demolition site.")]
    // History, sport, a negation, a hedge, a quotation, a rebuttal, a measured claim with a figure and a source.
    [InlineData("In 1536 the dissolution was a death sentence for the abbey.")]
    [InlineData("Rovers suffered the annihilation of their defence in the derby.")]
    [InlineData("Dunlow Athletic watched the annihilation of their back line, losing 6-1 at home.")]
    [InlineData("The rezoning is no death sentence for the high street.")]
    [InlineData("The rezoning could be a death sentence for the high street.")]
    [InlineData("“It is a death sentence for the library,” said councillor Tam Ollin.")]
    [InlineData("The claim that the rezoning is a death sentence for the high street does not survive scrutiny.")]
    [InlineData("The rezoning will close 14 of the 20 village post offices by 2028, according to the Pellow council's own plan.")]
    public void Does_not_flag_doom_nouns_of_what_they_literally_end_or_not_in_the_writers_voice(string text) =>
        Assert.Empty(Flagged("RH1001", text));

    // Imagery classes with no entry before (ti-imagery2): a bomb's burning fuse, time run out, battle sites, places of vice.
    [Theory]
    [InlineData("The Varnholt pension fund is now a bomb with a lit fuse that no minister will mention.", "a lit fuse")]
    [InlineData("The Dellow pipeline is a burning fuse running under our valley.", "a burning fuse")]
    [InlineData("The Osterby grid is living on borrowed time.", "living on borrowed time")]
    [InlineData("The riverside paths of Kellam have become a battlefield.", "a battlefield")]
    [InlineData("The app makers have turned every tablet in Brenmark into a casino that never closes.", "turned every tablet in Brenmark into a casino")]
    [InlineData("The lenders have turned every corner shop into a gambling den.", "turned every corner shop into a gambling den")]
    public void Flags_the_new_imagery_classes(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1001", text));

    [Theory]
    // A real fuse, a real battlefield, sport, a patient, one building converted, a quoted alarm, a rebutted alarm.
    [InlineData("The crew lit the fuse and the fireworks rose over the harbour.")]
    [InlineData("The quarry team checked the burning fuse before the blasting began.")]
    [InlineData("The old farm at Harwick became a battlefield in the war, and soldiers are buried by the wall.")]
    [InlineData("After the red card, the midfield became a battlefield and the referee lost control of the match.")]
    [InlineData("After his diagnosis, the patient was living on borrowed time.")]
    [InlineData("The developer turned the old cinema into a casino.")]
    [InlineData("\u201cThe bypass is a lit fuse,\u201d said the protest leaflet handed out in Dellow.")]
    [InlineData("Some say the paths have become a battlefield, but the collision figures are the lowest in ten years.")]
    public void Does_not_flag_the_new_imagery_classes_in_a_literal_reported_or_rebutted_use(string text) =>
        Assert.Empty(Flagged("RH1001", text));
}
