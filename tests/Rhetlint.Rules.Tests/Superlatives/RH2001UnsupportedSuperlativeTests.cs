using Microsoft.CodeAnalysis;
using Rhetlint.Core.Markup;
using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Superlatives;

public class RH2001UnsupportedSuperlativeTests
{
    [Theory]
    [InlineData("Ortega's plan is the most dangerous idea in the capital.", "the most dangerous idea")]
    [InlineData("This is the best budget the city has ever passed.", "the best budget")]
    [InlineData("Wind is the cleanest, safest and cheapest fuel we have.", "the cleanest, safest and cheapest fuel")]
    [InlineData("Orbita is the world's most innovative launch company.", "world's most innovative launch company")]
    [InlineData("The harbor plan is the single most important decision of the decade.", "the single most important decision")]
    [InlineData("It is the best plan, since it costs the city nothing.", "the best plan")]
    [InlineData("Norvania is the wealthiest country in the world.", "the wealthiest country")]
    // British spelling doubles the l of "cruel".
    [InlineData("The parking levy is the cruellest tax in Europe.", "the cruellest tax")]
    // Everyone of a kind is no source: the claim stays the writer's.
    [InlineData("As any ferryman would tell you, the crossing is the worst in the north.", "the worst")]
    public void Flags_an_unsupported_superlative(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    [Theory]
    [InlineData("At 2.4 km, the bridge is the longest in the province, the transport department said.")]
    [InlineData("She won Best Documentary at the 2022 Halden festival.")]
    [InlineData("At least nine ships were delayed.")]
    [InlineData("The best way to read the budget is line by line.")]
    [InlineData("Most voters stayed home.")]
    [InlineData("It was the country's sixth and most recent census.")]
    [InlineData("“This is the greatest team I have coached,” coach Ana Ruiz said.")]
    [InlineData("The bridge is the longest of the three crossings.")]
    [InlineData("It is not the best plan for the harbor.")]
    [InlineData("The forest is the honest choice for a modest harvest.")]
    [InlineData("The senator's harshest critics sat in the front row.")]
    [InlineData("She fired two of her closest advisers on Monday.")]
    [InlineData("Which is the safest harbor on the coast?")]
    [InlineData("What's the cheapest tariff a family in Varn could get?")]
    [InlineData("Whom do you consider to be the most reliable forecaster? * Ana Ruiz * Tom Vale")]
    [InlineData("So, who was the best pollster? - The Varn Institute ranked them.")]
    [InlineData("The latest ferry timetable arrives on Monday.")]
    [InlineData("Kestria won the most votes in the north.")]
    [InlineData("Halden and Varn were the worst affected towns.")]
    [InlineData("He was the youngest member of the council.")]
    [InlineData("The abbot celebrated the Most Holy Sacrament.")]
    [InlineData("Even the best among them stayed silent.")]
    [InlineData("This is the most unprecedented crisis of our time.")]
    [InlineData("Halden Coal, the nation's largest coal company, closed the mine.")]
    [InlineData("The port is Varn's most important partner on the coast.")]
    [InlineData("The tax plan spares the wealthiest households.")]
    // A plural of people without an -s is a group too (issue 17: real news writes "the richest people").
    [InlineData("The fuel rebate mostly helps the richest people in Tarnby.")]
    [InlineData("The new ferry fee hits the poorest townspeople hardest.")]
    [InlineData("Shelters in Varn must take in the most vulnerable people first.")]
    [InlineData("The clinic treats the most vulnerable patients first.")]
    [InlineData("The strike brings out the worst in people.")]
    [InlineData("As the archivist Mara Quist documented, the council made the worst blunders in its history.")]
    public void Does_not_flag_a_bounded_quoted_or_idiomatic_use(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    /// <summary>
    /// A reporting clause set off in the middle of a sentence hands both sides to its speaker, as a sentence-final
    /// ", she said." does (issue 17).
    /// </summary>
    [Theory]
    [InlineData("The new ferry terminal, she said, was one of the costliest projects on the coast.")]
    [InlineData("The carbon levy, the finance minister told MPs, is the fairest tax the country has devised.")]
    [InlineData("This season, Coach Amara Diallo insisted, is the hardest her players have faced.")]
    [InlineData("The new chip, Ilse Brandt told reporters on Monday, is the fastest processor on the market.")]
    [InlineData("The spring outbreak, the county health officer said, was the worst the valley had seen.")]
    [InlineData("Turnout in Tolmin, the returning officer said, was the highest in the province.")]
    [InlineData("The carbon levy, she argued in a speech to farmers, is the fairest tax the country has devised.")]
    public void Does_not_flag_a_rank_around_a_parenthetical_reporting_clause(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    /// <summary>Without the reporting clause, or with an aside that reports nothing, the rank stays the writer's.</summary>
    [Theory]
    [InlineData("The new ferry terminal was one of the costliest projects on the coast.", "the costliest projects")]
    [InlineData("The carbon levy, in short, is the fairest tax the country has devised.", "the fairest tax")]
    [InlineData("The carbon levy, frankly, is the fairest tax the country has devised.", "the fairest tax")]
    [InlineData("The vaccine, she knew, was the best hope for the valley.", "the best hope")]
    // "spoke of …": what follows the verb is what was said, not a hearer; the sentence is the writer's list.
    [InlineData("Every week, the mayor spoke of the drought, the empty reservoirs and the worst harvest the valley had known.", "the worst harvest")]
    // A dash before "but" or "although" hands the sentence back to the writer, as a comma does.
    [InlineData("The mayor said the ferry would run again in May — but the harbour remains the dirtiest on the coast.", "the dirtiest")]
    // After the clause the writer adds a clause of their own: the report ended before it.
    [InlineData("Fares will rise in May, the mayor said, as riders face the steepest increase in the region.", "the steepest increase")]
    public void Flags_a_rank_beside_an_aside_that_reports_nothing(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    /// <summary>A rank credited through a by-agent or a reputation is someone else's view (real-text sample, issue 17).</summary>
    [Theory]
    [InlineData("The minister, who is seen by other party leaders as one of the ablest negotiators, left the climate talks early.")]
    [InlineData("Tolmin and Varn were singled out by the Halden Courier as among the most contested districts in the election.")]
    [InlineData("The striker has been described by her own coach as the fastest player in the league.")]
    [InlineData("The Kestrian regulator enjoys a reputation as perhaps the strictest energy watchdog in Europe.")]
    [InlineData("The new vaccine, rated by the Varn Institute as the most effective of the season, ships in May.")]
    public void A_rank_credited_to_an_agent_or_a_reputation_is_reported(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    [InlineData("The Tolmin clinic, praised by us as the most effective clinic in the county, opens in May.", "the most effective clinic")]
    [InlineData("The coach, mocked by fans for years, is the most cautious manager in the league.", "the most cautious manager")]
    [InlineData("Described by the mayor as a reformer, Ana Ruiz runs the best school in Varn.", "the best school")]
    public void A_rank_the_writer_holds_beside_an_agent_still_ranks(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    /// <summary>
    /// A verb that credits a description to its object with "as" (describing, presenting, citing, identifying, choosing:
    /// credit_as_verbs_wordnet) reports the subject's view, as a verb of regarding does (news sample, issue 17).
    /// </summary>
    [Theory]
    [InlineData("In her speech, Brandt positioned Vale as the most qualified candidate in the race.")]
    [InlineData("Analysts at Tarnbridge cited the old mill as the most likely buyer of the quay.")]
    [InlineData("Orvik, identified by the Halden Courier as among the most contested counties, votes next week.")]
    [InlineData("Fans in Varn refer to him as the greatest striker of the decade.")]
    [InlineData("Asked about the levy, voters selected the housing shortage as the most important issue.")]
    public void A_rank_a_verb_credits_to_its_object_with_as_is_reported(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    /// <summary>The writer's own choice, a passive that credits nobody, and a verb with no object keep the rank a claim.</summary>
    [Theory]
    [InlineData("We picked it as the best bakery in Halden.", "the best bakery")]
    [InlineData("The Tolmin bakery was selected as the best bakery in Halden.", "the best bakery")]
    [InlineData("Brandt, who has described herself for years as a reformer, runs the largest school in Varn.", "the largest school")]
    public void A_credit_the_writer_holds_or_nobody_gives_still_ranks(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    /// <summary>Degree and manner idioms say how narrowly or plainly something happened; nothing ranks first (real-text sample, issue 17).</summary>
    [Theory]
    [InlineData("The Varn council approved the stadium budget by the narrowest of margins.")]
    [InlineData("Tolmin kept its league title on the slimmest of margins after a late penalty.")]
    [InlineData("For the briefest of moments, the grid operator's share price rose.")]
    [InlineData("The ministry condemned the vote rigging in Halden in the strongest possible terms.")]
    [InlineData("The two founders described the new vaccine venture only in the broadest terms.")]
    [InlineData("Put in the simplest terms, the carbon levy raises the price of coal.")]
    public void A_degree_or_manner_idiom_is_not_a_rank(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    /// <summary>
    /// A superlative with "possible", "imaginable" or "conceivable" grades a moment, an extent, an amount or a course to
    /// its limit; it ranks nothing that exists (issue 17: real news, "at the worst possible moment", "to the largest
    /// audience possible").
    /// </summary>
    [Theory]
    [InlineData("The ferry company raised its fares at the worst possible moment for commuters.")]
    [InlineData("The council promised to protect the wetlands to the greatest extent possible.")]
    [InlineData("Tarnby Bank is hoping for the smallest possible rise in its lending rate.")]
    [InlineData("The trust campaigned for the fullest possible disclosure of the contracts.")]
    [InlineData("The auditors insisted on the most rigorous checks imaginable before the merger.")]
    [InlineData("A late endorsement put the senator in the strongest possible position before the primary.")]
    public void A_superlative_of_possibility_grades_a_degree(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    /// <summary>
    /// Near misses: a person or a concrete thing evaluated "the best possible" still ranks, so does a predicate after a
    /// copula, which evaluates its subject, a phrase that is the argument of a verb rather than of a preposition (issue
    /// 16 review), one whose real head is the last noun of a compound, and a plain superlative.
    /// </summary>
    [Theory]
    [InlineData("The government struck the best possible deal for Britain.", "the best possible deal")]
    [InlineData("The new tram offers the fastest possible journey to the airport.", "the fastest possible journey")]
    [InlineData("Our town has the lowest possible crime rate.", "the lowest possible crime rate")]
    [InlineData("The election gave him the biggest political gift possible.", "the biggest political gift possible")]
    [InlineData("Tarnby Post delivers the quickest possible parcel service in the county.", "the quickest possible parcel service")]
    [InlineData("The mill now produces the finest flour imaginable.", "the finest flour imaginable")]
    [InlineData("The new ward was fitted with the cheapest possible hospital beds.", "the cheapest possible hospital beds")]
    [InlineData("Halden hired the worst possible candidate for the harbour post.", "the worst possible candidate")]
    [InlineData("The new ferry terminal was built with the cheapest possible steel.", "the cheapest possible steel")]
    [InlineData("The fare rise came at the worst moment for commuters.", "the worst moment")]
    [InlineData("For a bus depot, the old quarry is the worst possible site.", "the worst possible site")]
    public void A_superlative_of_possibility_on_a_person_or_thing_still_ranks(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    /// <summary>
    /// A headless superlative completed by a clause with its own subject and a modal measures the limit of what that
    /// subject can do, as "the best possible" does (issue 17: real news, "the best anyone could have done").
    /// </summary>
    [Theory]
    [InlineData("For now, the best the water regulator can do is cap standing charges.")]
    [InlineData("A draw was the best the young Tolmin side could manage against Rovers.")]
    [InlineData("Given the budget, the ferry scheme was the best anyone could have designed.")]
    [InlineData("For the harbour fund, a small grant is the best it can expect this year.")]
    public void The_limit_of_what_someone_can_do_is_not_a_rank(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    /// <summary>Near misses: with a head noun before the clause the noun is ranked; with no modal the clause ranks too.</summary>
    [Theory]
    [InlineData("Brenhill signed the fastest winger the club could find in Europe.", "the fastest winger")]
    [InlineData("The Varn dam is the best the valley has.", "the best")]
    public void A_ranked_head_or_a_clause_without_a_modal_still_ranks(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    /// <summary>
    /// A quantifier of more than one with "of", opening the clause or after a preposition, takes part of a set a rank
    /// picks out; the clause says what the part does (issue 17, real news: "most of the largest contributors are men").
    /// </summary>
    [Theory]
    [InlineData("Most of the largest landowners are pension funds.")]
    [InlineData("Some of the wealthiest patrons gave anonymously last year.")]
    [InlineData("Tarnby Credit has stopped lending to some of the smallest dairy farms.")]
    [InlineData("Three of the busiest harbours closed on Monday.")]
    [InlineData("But many of the oldest orchards have changed hands since the flood.")]
    [InlineData("The inspectors spent a week among several of the poorest villages.")]
    // A measurable degree with a scope places a distribution (real news, issue 16 review).
    [InlineData("Three of the busiest harbours on the north coast closed on Monday.")]
    [InlineData("Most of the largest donors to the Varn party are retired farmers.")]
    [InlineData("Some of the wealthiest patrons in the city gave anonymously last year.")]
    public void A_quantified_part_of_a_ranked_set_is_no_rank(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    /// <summary>
    /// Near misses: a partitive after a verb, a copula or a comma places its holder in the set, and "one of" always does;
    /// a scope after the head compares the set with a wider world (issue 16 review), and a fronted "among" with a copula
    /// after it places the subject that follows.
    /// </summary>
    [Theory]
    [InlineData("Some of the dirtiest rivers in Europe run through the region.", "the dirtiest rivers")]
    [InlineData("Some of the best restaurants in the country are in this town.", "the best restaurants")]
    [InlineData("Some of the finest wines ever made come from this valley.", "the finest wines")]
    [InlineData("Most of the worst polluters in history are still operating.", "the worst polluters")]
    [InlineData("The scandal led to some of the toughest rules in the West.", "the toughest rules")]
    [InlineData("Many of the boldest architects of the century trained in Halden.", "the boldest architects")]
    [InlineData("Among some of the worst offenders are the water companies.", "the worst offenders")]
    [InlineData("Among several of the cheapest airlines were two from Varn.", "the cheapest airlines")]
    [InlineData("Varn has some of the strictest zoning laws in the country.", "the strictest zoning laws")]
    [InlineData("Ada Brenn and Tom Vale, two of the ablest lawyers in Tarnby, lost the case.", "the ablest lawyers")]
    [InlineData("The bakeries on Mill Road are among some of the best in the county.", "the best")]
    [InlineData("One of the largest landowners in Varn is a pension fund.", "the largest landowners")]
    [InlineData("The largest landowners in Varn are all pension funds.", "The largest landowners")]
    public void A_partitive_that_places_its_holder_in_the_set_still_ranks(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    [Theory]
    [InlineData("The Varn council runs the narrowest budget in the region.", "the narrowest budget")]
    [InlineData("Tolmin signed the strongest climate pact on the continent.", "the strongest climate pact")]
    [InlineData("This is the broadest reform the health ministry has attempted.", "the broadest reform")]
    public void The_same_superlatives_outside_the_idioms_still_rank(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    /// <summary>A superlative that counts a plural is a tally, as the quantifier "most" is (real-text audit of hard news).</summary>
    [Theory]
    [InlineData("The Greens won the fewest seats in the coastal districts.")]
    [InlineData("Ostrava County sends the largest number of delegates to the spring convention.")]
    [InlineData("Pharmacies in Tolmin reported the highest share of flu cases among the towns.")]
    [InlineData("Older riders made up the greatest proportion of ferry passengers last winter.")]
    public void A_superlative_that_counts_a_plural_is_not_a_rank(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    [InlineData("Ilse Brandt is the wealthiest person in Varn.", "the wealthiest person")]
    [InlineData("Kestria has the largest army on the continent.", "the largest army")]
    [InlineData("The Varn exchange listed the greatest number in the region.", "the greatest number")]
    [InlineData("Malden Bank is the biggest share trader in the city.", "the biggest share trader")]
    [InlineData("Their clinic offers the best number of beds for the money.", "the best number")]
    public void A_size_superlative_without_a_counted_plural_still_ranks(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    /// <summary>A rank held through a verb of regarding by someone other than the writer is a reported view.</summary>
    [Theory]
    [InlineData("Dock workers in Varn see Ilse Brandt as the most credible candidate for mayor.")]
    [InlineData("Teodor Lund, a broker considered one of the shrewdest traders in Halden, sold his shares.")]
    [InlineData("The clinic board regards the new ward as the safest in the province.")]
    [InlineData("The flood plan, which many residents consider to be the worst option, passed on Monday.")]
    [InlineData("The outage was later seen to have been the costliest in the utility's history.")]
    public void A_rank_held_by_someone_else_through_a_verb_of_regarding_is_reported(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    /// <summary>
    /// A name before "history" owns it ("in Tarn history" is "in Tarn's history"): a scope that bounds a measured rank
    /// as a kept record, never a dataset the name publishes, so a judged rank in it still claims (real exaggeration
    /// spans hold "in [state or church] history" often).
    /// </summary>
    [Theory]
    [InlineData("He was the most reckless harbour master in Tarn history.", "the most reckless harbour master")]
    [InlineData("It was the dullest final in Varn Cup history.", "the dullest final")]
    [InlineData("She gave the clumsiest speech in Kestria party history.", "the clumsiest speech")]
    public void A_judged_rank_in_a_named_history_is_flagged(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    [Theory]
    [InlineData("It was the highest score in Varn League history.")]
    [InlineData("It was the longest tenure in Halden Rowing Club history.")]
    public void A_measured_rank_in_a_named_history_is_bounded(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    /// <summary>
    /// A rank a named holder confers on an object, or the criterion of a list a named holder keeps, is the holder's
    /// verdict, reported (issue 17: neutral encyclopedic prose reports magazines' and critics' rankings this way).
    /// </summary>
    [Theory]
    [InlineData("The Halden Courier named the harbour bakery the best in the county last spring.")]
    [InlineData("Readers of Varn Weekly voted Ilse Brandt one of the finest keepers in the league.")]
    [InlineData("A travel guide from Kestria ranks the old mill inn among the quietest hotels on the coast.")]
    [InlineData("In 2019 the jazz monthly Tarn crowned “Low Tide” the most inventive record of the decade.")]
    [InlineData("Tarn Radio included the album in its shortlist of the best records of the decade.")]
    [InlineData("The critic Mara Quist put the series on her list of the worst dramas of the year.")]
    [InlineData("The drama made the weekly magazine's list of the dullest shows on air.")]
    // A clause the writer reports keeps its holder.
    [InlineData("We learned that the Halden Courier named the harbour bakery the best in the county.")]
    public void A_rank_a_named_holder_confers_or_lists_is_reported(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    [InlineData("We named the harbour bakery the best in the county.", "the best")]
    [InlineData("The bakery sold 900 loaves a day, ranking it among the busiest shops in Varn.", "the busiest shops")]
    [InlineData("The ferry chief was named the best planner in Halden.", "the best planner")]
    [InlineData("Consider that Halden is the safest city on the coast.", "the safest city")]
    [InlineData("The ferry sits on a list of the costliest services in the north.", "the costliest services")]
    [InlineData("My list of the best bakeries in Varn starts with Tarn Road.", "the best bakeries")]
    // A form that is a noun, or a verb without an object, confers nothing.
    [InlineData("Higher mortgage rates produce the steepest falls in building.", "the steepest falls")]
    [InlineData("The motion calls for the closure of the largest smelter in Varn.", "the largest smelter")]
    // Perception is no conferral, a coordination ends the object, an imperative is the writer's, a date holds no list.
    [InlineData("Fans saw Ilse Brandt score the best goal of the season.", "the best goal")]
    [InlineData("Walkers on the ridge see the lakes and the highest peaks in Varn.", "the highest peaks")]
    [InlineData("Call it the best deal in town.", "the best deal")]
    [InlineData("Count Halden among the safest cities on the coast.", "the safest cities")]
    [InlineData("This year's list of the best bakeries in Varn opens with Tarn Road.", "the best bakeries")]
    // A roster, a listing or a playlist is a set with no judged order: the rank in it is the writer's.
    [InlineData("The club's roster of the finest young players was cut in May.", "the finest young players")]
    [InlineData("The agency's listing of the grandest villas on the lake went online.", "the grandest villas")]
    [InlineData("Her playlist of the saddest songs ever recorded runs to two hours.", "the saddest songs")]
    public void A_rank_the_writer_confers_or_lists_is_still_flagged(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    /// <summary>
    /// A rank a holder the reader cannot identify confers is the attribution rules' finding, once (the guidelines: flag
    /// the attribution, leave its content alone), whatever the verb: ranking, voting, naming or regarding.
    /// </summary>
    [Theory]
    [InlineData("Critics rank the new stadium among the worst in the north.")]
    [InlineData("Many voted the harbour bakery the best in the county.")]
    [InlineData("Some longtime fans rate the keeper one of the finest in the league.")]
    [InlineData("A guide ranks the old mill inn among the quietest hotels on the coast.")]
    [InlineData("Local voters elected Ilse Brandt the ablest mayor in the region.")]
    [InlineData("Critics dubbed the new stadium the worst in the north.")]
    [InlineData("Critics call the new stadium the worst in the north.")]
    public void A_rank_a_vague_holder_confers_is_left_to_the_attribution(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    [InlineData("Its readers voted the harbour bakery the best in the county.")]
    [InlineData("The Halden Rowing Club elected Ilse Brandt the ablest captain in its history.")]
    [InlineData("The jury of the Tarn Prize graded the novel the finest of the year.")]
    [InlineData("The magazine put the album on its longlist of the best records of the decade.")]
    [InlineData("Critics at the Halden Courier rank the new stadium among the worst in the north.")]
    [InlineData("Voters in the 2024 Varn Weekly poll ranked the bakery the best in the county.")]
    public void A_rank_an_identifiable_holder_confers_is_reported(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    [InlineData("I see the new ward as the safest in the province.", "the safest")]
    [InlineData("We consider it to be the worst option for the coast.", "the worst option")]
    [InlineData("The stadium saw one of the biggest crowds of the season.", "the biggest crowds")]
    [InlineData("The startup has built one of the fastest chips on the market.", "the fastest chips")]
    [InlineData("Councillors debated the most expensive plan on the table.", "the most expensive plan")]
    public void A_rank_the_writer_holds_or_an_event_is_still_flagged(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    /// <summary>A headless superlative before "of" and a bare noun selects from a body of work; it ranks nothing.</summary>
    [Theory]
    [InlineData("Every Friday the newsletter links to the best of local court reporting.")]
    [InlineData("The gala in Varn showcased the best of Kestrian jazz and folk.")]
    [InlineData("The archive keeps the worst of wartime propaganda for researchers.")]
    [InlineData("The weekly digest gathers the best of regional news and politics.")]
    public void A_selection_from_a_body_of_work_is_not_a_rank(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    [InlineData("The new vaccine is the best of all.", "the best")]
    [InlineData("Of the harbor pilots, Lund is the best of them.", "the best")]
    [InlineData("The drought was the worst of any summer we remember.", "the worst")]
    [InlineData("Halden's mayor is the most honest of politicians.", "the most honest")]
    [InlineData("Tolmin ferries are the safest of coastal vessels.", "the safest")]
    public void A_headless_superlative_that_still_compares_is_flagged(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    /// <summary>A grade held in a formal hierarchy is an office, not a judgement of rank.</summary>
    [Theory]
    [InlineData("Colonel Ada Varga is the highest-ranking officer at the Tolmin base.")]
    [InlineData("The lowest-ranking clerk in the registry signed the permit.")]
    public void A_grade_in_a_hierarchy_is_not_a_rank_claim(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    [InlineData("Colonel Ada Varga is the highest-rated officer at the Tolmin base.", "the highest-rated officer")]
    [InlineData("The best-run registry in Halden signed the permit.", "The best-run registry")]
    public void A_compound_that_judges_is_still_a_rank(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    /// <summary>A scope names the set compared but supports no rank (the annotation guidelines; detection-gaps 3e).</summary>
    [Theory]
    [InlineData("Marrow Ferries is the worst operator in the region.", "the worst operator")]
    [InlineData("He is the greediest landlord since Tolliver.", "the greediest landlord")]
    [InlineData("Halden has the highest rents in the region, at 1,450 euros a month for a two-room flat.", "the highest rents")]
    [InlineData("Tuesday was the busiest day of the week in the province.", "the busiest day")]
    [InlineData("Payrolls grew by the smallest amount since September.", "the smallest amount")]
    [InlineData("Kestria's ports are busier than any other ports in the region.", "busier than any other ports")]
    public void A_scope_names_the_set_but_does_not_support_the_rank(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    [Theory]
    [InlineData("Halden has the highest rents in the region, at 1,450 euros a month for a two-room flat, the city housing office said.")]
    [InlineData("Payrolls grew by 41,000, the smallest amount since September, according to the Norvania statistics bureau.")]
    public void A_scoped_rank_with_a_figure_and_its_source_is_supported(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Fact]
    public void A_link_that_opens_the_next_sentence_is_evidence() =>
        Assert.Empty(Flagged("RH2001", "Halden is the busiest harbor on the coast. [Port statistics](https://example.org/stats) count 4,000 calls a year.\n",
            DocumentFormat.Markdown));

    /// <summary>The rank is the content of a view credited to nobody: RH3006 flags the attribution, once.</summary>
    [Theory]
    [InlineData("The Lumen tablet is being hailed as the biggest advance in rural medicine since penicillin.")]
    [InlineData("The new pier was described as the finest on the coast.")]
    // A partitive between "as" and the rank (issue 17: real news, "widely recognized now as among the largest").
    [InlineData("The Tolmin ferry is now widely hailed as among the safest in the Baltic.")]
    // A passive that names or holds up credits a rank after "as" as a reputation (issue 17: real news).
    [InlineData("The old ferry captain was known as the calmest pilot on the estuary.")]
    [InlineData("Okafor, referred to as the ablest surgeon of her year, left the clinic in May.")]
    [InlineData("Known as the finest glazier in the valley, Petra Lund opened a second workshop.")]
    [InlineData("In the charter, thrift is held up as the single most useful virtue of a board.")]
    public void Leaves_a_rank_credited_by_a_passive_to_the_attribution_rule(string text)
    {
        Assert.Empty(Flagged("RH2001", text));
        Assert.Single(Flagged("RH3006", text));
    }

    [Theory]
    [InlineData("I see him as the worst planner in Halden.")]
    [InlineData("The mayor has been called the worst planner in Halden.")]
    public void A_rank_the_writer_asserts_or_names_is_still_flagged(string text) =>
        Assert.Equal(["the worst planner"], Flagged("RH2001", text));

    [Fact]
    public void A_partitive_rank_the_writer_asserts_is_still_flagged() =>
        Assert.Equal(["the safest"], Flagged("RH2001", "The Tolmin ferry is now among the safest in the Baltic."));

    /// <summary>
    /// A rank inside the complement of a credited view, in a phrase of its noun ("seen as the candidate with the best
    /// chance"), is reported with the view (issue 17, real news), which RH3006 flags.
    /// </summary>
    [Theory]
    [InlineData("Councillor Brenn is seen as the negotiator with the strongest hand in the port talks.")]
    [InlineData("The Tarnby mill was regarded as a supplier of the finest linen in the valley.")]
    [InlineData("Unions see Vale as a minister with the clearest plan for the railways.")]
    public void Leaves_a_rank_nested_in_a_credited_view(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    // A clause break ends the credited complement: the record after it is the writer's.
    [InlineData("Brenn is seen as a reformer, and she has the worst record in the council.", "the worst record")]
    [InlineData("Brenn is seen as a reformer but runs the worst department in the council.", "the worst department")]
    // The writer's own view, and a rank after a preposition with no credited "as" before it, still rank.
    [InlineData("I see Brenn as the negotiator with the worst record in the port talks.", "the worst record")]
    [InlineData("Brenn is a negotiator with the worst record in the port talks.", "the worst record")]
    // "known" without "as" is knowledge, not a reputation.
    [InlineData("It is known that Brenn runs the worst department in the council.", "the worst department")]
    public void A_rank_outside_a_credited_view_is_still_flagged(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    /// <summary>
    /// Coordinated adjectives share the head and what follows it: the subject's own record bounds "the boldest and most
    /// contested move of her career" as it bounds "the boldest move of her career" (issue 17, real news).
    /// </summary>
    [Theory]
    [InlineData("The levy was the boldest and most contested measure of her term.")]
    [InlineData("The merger was the most costly and criticized decision of his tenure at the bank.")]
    [InlineData("The flood was one of the most frightening, and formative, weeks of their lives.")]
    // A group named by its place in a distribution stays a group with a second adjective on its head.
    [InlineData("The grant helps the poorest and most isolated pensioners in the valley.")]
    public void Reads_the_own_record_after_coordinated_superlatives(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    // A wider set than the subject's record still ranks, and the span covers every coordinated adjective.
    [InlineData("The levy was the boldest and most contested measure in the region.", "the boldest and most contested measure")]
    [InlineData("The inquiry was the most costly and slowest case in the county.", "the most costly and slowest case")]
    [InlineData("The levy was the boldest and most contested measure of her generation.", "the boldest and most contested measure")]
    public void Coordinated_superlatives_over_a_wider_set_are_still_flagged(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    /// <summary>
    /// A rank in the "that" clause of a report the main clause's subject makes through a participle after "before",
    /// "after", "while" or "by", an infinitive of aspect ("went on to say") or its own speech noun ("made her case
    /// that") is reported speech (issue 17, real news).
    /// </summary>
    [Theory]
    [InlineData("The harbour master rested, before clarifying that the new quay was the safest berth on the coast.")]
    [InlineData("Dr. Amara Osei paused after insisting to reporters that the ward was the busiest in the region.")]
    [InlineData("The coach went on to say that the club had the finest academy in the north.")]
    [InlineData("Councillor Hale proceeded to argue that the depot was the ugliest building in town.")]
    [InlineData("Ms. Ortega made her case that the harbour plan was the worst deal the county had ever signed.")]
    // An argument the subject makes, or an owner's position equated with its clause (issue 17: periphrastic reports).
    [InlineData("Councillor Hale made the case that the depot was the ugliest building in town.")]
    [InlineData("Councillor Hale is making the argument to the board that the depot is the ugliest building in town.")]
    [InlineData("A win in Dunmore would help him make his case to donors that he is the ablest candidate in the county.")]
    [InlineData("Councillor Hale's view is that the depot is the ugliest building in town.")]
    [InlineData("Ilse Brandt's argument was that the old quay is the safest berth on the coast.")]
    // A closing tag whose source is two coordinated phrases (issue 17).
    [InlineData("The old quay is the busiest berth on the coast, Ms. Brandt and her lawyer said.")]
    [InlineData("Turnout was highest among the youngest voters, canvassers and party officials told the Gazette.")]
    // A closing tag with no comma after a predicate whose noun is a role (issue 17).
    [InlineData("Brandt is not only right on the tolls, he is also the ablest negotiator Lindqvist argues.")]
    // The hearer between the speech noun and "that" (issue 17).
    [InlineData("Ms. Varga made her pitch to the board that she was the ablest candidate in the county.")]
    [InlineData("The skipper stood by his pledge to the younger crew that the new hull was the fastest on the lake.")]
    [InlineData("Ms. Hale renewed her warning to them that the depot was the ugliest building in town.")]
    public void Leaves_a_rank_reported_through_a_subordinate_frame(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    // A governor that does not entail the saying, a participle with no "that" clause, a case that is a lawsuit, and the writer.
    [InlineData("The mayor declined to say that the tram was the cheapest in the country.", "the cheapest")]
    [InlineData("After saying goodbye, the mayor opened the finest bakery in town.", "the finest bakery")]
    [InlineData("The board made its case in court, and the depot is the ugliest building in town.", "the ugliest building")]
    [InlineData("I went on to say that the depot is the ugliest building in town.", "the ugliest building")]
    // "made a point of" states a habit, "made the case for" argues no clause, and the writer's own view is the writer's.
    [InlineData("Councillor Hale made a point of visiting the finest bakery in town.", "the finest bakery")]
    [InlineData("Councillor Hale made the case for the finest bakery in town to stay open.", "the finest bakery")]
    [InlineData("My view is that the depot is the ugliest building in town.", "the ugliest building")]
    [InlineData("The point is that the depot is the ugliest building in town.", "the ugliest building")]
    // "that" after the hearer opens a relative clause about the hearer, not what was said.
    [InlineData("Ms. Varga sent her letter to the trust that runs the finest harbour in the north.", "the finest harbour")]
    // After a dash the writer glosses the report in their own voice.
    [InlineData("The mayor ended the row by announcing that the vote was free—which leaves the town with the weakest plan in a decade.", "the weakest plan")]
    public void A_rank_outside_a_subordinate_report_is_still_flagged(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    /// <summary>
    /// A verb of informing or persuading with its hearer and a "that" clause, in any form — an infinitive after a verb of
    /// trying, a participle without "be", a verb outside the reporting list — gives the clause to its subject: the rank
    /// is what the subject tells or tries to make the hearer believe (issue 17, real news).
    /// </summary>
    [Theory]
    [InlineData("Marta Kell spent the spring trying to convince the donors that she is the best choice for the harbour seat.")]
    [InlineData("Ravel Tann is busy persuading investors that his kettle is the finest on the market.")]
    [InlineData("Ruud Delmar keeps reminding passengers that his boats are the quietest on the lake.")]
    [InlineData("Ilse Brandt convinced the panel that her orchard grows the sweetest pears in the valley.")]
    [InlineData("The brewer hopes to assure wary grocers that its stout is the smoothest in the county.")]
    public void Leaves_a_rank_a_subject_tells_or_persuades_a_hearer_of(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    // The writer persuading, a thing as object ("that" opens a relative clause), and no "that" clause at all.
    [InlineData("We are trying to convince the donors that this is the best choice for the harbour seat.", "the best choice")]
    [InlineData("Ravel Tann is busy explaining the kettle that sits on the finest shelf in the shop.", "the finest shelf")]
    [InlineData("Ilse Brandt convinced the panel, and her orchard grows the sweetest pears in the valley.", "the sweetest pears")]
    // A verb that takes a person but tells them no clause: "that" opens a relative clause in the writer's voice (issue 16).
    [InlineData("Coach Varga thanked the supporters that we all know are the loudest in the league.", "the loudest")]
    [InlineData("Mira Solt coached the sprinters that we all know are the fastest in the region.", "the fastest")]
    [InlineData("Tomas Ebbe quoted the critics that we all know are the harshest in the trade.", "the harshest")]
    public void A_rank_the_writer_asserts_beside_a_verb_of_persuading_is_still_flagged(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    /// <summary>
    /// The object of a verb of seeking, right after it or after its "for" or "of", names what is sought, not a thing the
    /// writer ranks first (issue 17, real news); a time after it scopes nothing.
    /// </summary>
    [Theory]
    [InlineData("Shoppers look for the cheapest flights in March.")]
    [InlineData("Young families in Tarnby seek the safest neighbourhoods.")]
    [InlineData("Tenants are hunting for the lowest rents this spring.")]
    [InlineData("Pickers drift north each year in search of the best wages.")]
    public void Leaves_a_rank_that_names_what_is_sought(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    // A verb that is not one of seeking, a scope after the head, and the writer's claim about one thing.
    [InlineData("Delmar Air sells the cheapest flights.", "the cheapest flights")]
    [InlineData("Seasonal pickers come to Varn in search of the highest wages in the world.", "the highest wages")]
    // "of" after a search word elsewhere than "in search of": a partitive or a likeness, not what is sought.
    [InlineData("Saturday's dawn search was one of the biggest operations.", "the biggest operations")]
    [InlineData("At nineteen, Tobi Renn has the look of the best young keeper.", "the best young keeper")]
    [InlineData("The most important issue in the race is housing.", "The most important issue")]
    public void A_rank_beside_a_search_that_the_writer_asserts_is_still_flagged(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    [Theory]
    [InlineData("It is one of the best budgets the city has passed.")]
    [InlineData("The plan is arguably the worst idea on the table.")]
    // A yes/no question asserts nothing (see Does_not_flag_a_rank_raised_by_a_yes_no_question); "why" takes the rank as given.
    [InlineData("Why is this the greatest harbor on the coast?")]
    public void Lowers_hedged_and_questioned_superlatives_to_a_suggestion(string text) =>
        Assert.Equal(DiagnosticSeverity.Info, SeverityOf("RH2001", text));

    [Theory]
    [InlineData("The harbor is in worse shape than ever, and nobody at city hall will say so.", "worse shape than ever")]
    [InlineData("Families in Halden spend more of their income on heating than at any time in history.", "than at any time in history")]
    // Everything of a kind, at all times or everywhere (issue 17).
    [InlineData("The Tarn ferry app was downloaded more than any travel app in history.", "more than any travel app in history")]
    [InlineData("Brandt has scored more goals than any striker on earth.", "more goals than any striker on earth")]
    [InlineData("The new kiln runs hotter than any furnace ever.", "hotter than any furnace ever")]
    [InlineData("The choir sold more tickets than any ensemble in Kestrian history.", "more tickets than any ensemble in Kestrian history")]
    [InlineData("Kestria's ports are busier than any other ports on the coast.", "busier than any other ports")]
    [InlineData("The new ferry is safer than anything else afloat.", "safer than anything else")]
    [InlineData("Fares rose faster than ever before.", "faster than ever before")]
    public void Flags_a_comparison_against_everything(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    [Theory]
    [InlineData("Unemployment in Halden is higher than at any time since 1998.")]
    [InlineData("Rents are higher than at any point in 20 years.")]
    [InlineData("The harbor is not in worse shape than ever; it has simply aged.")]
    [InlineData("“Fares rose faster than ever,” said Ilse Brandt, the transport minister.")]
    [InlineData("Fares rose faster than ever last year: 14% against 3% a year earlier, according to the Halden Transit Authority.")]
    [InlineData("The ferry is faster than the bus.")]
    // "than any N" without an unbounded scope, or "any of" a set: the context bounds it.
    [InlineData("On a long walk, fit matters more than any spec sheet.")]
    [InlineData("The mill paid more than any employer in the valley.")]
    [InlineData("She polled better than any of her rivals in history.")]
    [InlineData("The rumour spread faster than any plague in history.")]
    public void Does_not_flag_a_bounded_or_reported_comparison(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    /// <summary>
    /// A comparative of an epistemic adjective whose standard runs into a clause grades the writer's confidence in the
    /// clause, as "the most likely explanation" does (issue 17: real news, "it is clearer than ever that").
    /// </summary>
    [Theory]
    [InlineData("After the second audit it is clearer than ever that the Tolmin pumps were never tested.")]
    [InlineData("It now looks less likely than ever that the harbour deal survives the vote.")]
    [InlineData("It is more evident than ever that the harbour fund is short of money.")]
    public void Confidence_in_a_clause_is_not_a_comparison_against_everything(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    [InlineData("After the new filters, the Tolmin river is clearer than ever.", "clearer than ever")]
    [InlineData("The new road signs in Halden are clearer than ever, and drivers like them.", "clearer than ever")]
    public void An_epistemic_comparison_about_a_thing_still_ranks(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    /// <summary>
    /// A measurable superlative bounded by one contest, with its figure in the sentence, is a result the reader can check
    /// against the contest's timing sheet or tally (issue 17: sport results in the near-miss battery).
    /// </summary>
    [Theory]
    [InlineData("Vasquez set the fastest lap of the race, 1:21.4, on lap 43.")]
    [InlineData("Holt posted the highest score of the match, 87, to lead the Tolmin side.")]
    [InlineData("The final at Brenhill drew the biggest crowd of the tournament, 41,000.")]
    public void A_measured_result_within_one_contest_is_not_a_rank_claim(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    /// <summary>Near misses: no figure, a judged rank, and a period rather than one contest.</summary>
    [Theory]
    [InlineData("Vasquez set the fastest lap of the race at Tolmin.", "the fastest lap")]
    [InlineData("Holt scored the best goal of the match, a volley from 30 metres.", "the best goal")]
    [InlineData("Brenhill drew the biggest crowd of the season, 41,000.", "the biggest crowd")]
    public void A_judged_unmeasured_or_seasonal_result_still_ranks(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    /// <summary>
    /// A group superlative before a share of a distribution names a slice of it, as "the wealthiest households" does
    /// (issue 17: economy copy in the near-miss battery).
    /// </summary>
    [Theory]
    [InlineData("The wealthiest tenth of households in Kestria hold 58% of its net wealth.")]
    [InlineData("The poorest quintile of Tolmin renters saw their incomes fall by 3% last year.")]
    [InlineData("The poorest fifth of families spend 14% of their income on heating.")]
    public void A_share_of_a_distribution_is_not_a_rank(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    [InlineData("Tolmin is the poorest town in the valley, and its mayor knows it.", "the poorest town")]
    public void A_group_superlative_on_a_single_place_still_ranks(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    [Theory]
    [InlineData("Meet Aurora: The Fastest Kettle Ever Made\n\nAurora boils a litre of water in a minute.\n", DocumentFormat.PlainText, "The Fastest Kettle")]
    [InlineData("# Meet Aurora: The Fastest Kettle Ever Made\n\nAurora boils a litre of water in a minute.\n", DocumentFormat.Markdown, "The Fastest Kettle")]
    [InlineData("Why Tarnby Has The Most Dangerous Roads\nThe town's roads are narrow, and drivers go fast on them in the winter.\nThe council disagrees.\n",
        DocumentFormat.PlainText, "The Most Dangerous Roads")]
    public void Reads_a_title_case_headline_as_text_not_as_a_name(string text, DocumentFormat format, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text, format));

    [Theory]
    [InlineData("The Best of Ilse Brandt\n\nA selection of her columns on the harbour.\n")]
    [InlineData("Aurora Kettle Wins Best Design Award\n\nThe jury met in Halden.\n")]
    public void A_headline_that_names_a_selection_or_an_award_claims_no_rank(string text) => Assert.Empty(Flagged("RH2001", text));

    /// <summary>A reader poll scraped with its form, one line each, repeated as pages show it (real-text audit FP-1).</summary>
    [Fact]
    public void A_reader_poll_with_its_form_lines_is_a_question_not_a_claim()
    {
        const string poll = "Which councillor has the worst record on potholes?\n* Ray Dunn Lena Moss Omar Haddad\nEmail *\n";
        var text = "Tarnby council met on Monday to discuss road repairs in the old town.\n" + poll + poll + poll + "The council will meet again in May.\n";
        Assert.Empty(Flagged("RH2001", text));
    }

    [Fact]
    public void A_rhetorical_question_asserts_its_superlative_at_a_lower_level()
    {
        Assert.Equal(["the worst budget"], Flagged("RH2001", "Who could possibly defend the worst budget in living memory?"));
        Assert.Equal(DiagnosticSeverity.Info, SeverityOf("RH2001", "Who could possibly defend the worst budget in living memory?"));
    }

    [Fact]
    public void Evidence_window_paragraph_accepts_a_source_later_in_the_paragraph()
    {
        const string text = "Halden has the cleanest air. The harbor reopened in May. Its air was cleaner than any other town's last year, the Harlow Institute reported.";
        Assert.Equal(["the cleanest air"], Flagged("RH2001", text));
        Assert.Empty(Flagged("RH2001", text, WithOptions(("rhetlint.RH2001.evidence_window", "paragraph"))));
    }

    [Fact]
    public void Evidence_window_sentence_wants_the_source_in_the_claim_itself()
    {
        const string text = "Kestria has the deepest harbor. The Harlow Institute measured the harbor at 14 meters in 2024.";
        Assert.Empty(Flagged("RH2001", text));
        Assert.Equal(["the deepest harbor"], Flagged("RH2001", text, WithOptions(("rhetlint.RH2001.evidence_window", "Sentence"))));
    }

    /// <summary>Compounds and participles rank like adjectives; a century is no counted set (issue 17).</summary>
    [Theory]
    [InlineData("Marta Quill runs the hardest-working kitchen in the county.", "the hardest-working kitchen")]
    [InlineData("Tarnby is the fastest-growing suburb in the region.", "the fastest-growing suburb")]
    [InlineData("Glenmoor is the worst-run water company in the north.", "the worst-run water company")]
    [InlineData("Dr Pike is the most underrated surgeon in Harlow.", "the most underrated surgeon")]
    [InlineData("The Velo frame is the most important cycling invention of the 21st century.", "the most important cycling invention")]
    [InlineData("The most common scam in Tarnby targets pensioners.", "The most common scam")]
    [InlineData("The best place in Varn is the old harbour.", "The best place")]
    [InlineData("Tarnby became the greenest town in the county.", "the greenest town")]
    // A share nobody is said to have measured: the frequency reading needs the data's provenance earlier.
    [InlineData("The most common complaint was noise, named by 31% of tenants.", "The most common complaint")]
    public void Flags_compound_and_participial_superlatives(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    /// <summary>Readings that describe, advise, pick out a group or rank the parts of a named whole (issue 17).</summary>
    [Theory]
    [InlineData("The Tarnby Tenants' Trust said it surveyed 600 tenants in May. The most common complaint was noise, named by 31% of tenants.")]
    [InlineData("Dr Lena Ode, who led the Varn trial, said 90 volunteers took part. The most frequently reported symptom was a headache. It affected 12% of volunteers.")]
    [InlineData("The best way forward may be a pilot scheme on two routes.")]
    [InlineData("The best thing he could do is resign.")]
    [InlineData("The safest place to wait is the station hall.")]
    [InlineData("The weakest part of the bill is its funding clause.")]
    [InlineData("Turnout fell most in the poorest stretch of Norvania's coast.")]
    [InlineData("Only two wards in the wettest section of Kestria flooded in March.")]
    [InlineData("The weakest portion of Orbita's rocket programme is its launch pad.")]
    [InlineData("The law requires the largest lenders to publish stress tests.")]
    [InlineData("Wages have stalled for the lowest paid.")]
    [InlineData("Care assistants are among the lowest paid in Harlow.")]
    [InlineData("Rents rose fastest for the lowest-paid.")]
    [InlineData("The Orin phone has a best-in-class screen.")]
    [InlineData("The mayor wants to make Tarnby the greenest town in the county by 2035.")]
    [InlineData("Our goal is to become the safest city in the region.")]
    public void Does_not_flag_frequency_advice_group_part_or_category_readings(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    /// <summary>
    /// A light noun and a copula that hand over to a clause ("the worst part of all is that …") frame the writer's next
    /// point; the superlative ranks nothing (issue 17, real news). Naming what is ranked after the copula still ranks.
    /// </summary>
    [Theory]
    [InlineData("The worst part of all is that the Varn reservoir was never inspected.")]
    [InlineData("The best bit was, nobody at the Kestria count noticed the missing ballots.")]
    [InlineData("The strangest thing is that the Orbita app still works offline.")]
    [InlineData("The biggest irony is: the tax cut raised the deficit in Norvania.")]
    [InlineData("For the Tarnby strikers, the best news of it was that the fee came in under budget.")]
    [InlineData("The biggest question for the Halden grid has been whether the new cables can carry winter loads.")]
    [InlineData("The most common objection to the carbon levy is that it falls on rural drivers.")]
    [InlineData("The most important lesson of the Varn outbreak may be that clinics need spare freezers.")]
    [InlineData("The best approach to the striking dockers might be to wait for the arbitration report.")]
    [InlineData("The hardest thing for a new coach to do is to drop a captain.")]
    [InlineData("The greatest surprise of election night was: turnout rose in every rural ward.")]
    public void Does_not_flag_a_discourse_frame(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    [InlineData("The worst mayor is Tom Vale.", "The worst mayor")]
    [InlineData("The best news is the new cancer ward in Harlow.", "The best news")]
    [InlineData("That was the worst thing the Varn council ever did.", "the worst thing")]
    [InlineData("The biggest problem for the Halden grid is the age of its cables.", "The biggest problem")]
    [InlineData("The most important lesson in the Varn curriculum is geometry.", "The most important lesson")]
    [InlineData("The best approach is the one Orbita took in Tarnby.", "The best approach")]
    public void A_superlative_that_names_what_it_ranks_is_no_frame(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    /// <summary>A headless "closest" completed by "come to" or "get to" measures how near one came (issue 17, real news).</summary>
    [Theory]
    [InlineData("It was the closest the minister has ever come to admitting the Varn dam leaked.")]
    [InlineData("The closest the Kestria talks got to a deal on wages was a draft in June.")]
    [InlineData("That vote was the closest Tarnby has come to leaving the league.")]
    public void Does_not_flag_the_nearness_idiom(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    [InlineData("The closest race came down to 40 votes in Harlow.", "The closest race came down")]
    [InlineData("Varn had the closest election in the country.", "the closest election")]
    public void A_closest_with_a_head_noun_still_ranks(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    /// <summary>"even" before a superlative picks the far end of a scale to cover all of it: a quantifier, not a rank (real news).</summary>
    [Theory]
    [InlineData("Even the most hopeful backers of the Tarnby bypass doubt it will open this year.")]
    [InlineData("The mayor refused to offer even the smallest concession to the ferry crews.")]
    [InlineData("Not even the sharpest auditors at Varn spotted the missing invoices.")]
    // Restrictive "only" opening the clause or after a preposition keeps that end and excludes the rest (issue 17).
    [InlineData("Only the bravest climbers reach the summit of Mount Kell.")]
    [InlineData("The council waived mooring fees for only the smallest boats in the marina.")]
    public void Does_not_flag_the_far_end_of_a_scale(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    [InlineData("The Harlow dam is even the largest in the region.", "the largest")]
    [InlineData("The mayor offered the smallest concession in the history of the ferry strike.", "the smallest concession")]
    [InlineData("The Tarnby bakery uses only the finest flour in the county.", "the finest flour")]
    public void A_superlative_after_a_copula_or_without_even_still_ranks(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    /// <summary>
    /// One superlative repeated on two modifiers of a shared plural head picks out both ends of a scale, two groups by
    /// their place in a distribution (issue 17, real news); two degrees of one set, or one group alone, still rank.
    /// </summary>
    [Theory]
    [InlineData("The levy matters little in the deepest rural and deepest urban wards of Varn, where turnout is settled.")]
    [InlineData("Tram fares rose most in the poorest northern and poorest southern districts last spring.")]
    public void A_superlative_repeated_on_two_groups_is_no_rank(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    [InlineData("Tarnby and Harlow are the cleanest and safest towns in Norvania.", "the cleanest and safest towns")]
    [InlineData("Harlow is the deepest rural ward of Varn, and its tram is slow.", "the deepest rural ward")]
    public void Two_degrees_of_one_set_or_one_group_still_rank(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    /// <summary>A light noun with a gerund after "of" gives advice as an infinitive does; a noun after "of" is ranked.</summary>
    [Theory]
    [InlineData("Councillors in Varn debated the most effective ways of answering the flood warnings.")]
    [InlineData("The leaflet from Tarnby council covers the cheapest ways of heating a stone cottage.")]
    public void A_course_named_by_a_gerund_is_advice(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    [InlineData("Harlow offers the finest way of life in Norvania.", "the finest way")]
    public void A_noun_after_of_still_ranks(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    /// <summary>A part ranks only within the whole named right after it; a place ranked in a wider scope still ranks.</summary>
    [Theory]
    [InlineData("Varn is the poorest town in Norvania.", "the poorest town")]
    [InlineData("Tarnby has the wettest stretch of coastline anywhere.", "the wettest stretch")]
    public void A_part_of_an_unnamed_whole_still_ranks(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    /// <summary>
    /// A plural superlative that is the subject of what happens to a subset (an auxiliary, modal or past verb right
    /// after it) picks the subset out by its place in a distribution; it claims no rank (issue 17, real news).
    /// </summary>
    [Theory]
    [InlineData("Under the new budget, the wealthiest households will pay a higher rate on dividends.")]
    [InlineData("The best seats were sold within minutes of the box office opening.")]
    [InlineData("The largest lenders must publish their climate exposure by March.")]
    [InlineData("The biggest polluters have until 2030 to fit the new filters.")]
    [InlineData("In the league's plan, the richest clubs would share more of their television money.")]
    [InlineData("The most popular exhibits were moved to the east wing for the summer.")]
    public void A_plural_superlative_that_picks_out_the_subject_of_a_clause_is_no_rank(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    /// <summary>Near misses: a plural rank after a copula, one with a scope before its verb, and one stated backwards still claim a rank.</summary>
    [Theory]
    [InlineData("Scooters are the most dangerous vehicles on our roads.", "the most dangerous vehicles")]
    [InlineData("The most reckless bankers in Europe have moved to this city.", "The most reckless bankers")]
    [InlineData("The most dangerous vehicles are scooters.", "The most dangerous vehicles")]
    [InlineData("Tolvik sells the world's most trusted smoke alarms.", "world's most trusted smoke alarms")]
    public void A_plural_rank_in_a_predicate_or_with_a_scope_is_still_flagged(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    /// <summary>
    /// A rank whose sentence opens by pointing back ("That gap", "This", "It") to a figure with its named source in
    /// the sentence before is supported by it, on any topic (issue 17); a figure that does not measure the rank, or
    /// one with no source, or a speaker alone, is not support.
    /// </summary>
    [Theory]
    [InlineData("The Vasser Climate Office said June averaged 19.4C across the islands, 2.1C above the long-run mean. This was the hottest June for the islands.")]
    [InlineData("Two doses of the Harlow jab cut hospital stays by 91%, according to the Nordvik Health Agency. That gap makes it one of the most effective treatments on the market.")]
    [InlineData("Brannock Statistics says output fell 4.2% in the second quarter. It is the biggest quarterly fall in the region.")]
    [InlineData("Lena Tamm ran 10.91 seconds in Rovik on Saturday, the national athletics federation said. That was the fastest time in Europe this season.")]
    [InlineData("The Orla panel converts 24.6% of sunlight into power, the Kestrel Solar Lab found in its tests. That makes it the most efficient panel on sale.")]
    public void A_rank_that_points_back_to_a_sourced_figure_is_supported(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    [InlineData("The council said the new stadium cost £40 million to build. It is the finest stadium in the north.", "the finest stadium")]
    [InlineData("Mayor Jo Pike said the stadium opens in May. This is the finest stadium in the north.", "the finest stadium")]
    [InlineData("June averaged 19.4C on the islands. It was the hottest June for the islands.", "the hottest")]
    [InlineData("Output fell 4.2% in the second quarter. It is the biggest quarterly fall in the region.", "the biggest quarterly fall")]
    [InlineData("Brannock Statistics says output fell 4.2% in the second quarter, but this is the biggest quarterly fall in the region.", "the biggest quarterly fall")]
    [InlineData("Lena Tamm ran 10.91 seconds in Rovik, the athletics federation said. That makes her the greatest sprinter of her generation.", "the greatest sprinter")]
    public void Pointing_back_to_a_speaker_an_unsourced_figure_or_a_figure_that_measures_something_else_is_no_support(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    /// <summary>
    /// A definite data noun opening the rank's sentence ("The figures are …", "The data make it …") points back to what
    /// the sentence before counted, with its named source, also across the paragraph break of a wire lead (issue 17).
    /// </summary>
    [Theory]
    [InlineData("Brannock Statistics said exports fell 6.1% in March.\n\nThe figures are the sharpest monthly drop since 2019.")]
    [InlineData("Brannock Statistics says output fell 4.2% in the second quarter. The figures make it the biggest quarterly fall in the region.")]
    public void A_rank_whose_data_noun_points_back_to_a_sourced_figure_is_supported(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    [InlineData("Exports fell 6.1% in March.\n\nThe figures are the sharpest monthly drop since 2019.", "the sharpest monthly drop")]
    [InlineData("Brannock Statistics said exports fell 6.1% in March. The figures are the best argument for a new port.", "the best argument")]
    [InlineData("Brannock Statistics said exports fell 6.1% in March. Harbour traders had the sharpest monthly drop since 2019.", "the sharpest monthly drop")]
    public void A_data_noun_pointing_back_to_an_unsourced_figure_or_ranking_a_judgement_is_no_support(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    /// <summary>
    /// A named source that says the claim again by a pro-form after its speech verb ("said as much", "said so") vouches
    /// for it, in the same sentence or the next (issue 17); a negated echo, a vague echo or a source that says
    /// something else does not.
    /// </summary>
    [Theory]
    [InlineData("Its coverage of the harbour fire was the best I have read in years, and the Tarn Press Society said as much.")]
    [InlineData("The new footbridge is the finest in the county. The Holm Civic Trust said so in its annual review.")]
    public void A_rank_a_named_source_says_again_is_supported(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    [InlineData("Its coverage of the harbour fire was the best I have read in years, and the Tarn Press Society never said as much.", "the best")]
    [InlineData("Its coverage of the harbour fire was the best I have read in years, and many readers said as much.", "the best")]
    [InlineData("Its coverage of the harbour fire was the best I have read in years, and the Tarn Press Society said it would reprint it.", "the best")]
    public void A_negated_vague_or_unrelated_echo_is_no_support(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    /// <summary>
    /// A body that keeps a series in the present ("coastlines it monitors", "the ports the agency tracks") bounds the
    /// comparison by its own set when it is the agent that opens the sentence (issue 17); "it" with no such agent, and
    /// the writer's own "we monitor", bound nothing.
    /// </summary>
    [Theory]
    [InlineData("The Brannock Coastal Office lists the bay as one of the most beautiful shorelines it monitors.")]
    [InlineData("Varn Port Data puts Holm among the busiest harbours it tracks.")]
    public void A_rank_within_the_set_a_named_body_keeps_is_supported(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    [InlineData("The bay is one of the most beautiful shorelines it monitors.", "the most beautiful shorelines")]
    [InlineData("We list the bay as one of the most beautiful shorelines we monitor.", "the most beautiful shorelines")]
    public void A_kept_set_with_no_named_keeper_bounds_no_judgement(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    /// <summary>A pick after a verb of choosing or publishing names what is chosen from a set at hand.</summary>
    [Theory]
    [InlineData("Send us your allotment photos. I will publish the best ones next week.")]
    [InlineData("Readers sent 300 haiku, and we picked out the strongest entries for Sunday's page.")]
    [InlineData("The panel will shortlist the finest submissions next month.")]
    public void Does_not_flag_a_pick_from_a_set_at_hand(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    [InlineData("Callow's voters picked the worst candidate in history.", "the worst candidate")]
    [InlineData("The festival will feature the greatest guitarist ever.", "the greatest guitarist")]
    [InlineData("Our magazine publishes the best writing.", "the best writing")]
    public void Still_flags_a_pick_with_a_universal_scope_or_a_claim_about_a_whole(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    /// <summary>Proverbs and fixed sayings are quoted from common stock; they rank nothing (issue 17, real news).</summary>
    [Theory]
    [InlineData("Copying a rival's tariff, the energy minister joked, is the sincerest form of flattery.")]
    [InlineData("Imitation is the best form of flattery, and the other carmakers have copied the Orla dashboard.")]
    [InlineData("The Rovers believe the best defence is a good offence and pressed from the first whistle.")]
    [InlineData("The vaccine team lives by the idea that the best is yet to come.")]
    [InlineData("For the weary nurses in Varn, laughter is the best medicine.")]
    [InlineData("The best-laid plans of the election board came apart when the scanners failed.")]
    public void A_proverb_with_a_superlative_is_no_rank(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    /// <summary>Near misses: a rank that only borrows a proverb's words still ranks.</summary>
    [Theory]
    [InlineData("Exercise is the best medicine for back pain.", "the best medicine")]
    [InlineData("A sea wall is the best defence against the spring floods.", "the best defence")]
    public void A_rank_that_borrows_a_proverbs_words_is_still_flagged(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    /// <summary>"most senior" and "most junior" name a grade in a hierarchy, a post the reader can check.</summary>
    [Theory]
    [InlineData("The most senior engineer at the plant signed the safety report.")]
    [InlineData("The most junior clerk at the election office counted the postal votes.")]
    [InlineData("She is the most senior woman in the central bank.")]
    [InlineData("The longest-serving member of the water board retired on Friday.")]
    public void A_grade_in_a_hierarchy_is_no_rank(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    /// <summary>
    /// A measured record in apposition with its named holder is a checkable fact; a judged rank with a named holder
    /// is still a claim.
    /// </summary>
    [Theory]
    [InlineData("Fireworks lit the sky over the world's tallest tower, the Varn Spire, at midnight.")]
    [InlineData("Climbers were turned back from the highest peak in Kestria, Mount Erris, after the storm.")]
    [InlineData("Crowds gathered under the longest bridge in the region, the Halden Span.")]
    [InlineData("The fund is owned by the richest man in Norvania, Tomas Brekke, who bought it in May.")]
    public void A_measured_record_with_its_holder_named_is_no_claim(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    [InlineData("The best team in Europe, Brenhill, lost again on Sunday.", "The best team")]
    [InlineData("The greatest manager this club has ever had, Ada Brenn, was sacked.", "The greatest manager")]
    [InlineData("The worst mayor ever is running again.", "The worst mayor")]
    [InlineData("Tolvik, the world's largest ride-hailing app, reported a loss.", "world's largest ride-hailing app")]
    [InlineData("The fastest-growing bank in Europe, Halden Credit, opened a branch here.", "The fastest-growing bank")]
    [InlineData("The largest shareholder is Brekke, Vale & Co, a fund in Varn.", "The largest shareholder")]
    public void A_judged_rank_or_an_unnamed_record_is_still_flagged(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    /// <summary>"the closest thing to", "the closest equivalent to": an idiom of approximation, not a rank.</summary>
    [Theory]
    [InlineData("The new ferry is the closest thing to a bridge the islanders will get.")]
    [InlineData("For many voters the televised forum was the closest thing to a debate this year.")]
    [InlineData("The tribunal is the closest equivalent to a jury in the old mining code.")]
    public void The_idiom_of_approximation_is_no_rank(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    [InlineData("The closest thing in the shop was a broken kettle.", "The closest thing")]
    public void A_closest_without_to_still_ranks(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    /// <summary>
    /// A measured record kept by a named instrument or station since its start is bounded by a series the reader can
    /// check, as "since records began" is; a judged rank is not, whatever the series.
    /// </summary>
    [Theory]
    [InlineData("The crest on Tuesday was the highest reading since the Brenn gauge opened in 1961.")]
    [InlineData("Tarnby had its wettest week since the weather station was installed in 1952.")]
    [InlineData("The spring tide was the highest since the observatory began recording in 1970.")]
    public void A_measured_record_kept_by_an_instrument_since_its_start_is_supported(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    [InlineData("This is the most reckless council since the gauge opened in 1961.", "the most reckless council")]
    [InlineData("The surge was the highest since the harbour opened in 1961.", "the highest")]
    public void A_judged_rank_or_a_start_that_keeps_no_series_is_still_flagged(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    /// <summary>A plural subject whose phrase runs into its past verb is still a subset the clause is about.</summary>
    [Theory]
    [InlineData("The largest firms admitted that they had overcharged customers.")]
    [InlineData("The most liberal voters fell in behind the mayor in March.")]
    [InlineData("The poorest households got the heating rebate first.")]
    public void A_plural_subject_followed_by_its_past_verb_is_no_rank(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    /// <summary>
    /// A plural superlative that a preposition takes, ending at its head, or that runs into its verb past up to three
    /// modifiers, says which members of a set an ordinary predicate is about (issue 17, real news).
    /// </summary>
    [Theory]
    [InlineData("The new levy applies to the most expensive private dental plans.")]
    [InlineData("The council sent warning letters to the worst polluters, and most of them paid.")]
    [InlineData("Tarnby Credit stopped lending to the smallest family farms.")]
    [InlineData("The tax credit applies to the most efficient electric vans.")]
    [InlineData("The biggest Varnish donors signed on within a week.")]
    [InlineData("The most generous patrons gave anonymously.")]
    [InlineData("The most cautious funds sold quickly last spring.")]
    public void A_plural_superlative_that_picks_the_members_a_predicate_is_about_is_no_rank(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    /// <summary>
    /// Near misses: a scope or complement after the head, a partitive, a copula, a verb's object and a by-agent keep
    /// the rank.
    /// </summary>
    [Theory]
    [InlineData("The council sent warning letters to the worst polluters in history.", "the worst polluters")]
    [InlineData("The grant goes to the brightest students in the country.", "the brightest students")]
    [InlineData("Brenn Shipping is among the worst polluters.", "the worst polluters")]
    [InlineData("The best schools in the valley are ours.", "The best schools")]
    [InlineData("Halden Bank charges the lowest fees.", "the lowest fees")]
    [InlineData("The harbour was run by the most reckless managers.", "the most reckless managers")]
    [InlineData("The new stadium was built from the worst possible materials.", "the worst possible materials")]
    [InlineData("The police are fighting with the most violent gangs.", "the most violent gangs")]
    public void A_plural_superlative_with_a_scope_a_partitive_or_a_copula_still_ranks(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    [Theory]
    [InlineData("The biggest risks posed by the dam are the cracks in its base.", "The biggest risks posed")]
    public void A_participle_with_its_agent_is_no_verb_of_the_subset(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    /// <summary>A superlative inside a "whether" clause is an open question; asserted outside one, it ranks.</summary>
    [Theory]
    [InlineData("The coach was asked after the game whether he was the fastest bowler in the county.")]
    [InlineData("Whether this is the worst drought in a century is a question for the hydrologists.")]
    [InlineData("Voters in Varn will decide whether the new tram is the biggest waste of money in the city.")]
    public void A_superlative_in_a_whether_clause_is_no_rank(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    [InlineData("Whether or not you rate him, Odell is the finest keeper in the division.", "the finest keeper")]
    public void A_rank_after_a_whether_clause_is_still_flagged(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    /// <summary>
    /// The predicate of a wh-clause a verb of asking, judging or knowing takes is the open answer of an embedded
    /// question, held by nobody (issue 17, real news); after a noun the wh-word opens a relative clause and the rank stays.
    /// </summary>
    [Theory]
    [InlineData("Each week we ask a panel of ten harbour pilots to rank who is the safest skipper on the coast.")]
    [InlineData("On Sunday the fair will decide which is the finest loaf in Tarnby.")]
    [InlineData("Readers will judge which was the boldest budget in Varn.")]
    public void A_superlative_answering_an_embedded_question_is_no_rank(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    [InlineData("Brenn backed the pilot who is the safest skipper on the coast.", "the safest skipper")]
    [InlineData("Nobody doubts who is the boss, and Vale runs the finest loaf stall at the fair.", "the finest loaf stall")]
    public void A_rank_in_a_relative_clause_or_outside_the_question_still_ranks(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    /// <summary>A superlative that pads an unnamed source is the sourcing rules' finding; a named source's praise still ranks.</summary>
    [Theory]
    [InlineData("A trader at the biggest bank in Varn said the fees were too high.", "RH3002")]
    [InlineData("A senior figure at one of the largest lenders admitted to me that the fees were too high.", "RH3002")]
    [InlineData("A lawyer at one of the best firms in Tarnby said the merger was legal.", "RH3002")]
    public void A_superlative_in_an_unnamed_source_is_left_to_the_sourcing_rules(string text, string sourcingRule)
    {
        Assert.Empty(Flagged("RH2001", text));
        Assert.NotEmpty(Flagged(sourcingRule, text));
    }

    [Theory]
    [InlineData("The most respected banker of her generation, Ada Brenn, said the fees were too high.", "The most respected banker")]
    public void A_superlative_in_a_named_source_still_ranks(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    /// <summary>The subject's own career, term or history bounds the set compared, as a possessor does.</summary>
    [Theory]
    [InlineData("The mayor called the tram vote one of the bitterest defeats of her career.")]
    [InlineData("Ledra Power posted the weakest sales in its history after the wind farm sale.")]
    [InlineData("The striker scored the cleanest goal of his entire season against Halden.")]
    [InlineData("The climate accord was the most ambitious deal of his presidency.")]
    [InlineData("The night of the count was one of the longest nights in my life.")]
    [InlineData("The orchestra gave the most daring concert in its long history on Saturday.")]
    public void A_rank_within_the_subjects_own_record_is_bounded(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    [InlineData("Odell is the greatest keeper of her generation.", "the greatest keeper")]
    [InlineData("Tom Vale was the worst mayor in the city's history.", "the worst mayor")]
    [InlineData("This is the most important election of our lifetime.", "the most important election")]
    [InlineData("The gallery showed the boldest painters of their time.", "the boldest painters")]
    public void A_rank_over_a_wider_set_than_the_subjects_record_is_still_flagged(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    /// <summary>
    /// Importance ranked for the party it concerns ("to"/"for" + a person or group) is that party's own list of
    /// concerns, as "the voters' most important issue" is: a closed set (issue 17, real news).
    /// </summary>
    [Theory]
    [InlineData("Rent control was the most important issue to the tenants of Brell Street.")]
    [InlineData("Ferry fares remain the most pressing concern for island residents.")]
    [InlineData("For Ms. Okafor, the new clinic was by far the most urgent matter for her.")]
    [InlineData("Water rights are the most crucial question to Halvard farmers.")]
    public void Importance_ranked_for_the_party_it_concerns_is_bounded(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    [InlineData("The most important issue in the race is housing.", "The most important issue")]
    [InlineData("Clean water is the most important issue for the world.", "the most important issue")]
    [InlineData("Rent control is the most important issue for everyone in the state.", "the most important issue")]
    [InlineData("The tram line is the most important project for decades.", "the most important project")]
    [InlineData("Harbour tolls were the harshest tax for the fishermen of Brell.", "the harshest tax")]
    public void A_rank_that_is_not_a_partys_own_concern_is_still_flagged(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    /// <summary>A demonstrative points back to a set the text has already listed: the comparison is closed.</summary>
    [Theory]
    [InlineData("Three firms bid for the Varn wind farm. The strongest of these bids came from Ledra Power.")]
    [InlineData("Kestria had four paper mills in 1950, and the busiest of those mills still runs.")]
    [InlineData("The committee heard six proposals for the museum; the most expensive of these ideas was a new wing.")]
    public void A_set_named_by_a_demonstrative_is_closed(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    /// <summary>"of them" points back to a set the text counted just before, a closed set (issue 17, topics6).</summary>
    [Theory]
    [InlineData("We tried five kettles this spring, and the Aurora was the quietest of them, at 41 decibels.")]
    [InlineData("Brell has four bakeries; the Mill Loaf is the cheapest of them.")]
    public void A_set_named_by_them_is_closed(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    /// <summary>"of them all" stretches the set over everything; a set never named or counted is still open.</summary>
    [Theory]
    [InlineData("Ilse Brandt is the greatest of them all.", "the greatest")]
    [InlineData("Kestria has four ferry lines, and the Varn line is the greatest of them all.", "the greatest")]
    [InlineData("Brenhill is the best team in the country.", "the best team")]
    [InlineData("Kestria has one of the most corrupt governments in Europe.", "the most corrupt governments")]
    public void A_set_stretched_to_everything_or_never_named_is_open(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    /// <summary>
    /// A pseudo-cleft whose clause ends in "do" hands over to the bare verb after its copula, the course it recommends
    /// (issue 17, topics6); the same light noun as a predicate ranks the subject, and "is pay" after a noun that is not
    /// a "do" clause names what is ranked.
    /// </summary>
    [Theory]
    [InlineData("The most useful thing any tenant can do is read the lease twice.")]
    [InlineData("The smartest thing a Tarnby voter could do is register early.")]
    [InlineData("The best thing a Tarnby tenant could have done was wait.")]
    public void A_do_cleft_recommends_a_course(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    [InlineData("A new sea wall is the single most important thing any council could do for Brell.", "the single most important thing any council")]
    [InlineData("The biggest issue in the Varn strike is pay.", "The biggest issue")]
    // A past choice ranked is a claim about what was done, not advice.
    [InlineData("The best thing the Tarnby club did was sign Oduya.", "The best thing")]
    [InlineData("The bravest thing Councillor Brell has done was turn down the toll.", "The bravest thing")]
    public void A_light_noun_that_names_what_is_ranked_still_ranks(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    /// <summary>"the best bet", "the safest bet": a set phrase for a likely pick, a tip rather than a rank (issue 17, topics6).</summary>
    [Theory]
    [InlineData("Ana Ruiz is the best bet for a medal in the Varn sprint.")]
    [InlineData("For a quiet table, the safest bet is the terrace at the Mill Inn.")]
    public void A_bet_idiom_ranks_nothing(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    [InlineData("Orbita placed the biggest bet on the Varn tram line.", "the biggest bet")]
    public void A_wager_by_size_still_ranks(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    /// <summary>An unsupported danger superlative stays reported, as threat inflation (RH1010 supersedes RH2001 there).</summary>
    [Fact]
    public void An_unsupported_danger_superlative_is_still_reported() =>
        Assert.Equal(["the most dangerous pipeline ever"], Flagged("RH1010", "The Kestria line is the most dangerous pipeline ever built."));

    [Theory]
    [InlineData("These are the strongest bids the Varn council has ever received.", "the strongest bids")]
    [InlineData("The most bitter fight concerns the pay of those nurses in Varn.", "The most bitter fight concerns")]
    public void A_demonstrative_before_the_superlative_closes_nothing(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    /// <summary>"than anyone expected": the standard of the comparison is an expectation, not everyone else.</summary>
    [Theory]
    [InlineData("The Varn flood barrier cost more than anyone expected.")]
    [InlineData("Turnout in Kestria rose faster than anybody had predicted.")]
    [InlineData("The new vaccine proved more durable than anyone could have imagined.")]
    [InlineData("Ledra shares fell further than anyone thought.")]
    public void A_comparison_with_what_anyone_expected_ranks_nothing(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    [InlineData("The Varn striker runs faster than anyone else in the league.", "faster than anyone else")]
    [InlineData("Odell has done more for the Halden grid than anybody.", "than anybody")]
    public void A_comparison_with_everyone_still_ranks(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    /// <summary>A prize named in lower case: "best" and the thing judged before a noun of an award or category.</summary>
    [Theory]
    [InlineData("Her film took the best director award at the Halden festival.")]
    [InlineData("Two Kestrian actors were shortlisted in the best actress category this year.")]
    [InlineData("The Varn Rovers winger collected the best newcomer prize on Friday.")]
    public void A_prize_named_in_lower_case_ranks_nothing(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    [InlineData("The Halden Cup is the biggest prize in Kestrian racing.", "the biggest prize")]
    [InlineData("It was the best film of the festival.", "the best film")]
    public void A_rank_of_prizes_or_films_still_ranks(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    /// <summary>
    /// A superlative of size on a threat noun inflates the threat: threat inflation, annotated once (the guidelines'
    /// "TI or SU?"), so RH2001 leaves it to the threat reading (issue 17).
    /// </summary>
    [Theory]
    [InlineData("The Varn housing slump is the biggest crisis the region has seen.")]
    [InlineData("The spring floods were the largest disaster to hit the Tarn valley.")]
    public void Does_not_flag_a_ranked_threat_size(string text) =>
        Assert.Empty(FlaggedAlone("RH2001", text));

    /// <summary>A judgement on a threat noun, a threat noun that only modifies the head, and a risk still rank.</summary>
    [Theory]
    [InlineData("The dock walkout was the most selfish strike this port has seen.", "the most selfish strike")]
    [InlineData("Varn has the finest criminal justice system in Europe.", "the finest criminal justice system")]
    [InlineData("The harbour deal is the biggest risk to the town budget.", "the biggest risk")]
    public void A_judgement_on_a_threat_or_a_risk_still_ranks(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    /// <summary>
    /// A superlative of harm on a threat of any domain, or on what a threat does, ranks the harm the threat did: threat
    /// inflation or a record, annotated once (the guidelines' "TI or SU?"), never an unsupported superlative (issue 17:
    /// eleven such findings on a definite shooting in the real-news sample).
    /// </summary>
    [Theory]
    [InlineData("The gunman carried out the deadliest mass shooting in modern Varnish history.")]
    [InlineData("Tarnby is still rebuilding after the worst flood in the valley's history.")]
    [InlineData("The ferry sank in the most destructive hurricane the Halden coast has known.")]
    [InlineData("The accord is meant to spare coastal towns the worst impacts of the drought.")]
    public void Does_not_flag_ranked_harm_of_a_threat(string text) =>
        Assert.Empty(FlaggedAlone("RH2001", text));

    /// <summary>Harm ranked on something that is no threat, and a threat's effects ranked by size, still rank.</summary>
    [Theory]
    [InlineData("Corwin was the worst harbour master in the valley's history.", "the worst harbour master")]
    [InlineData("Commuters suffered the worst effects of the new timetable in Tarnby.", "the worst effects")]
    [InlineData("The town suffered the largest effects of the drought in the county.", "the largest effects")]
    // In a sport sentence an attack is a side's forwards, not an assault.
    [InlineData("Halden Rovers have the deadliest attack in the league this season.", "the deadliest attack")]
    public void Harm_ranked_on_what_is_no_threat_still_ranks(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    /// <summary>
    /// "Most" on a word of likelihood or evidence ("the most obvious explanation", "the most logical target") grades the
    /// writer's inference, not a thing in the world (issue 17: three such findings in the real-news sample).
    /// </summary>
    [Theory]
    [InlineData("The most obvious explanation for the delay is the dock strike.")]
    [InlineData("The most logical target for a merger is the Halden creamery.")]
    [InlineData("The most plausible reading of the minutes is that the board split.")]
    public void Does_not_flag_an_inference_graded_by_most(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    [InlineData("The most brilliant explanation for the delay came from the dockers.", "The most brilliant explanation")]
    [InlineData("Halden is the most promising target in the valley.", "the most promising target")]
    public void A_judgement_graded_by_most_still_ranks(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    /// <summary>An irregular plural after a group superlative names a group, as a regular one does (issue 17, real news).</summary>
    [Theory]
    [InlineData("The levy would hand the wealthiest men in Tarnby a large refund.")]
    [InlineData("The grant pays for lunches for the poorest children in Varn.")]
    public void Does_not_flag_a_group_with_an_irregular_plural(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    /// <summary>A title contested after "for" and a verb of competing is a rank sought, not held (issue 17, real news).</summary>
    [Theory]
    [InlineData("Two Varn bakeries vie for the title of the best rye bread in town.")]
    [InlineData("Three airlines compete for the distinction of the safest carrier on the coast.")]
    public void Does_not_flag_a_contested_title(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    [InlineData("Varn Air competes with the safest carrier on the coast.", "the safest carrier")]
    [InlineData("Varn Air has been the safest carrier on the coast for years, and rivals compete for its pilots.", "the safest carrier")]
    public void A_rank_held_still_ranks(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    /// <summary>Idioms of degree built on a superlative rank nothing (issue 17, real news).</summary>
    [Theory]
    [InlineData("By March the Varn ferry strike had taken a turn for the worst.")]
    [InlineData("The Tarnby choir hires the best of the best.")]
    [InlineData("The council is now a talking shop in the worst sense.")]
    public void Does_not_flag_degree_idioms(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    [InlineData("The Varn ferry strike was the worst turn the talks took.", "the worst turn")]
    public void A_rank_near_an_idiom_still_ranks(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    /// <summary>
    /// A superlative inside a vague appeal to analyses is the appeal's content: the sourcing rule reports the appeal, and
    /// the superlative is not flagged a second time (issue 17, real news; an irregular plural of a document noun).
    /// </summary>
    [Theory]
    [InlineData("Independent analyses agree the richest families in Tarnby would see the largest gains from the levy cut.")]
    [InlineData("Setting the mayor's promises aside, independent analyses agree the ferry levy is the costliest in the north.")]
    public void Leaves_the_content_of_a_research_appeal_to_its_attribution(string text)
    {
        Assert.Empty(Flagged("RH2001", text));
        Assert.Contains(Lint(text), f => f.Id == "RH3007");
    }

    /// <summary>The appeal covers only its own content: the writer's superlative in the next sentence is still the writer's.</summary>
    [Theory]
    [InlineData("Independent analyses agree the ferry levy will rise. It is the costliest levy in the north.", "the costliest levy")]
    public void A_writers_superlative_after_a_research_appeal_still_ranks(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    /// <summary>
    /// A superlative in apposition to a figure ranks that figure, even past a dash: with a source for the figure it is
    /// supported (issue 17, real news).
    /// </summary>
    [Theory]
    [InlineData("The Corran transport board published its yearly accounts on Friday. Tolls brought in $3.1 million — the smallest sum since 1994.")]
    [InlineData("The Dunmore statistics bureau published its March survey on Tuesday. The jobless rate fell to 3.4 percent: one of the lowest on record.")]
    public void Does_not_flag_an_appositive_rank_of_a_sourced_figure(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    /// <summary>The appositive ranks the figure, but a figure nobody vouches for supports nothing.</summary>
    [Theory]
    [InlineData("Tolls brought in $3.1 million — the smallest sum since 1994.", "the smallest sum")]
    public void An_appositive_rank_of_an_unsourced_figure_still_ranks(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    /// <summary>The writer's own experience bounds a judged rank, as "in my life" does (topics3 review and blog classes).</summary>
    [Theory]
    [InlineData("The soup at Marrow Lane was the finest dish I have tasted this winter.")]
    [InlineData("Some of the warmest audiences I've had were in small halls up north.")]
    [InlineData("The pear tart was the finest dish I tasted on the whole trip, sharp and buttery.")]
    [InlineData("It was one of the hardest climbs I have ever ridden.")]
    [InlineData("That ferry was the slowest crossing I had all summer.")]
    public void Does_not_flag_a_rank_bounded_by_the_writers_own_experience(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    // "we" and "you" speak for everyone; "I think" is an opinion, not an experience.
    [InlineData("This is the most important vote we have ever cast.", "the most important vote")]
    [InlineData("It is the best novel you will read this spring.", "the best novel")]
    [InlineData("Tomas is the finest striker I think the club has signed.", "the finest striker")]
    [InlineData("The harbour tunnel is the worst project in the county.", "the worst project")]
    public void A_rank_not_bounded_by_the_writers_experience_still_ranks(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    /// <summary>A yes/no question raises a rank without asserting it; a "why" question takes it as given and still ranks.</summary>
    [Theory]
    [InlineData("Is Tomas Berg the finest striker in the league? Probably not yet.")]
    [InlineData("Was the old pier the ugliest building on the coast? Some thought so.")]
    [InlineData("Are these the cheapest fares in the region? We checked.")]
    public void Does_not_flag_a_rank_raised_by_a_yes_no_question(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    [InlineData("Why is the Varn line the slowest railway in the north?", "the slowest railway")]
    public void A_why_question_still_ranks(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    /// <summary>A free relative defines an unknown referent by its rank; a relative clause on a named head still ranks.</summary>
    [Theory]
    [InlineData("The seat will go to whoever spends the largest sums on leaflets.")]
    [InlineData("Whichever club fields the strongest side in May will take the cup.")]
    [InlineData("The prize goes to whatever entry draws the loudest applause.")]
    public void Does_not_flag_a_rank_inside_a_free_relative(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    [InlineData("Halden United, the club that fields the strongest side in the north, won again.", "the strongest side")]
    public void A_rank_in_a_relative_clause_on_a_named_head_still_ranks(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    /// <summary>A rank given as the reason for praise credited to nobody is the praise's content (RH3006 reports it).</summary>
    [Theory]
    [InlineData("The hostel has been praised for the friendliest welcome in town.")]
    [InlineData("The new library was widely lauded for the brightest reading room in the county.")]
    [InlineData("The organisers were hailed for the smoothest ticketing of the summer.")]
    public void Does_not_flag_the_reason_for_unattributed_praise(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    [InlineData("We praised the hostel for the friendliest welcome in town.", "the friendliest welcome")]
    [InlineData("The hostel is known for the friendliest welcome in town.", "the friendliest welcome")]
    public void A_rank_after_praise_by_the_writer_or_a_plain_reputation_still_ranks(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    /// <summary>Rank adjectives on a seller or maker claim first place in a market as a superlative does (issue 17).</summary>
    [Theory]
    [InlineData("Harbor Mills is the world's foremost maker of oat flour.", "the world's foremost maker")]
    [InlineData("Acme is the top maker of kettles.", "the top maker")]
    [InlineData("Tarvik will be the defining brand of the century.", "the defining brand")]
    [InlineData("Quillon is a leading supplier of school uniforms.", "a leading supplier")]
    [InlineData("Ostby Glass is a leading supplier of bottles to the brewing trade.", "a leading supplier")]
    [InlineData("Ostby Glass is the top supplier of bottles.", "the top supplier")]
    [InlineData("Ostby Glass was named the top supplier last year.", "the top supplier")]
    [InlineData("Ostby Glass, with 12 shops in the market square, is the world's leading bottle maker.", "the world's leading bottle maker")]
    [InlineData("Varn Cellars is the preeminent winemaker of the valley.", "the preeminent winemaker")]
    public void Flags_a_rank_adjective_on_a_market_head(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    [Theory]
    [InlineData("Acme is the top maker of kettles by sales, according to the trade body Kettlestat.")]
    [InlineData("Leading Edge Ltd opened an office in Tarnby.")]
    [InlineData("The club finished top of the league.")]
    [InlineData("The storm is leading to delays on the coast road.")]
    [InlineData("The ultimate decision rests with the court.")]
    [InlineData("Corvel wants to become the leading supplier of flour by 2030.")]
    [InlineData("The leading candidate won the primary.")]
    [InlineData("A spokesman for a leading maker of kettles said prices would rise.")]
    [InlineData("The heroine works at a top investment firm in Halden.")]
    [InlineData("The company's top supplier is based in Ohio.")]
    [InlineData("It is not the leading maker of kettles.")]
    [InlineData("Quillon is widely hailed as the leading supplier of uniforms.")]
    // Issue 16 review: a bounded possessor, a stated market share, a customer relation, a rank credited to its holder,
    // and an apposition that identifies the firm in wire copy.
    [InlineData("The country's leading carmaker cut output by 10%.")]
    [InlineData("Oslund is Norway's premier shipbuilding company.")]
    [InlineData("Harbor Mills is the region's foremost maker of oat flour.")]
    [InlineData("Brakeline, which holds 40% of the market, is the world's top brake maker.")]
    [InlineData("With a 35 percent share of the market, Ostby Glass is the leading bottle maker.")]
    [InlineData("Shares in Brakeline, the top supplier of brakes to Ford, fell 5%.")]
    [InlineData("Brakeline is a leading supplier to Ford and GM.")]
    [InlineData("Ostby Glass is the top supplier of bottles to Carlsbrew.")]
    [InlineData("Brakeline was named the top supplier by Ford last year.")]
    [InlineData("Ostby Glass was voted the leading supplier by the brewers' guild.")]
    [InlineData("Brakeline bills itself as the top supplier of brake parts.")]
    [InlineData("Ostby Glass describes itself as the leading maker of green bottles.")]
    [InlineData("Brakeline, a leading supplier of parts to Ford, said it would cut 200 jobs.")]
    [InlineData("Pell & Daughters, a leading bicycle retailer, opened its ninth shop.")]
    public void Does_not_flag_measured_named_literal_sought_or_unnamed_ranks(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Fact]
    public void An_indefinite_rank_adjective_is_a_suggestion() =>
        Assert.Equal(DiagnosticSeverity.Info, SeverityOf("RH2001", "Quillon is a leading supplier of school uniforms."));
}


/// <summary>A noun crowned within an era ranks without a superlative form (issue 17, su-recall).</summary>
public class RH2001EraRankTests
{
    [Theory]
    [InlineData("For the Varn Rovers it was the comeback of the decade.", "the comeback of the decade")]
    [InlineData("Brenna Lyle gave the performance of the century at the Halden Playhouse.", "the performance of the century")]
    [InlineData("The derby in Tarnby produced the upset of all time.", "the upset of all time")]
    [InlineData("The harbour sale was the deal of the century for the council.", "the deal of the century")]
    public void Flags_a_noun_crowned_within_an_era(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    [Theory]
    [InlineData("At the turn of the century the Tarnby port employed 4,000 people.")]
    [InlineData("Rents in Kell stayed flat for the rest of the decade.")]
    [InlineData("The wars shaped the events of the century in Varn.")]
    [InlineData("The music of the decade was loud and cheap.")]
    [InlineData("She starred in the Trial of the Century on Channel 4.")]
    [InlineData("The match was hailed as the comeback of the decade.")]
    [InlineData("Was the Kell final the comeback of the decade?")]
    [InlineData("The Kell final was not the comeback of the decade.")]
    [InlineData("By the end of the decade the Halden mill had closed.")]
    [InlineData("The Kell ferry line had been sold by the start of the millennium.")]
    [InlineData("“It was the comeback of the decade,” said coach Ilse Brandt.")]
    public void Does_not_flag_a_stretch_of_the_era_a_description_a_name_or_a_credited_rank(string text) =>
        Assert.Empty(Flagged("RH2001", text));
}

/// <summary>
/// Factual superlatives on the check topics (issue 17, su5): a day the calendar or the weather picks out, the peak of a
/// forecast, a record read off a series whose source the copy has named, a triage a proposal makes, a headline that is a
/// title, and the content of an impersonal attribution. Near misses keep the rank.
/// </summary>
public class RH2001FactualSuperlativeTests
{
    [Theory]
    [InlineData("It is 21 June in Varnby, the longest day of the year, and the ferry is late.")]
    [InlineData("Grid demand peaks on the coldest weekday evening, when heaters run flat out.")]
    [InlineData("The reserve is sized for the highest load forecast this winter.")]
    [InlineData("The Halden Statistics Office said on Tuesday that rents rose 4.1% in May. Rents peaked at 9.3% in March 2023, the highest rate in 30 years.")]
    [InlineData("The Tarn Water Board said the reservoir held 61% of capacity. Levels fell to 12% in 2019, the lowest since 1976.")]
    [InlineData("The levy should pay councils to repair the worst bridges first.")]
    [InlineData("It is widely accepted that the quay is the finest in the north.")]
    public void Does_not_flag_a_calendar_fact_a_forecast_a_sourced_series_record_a_triage_or_an_impersonal_view(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    // A record with no source anywhere before it, an open scope, a judgement, a statement of what was done: still ranks.
    [InlineData("Rents peaked at 9.3% in March 2023, the highest rate in 30 years.", "the highest rate")]
    [InlineData("This was the hottest summer in Kestria.", "the hottest summer")]
    [InlineData("It was the best day of the year for the harbour.", "the best day")]
    [InlineData("The board replaced the worst pumps in the valley last year.", "the worst pumps")]
    [InlineData("The operator expects the best result ever recorded.", "the best result")]
    [InlineData("You are the loudest fans in the league, bar none.", "the loudest fans")]
    [InlineData("Rivera is the greatest midfielder of my lifetime.", "the greatest midfielder")]
    public void Flags_a_record_without_its_source_a_judgement_or_a_scoped_predicate(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    [Fact]
    public void A_headline_the_body_names_as_a_title_is_not_a_rank() =>
        Assert.Empty(Flagged("RH2001", "Review: The Brightest Harbour in Tolvik, by Ines Marlow\n\nThe best way to approach The Brightest Harbour in Tolvik is slowly.\n"));

    [Fact]
    public void A_headline_the_body_does_not_name_is_read_as_text() =>
        Assert.Equal(["The Fastest Kettle"], Flagged("RH2001", "Meet Aurora: The Fastest Kettle Ever Made\n\nAurora boils a litre in 50 seconds.\n"));

    /// <summary>A noun for a set of a stated number counts the set as a number does.</summary>
    [Theory]
    [InlineData("Tolvik won 99 delegates on Tuesday, the largest haul in the quintet of contests held that day.")]
    [InlineData("Harbour Aid, the most active in a trio of quay charities, bought the old customs house.")]
    [InlineData("We kept three kettles at the quay; the Aurora was the quietest of the trio.")]
    public void Does_not_flag_a_rank_within_a_counted_collective(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    [InlineData("Harbour Aid is the most active charity in the region.", "the most active charity")]
    [InlineData("Harbour Aid is the most active charity in a town of quays.", "the most active charity")]
    public void A_rank_in_an_uncounted_set_still_ranks(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));
}
