using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.ThreatInflation;

/// <summary>RH1003's dire forecast: a death or a loss stated as certain, sharpened by a deadline, totality or a collective.</summary>
public class DireForecastTests
{
    [Theory]
    // A death of a collective.
    [InlineData("Close the maternity unit and mothers will die on the motorway.", "will die")]
    [InlineData("People will die in the corridors of the Penwick infirmary.", "will die")]
    // A state of death or loss with a deadline and a collective or a totality.
    [InlineData("Within three years every village post office will be dead.", "Within three years every village post office will be dead")]
    [InlineData("The best surgeons at Orrin General will all be gone by April.", "will all be gone by April")]
    // The future perfect states the loss as complete; the deadline is part of the claim, not a figure for it.
    [InlineData("Give a toddler a tablet and you will have lost her by seven.", "will have lost her by seven")]
    // The conditional conjunction: the loss follows as surely as "and".
    [InlineData("Sign this treaty, and we lose everything.", "we lose everything")]
    public void Flags_a_dire_forecast(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    // Weather and sport.
    [InlineData("The rain will ruin the fete.")]
    [InlineData("United will lose on Saturday.")]
    [InlineData("Rovers will lose the final by a distance.")]
    [InlineData("The frost will kill the seedlings by Friday.")]
    // Scheduled facts and one thing's end.
    [InlineData("The plant will close in May, the company said.")]
    [InlineData("Whatever happens, the old pier will be gone within a year.")]
    [InlineData("The phone battery will be dead within hours.")]
    [InlineData("The old bridge will be destroyed by Friday.")]
    // Sourced projections, figures, comparisons and years.
    [InlineData("The Penwick health board projects that 40 patients a year will die waiting for transfers, according to its annual review.")]
    [InlineData("Antibiotic-resistant infections will kill more people than road accidents.")]
    [InlineData("Every coal mine in the valley will be gone by 2031.")]
    // Quoted, rebutted, hedged and private.
    [InlineData("“People will die on the ring road,” said Councillor Ada Penrose.")]
    [InlineData("People will probably die in the corridors this winter.")]
    [InlineData("He will die within weeks without the transplant.")]
    [InlineData("Once infected, some patients will die within two days.")]
    // Past narrative and neutral threat.
    [InlineData("People died in ambulances on the ring road in 2019.")]
    [InlineData("The threat of rain hangs over the fete.")]
    // A loss with only one marker, a collective that does not head the phrase, and a pledge.
    [InlineData("The summer storms will ruin the village fete.")]
    [InlineData("Within three years the village post office will be dead.")]
    [InlineData("The club will lose everything it built if the owner sells.")]
    [InlineData("We will destroy every one of them by Christmas.")]
    public void Does_not_flag_forecasts_that_are_news_sport_sourced_or_single(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    [Theory]
    // An end state after "will be" with a collective, a totality, a duration or a deadline (three topics each).
    [InlineData("Local news in Dunmore will be over for good.", "will be over for good")]
    [InlineData("Once the mine shuts, the valley will be over for good.", "will be over for good")]
    [InlineData("By spring every farm in the Ostry basin will be unrecognisable.", "By spring every farm in the Ostry basin will be unrecognisable")]
    // "too late" takes its victim after "for".
    [InlineData("It will be too late for a whole generation of pupils.", "will be too late for a whole generation of pupils")]
    [InlineData("When the mill closes, it will be too late for an entire town.", "will be too late for an entire town")]
    [InlineData("It will be too late for every family on the estate.", "will be too late for every family on the estate")]
    // A place made unfit to live in, with a deadline.
    [InlineData("Within a decade the Marren coast will be uninhabitable.", "Within a decade the Marren coast will be uninhabitable")]
    [InlineData("By summer the Lanvey estuary will be uninhabitable.", "By summer the Lanvey estuary will be uninhabitable")]
    [InlineData("Within a year the Pellow marshes will be uninhabitable.", "Within a year the Pellow marshes will be uninhabitable")]
    public void Flags_an_end_state_forecast(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    [InlineData("The Welsh language will not survive the century.", "will not survive the century")]
    [InlineData("Free speech won't last the decade under this law.", "won't last the decade")]
    [InlineData("Trust in the currency will not survive the decade.", "will not survive the decade")]
    [InlineData("The very idea of a common record will not survive the decade.", "will not survive the decade")]
    public void Flags_a_negated_survival_of_what_is_held_in_common(string text, string expected) =>
        Assert.Equal([expected], FlaggedAlone("RH1003", text));

    [Theory]
    [InlineData("The mining towns of Ardle will never recover.", "will never recover")]
    [InlineData("Public trust in the courts will never recover from this.", "will never recover")]
    [InlineData("Every shop on the Marlow parade will never recover.", "will never recover")]
    [InlineData("Our high streets will never recuperate.", "will never recuperate")]
    public void Flags_a_recovery_that_will_never_come_for_a_collective(string text, string expected) =>
        Assert.Equal([expected], FlaggedAlone("RH1003", text));

    [Theory]
    // One person's prognosis, a timetable ("not" with a date), a hedge, a counted or partial subject.
    [InlineData("He will never recover from the fall.")]
    [InlineData("Dana Voss will never recover her old form.")]
    [InlineData("The mining towns of Ardle won't recover by the weekend.")]
    [InlineData("The mining towns of Ardle may never recover.")]
    [InlineData("Some of the mining towns will never recover.")]
    [InlineData("The stolen paintings will never be recovered.")]
    public void Does_not_flag_a_recovery_of_one_person_a_timetable_or_a_hedge(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    [Theory]
    [InlineData("There will never be another free press in this province.", "There will never be another free press in this province")]
    [InlineData("There won't be another local paper in the county.", "There won't be another local paper in the county")]
    [InlineData("There'll never be another family farm in the valley.", "There'll never be another family farm in the valley")]
    public void Flags_no_other_one_for_a_collective(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    // Schedules, commerce and idioms: an end with one mark, or "over" as a preposition.
    [InlineData("The summer sale will be over on Friday.")]
    [InlineData("The season will be finished by May.")]
    [InlineData("The roadworks will be finished by June.")]
    [InlineData("Everyone will be over the moon by Christmas.")]
    [InlineData("It will be too late for the harvest.")]
    [InlineData("By the time the report is out, it will be too late.")]
    // One home made unfit to live in is one household's loss.
    [InlineData("The flat will be uninhabitable within weeks.")]
    // Survival of a person, a plant, a building or a team: a prognosis or sport; survival with no era or deadline.
    [InlineData("The manager will not survive the week.")]
    [InlineData("The tomato plants will not survive the winter.")]
    [InlineData("He will not survive the decade.")]
    [InlineData("The coalition will not survive the summer.")]
    [InlineData("The old pier will not survive the decade.")]
    [InlineData("The Welsh language will survive the century.")]
    [InlineData("Free speech will not last.")]
    // Praise and a timetable: "another" compared with the last one, a person, a service.
    [InlineData("There will never be another player like her.")]
    [InlineData("There will never be another Carla Mendes.")]
    [InlineData("There will never be another album as good as this one.")]
    [InlineData("There will never be another bus to the village on Sundays.")]
    public void Does_not_flag_ends_that_are_schedules_praise_or_one_thing(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    [Theory]
    // A negated outcome keeps its negation in the rewrite: "could survive the decade" would state the opposite.
    [InlineData("The Welsh language will not survive the century.", "might not survive the century")]
    [InlineData("Free speech won't last the decade under this law.", "might not last the decade")]
    [InlineData("Public trust will never outlast the decade.", "might never outlast the decade")]
    [InlineData("There will never be another free press in this province.", "there might never be another free press in this province")]
    [InlineData("There won't be another local paper in the parish.", "there might not be another local paper in the parish")]
    [InlineData("Most high-street banks won't exist in ten years.", "might not exist in ten years")]
    [InlineData("Most high-street banks will no longer exist in ten years.", "might no longer exist in ten years")]
    // An outcome that is no negation stays a "could".
    [InlineData("Within three years every village post office will be dead.", "could be dead")]
    [InlineData("Most high-street banks will cease to exist within a decade.", "could cease to exist within a decade")]
    public void The_rewrite_keeps_the_forecasts_polarity(string text, string outcome) =>
        Assert.Equal($"{outcome}; [source] puts the likelihood at [estimate]", Assert.Single(Assert.Single(Alone("RH1003", text)).Rewrites[0].Changes).NewText);

    [Theory]
    // The end of a harm is hope: a disease, a poison, a hazard, a crime or a war heads the object or the subject.
    [InlineData("The vaccine will wipe out measles in the region within a decade.")]
    [InlineData("The new drug will kill every infection in the country within a year.")]
    [InlineData("The ceasefire will end the war in the whole region.")]
    [InlineData("The patrols will destroy every drug cartel in the county within a year.")]
    [InlineData("The spraying will destroy every poison in the soil within a year.")]
    [InlineData("Every infection on the ward will be gone within a month.")]
    [InlineData("Every pollutant in the river will be gone within a decade.")]
    public void Does_not_flag_the_end_of_a_harm(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    [Theory]
    // Near misses: the harm is the subject, or it is named only after the victim that heads the object.
    [InlineData("Cholera will wipe out every village in the region within a decade.", "will wipe out every village")]
    [InlineData("The new levy will destroy every family farm in the flood zone.", "will destroy every family farm")]
    public void Flags_a_ruin_whose_object_is_a_victim_even_beside_a_harm(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    // A loss of a collective or of everything stated as the price of inaction (issue 16's construction): a negated
    // "if", "unless", failing, letting a state go on, permission, idleness; preposed or after the forecast.
    [InlineData("Unless the assembly funds the ferries, the island communities will be finished.", "will be finished")]
    [InlineData("If the regulator keeps looking away, our family farms will disappear.", "will disappear")]
    [InlineData("If nobody buys a paper, local journalism in the valley will be gone.", "will be gone")]
    [InlineData("If the health board fails to act, the hill villages will all be gone.", "will all be gone")]
    [InlineData("Our fishing villages will be finished if Westminster sits idly by.", "will be finished")]
    [InlineData("If the governor sits on his hands, the mountain villages will vanish.", "will vanish")]
    [InlineData("If the ministry lets the quarries run on, our family farms will disappear.", "will disappear")]
    [InlineData("If the landlords are allowed to carry on, working families will disappear from the old quarter.", "will disappear")]
    public void Flags_a_loss_stated_as_the_price_of_inaction(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    // The same losses with one mark and no condition, or with a condition that is an event rather than inaction.
    [InlineData("The island communities will be finished.")]
    [InlineData("Our family farms will disappear.")]
    [InlineData("If the board approves the merger, our family farms will disappear.")]
    [InlineData("Our fishing villages will be finished if the quota rises.")]
    // Inaction with no collective and no totality: procedure, gardening, lost property, a sale.
    [InlineData("If the form is not returned by Friday, the grant will be lost.")]
    [InlineData("If you don't water them, the tomato plants will die.")]
    [InlineData("If nobody claims it, the umbrella will be gone by Monday.")]
    [InlineData("If we don't hurry, the tickets will be gone.")]
    [InlineData("If we don't hurry, the tickets will all be gone.")]
    [InlineData("If you do not book today, every seat will be gone by noon.")]
    // Permission of an event, not of an action going on.
    [InlineData("If the council allows the merger, our family farms will disappear.")]
    // Hedged, quoted and asked.
    [InlineData("If the regulator keeps looking away, our family farms could disappear.")]
    [InlineData("“If the regulator keeps looking away, our family farms will disappear,” said Councillor Mira Holt.")]
    [InlineData("If the regulator keeps looking away, will our family farms disappear?")]
    public void Does_not_flag_a_loss_without_a_condition_of_inaction_or_a_collective(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    [Theory]
    // The death of a practice, a right or an institution a society holds, named as a kind (a bare noun phrase).
    [InlineData("Within three years public broadcasting will be dead in the republic.", "Within three years public broadcasting will be dead")]
    [InlineData("If nothing changes, within a decade collective bargaining will be dead.", "within a decade collective bargaining will be dead")]
    [InlineData("By next spring local journalism will be dead in the Fenmoor valley.", "By next spring local journalism will be dead")]
    // A kind named by "of" or "by" and a bare noun after the head.
    [InlineData("If the bill passes, within five years freedom of assembly will be dead.", "within five years freedom of assembly will be dead")]
    public void Flags_the_death_of_a_practice_with_a_deadline(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    // One instance's end is news; a bare plural is one negotiation or one set of things; a feeling is no practice.
    [InlineData("By Friday the deal will be dead.")]
    [InlineData("Within weeks the bill will be dead.")]
    [InlineData("Within two years jury trials will be dead.")]
    [InlineData("Within a year hope will be dead.")]
    // A bare head is as often a mood or the state of one contest as a practice.
    [InlineData("Without a buyer, by spring interest will be dead.")]
    [InlineData("Within a week, conversation will be dead at the summit.")]
    [InlineData("By the end of the season, competition will be dead at the top.")]
    [InlineData("Within a month, goodwill will be dead at the ministry.")]
    // A comparison with one person names people of a kind, not a collective.
    [InlineData("Within a decade, people like my grandmother will be gone from the village.")]
    [InlineData("Within ten years, farmers like him will be gone from the Orrin valley.")]
    // A schedule, a battery, a sale, a source and a hedge.
    [InlineData("Construction will be finished by May.")]
    [InlineData("My phone will be dead within hours.")]
    [InlineData("Tickets will be gone by Friday.")]
    [InlineData("Analysts at the Orrin Institute expect that within three years public broadcasting will be dead.")]
    [InlineData("Within three years public broadcasting may well be dead.")]
    public void Does_not_flag_the_end_of_an_instance_a_schedule_or_a_hedge(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    [Theory]
    // A class named by a comparison ("towns like ours") is a collective: its head is before "like".
    [InlineData("Within five years villages like Tarnby will be unrecognisable.", "Within five years villages like Tarnby will be unrecognisable")]
    [InlineData("Within a decade cities like ours will be unrecognisable.", "Within a decade cities like ours will be unrecognisable")]
    [InlineData("Within ten years families like ours will be gone from the Orrin valley.", "Within ten years families like ours will be gone")]
    public void Flags_a_loss_of_a_class_named_by_a_comparison(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    // An era named as the time of a death: the end is as fixed as a date, and the year is the era, not a projection.
    [InlineData("Should the charter lapse, 2031 will be the year free speech dies in Ostland.", "2031 will be the year free speech dies")]
    [InlineData("This will be the decade the family farm dies.", "This will be the decade the family farm dies")]
    [InlineData("Next year will be the year local radio dies.", "Next year will be the year local radio dies")]
    // A bare abstraction: the era makes its end a society's without a modifier to name its kind.
    [InlineData("Unless the charter is renewed, 2031 will be the year privacy dies in Ostland.", "2031 will be the year privacy dies")]
    [InlineData("This will be the decade literacy dies on the Carrow coast.", "This will be the decade literacy dies")]
    public void Flags_an_era_named_for_the_death_of_what_is_held_in_common(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    // A person, a plant, a harm, an instance, an event that ends, a hope, a question, a negation, a hedge and a source.
    [InlineData("2031 will be the year my grandmother dies.")]
    [InlineData("Saturday will be the day the old oak dies.")]
    [InlineData("Next year will be the year the virus dies out.")]
    [InlineData("2031 will be the year the village school dies.")]
    [InlineData("Tomorrow will be the day the festival ends.")]
    // A day, a week or a season is a fixture's time, not an era.
    [InlineData("Friday will be the day interest disappears from the tie.")]
    [InlineData("This will be the week local radio dies.")]
    [InlineData("Next spring will be the season rural banking dies.")]
    // Outside the era frame a bare abstraction is a mood or one contest's state; a bare plural is one negotiation's end.
    [InlineData("By the second half, interest will be dead at the Orrin ground.")]
    [InlineData("2031 will be the year talks die.")]
    [InlineData("The bill died in committee last week.")]
    [InlineData("This will be the year our team finally wins.")]
    [InlineData("Will 2031 be the year local radio dies?")]
    [InlineData("2031 will not be the year local radio dies.")]
    [InlineData("2031 may be the year local radio dies.")]
    [InlineData("The Orrin Institute's forecast says 2031 will be the year local radio dies.")]
    public void Does_not_flag_an_era_of_a_private_end_a_hope_or_a_hedged_end(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    [Theory]
    // A collective or an institution forecast unable to act, with a deadline or a totality (economy, sport, media, climate).
    [InlineData("Within a year the Ostland Treasury will be unable to meet its debts.", "Within a year the Ostland Treasury will be unable to meet its debts")]
    [InlineData("Within a season every club in the Carrow league will be unable to pay its players.", "Within a season every club in the Carrow league will be unable to pay its players")]
    [InlineData("By spring the county council will no longer be able to fund a single library.", "By spring the county council will no longer be able to fund a single library")]
    [InlineData("Within a decade the delta's villages won't be able to grow their own food.", "Within a decade the delta's villages won't be able to grow their own food")]
    public void Flags_the_inability_of_a_collective(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    // Sourced, reported, hedged, undated, dated by a year with a figure, one person's, counted.
    [InlineData("Within a year the Ostland Treasury will be unable to meet its debts, the Audit Office said.")]
    [InlineData("Critics claim that within a year the county council will be unable to pay its staff.")]
    [InlineData("The county council will probably be unable to fund the library within a year.")]
    [InlineData("The county council will be unable to fund the new library.")]
    [InlineData("By 2030 the pension fund will be unable to pay 40% of its bills.")]
    [InlineData("The minister will be unable to attend the summit within a week.")]
    [InlineData("Three hundred households will be unable to heat their homes within a month.")]
    public void Does_not_flag_an_inability_that_is_sourced_hedged_undated_or_one_persons(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    [Theory]
    // A day, a week or one month is the date a service notice gives for a closure or a change of staff (courts, clinics,
    // schools, sport), not a forecast's horizon.
    [InlineData("By Thursday the court will be unable to hear the case because the judge is ill.")]
    [InlineData("Within days the Harrow Road surgery will be unable to see patients without an appointment.")]
    [InlineData("Within a week the town's schools will be unable to open because teachers are on strike.")]
    [InlineData("By Friday the league will no longer be able to postpone matches for international call-ups.")]
    [InlineData("By next week the water company will be unable to guarantee supplies to the hill farms.")]
    [InlineData("Within a month the primary school will no longer be able to use its temporary classrooms.")]
    [InlineData("By Monday there will be no such thing as a night porter at the Harrow Road clinic.")]
    [InlineData("Within a week there will be no such thing as a ticket inspector on the Eastgate line.")]
    public void Does_not_flag_an_inability_or_an_absence_on_a_notices_date(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    [Theory]
    // An inability that lasts while building work is done or goes on is a notice of the works (issue 16): "while",
    // "until" or "because" with a verb of repair or building in the passive or the progressive, "re-" included.
    [InlineData("By spring the rugby club will be unable to play home games at Tarn Meadow while the pitch is relaid.")]
    [InlineData("Within a year the county council will be unable to open the Dale Street library until the roof is rebuilt.")]
    [InlineData("By next winter the health board will no longer be able to use the east wing because it is being refurbished.")]
    [InlineData("By the autumn the Orrin ferry company will be unable to sail from the north quay while contractors are repairing the slipway.")]
    public void Does_not_flag_an_inability_for_the_length_of_building_work(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    [Theory]
    // Near misses: a cause that is no work, and work already done, leave the forecast.
    [InlineData("By spring the rugby club will be unable to play home games at Tarn Meadow because its grant is cut.", "By spring the rugby club will be unable to play home games at Tarn Meadow")]
    [InlineData("By spring the rugby club will be unable to play home games at Tarn Meadow because it has built a new stand.", "By spring the rugby club will be unable to play home games at Tarn Meadow")]
    public void Flags_an_inability_whose_cause_is_no_work_under_way(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    // Months, a season or longer is a forecast's horizon.
    [InlineData("Within months the health board will be unable to cope.", "Within months the health board will be unable to cope")]
    [InlineData("By next winter the health board will no longer be able to staff its night wards.", "By next winter the health board will no longer be able to staff its night wards")]
    [InlineData("By the end of the decade the county council will be unable to pay its pensions.", "By the end of the decade the county council will be unable to pay its pensions")]
    public void Flags_an_inability_on_a_forecasts_horizon(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    // A whole people made unable, as a large collective with a relative clause of inability.
    [InlineData("Within ten years the Carrow coast will have a generation who cannot swim.", "Within ten years the Carrow coast will have a generation who cannot swim")]
    [InlineData("Within five years these feeds will have produced a country of voters who cannot spot a lie.",
        "Within five years these feeds will have produced a country of voters who cannot spot a lie")]
    [InlineData("Unless the mills reopen, the closures will have left a whole town that cannot pay its rent.", "will have left a whole town that cannot pay its rent")]
    public void Flags_a_collective_made_unable(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    // No large collective, a passive of praise, a hedge, no second mark.
    [InlineData("The academy will have a squad of players who cannot defend.")]
    [InlineData("Within a year the school will have a class of pupils who cannot swim.")]
    [InlineData("We will raise a generation that cannot be bought.")]
    [InlineData("Within five years we may have a generation who cannot swim.")]
    [InlineData("The new curriculum will produce a generation that cannot spell.")]
    public void Does_not_flag_a_collective_made_unable_without_a_second_mark(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    [Theory]
    // A lost generation (issue 16): an age cohort forecast never to reach a good of an ordinary life, as the subject or in a
    // relative clause on it; "never" is the totality, the cohort the collective.
    [InlineData("A generation of young nurses will never own a flat.", "A generation of young nurses will never own a flat")]
    [InlineData("Unless the libraries reopen, Carrow is raising a generation that will never read a long novel.", "a generation that will never read a long novel")]
    [InlineData("Harlow is ten years away from a generation who will never own anything.", "a generation who will never own anything")]
    [InlineData("An entire generation of Tamsin graduates will never retire.", "An entire generation of Tamsin graduates will never retire")]
    // The first cohort to lose the good, the writer's own included (ti-fixes).
    [InlineData("We are the first generation that will never retire.", "the first generation that will never retire")]
    [InlineData("Young nurses in Carrow are the first generation who will never own a flat.", "the first generation who will never own a flat")]
    public void Flags_a_lost_generation(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    // Near misses: memory or a harm never known, the writer's own or a definite cohort, a hedge, a timetable, a product
    // line, a quotation, a report with its figure and source, a dated past.
    [InlineData("A generation that will never forget the flood is growing up in Carrow.")]
    [InlineData("We are raising a generation that will never know war.")]
    [InlineData("My generation will never own a flat.")]
    [InlineData("The next generation will never own a flat.")]
    [InlineData("A generation of young nurses may never own a flat.")]
    [InlineData("A generation of nurses will not read the new guidance by Friday.")]
    [InlineData("A generation of tablets that will never read the old memory cards is on sale in Orrin.")]
    [InlineData("“A generation of young nurses will never own a flat,” the union leader told the conference.")]
    [InlineData("A generation of young nurses will never own a flat on current pay, the Carrow Housing Trust found, putting the median deposit at 11 years of savings.")]
    [InlineData("In 1850 the famine left a generation that would never own land.")]
    [InlineData("We are the first generation that will never forget the flood.")]
    [InlineData("We may be the first generation that will never retire.")]
    public void Does_not_flag_a_cohort_that_keeps_a_memory_is_hedged_quoted_or_past(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    [Theory]
    // A kind of person, a collective or a practice forecast out of existence by a deadline.
    [InlineData("Within a decade there will be no such thing as a local reporter.", "Within a decade there will be no such thing as a local reporter")]
    [InlineData("Within a generation there will be no such thing as a village umpire.", "Within a generation there will be no such thing as a village umpire")]
    [InlineData("By next summer there will be no such thing as an inshore fisherman on the Tamsin.", "By next summer there will be no such thing as an inshore fisherman on the Tamsin")]
    [InlineData("Within a decade there will be no such thing as collective bargaining.", "Within a decade there will be no such thing as collective bargaining")]
    public void Flags_a_kind_forecast_out_of_existence(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    // A thing, a pledge with no deadline, a year with a source, a harm, a hedge.
    [InlineData("Within a year there will be no such thing as a paper ticket.")]
    [InlineData("Under this law there will be no such thing as a second-class citizen.")]
    [InlineData("By 2030 there will be no such thing as a coal miner in the valley, the plan says.")]
    [InlineData("Within a decade there will be no such thing as malaria in the delta.")]
    [InlineData("Within five years there may be no such thing as a local reporter.")]
    public void Does_not_flag_a_negated_existence_of_a_thing_a_harm_or_without_a_deadline(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    [Theory]
    // A discipline in -ics is a singular practice, not a bare plural.
    [InlineData("Within a decade university mathematics will be dead.", "Within a decade university mathematics will be dead")]
    [InlineData("If the grants stop, theoretical linguistics will be dead within a generation.", "will be dead within a generation")]
    // A discipline listed as its own noun is not read as the plural of another ("physics" is no plural of "physic").
    [InlineData("Within a decade Europe's physics will be dead.", "Within a decade Europe's physics will be dead")]
    public void Flags_the_death_of_a_discipline_with_a_deadline(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    // A place's possessive before a practice is its owner as a society is (the gazetteer or WordNet knows the place).
    [InlineData("Europe's mathematics will be dead within a decade.", "will be dead within a decade")]
    [InlineData("Within a decade Britain's local journalism will be dead.", "Within a decade Britain's local journalism will be dead")]
    public void Flags_the_death_of_a_places_practice(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    // A person's possessive makes the practice one owner's: a career, a reputation, a campaign (issue 16).
    [InlineData("Verhoeven's career will be dead by Friday.")]
    [InlineData("Okafor's political career will be dead within a year.")]
    public void Does_not_flag_the_end_of_a_persons_practice(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    [Theory]
    // One mark only, and a bare plural that is no discipline.
    [InlineData("University mathematics will be dead.")]
    [InlineData("By Friday the club's hopes will be dead.")]
    public void Does_not_flag_a_discipline_with_one_mark_or_a_bare_plural(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    [Theory]
    // A state of ruin (WordNet's worthless, bankrupt, derelict, destitute …; a ghost town, rubble, ruins) of a stake — a
    // place, a community, an institution, an asset — is a worst case with no deadline (issue 16: flat futures).
    [InlineData("The Harwick pension fund will be worthless by the time our children retire.", "will be worthless by the time our children retire")]
    [InlineData("Our market towns will be deserted.", "will be deserted")]
    [InlineData("The parish council will be bankrupt within a year.", "will be bankrupt within a year")]
    [InlineData("If the levy goes through, the fishing villages of Corran will be in ruins.", "will be in ruins")]
    [InlineData("The county's farming communities will become destitute.", "will become destitute")]
    // No schedule makes a stake derelict, so a year leaves the forecast standing.
    [InlineData("Our village schools will be derelict by 2031.", "will be derelict")]
    // A season after "by" is a horizon, not a recurring time.
    [InlineData("Our market towns will be deserted by next summer.", "will be deserted by next summer")]
    public void Flags_a_state_of_ruin_of_a_stake(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    // A building, a firm or a side in that state is one owner's news.
    [InlineData("The old mill will be derelict by spring.")]
    [InlineData("The company will be bankrupt within a year.")]
    [InlineData("The firm will be insolvent by spring.")]
    // A state for an occasion or a while passes.
    [InlineData("The beaches will be deserted by Sunday.")]
    [InlineData("The ground floor will be derelict until the council finds a tenant.")]
    [InlineData("The market square will be deserted on Christmas Day.")]
    // A state that comes round with the day or the year passes too.
    [InlineData("The Pellow sands will be deserted in winter, as they are every year.")]
    [InlineData("The Ostry harbour town will be deserted in the evenings once the ferry stops.")]
    [InlineData("The hamlet of Brede will be deserted by nightfall as the evacuation order takes effect.")]
    // Hedged, sourced, reported, or told as history.
    [InlineData("The pension fund may be worthless within a decade.")]
    [InlineData("The pension fund will be worthless by 2040, the actuaries at Colm & Pryce estimate in their annual valuation.")]
    [InlineData("The Harwick trustees said the scheme will be worthless by 2040.")]
    [InlineData("By 1950 the village was deserted.")]
    // A disaster in the sentence makes the ruin literal.
    [InlineData("After the earthquake the old town will be rubble.")]
    public void Does_not_flag_a_state_of_ruin_of_no_stake_or_for_a_while(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    [Theory]
    // A loss on a plan's timetable ("under the consolidation plan") is a schedule, not a forecast.
    [InlineData("Within five years every bus depot in the county will be gone under the council's consolidation plan.")]
    [InlineData("Within five years the county will have no bus depots left under the consolidation plan.")]
    [InlineData("The old depot will be gone by spring under the redevelopment plan.")]
    public void Does_not_flag_a_loss_under_a_plan(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    [Theory]
    // The same losses with no plan are forecasts.
    [InlineData("Within five years every bus depot in the county will be gone.", "Within five years every bus depot in the county will be gone")]
    [InlineData("Within five years the county will have no bus depots left.", "Within five years the county will have no bus depots left")]
    public void Flags_the_same_loss_with_no_plan(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    // A state of death of a stake that never lived is its ruin, with no deadline.
    [InlineData("Our high street will be dead.", "will be dead")]
    [InlineData("The Tarn estuary will be dead.", "will be dead")]
    [InlineData("Local journalism in the county will be defunct.", "will be defunct")]
    [InlineData("Local radio in the valley will be dead if the licence fee goes.", "will be dead")]
    public void Flags_a_state_of_death_of_a_stake(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    // People (a death, scored as one), a group that is as often a thing or an evening, one instance, an occasion,
    // another word ("dead money"), a building.
    [InlineData("Patients will be dead.")]
    [InlineData("The phone line will be dead.")]
    [InlineData("The party will be dead by midnight.")]
    [InlineData("The deal will be dead by Friday.")]
    [InlineData("The town centre will be dead at night.")]
    [InlineData("The Harwick fund will be dead money.")]
    [InlineData("The old pier will be dead.")]
    public void Does_not_flag_a_state_of_death_of_no_stake(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    [Theory]
    // A universal that opens a subject longer than the six-word window still makes the set total (issue 16).
    [InlineData("Every public science lab in the county will be derelict.", "will be derelict")]
    [InlineData("Each public science lab in the county will be derelict.", "will be derelict")]
    public void Flags_a_universal_set_opening_a_long_subject(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    // The long subject's universal is no mark for a single thing, a timetable or a report.
    [InlineData("Every spare room in the old manor house on the hill will be derelict, the novel's narrator fears.")]
    [InlineData("The public science lab in the county will be derelict.")]
    [InlineData("Every public science lab in the county will be closed for the summer.")]
    [InlineData("Every public science lab in the county will be refurbished by 2027.")]
    [InlineData("Everyone agrees the public science lab in the county will be derelict.")]
    // A part ("not all", "nearly all") or the speakers ("we all", "they all") is no universal of the set.
    [InlineData("Not all the public science labs in the county will be derelict.")]
    [InlineData("Nearly all the public science labs in the county will be derelict.")]
    [InlineData("We all know the public science lab in the county will be derelict.")]
    [InlineData("They all said the public science lab in the county will be derelict.")]
    public void Does_not_flag_a_long_subject_without_a_universal_or_with_a_bound(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    [Theory]
    // A year is no timetable for a death of people or a destruction of a collective (issue 16).
    [InlineData("By 2030 people in the valley will die in their homes.", "will die")]
    public void Flags_a_death_or_a_destruction_of_a_collective_dated_by_a_year(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    // A year still schedules a loss, an end, a demolition, a plan and a measured projection.
    [InlineData("By 2030 every coal mine in the valley will be gone.")]
    [InlineData("By 2028 every tower block on the Marsh estate will be demolished.")]
    [InlineData("Under the regeneration plan, by 2030 the old bypass will destroy the village green's hedgerows.")]
    [InlineData("The county expects that by 2030 the new bypass will destroy the village.")]
    [InlineData("By 2030 heat will kill 300 people a year in the city, the Met Office projects.")]
    [InlineData("In 2019 floods killed people in the valley.")]
    [InlineData("By 2027 every school in the county will have a defibrillator.")]
    public void Does_not_flag_a_loss_a_demolition_or_a_plan_dated_by_a_year(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    [Theory]
    // Places of ruin from WordNet's districts and towns glossed by misery, poverty, danger or destruction (issue 16).
    [InlineData("Within a decade the old mill towns will be slums.", "Within a decade the old mill towns will be slums")]
    [InlineData("Within a decade our market towns will be a concrete jungle.", "Within a decade our market towns will be a concrete jungle")]
    public void Flags_a_stake_becoming_a_place_of_ruin(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    // Not a thing, a firm, an occasion, a quoted alarm, or a word read otherwise.
    [InlineData("The commute will be hell this week.")]
    [InlineData("The crowd will be wild.")]
    [InlineData("The old shed will be a danger zone until the roof is fixed.")]
    // A place of the mind or a bare area is a mood or a hazard, and a novel's city is told.
    [InlineData("Our high street will be the pits on Saturday with the roadworks.")]
    [InlineData("The council chamber will be a snake pit after the vote.")]
    [InlineData("The finish straight will be a danger zone if the rain keeps up, the race director warned.")]
    [InlineData("In the novel the city will be a slum by the time the narrator returns.")]
    [InlineData("\"The high street will be a slum,\" one trader claimed, though footfall rose last year.")]
    [InlineData("The hillside will be an inferno by the afternoon, firefighters warned.")]
    public void Does_not_flag_a_place_of_ruin_of_no_stake_or_of_an_occasion(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    [Theory]
    // A death said through its manner: an intransitive verb and the resultative "to death" (issue 16).
    [InlineData("Pensioners on the Marsh estate will freeze to death in their own homes this winter.", "will freeze to death")]
    [InlineData("Patients will bleed to death in the back of ambulances.", "will bleed to death")]
    [InlineData("The elderly will have frozen to death in their homes by February.", "will have frozen to death")]
    public void Flags_a_death_said_through_its_manner(string text, string expected) =>
        Assert.Contains(Flagged("RH1003", text), span => span.StartsWith(expected, StringComparison.Ordinal));

    [Theory]
    // An idiom of degree (an object between, or the passive), fiction, a rebutted alarm, a hedge, one person.
    [InlineData("The comedian's new routine will bore you to death.")]
    [InlineData("We will be bored to death by the third speech.")]
    [InlineData("The kids will love that puppy to death.")]
    [InlineData("The pundits will talk the transfer saga to death.")]
    [InlineData("In the novel, the climbers will freeze to death on the ridge unless the rescue party arrives.")]
    [InlineData("Some hikers could freeze to death if they ignore the warnings, the rescue team said.")]
    [InlineData("\"You will freeze to death out there,\" her mother joked as she left for the shops.")]
    public void Does_not_flag_a_manner_of_death_as_an_idiom_a_story_or_a_hedge(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    [Theory]
    // A closing made lasting by a denied return, of a building a community holds (issue 16).
    [InlineData("The village post office will close by Christmas, and it will never reopen.", "will close by Christmas")]
    [InlineData("The town's library will close within a year, and it will never reopen.", "will close within a year")]
    [InlineData("The village library will close for good.", "will close for good")]
    public void Flags_a_lasting_closure_of_a_community_building(string text, string expected) =>
        Assert.Contains(Flagged("RH1003", text), span => span.Contains(expected, StringComparison.Ordinal));

    [Theory]
    // A return that comes, a bounded closing, a plan, a successor, one owner's building, a return denied for a day.
    [InlineData("The village post office will close for the holidays and reopen on January 4.")]
    [InlineData("The old cinema will close by Christmas, and it will reopen as a theatre.")]
    [InlineData("The town's swimming pool will close in March and reopen as a leisure centre in the autumn.")]
    [InlineData("The village hall will be closed until the new roof is on.")]
    [InlineData("The town's museum will be closed for good, according to the council's approved budget plan.")]
    [InlineData("The old cinema will close for good.")]
    [InlineData("The bakery will never reopen on Sundays, the owner said.")]
    [InlineData("The town's bus station will close by June, replaced by a new interchange.")]
    [InlineData("The school's gym will close by Easter and reopen after the holidays.")]
    public void Does_not_flag_a_closure_that_passes_or_of_one_owner(string text) =>
        Assert.Empty(Flagged("RH1003", text));
}
