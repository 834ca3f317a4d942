using Microsoft.CodeAnalysis;
using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.ThreatInflation;

public class RH1006EscalationChainTests
{
    [Theory]
    [InlineData("Let Varn take the port, and next it will take the straits, then the islands, and then we are at war.", "then the islands, and then we are at war")]
    [InlineData("If sanctions lapse, Kestria could rebuild its reactors, could arm the militias, and could set the region ablaze.", "could arm the militias, and could set the region ablaze")]
    [InlineData("Such posturing breeds mistrust, which could usher in sanctions, naval standoffs, and eventually full-scale war.", "could usher in sanctions, naval standoffs, and eventually full-scale war")]
    [InlineData("Every tariff risks a slide from border skirmishes to naval clashes to all-out war.", "border skirmishes to naval clashes to all-out war")]
    [InlineData("Backing down now will embolden Varn to invade.", "embolden Varn to invade")]
    [InlineData("The region is one step away from all-out war.", "one step away from all-out war")]
    [InlineData("Varn seized the port in spring; next it takes the straits, then the islands, and then we are at war.", "then the islands, and then we are at war")]
    public void Flags_a_chain_that_ends_in_catastrophe(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1006", text));

    [Theory]
    [InlineData("If the sanctions lapse, imports of Kestrian steel will likely rise, the trade ministry said in its March outlook.")]
    [InlineData("The pipeline's first phase opens in May and the second in 2027.")]
    [InlineData("First we build the road, then the school, and then the hospital.")]
    [InlineData("The museum covers the blockade, the famine and the war.")]
    [InlineData("The sequel could win awards, could break records and could become a classic.")]
    [InlineData("Chain reaction experiments at the lab resumed in May.")]
    // History told in order: a past verb before the steps, no modal or future.
    [InlineData("Varn invaded Ostry in 1871, then Calder in 1872, and then the war spread to the southern coast.")]
    [InlineData("“Kestria could arm the militias, could close the strait and could set the region ablaze,” Brandt said on Monday.")]
    public void Does_not_flag_single_steps_benign_sequences_or_quotes(string text) =>
        Assert.Empty(Flagged("RH1006", text));

    [Fact]
    public void Hedges_do_not_lower_it() =>
        Assert.Equal(DiagnosticSeverity.Warning, SeverityOf("RH1006", "Kestria might rebuild its reactors, might arm the militias, and might set the region ablaze."));

    [Fact]
    public void Flags_a_catalogue_of_domestic_harms_that_ends_in_catastrophe() =>
        Assert.Equal(["could bring price rises, fuel shortages and rolling blackouts"],
            Flagged("RH1006", "Closing the refinery could bring price rises, fuel shortages and rolling blackouts."));

    [Theory]
    [InlineData("Make no mistake: today it's the depot, tomorrow it's every station in the county.", "today it's the depot, tomorrow it's every station in the county")]
    [InlineData("Today the tram depot, tomorrow every bus shelter in Marlow.", "Today the tram depot, tomorrow every bus shelter in Marlow")]
    [InlineData("Today the payroll clerks, tomorrow the whole finance floor.", "Today the payroll clerks, tomorrow the whole finance floor")]
    [InlineData("The militia has its list. After Corvel, Mestre; after Mestre, Lund.", "After Corvel, Mestre; after Mestre, Lund")]
    [InlineData("The measles outbreak has a pattern: first the libraries, then the clinics, then the fire stations.", "the libraries, then the clinics, then the fire stations")]
    [InlineData("Next it will be the allotments, then the parks, then the playgrounds.", "the allotments, then the parks, then the playgrounds")]
    // "first" may follow the future as well as open the list (issue 16, topics7).
    [InlineData("Once the fund moves in, it will be first the season tickets, then the ground's name, then the club itself.", "the season tickets, then the ground's name, then the club itself")]
    [InlineData("The ransomware gang is not done with the hospital. First the cleaners, then the porters, then the nurses.", "the cleaners, then the porters, then the nurses")]
    public void Flags_domino_lists_of_successive_targets(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1006", text));

    [Fact]
    public void A_domino_list_is_named_as_one_and_a_chain_as_a_chain()
    {
        Assert.Equal("'Today the tram depot, tomorrow every bus shelter in Marlow' treats each target as the next to fall; each link needs its own evidence, and their odds multiply",
            Single("RH1006", "Today the tram depot, tomorrow every bus shelter in Marlow.").Message);
        Assert.StartsWith("'could arm the militias, and could set the region ablaze' chains steps to a catastrophe;",
            Single("RH1006", "If sanctions lapse, Kestria could rebuild its reactors, could arm the militias, and could set the region ablaze.").Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Today it is raining in Leeds, tomorrow every county will be dry.")]
    [InlineData("Today the museum opens its doors, tomorrow the gardens.")]
    [InlineData("We toured Rome, then Florence, then Venice.")]
    [InlineData("First add the flour, then the eggs, then the milk.")]
    [InlineData("The order is: first the flour, then the eggs, and finally the milk.")]
    [InlineData("After lunch, coffee; after coffee, a walk in the park with friends.")]
    [InlineData("We drove south. After Arles, Nimes; after Nimes, Uzes.")]
    [InlineData("The order of service is simple: first the hymns, then the readings, then the sermon.")]
    [InlineData("First the soup, then the fish, then the pudding.")]
    [InlineData("At the Dunmore supper it will be first a soup, then a fish, then a pudding.")]
    [InlineData("“Today the depot, tomorrow every station,” the organiser said.")]
    public void Does_not_flag_forecasts_itineraries_agendas_instructions_or_quotes(string text) =>
        Assert.Empty(Flagged("RH1006", text));

    [Theory]
    [InlineData("Let the bypass open and first the bakeries close, then the pubs, then the village school.", "the bakeries close, then the pubs, then the village school")]
    [InlineData("Once the depot goes, the buses follow, and the whole valley empties.", "the depot goes, the buses follow, and the whole valley empties")]
    [InlineData("Cap the feed-in tariff and the small co-ops fold, the installers go under and the rooftop market withers.", "the small co-ops fold, the installers go under and the rooftop market withers")]
    [InlineData("Sell the county paper to a fund and the court reporters go, then the council desk, then the whole newsroom dies.", "the court reporters go, then the council desk, then the whole newsroom dies")]
    [InlineData("If the maternity ward shuts, the midwives leave, the clinic follows and the town's young families vanish.", "the maternity ward shuts, the midwives leave, the clinic follows and the town's young families vanish")]
    [InlineData("Allow the squats to stay, and the smugglers follow, then the thieves, then the shopkeepers leave.", "the smugglers follow, then the thieves, then the shopkeepers leave")]
    [InlineData("Once the turbines go up, the walkers go, then the guest houses, then the hamlet itself.", "the walkers go, then the guest houses, then the hamlet itself")]
    [InlineData("Sign the franchise away and the junior squads go, then the reserve side, then the rugby club itself.", "the junior squads go, then the reserve side, then the rugby club itself")]
    public void Flags_a_domino_of_closures_in_the_writers_voice(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1006", text));

    [Fact]
    public void Flags_targets_said_to_follow_a_first_loss() =>
        Assert.Equal(["the dairies, the abattoirs and the feed merchants will follow"],
            Flagged("RH1006", "Let the creamery go under and the rest is certain: the dairies, the abattoirs and the feed merchants will follow."));

    [Theory]
    [InlineData("At the fire drill, first the juniors leave, then the seniors, then the staff.")]
    [InlineData("In March the Orrin mill closed, then the bakery, then the village school.")]
    [InlineData("The east gate closes at 18:00, then the west gate, then the car park.")]
    [InlineData("After the toasts, the guests go, then the band, then the hosts themselves.")]
    [InlineData("Once the turbines go up, the walkers go, then the guest houses, then the hamlet.")]
    [InlineData("“Once the depot goes, the buses follow, and the whole valley empties,” the councillor told the meeting.")]
    [InlineData("It is not true that once the depot goes, the buses follow, and the whole valley empties.")]
    [InlineData("The sauce thickens, the onions soften and the stock reduces.")]
    [InlineData("The grass withers, the streams empty and the cattle die.")]
    [InlineData("In a long drought the grass withers, the streams empty and the cattle die.")]
    [InlineData("Other lenders, the building societies and the credit unions will follow suit.")]
    [InlineData("The clinics, the libraries and the depots will follow the new guidance.")]
    public void Does_not_flag_timetables_past_narrative_quotes_or_other_verbs(string text) =>
        Assert.Empty(Flagged("RH1006", text));

    [Theory]
    [InlineData("Fit a meter to every tap today, and tomorrow it is a charge for rainwater, then a tax on gardens, then rationed baths.", "tomorrow it is a charge for rainwater, then a tax on gardens, then rationed baths")]
    [InlineData("Today it's a camera on the ring road; tomorrow it's a tracker in every car, then a fee for every mile, then a curfew for old vans.", "tomorrow it's a tracker in every car, then a fee for every mile, then a curfew for old vans")]
    [InlineData("Today it is a gene lab on the edge of town; tomorrow it is a pandemic.", "tomorrow it is a pandemic")]
    public void Flags_a_slope_from_today_to_tomorrow(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1006", text));

    [Theory]
    [InlineData("Today it is cloudy, and tomorrow it is rain, then sleet, then snow.")]
    [InlineData("Today it is the museum; tomorrow it is the gardens.")]
    [InlineData("Today the club trains indoors, and tomorrow every squad will be back on the grass.")]
    [InlineData("Today it is a flood warning; tomorrow it is a flood alert for the lower valley.")]
    public void Does_not_flag_weather_itineraries_or_forecasts_with_a_subject(string text) =>
        Assert.Empty(Flagged("RH1006", text));

    // Losing one thing after another, forecast: other towns, verbs and objects than the documents it was read from.
    [Theory]
    [InlineData("If the grant is cut, the valley will lose its bus, then its school, then its surgery.", "lose its bus, then its school, then its surgery")]
    [InlineData("If fares rise again, the college will soon be unable to afford the night classes, then the library, then the nursery.", "unable to afford the night classes, then the library, then the nursery")]
    [InlineData("If the bank branch shuts, the village will lose its post office, then its pharmacy, then its pub.", "lose its post office, then its pharmacy, then its pub")]
    [InlineData("Unless the levy passes, the county could forfeit its ferries, then its libraries, and finally its youth clubs.", "forfeit its ferries, then its libraries, and finally its youth clubs")]
    [InlineData("Once the mill goes, the weavers will be unable to afford their rent, then their heating, then their food.", "unable to afford their rent, then their heating, then their food")]
    public void Flags_a_forecast_of_losing_one_thing_after_another(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1006", text));

    [Theory]
    [InlineData("The museum will close the east wing, then the library, then the café for refurbishment.")]
    [InlineData("First chop the onions, then the carrots, then the celery.")]
    [InlineData("If it rains, we will visit the castle, then the abbey, then the harbour.")]
    [InlineData("If the line is busy, the engineers will close gate 2, then gate 3, then gate 4.")]
    [InlineData("“If the grant is cut, the valley will lose its bus, then its school, then its surgery,” the mayor said.")]
    [InlineData("The band can afford a van, then a studio, then a tour.")]
    [InlineData("If the rain held, the side lost the first set, then the second, then the match.")]
    [InlineData("She worked first in Leeds, then in Paris, then in Lyon.")]
    public void Does_not_flag_plans_recipes_itineraries_schedules_quotes_or_past_losses(string text) =>
        Assert.Empty(Flagged("RH1006", text));

    // A condition does not make a plan a loss: a deliberate act of the subject (close, cut, scrap, abandon) is a plan,
    // and a place, a step or a sensation is nothing the subject holds.
    [Theory]
    [InlineData("If it rains, organisers will close the terrace, then the garden, then the car park.")]
    [InlineData("If the works overrun, the council will close the north lane, then the south lane, then the footbridge.")]
    [InlineData("Once the dough has risen, you will cut the strips, then the rounds, then the plaits.")]
    [InlineData("If the strike goes ahead, the airline will cut flights to Rome, then Paris, then Madrid.")]
    [InlineData("Once the season ends, the zoo will close its aviary, then its reptile house, then its kiosk.")]
    [InlineData("Once the subsidy goes, the farmers will sacrifice the hedges, then the orchards, and finally the meadows.")]
    [InlineData("If you book late, you will lose the window seat, then the aisle, then the flight.")]
    [InlineData("Once inside the forest, walkers will lose the traffic noise, then the phone signal, then all sense of time.")]
    [InlineData("If the band tours, fans will lose sleep, then money, then their voices.")]
    [InlineData("If the matinee sells out, latecomers will lose the front rows, then the stalls, then the balcony.")]
    [InlineData("If the bonus is late, I can afford the cinema, then the bus, then the takeaway.")]
    public void Does_not_flag_deliberate_acts_or_losses_of_nothing_held(string text) =>
        Assert.Empty(Flagged("RH1006", text));

    // A list of targets taken in turn beside the writer's claim that the process runs on (issue 16: topics5, topics6).
    [Theory]
    [InlineData("Do not be fooled about where this ends. First the bandstand, then the lido, then the Saturday market on Quay Lane, and by spring Pellow will be a town of empty squares.", "the bandstand, then the lido, then the Saturday market on Quay Lane")]
    [InlineData("The trust won't stop at the reading rooms. Next it's the mobile library, then the archive, and then a county with no public books at all.", "the mobile library, then the archive, and then a county with no public books at all")]
    [InlineData("First it's a fee for the car park, then it's a charge for the footpath, then it's a ticket to walk your own dog. That is where this ends.", "a fee for the car park, then it's a charge for the footpath, then it's a ticket to walk your own dog")]
    [InlineData("The direction of travel is obvious. The sequence has begun: first the cottage hospital, then the minor injuries unit, then the ambulance station.", "the cottage hospital, then the minor injuries unit, then the ambulance station")]
    [InlineData("The gangs won't stop at the car parks. Next it's the bus station, then the school gates, and then every street in Carrow.", "the bus station, then the school gates, and then every street in Carrow")]
    public void Flags_a_target_list_the_writer_frames_as_a_path(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1006", text));

    [Theory]
    // The same lists with no frame: an agenda, a tour, a menu.
    [InlineData("The evening is planned. First the speeches, then the awards, then the buffet in the long hall.")]
    [InlineData("Next it's the harbour, then the castle, and then a boat trip round the headland.")]
    // A frame beside a list with a figure (a timetable), a quoted list, and a frame far from the list.
    [InlineData("There is no going back after this rain: first the 10k run, then the parade, then the fireworks.")]
    [InlineData("This is only the beginning of the festival: first the speeches, then the parade, then the fireworks.")]
    [InlineData("“Where this ends is obvious: first the bandstand, then the lido, then the market,” a stallholder said.")]
    [InlineData("Nobody knows where this ends. The mayor spoke for an hour. Ticket sales were good. First the speeches, then the awards, then the buffet.")]
    [InlineData("The board's agenda is set: first the accounts, then the vote, then the recess.")]
    [InlineData("Police searched first the garage, then the shed, then the loft, and found nothing.")]
    [InlineData("“Next it's the doorbell cameras, then the smart meters, then a microphone in every kitchen, and there is no going back,” the campaigner Ada Fenn said.")]
    public void Does_not_flag_a_target_list_without_a_frame_or_with_a_figure(string text) =>
        Assert.Empty(Flagged("RH1006", text));
}
