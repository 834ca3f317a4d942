using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;
using Rhetlint.Rules.Superlatives;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>RH1003 — worst case stated as certain.</summary>
public sealed class RH1003WorstCaseCertainty : RhetoricAnalyzer
{
    public override RuleDocumentation Documentation { get; } = new(Descriptor)
    {
        WhatItDoes = """
            Flags a catastrophic outcome governed by a certainty modal in the writer's voice: "will", "shall", "'ll",
            "is going to", "is certain/sure/guaranteed/set to", followed (after adverbs such as "surely" or "inevitably") by
            a catastrophe in any domain — war, mass death, economic collapse, outage, shortage, contamination, crime,
            disease, tyranny, environmental collapse — from a reviewed list of catastrophes and
            the threat model's outcome nouns:
            - a verb that is catastrophic by itself: "will annihilate", "will wipe them off the map";
            - a destructive verb with a large or universal object: "will break every form of encryption", "will tear our
              society apart", "will overwhelm the health system";
            - the collapse of something large: "the grid is going to collapse";
            - the object of any of these ends before a pace ("are poisoning our families one meal at a time");
            - the fall of a state or a capital, alone or with a deadline: "Taiwan will fall by 2027", "Kyiv is going to
              fall within weeks" (not "exports will fall", "will fall by 2%", "will fall short");
            - a catastrophic state: "the country will be paralysed within hours", "the strait will be a Kestrian lake",
              "will be a wasteland", also with a modifier after its head ("will be a ghost town strung with cables",
              "a ghost town full of empty shops"), though not as a modifier of the next noun ("a ghost town tour stop"),
              and in a reduced relative on a ranked noun: "Corley will be the next town wiped off the map";
            - a step into a catastrophe noun: "will end in all-out war", "will lead to famine";
            - a weapon used: "once Kestria has the bomb, it will use it on its neighbors";
            - a verb of ruin (destroy, ruin, wreck, kill, gut, bankrupt, wipe out …) with a collective victim heading its
              object — a class of people (families, tenants, pensioners), a community (rural towns, the countryside) or a
              livelihood or institution it holds in common (family farms, the corner shop, the independent cinema, local
              journalism): "online casinos will ruin families", "the new levy will destroy family farms", "streaming is
              going to wipe out the independent cinema", "robot editors will kill journalism stone dead";
            - any act of a force ("they", a group or an organisation) on the last of a resource ("every last",
              "every single", "every drop of"), the verb open where the others read a list of ruin (issue 16): "those
              logging firms will fell every single tree in the Kessel valley", "they will take every last sardine in
              the estuary"; not an act of benefit or courtesy ("the volunteers will plant every single seedling"), a
              person's or an animal's taking ("the robins will take every last crumb"), nor with a figure or a date.

            A speed claim right after the outcome ("within hours", "overnight") is part of the finding.

            A dire forecast is scored rather than listed: a forecast with no hedge whose outcome is a death, a destruction
            or a loss (WordNet's senses of die, kill, destroy, lose, disappear and steal, and "be dead", "be gone"), and a
            point for each mark that sharpens it into a worst case — a death or a destruction by itself; a deadline, as a
            span or a near point ("within two years", "by September", "by fourteen"), a span counted in seasons or terms
            ("within three seasons", "within two winters") or the coming season ("by the summer"); totality ("all", "every",
            "everything"); a collective heading the subject or the object ("people", "mothers", "the village", a state);
            the future perfect ("will have lost them"); the conditional conjunction ("Sign this treaty, and we lose
            everything"); and, with a collective, a condition of inaction or of letting a harm go on — an "unless" clause,
            or an "if" clause with a negation, a verb of failing or continuing, a permission to go on, or idleness,
            before the forecast or after it ("unless the assembly funds the ferries, the island communities will be
            finished", "our fishing villages will be finished if Westminster sits idly by"). Two points make a finding:
            "people will die in the corridors", "the best surgeons will all be gone by April", "within three years every
            village post office will be dead", "you will have lost her by seven". The deadline is part of the finding.
            A deadline may also name an event or a period without a number, one shared reader for every forecast reading
            (WordNet's elections, terms of office, decades, centuries, generations, lifetimes and legislatures): "before
            the next election every hospital ward in the north will be shut for good", "before this century is over
            every glacier in the range will be gone", "by the time our grandchildren are grown every songbird in these
            woods will be gone"; "by the time" counts only a family's life stage, a coming event or the measure argued
            about, not an evening ("by the time the match ends"). A season of the year or of the feasts with its
            determiner is a deadline too (WordNet's harvest, haying, Lent, Advent and the holidays):
            "every public seed bank in the Fens will be dark by next harvest", "by the holidays every village post
            office in the county will be boarded up"; gone by one is a sell-out or a term's end ("by the holidays every
            seat at the pantomime will be gone"). A year makes a loss or an end a timetable, but not a death of
            people or a destruction of a collective, unless a plan or an aim is named (WordNet's plan, aim, hope,
            expect): "by 2030 people in the valley will die in their homes", not "by 2030 the county expects every
            tower block on the estate to be demolished". A universal opening a long subject makes the set total
            ("every public science lab in the county will be derelict"). The places of ruin a stake may become
            include WordNet's districts and towns glossed by misery, poverty, danger or destruction: "within a decade the old
            mill towns will be slums", "every market town will be a bomb site".

            The whole set a loss covers may also be stated in other ways than "every" and "all": a share of a quarter or
            more ("half the", "a third of our", "two thirds of", "one in three", "most of the", "the majority of"), whose
            figure is the set's wording and not a count; a collective of members ("a generation of apprentices"); and,
            for a state of death or of ruin (dead, derelict, uninhabitable), a definite or possessive plural of something
            a community holds in common. The set must be a stake of the readers, as a plain plural must: people, a place
            or a natural feature, a building, or a body such as a school or a council (WordNet's person, location,
            object and structure). "Within a decade two thirds of the coral reefs off Merrow will be dead", "within a
            generation our chalk streams will be dead", "within a year two thirds of our youth clubs will be gone", "the
            new levy will destroy half the family bakeries", "by next winter half the village pubs in the dales will be
            boarded up", "within a single term they would sell off our playing fields". Not food, stock, pets, plants or
            gadgets ("by noon half the cake will be gone", "slugs will destroy a third of your lettuces", "most of our
            phones will be dead"), a side or a fixture on a sport page ("will destroy half the league this season"),
            people who left or places taken ("by midnight most of the wedding guests will be gone"), a set gone on a trip
            ("half the town will be gone to the coast for the bank holiday"), a plain plural that is merely gone ("the
            portable cabins will be gone within a month"), a demolition ("the old huts will be destroyed"), a notice, a
            plan or a share with its source ("a third of councils will raise council tax next year, the survey found").

            The outcome of a dire forecast may also be an end rather than a destruction, scored the same way:
            - an end state after "will be" (WordNet's senses of over, finished and ruined as "brought to ruin",
              unrecognisable, and "too late", whose victim follows "for"), which a schedule also reaches, so it needs two
              marks: "local news in Dunmore will be over for good", "by spring every farm in the basin will be
              unrecognisable", "it will be too late for a whole generation of pupils"; a duration ("for good", "for
              ever", "for a generation") counts as totality;
            - a place made unfit to live in (uninhabitable), which counts like a destruction for a community, a region or
              a named place: "within a decade the Marren coast will be uninhabitable";
            - a state of ruin after "will be" or "will become" (WordNet's worthless, bankrupt, insolvent, derelict,
              deserted, destitute, desolate; a ghost town, a wasteland, rubble, a wreck, ruins; a value cut to a
              fraction or to nothing: "worth half what it is today", "worth a fraction of", "worth next to nothing",
              "worth less than", though not an amount, "worth half a point"), which counts like a
              destruction and falls on a stake — a collective, a practice a society holds, or a head WordNet files as a
              place, a natural object, a group or a possession (a town, a coast, a council, a community, a pension
              fund) — so it needs no deadline, and a year leaves it standing, since no schedule makes a stake
              derelict: "the Harwick pension fund will be worthless", "our market towns will be deserted", "our village
              schools will be derelict by 2031";
            - a state of death (dead, defunct, extinct) of a stake that never lived — a collective that is no people, a
              place or a natural object — weighed the same way: "our high street will be dead", "the Tarn estuary will
              be dead" (a group by its first sense is as often a thing or an evening: "the phone line will be dead",
              "the party will be dead by midnight"; a practice keeps its two marks);
            - an end state of cessation or ruin, one shared reader for every forecast reading (WordNet's closure, ruin,
              absence, death and emptiness, the participles of closing, abandoning and destroying, and idioms of
              ending): a closure or an emptying, which can be undone, must last ("shut for good", "shuttered and
              derelict") and is a schedule under a plan or with a year; ruin, absence and death weigh as above; events
              of ending after the modal count the same: "within two years every family bakery in Dunmore will be
              padlocked", "within a year every bookshop in Rellport will fold", "within three years every corner shop
              in Ashby will have gone under", "within two years every small theatre in Kelby will go to the wall", "by next spring the whole fishing fleet of Penmarrow will be on the
              scrapheap". Not the end of a device, a good or a plant ("every phone on the old network will be dead"),
              a closure or an absence within less than a month ("by midnight every bar will be shut", "within two
              hours every ticket will be gone"), a tenancy's gap or a licence's "dry", which pass ("every flat will be
              vacant"), a rule from a date ("from January the whole site will be dry"), a merger ("will have folded
              into the new league"), or a state followed by its successor, its purpose, a move to a destination or a
              clause of ending ("gone, replaced by charging hubs", "empty after the clearance sale", "vacant ahead of
              refurbishment", "untenanted as residents move to the new block", "closed down, ending two centuries of
              mining");
            - a negated survival ("will not survive", "won't last", "will not outlast") of a collective or of something
              a society holds in common — a language, a freedom, trust, an idea — with the era it fails to outlast ("the
              decade", "the century", "the generation") or a deadline: "trust in the currency will not survive the
              decade" (a stake RH1002 names, "the free press will not survive the decade", "the Welsh language will not
              survive the century", is survival framing, and RH1002's finding supersedes this one);
            - a recovery that will never come (WordNet's recover as getting over a shock or a financial loss) for a
              collective or something a society holds: "the mining towns of Ardle will never recover", "public trust will
              never recover from this"; only "never" makes a loss permanent ("won't recover by the weekend" is a
              timetable), and one person's ("he will never recover") is a prognosis;
            - no other one for a collective: "there will never be another free press in this province", "there won't
              be another local paper in the county";
            - the death of a practice, a right or an institution a society holds, named as a kind — a bare singular noun
              phrase headed by an abstraction, with a modifier before the head or "of"/"by" and a bare noun after it
              ("trial by jury") — which counts as a collective: "within three years public broadcasting will be dead",
              "if nothing changes, within a decade collective bargaining will be dead", "within a decade university
              mathematics will be dead" (a discipline in -ics is singular; a bare head alone is as often a mood or one contest's state: "by spring interest will be
              dead", "conversation will be dead at the summit"); a class named by a comparison is its head's: "within a
              decade cities like ours will be unrecognisable", but not a comparison with one person ("within a decade,
              people like my grandmother will be gone from the village");
            - an era — a year, a decade, a century or a generation — named as the time of such a death, with a year as
              the era rather than a projection: "2031 will be the year free speech dies", "this will be the decade the
              family farm dies" (a day, a week or a season is a fixture's time: "Friday will be the day interest
              disappears from the tie").

            The outcome of a dire forecast may also be an inability, weighed like a loss, so it needs two marks:
            - a collective or an institution (a group noun such as a council or a club, or a name after "the") unable to
              act — "will be unable to" (WordNet's unable, first sense) or "will not", "will never" or "will no longer be
              able to" — with a deadline of a season or longer, totality or a condition of inaction: "within a year the Ostland Treasury will be
              unable to meet its debts", "by spring the county council will no longer be able to fund a single library";
            - a large collective or a totality ("a generation", "a country of voters", "a whole town") made unable, with a
              relative clause of inability ("who cannot", "that can't"), and a deadline, the future perfect or a
              condition of inaction: "within ten years the coast will have a generation who cannot swim", "the closures
              will have left a whole town that cannot pay its rent";
            - a lost generation: an age cohort ("a generation", "an entire generation of …") forecast with "will never" to
              reach a good of an ordinary life — owning, reading, learning, affording, retiring — as the subject or in
              a relative clause on it: "a generation of young nurses will never own a flat", "Carrow is raising a
              generation that will never read a novel"; "never" is the totality, so no deadline is needed; the first
              cohort to lose the good too, the writer's own included: "we are the first generation that will never
              retire";
            - a kind forecast out of existence by a deadline of a season or longer — a role people hold, a collective or a practice named as a
              kind: "within a decade there will be no such thing as a local reporter", "within a decade there will be no
              such thing as collective bargaining".

            A whole set changed for the worse may be forecast with no word of harm: a universal or in-group set ("every",
            "all", "the whole", "entire", "our") heading the subject of a certainty modal, put by "be", "have been" or "go"
            into a state where it has lost its normal working — closed, shut, dark, empty, deserted, boarded up; people
            replaced; out of business, work or a job, out of their homes; off the land; under water; without a single one
            — with a deadline: "within a year every family bakery in Marlow will be out of business", "by spring every
            community theatre in the borough will be dark", "within two years every bank teller in the country will be
            replaced". Not a closure bounded by a purpose or a period ("closed for reseeding", "dark on Mondays", "closed
            over the Christmas break"), a figure or a year in the sentence, a thing replaced ("every till will be
            replaced with a faster model"), a gain ("all city buses will be electric"), or a move: a place being left
            ("out of the old office"), a counted stay away ("out of the country for a month"), or the plan's next step
            in a clause after it ("the hall will be empty and the crews will move in", "shut and staff will work from
            the new hub", "out of the building and rehoused in the tower").

            A dated certainty needs no word of harm and no listed end state: a whole set's change told with a
            certainty modal ("will", "'ll", "they'll", "is going to", or "would" in a sentence with no condition and a
            deadline in a term of office) and a long deadline ("within a year", "by 2030", "by the end of next year",
            "within a single term", "before the decade is out", "by the time this bill passes", "the moment this
            merger closes", "in our children's lifetime"), when the change is not a plan's:
            - the set as the verb's object, taken by an unnamed force, "they" or a definite plural collective: "within
              a single term they would sell off every park in the borough", "within a year the gangs will run every
              estate in Lowther", "within a year they'll be reading every text message you send";
            - the set as subject made to answer to an unnamed force: "by 2030 every newsroom in the country will
              answer to the cartels";
            - a negated universal left with none or not daring: "by the end of this decade no family in the valley
              will have a dentist left", "before the decade is out, nobody in Fenwick will dare to walk home after
              dark", and the same said as an inability to act with no object, of a negated subject or of a generic
              "you": "within a year you won't be able to walk through Cray Park at night", "by the end of the decade
              no child in Fennick will be able to play outside"; an act in a place only when a harm takes it away
              (after dark, at night, safely, in peace, in dignity), since access rules and bans are told so (not "by
              2030 you won't be able to smoke in any pub garden", "buy a petrol car", "enter without a pass", "park
              there on Saturday").

            A permanent loss may be forecast by its grammar alone, with no word of harm:
            - a good of an ordinary life (owning, buying, affording, trusting, retiring; telling one thing "from" another;
              living in a place, with the place: a location, a name or a definite building, not a hardship or a lodging,
              "no child will live in poverty", "no family will live in a hostel")
              denied a whole population — "no", "not a single" or "not one" before people or a collective — with a
              deadline of a season or longer or the next election: "by next summer no family in Carrow will be able to
              afford a flat", "within five years no shopper will know real honey from syrup", "within a decade no farming
              family will live in the valley"; the emphatic "not a single" or "not one" also by a year, which a plan's "no"
              is not: "by 2031 not one young family will live in the harbour streets" (not with a count, a year or
              a notice's date: "by Friday no pupil will be able to buy lunch"; nor under a rule or a plan: "within a
              year no pupil will be able to buy fizzy drinks under the new rules"; nor undated: "no voter will ever trust
              him again" is a verdict on one man);
            - the same good denied for ever, "never again", to a kind of people: "never again will a young teacher buy a
              house in Ashby", "young chefs will never again afford a lease" (not a vow: "never again will we buy from
              them");
            - the last one ever: "the last" occasion or period, with "ever" or a vote that "will count" in its clause:
              "this will be the last season cricket is ever played at Harrow Lane" (not a person's farewell: "the last
              season she will ever play here", "the last time I ever vote for them"; nor a timetable, with a calendar
              date or a count: "the last winter the ferry ever runs at night, as the new bridge opens in March").
            - the end of a stake in words no schedule uses: a death as a simile, which needs no deadline ("by 2031 the
              high street will be as dead as the dodo"; "as extinct as" also of a kind of people: "the session musician
              will be as extinct as the dodo"); "a thing of the past" with a deadline, a totality or a duration
              ("within a decade local radio will be a thing of the past", not "paper tickets", "cash" or "measles");
              and any end state of a stake named by the readers' memory of it, with a deadline or a duration ("the
              Ashby we grew up with will be gone within a decade", "village cricket as we know it will be finished
              within five years"; not "the houses we knew will be gone by Friday").

            An election forecast as stolen or rigged (WordNet's steal and rig as "arrange the outcome by deceit") is a worst
            case by itself, the election (WordNet's election and its kinds, a referendum) heading the subject of the
            passive or the object: "the mayoral election will be stolen", "deepfakes will rig the referendum" (not
            a contest of sport, "Rovers will steal the points", nor a candidate's loss, "we will lose the election").

            A worst case needs no "will" to be stated as fact. The rule also flags, in the writer's voice:
            - the same catastrophes as under way, in the present progressive: "Microplastics are poisoning an entire
              generation", "a whole cohort of apprentices is being wiped out", "the power grid is collapsing", and after a
              threat noun, "an epidemic destroying millions of lives"; in the passive, a verb of ruin done to a
              collective victim or a large noun, or to what "our" or "your" names: "the working class is being wiped out",
              "society is being hollowed out", "our heritage is being erased" (bodily harm, such as "killed" or
              "poisoned", only to what "our" or "your" names: "children are being killed in the north" is the news of a
              war);
            - harm under way to a collective victim, a class of people, a community or what a society holds in common
              heading the object (children, teenagers, families, a town, the high street, local news): "cheap vapes are
              poisoning our teenagers", "the betting apps are ruining a whole town", "endless feeds are rewiring our
              children's brains" ("rewire" and "warp" harm only such a victim: "rewiring the town hall" is work); a
              victim's possessive also stands for the victim before its mind or body (mind, brain, health, body,
              lungs, soul): "energy drinks are poisoning our teenagers' minds", but not "the roadworks are ruining the
              village's parking";
            - ongoing harm, scored like a dire forecast: a present or present perfect progressive of a verb of ruin
              (WordNet's senses of kill, destroy, poison, corrupt and wipe out, and "tear … apart"; outside killing, the
              senses of cripple, paralyse and bankrupt that ruin a livelihood or a body politic) or of decay (rot,
              decay, crumble), with a point for each mark — a verb of ruin; a valued victim heading an object (a
              collective, an art form or a medium such as music, jazz or cinema, or a person, group or body that "your"
              or "our" owns: "your family", "our kids"; "you" or "us" alone counts no point); a sweep of several objects
              or a totality ("you and your children", "neighbours, churches and entire villages"); slow and certain
              ruin ("slowly", "quietly", "from the inside", "before our eyes"); for decay, a subject that cannot
              literally rot (a market, a system) or a large one. Two points make a finding: "every bag of crisps is
              slowly poisoning you and your children", "algorithmic playlists are killing jazz", "rent speculation is
              tearing neighbours, churches and entire villages apart", "the parking levy is quietly bankrupting
              households", "the housing market is rotting from the inside";
            - harm to a collective victim as a generic truth, in the simple present: "social media destroys childhood",
              "gambling apps ruin families", "holiday lets hollow out every seaside town", "the rent cap guts the middle
              class" — a verb of ruin after a noun subject, with a collective victim or a large noun ("the economy") for
              object;
            - the same catastrophes told as done, in the present perfect: "the streaming giants have gutted local news",
              "the levy has hollowed out the whole steel industry", "cheap imports have bled every small farm dry",
              "millions have been wiped out";
            - total loss as a negative existential: "there will be no trout left in these rivers", "there won't be a
              single corner shop left" (not a loss credited to a change, "as the operator replaces them"), told too as what a generic "you" will not find or see when the thing is a
              building or establishment (WordNet's structures) lost over a long deadline and not to a plan, a
              replacement or a credited change ("within a decade you will not find a single bakery left in the Ardent
              valley"; not "you won't find a sourdough loaf left after ten", "a pothole left once the resurfacing is
              done", "a diesel bus left, as the operator replaces them"), or with a dated relative of ability in the
              place of "left", on such a good or with an act a harm takes away, and with no purpose told after it ("by
              2040 there won't be a beach on this coast a child can safely play on"; not "a pothole a cyclist could
              fall into", "a new petrol car a driver can buy, as the ban takes effect"); and as what a collective or a place will have left, with a deadline of a
              season or longer: "within a decade the county will have no dairy farms left", "in five years the region
              will not have a single bank branch left";
            - total loss as a working state (open, safe, affordable, habitable, usable: WordNet's senses) denied a
              whole set, with a deadline of a season or longer: "by next Christmas there won't be a single chemist open
              on Dane Street", "within a year you will not find one chemist open on Dane Street", "within a decade no routine operation will be safe", "not one maternity ward in the
              valley will be open"; and as no access to "a single" place, group or person: "within five years you
              won't be able to find a single repair shop in Marlow" (not a notice's date, "by Friday no pharmacy will be
              open"; not a bound, "open on Sundays", "open to lorries", or one further on in its clause, "open on the
              bypass at night while it is resurfaced"; not with a reason, a sell-out or a move, "because the bank is
              merging them", "which is booked solid", "in the old infirmary; patients move to the new hospital"; not a
              double negative that means every one, "a single store that doesn't stock it", "a single home without
              broadband"; not undated hyperbole, "there won't be a single dry eye in the house");
            - irreversible harm, a harm noun (damage, harm, injury, trauma …) with a predicate of irreversibility
              (permanent, irreversible, irreparable …): "the damage these apps do is permanent"; or denied a remedy:
              "the damage to the coral cannot be undone", "there is no coming back from the damage" (with a harm or a
              catastrophe named after "from");
            - a catastrophe said to be here: a threat or catastrophe subject with "is at hand", "is upon us" ("the
              collapse of the currency is at hand");
            - an end announced for something large: "this verdict heralds the death of the republic", "will spell the
              end of the whole fishing industry";
            - disappearance forecast within a span: "most corner shops will not exist in five years", "will cease to
              exist within a decade"; and a sweeping loss, certain and dated by a span, of something universal or
              large — the subject, or the object of "make"/"cause": "every orchard in the valley will be gone within a
              decade", "half of all dairy farms will vanish in ten years", "the new tariffs will make every small
              brewery disappear within five years";
            - a descent into a catastrophic state told as under way, in the progressive, the perfect, the passive or as
              a noun with its owner: "the country is (fast) descending into barbarism", "the city has slid into lawlessness",
              "we are being dragged into civil war", "the region's slide into famine"; the states are the threat
              model's outcomes, a ruin ("a police state") or a state of descent ("barbarism",
              "dystopia"; a regime or lawless place such as "tyranny" or "a police state" is RH1005's category and
              reported there); a general doom ("chaos", "collapse") or an economic one only for a large
              subject ("the country is spiralling into chaos"), since a meeting also "descends into chaos";
            - on the brink of a state of ruin: "the valley is on the verge of famine", "the grid is on the brink of
              collapse" (collapse for a large subject only);
            - a hedged scenario given an imminent deadline (a season, a feast, a month, "within weeks"): "pirate gangs
              could shut down the whole port by Christmas". Near is at most months away: "by" or "before" a season, a
              feast, a month or a weekday, "within" or "in (a matter of)" hours to months, "overnight", "any day now";
              a year ("by 2030", "within five years") is a projection. The collapse or crash of a market or a
              currency counts as the collapse of something large: "the peso could collapse overnight", "the housing
              market may crash any day now". The hedge keeps it one level lower, a suggestion.

            A question can state a worst case by the answer it expects. The rule reads two such questions and keeps its
            severity for them, since the question is the claim:
            - the end of a kind of thing (a noun phrase with no article or name, "the end of village cricket", or a
              large stake) asked in a yes/no question and answered yes at once, in a short next sentence with no figure:
              "Is this the end of village cricket too? You bet it is.";
            - a belief asked about with "really", "seriously" or "honestly" that expects no to a collective's survival:
              kin after a possessive, a class of people, a community or "we", then "will still" or "will ever": "Does
              anybody seriously think our children will still be fishing this coast in 2070?", "Do you really
              think your kids will still have jobs here in 2050?".
            RH1003 owns them rather than RH1002 because the expected answer asserts an outcome as certain, the claim this
            rule reads; RH1002 leaves a genuine question about a large stake to its asker.

            Unevidenced catastrophic harm claims about a non-state threat — a product, a technology, a drug, a market,
            a crime wave ("is rewiring children's brains", "the damage is permanent") — belong to this rule: they state
            present catastrophe or irreversibility in the writer's voice with no evidence, which is a worst case
            asserted as fact, whether told as under way, done or irreversible. Fear imagery in them (a poison, a
            plague) is RH1001's. The progressive, the perfect and, with a
            collective victim, the generic present are the tenses of this claim: the simple past narrates ("the fire destroyed three homes"), and RH1002 owns
            a threat to a way of life or a nation's existence, which is about what is at stake, not what is done.
            """,
        WhyIsThisBad = """
            Kaufmann names the swap of worst-case outcomes for likely ones as a core move of threat inflation. "Will"
            turns a possibility into a forecast with no one accountable for the odds.
            """,
        MoreSections =
        [
            new("Constructions counted in real fear appeals (issue 16)", """
                Counts from the 294 Appeal_to_fear-prejudice spans of the PTC train split (SemEval-2020 task 11), each
                coded by hand by the construction that makes it alarmist (the corpus has no licence, so no span is quoted
                here). "Covered" is a span that any RH1 or RH2 finding overlaps; "news" counts new RH1 findings on a
                fixed sample of PolNeAR and SemEval-2023 news articles, both splits. Only the first row was built; the
                others are recorded so that the next reading starts from counts.

                | Construction | Spans (articles) | Covered before | After | News |
                |---|---|---|---|---|
                | a harm as the price of inaction or persistence ("if we do nothing …", "unless …", "if this goes on …") | 19 (15) | 1 | 1 | 0 |
                | a disease or a threat spreading, under a modal | 18 (11) | 0 | — | not built: as common outside spans as inside |
                | a threat, danger or menace predicated of an actor | 23 (19) | 1 | — | not built: as common outside spans and in news |
                | destruction, extermination or conquest of a group | 17 (13) | 1 | — | not built: mostly quoted threats or scripture |
                | imminence or inevitability, no one shape | 11 (10) | 0 | — | not built: under ten per shape |
                | attack, war or invasion against a valued group | 11 (11) | 1 | — | not built: half are literal war reporting |

                The built row moved no PTC span: 9 of its 19 spans are quoted or reported, which the guidelines leave
                alone, and the other 10 threaten persecution, damnation, a "tragedy" or an "atrocity" rather than the loss
                of a collective that the dire forecast scores. Overall coverage on the train split stays 6 of 294
                fear-appeal spans and 40 of 466 Exaggeration,Minimisation spans.
                """),
            new("The end of something held in common, counted before building (issue 16)", """
                A later reading asked whether the end of a practice, an institution or a way of doing things, stated as
                certain ("will be dead within two years", "there will be no such thing as …", "will be unrecognisable",
                "will be unable to pay its bills", "the year … dies"), is a class. Counted by a script of the project's tools
                in the fear, exaggeration and loaded-language spans of the PTC train split and of SemEval-2023 task 3 (the
                same articles re-annotated, so side by side), in the writer's voice, against every sentence of the PolNeAR
                train split (41,609) and every sentence of the PTC train articles (20,725):

                | Construction | PTC spans | SemEval-2023 spans | PolNeAR per 10,000 | PTC articles per 10,000 |
                |---|---|---|---|---|
                | will die, be dead, perish | 1 | 1 | 0.5 | 2.4 |
                | will be over, finished, gone | 0 | 0 | 0.0 | 0.5 |
                | will disappear, vanish, cease to exist | 0 | 0 | 0.2 | 0.5 |
                | will be (or spell) the end of | 0 | 1 | 0.5 | 0.0 |
                | the death, end or demise of | 4 | 6 | 24.5 | 25.1 |
                | nothing or nobody left | 0 | 0 | 0.2 | 0.0 |
                | no such thing as | 0 | 0 | 0.7 | 1.4 |
                | unrecognisable | 0 | 0 | 0.0 | 0.0 |
                | unable to pay, go bankrupt | 1 | 1 | 0.0 | 0.5 |
                | every or all … will | 2 | 2 | 1.4 | 3.9 |
                | any certain end or ruin, within four words of the modal | 8 | 8 | 12.0 | 18.3 |

                None was built. No shape reaches ten writer's-voice instances, and the union of them all holds eight, of
                which two are the end of something held in common; the rest are a group's death, a catastrophe noun, a
                quotation the counter took for the writer's, or the speaker's own threat. News uses the union two thirds as
                often as propaganda does, and "the end of" as often. The eval misses of this shape each turn on one word or
                phrase the rule does not read (a discipline that is no collective, a subject with a comparison after it, "no
                such thing as", "unable to pay"): cases, not a class.
                """),
            new("Inability, negated existence, takeover and a bare deadline, counted before building (issue 16)", """
                A later reading took the certain forecasts the eval sets miss whose outcome is in no catastrophe class and
                sorted them into four classes: a kind forecast out of existence ("there will be no such thing as …",
                "will exist only …"); a universal takeover (every member of a kind changed by an outside agent or for
                ever); the inability of a collective or an institution ("will be unable to", "a generation that cannot
                …"); and a span deadline with any outcome the Liu negative words call bad. Counted with
                tools/forecast_constructions.py (patterns that over-match on purpose) in the same spans and sentences as
                the table above, and for the last class also in every PTC train sentence:

                | Class | PTC spans (writer, quoted) | SemEval-2023 spans (writer, quoted) | PolNeAR per 10,000 | PTC articles per 10,000 |
                |---|---|---|---|---|
                | no such thing as, nothing left, exist only, no … will ever | 0, 0 | 0, 0 | 0.2 | 0.0 |
                | every or all … will be done by, will have, forever | 0, 0 | 0, 0 | 0.0 | 0.0 |
                | will be unable, not be able; a collective who cannot | 0, 1 | 0, 1 | 1.2 | 2.4 |
                | a span deadline and a certain forecast | 0, 0 | 0, 0 | 0.7 | 1.4 |
                | the same with a Liu negative word in the outcome | — | — | 0.5 | 0.5 |

                No class reaches a writer's-voice instance in the propaganda spans, so none is built for PTC recall; the
                news uses are sourced or reported (a super PAC that "will not be able to match" its rivals, a fear of
                being "unable to collect" benefits). Three were built because the opinion writing of the eval sets uses
                them and news almost never does, with gates that keep the few news uses silent: the inability of a
                collective or an institution, a large collective made unable, and a kind of person, a collective or a
                practice forecast out of existence by a deadline (all scored as a dire forecast, two marks). On the fixed
                news sample (PolNeAR and SemEval-2023 train, 1,286 articles) they add no finding. Not built: a universal
                takeover, whose outcome carries no mark of harm ("every seaside town will have …" is also a library or a
                bus route), and a bare deadline with a negative outcome, whose two news uses are a candidate's "defeat"
                and a lead that will be "insurmountable" and whose one PTC use is a medical prognosis.
                """),
            new("Hedged catastrophe forecasts, counted before building (issue 16)", """
                A survey of fear appeals suggested that a catastrophe or a contagion under a modal of possibility, in the
                writer's voice ("could spread", "may well collapse", "could be wiped out"), is the largest group of missed
                fear spans outside quoted speech. Counted by a script of the project's tools: a modal (could, may, might,
                would, with "well", "easily" and the like) before an outcome the threat lexicons already know (a
                catastrophe verb, a dire outcome, a disease verb), in the fear and exaggeration spans of the PTC train
                split and of SemEval-2023 task 3 (the same articles re-annotated, so side by side), against every sentence
                of the PolNeAR train split (41,609) and of the PTC train articles (20,725). A sentence is marked when it
                holds an attribution, a figure, an "if" or "unless", a limited scope or an expert noun:

                | | Sentences | Per 10,000 | With no mark |
                |---|---|---|---|
                | PTC fear and exaggeration spans, writer's voice | 5 | — | 3 |
                | SemEval-2023 fear and exaggeration spans, writer's voice | 6 | — | 4 |
                | PTC train articles, anywhere | 54 | 26.1 | 23 |
                | PolNeAR train news | 86 | 20.7 | 44 |

                Not built. The script counts a sentence with a reporting verb (a past form, or a present one before
                "that": "officials warn that") as quoted; read by hand, four of the five PTC span sentences left are
                reported all the same (officials worry, a president's reasons are retold) and the fifth is a literal
                consequence of a nuclear war; SemEval-2023 adds one reading of an impeachment's consequences. No
                writer's-voice alarm is left to build from, and the shape is about as common across news (20.7 per 10,000) as across the propaganda articles
                (26.1), half the news uses with no mark that would tell them apart (a party that "may lose" the Senate, a
                standoff that "might be finished"). The hedged scenario the rule does read needs a near deadline, which
                makes it imminent rather than possible.
                """),
        ],
        NotFlagged = """
            - a dated change of a whole set that is a plan, a schedule or a budget: a body named in the singular, its
              workers or a thing doing it ("the council will resurface every road in the ward within two years",
              "inspectors will have visited every care home by the end of the year", "electric trains will serve every
              station within a decade"), a property, a status or a thing given ("by 2030 every bus in the fleet will be
              electric", "every school will be an academy", "every pupil will get a laptop"), a run-down set remade
              ("every disused quarry will be a nature reserve"), a named holder ("run by the combined authority"), a
              set remade into a place of new use or handed to an indefinite holder ("every branch will be a community
              hub", "every allotment will be run by a volunteer committee"), something put at each member ("the trains
              will stop at every station", "they would build a chapel in every parish"), an instrument ("they will
              replace every streetlight with LED lamps"), a short deadline of the calendar or an event (a season, a
              holiday, "by dawn", "by the end of the match", "by the end of the year", "by the time the doors open":
              "by spring the road crews will resurface every street", "by the end of the night nobody will dare to
              leave the dance floor"), a "would" of past narration ("within a decade they would map every river in
              the colony"), a pledge or a relief ("no child will go hungry", "nobody will have to work on Saturdays"), a figure, a plan
              ("under the new agreement"), a purpose or a reason after it ("to offer security advice");
            - could/may/might: a possibility is not a certainty (RH1006 catches stacked possibilities), unless a near
              deadline makes it imminent; a far one ("could flood the delta by 2100") is a projection, and so is a
              fall that is no collapse ("the pound fell 2% overnight", "shares could fall further within weeks");
            - a dated end, which is a schedule ("the tax break will no longer exist after April", "every coal plant
              will be gone by 2030"), ends of small things ("the new rules spell the end of free parking", "help is at
              hand", "the old bridge will be gone within a year");
            - a sale or a booking running out ("there will be no tickets left"), and permanence that is no harm ("the
              closure is permanent", "the decision cannot be reversed"), or a loss that is no harm ("there is no coming
              back from a three-goal deficit", "there is no going back to the old office");
            - the perfect of news: a disaster or an act of war in the sentence ("the fire has destroyed the village
              hall", "last night's storm has wrecked the town's harbour wall"), a count of victims ("measles has killed
              three children"), a victim that does not head the object ("has ended congestion in the town centre"),
              and medical literal uses ("the disease damages the liver");
            - the speaker's own side in the present ("we are crushing every obstacle");
            - ongoing harm that is an idiom, news or a single mark: no valued victim ("the heat is killing me", "killing
              time", "the band is killing it", "the rain is ruining our weekend", "Madrid are killing the opposition");
              a disaster, a figure or a year in the claim's clause ("the fire is destroying homes in Alder Creek", "is
              poisoning 300 families a year"), though not a duration, which says how long and not how much ("is killing
              opera, and has been for eight years" is flagged); a disease, a natural hazard, a crime or a war as subject, which is
              medicine or news ("the virus is killing children", "the gang is killing young people", in any progressive
              of bodily harm); a person harming people; the decay of a thing ("the fence is rotting from the inside");
              a pronoun alone ("this commute is killing us"); a hedge ("may be poisoning") or a question;
            - benign or scheduled futures ("the treaty will enter into force on 1 March") and idioms ("will break the
              record");
            - generic truths of medicine, nature and routine: a verb of bodily harm ("malaria kills children", "lead
              poisons children"), a disease, drug or natural hazard as the subject, an object that is no collective
              victim ("alcohol damages the liver", "the shredder destroys every page", "the council destroys records
              after seven years"), a count, a disaster or a year in the sentence, a pronoun subject ("it ruins
              families", whose referent the sentence does not name) and questions ("does social media destroy
              childhood?");
            - forecasts of administrative or literal harm: verbs of administration and force ("the council will shut down
              the town's library"), harm to what is no collective victim ("the frost will kill the tomato plants"), a
              disaster in the sentence ("the storm will destroy the village"), a count ("will ruin 300 family farms");
            - first-person pledges ("we will crush every obstacle");
            - the end of a harm: a forecast whose object or subject is headed by a threat noun — a disease, a pathogen,
              a poison, a hazard, a crime, a war ("the vaccine will wipe out measles within a decade", "every infection
              will be gone within a year", "the treaty will end the war for good") — is hope, not a worst case;
            - dire forecasts with one point only ("the old pier will be gone within a year", "the battery will be dead
              within hours", "the club will lose everything"), of one person ("he will die within weeks"), of a contest
              ("Rovers will lose the final"), with a count, a comparison, a part or a year ("will kill more people than
              road accidents", "some patients will die within two days", "every coal mine will be gone by 2031"), or with
              a disaster in the sentence ("the frost will kill the seedlings by Friday");
            - a loss under a condition that is an event, not inaction ("if the board approves the merger, our family
              farms will disappear", "if the council allows the merger, …"), and inaction with no collective at stake,
              which is procedure or a sales pitch ("if the form is not returned by Friday, the grant will be lost", "if
              we don't hurry, the tickets will all be gone");
            - ends that are schedules, commerce or idioms ("the summer sale will be over on Friday", "the season will be
              finished by May", "over the moon"), one home made unfit to live in ("the flat will be uninhabitable
              within weeks"), the survival of a person, a plant, a building or a team ("the manager will not survive
              the week"), and "another" in praise or a timetable ("there will never be another player like her",
              "another bus to the village on Sundays");
            - a state of ruin of a building, a firm or a side ("the old mill will be derelict by spring", "the company
              will be bankrupt within a year"), or for an occasion or a while — a notice's date or "on", "over",
              "until" after it, or a time that comes round, a season or a part of the day ("the beaches will be
              deserted by Sunday", "the ground floor will be derelict until the council finds a tenant", "the dunes
              will be deserted in winter", "the hamlet will be deserted by nightfall");
            - a loss or an end on a plan's timetable, "under" a plan, a programme or a scheme ("within five years every
              bus depot in the county will be gone under the council's consolidation plan");
            - what a shop, a team or a booking runs out of, or a loss dated by a year or a notice's date ("by noon
              the bakery will have no bread left", "by 2030 the county will have no coal mines left", "by Friday the
              club will have no fit strikers left");
            - the death of one instance or of a bare plural, which is news of one deal or one negotiation ("by Friday
              the deal will be dead", "talks will be dead by Friday"), of a feeling ("within a year hope will be
              dead"), of a person's practice, whose owner the gazetteer and WordNet do not know as a place ("Verhoeven's
              career will be dead by Friday"; a place's still counts: "Europe's mathematics will be dead within a
              decade"), and an era named for a person's, a plant's or a harm's end, or for one named institution ("2031
              will be the year my grandmother dies", "the year the virus dies out", "the day the festival ends");
            - an inability that is one person's ("the minister will be unable to attend"), counted ("three hundred
              households will be unable to heat their homes"), dated by a year, dated by a day, a week or one month as a
              service notice is ("by Thursday the court will be unable to hear the case", "within a week the town's
              schools will be unable to open"), undated with one mark only ("the county
              council will be unable to fund the new library"), for the length of building work — "while", "until" or
              "because" with a verb of repair or building in the passive or the progressive ("by spring the rugby club
              will be unable to play home games at Tarn Meadow while the pitch is relaid", "until the roof is
              rebuilt") —, of a collective that is no large one ("a class of pupils
              who cannot swim") or a passive of praise ("a generation that cannot be bought"); a cohort that will never
              forget or never know a harm ("a generation that will never know war"), or the writer's own or a definite one
              ("my generation will never own a flat"); the end of a thing or a
              harm ("no such thing as a paper ticket", "no such thing as malaria"), and a negated existence with no
              deadline, which is as often a pledge ("under this law there will be no such thing as a second-class
              citizen"), or with a notice's date ("by Monday there will be no such thing as a night porter at the clinic");
            - negated, quoted or reported predictions, and modals inside an "if"/"unless" clause (a condition that opens
              its sentence with no comma to the end closes before the sentence's last modal, which is the main clause's:
              "if the bypass goes ahead the high street will be a ghost town" is flagged, "I wonder if the high street will be a
              ghost town" is a question); a plot told in a work
              that opens its sentence ("In the novel, the town will be deserted by the last chapter"), or in a part of
              one fixed by a number, an ordinal or its work ("In Act Three the fire will destroy every house in the
              square", "In the film's last reel the storm will flatten half the town", "By the end of the play every
              member of the family will be dead"; not "in the final act of this government");
            - a job of works: a ruin verb whose acting subject is a builder, a work crew, an earth-moving machine, a
              wrecker or an engineer ("Contractors will flatten every old garage behind the depot on Monday", "the
              bulldozers will destroy most of the wartime huts next month");
            - "dead" or "finished" told as tiredness by what follows ("by midnight half the guests will be dead on their
              feet", "the staff will be dead to the world", "the band will be finished, exhausted by forty dates");
            - a citation, named source or figure with a named source in the same or next sentence (a link counts, but
              not one whose text is a call to action opening its sentence, "Write to your councillor today" linked to
              a form: it cites nothing);
            - open questions: unanswered ("Is this the end of village cricket?"), answered no ("Of course not.", "Not
              yet.") or with evidence ("Is this the end of local radio? Listening rose 4 percent last year, the
              regulator says."); the end of one thing ("the end of the season for Rovers", "the end of his career", "the
              end of the world"); a belief asked with no cue ("Do you think your kids will still have jobs here?"), of no
              collective ("the bakery"), or with no survival ("will like the new playground");
            - history and ordinary news wording for descents: a year in the sentence ("in 1923 the city descended into
              hyperinflation"), the simple past, a named descent told in the past ("the slide into civil war was
              swift"), "on the brink of war" (diplomatic news), "a firm on the brink of collapse", "the meeting
              descended into chaos", "slid into recession" (recession is no catastrophe).
            - A forecast a body reports, named by any noun in a closing tag or opening the report ("The notes will be
              worthless by June, the mint said", "The opposition claims the count will be rigged"), and a plan being
              carried out: an adverbial of conformity to a plan ("will have reduced the mill to rubble, as planned",
              "ahead of schedule") or a closing tag that gives the plan to a body ("…, the housing board plans").

            A hedge ("will probably collapse") or a question lowers the finding to a suggestion.
            """,
        Examples =
        [
            "There is no doubt the blockade [[will end in all-out war]].",
            "Cheap vapes [[are poisoning an entire generation of teenagers]] in Dunmore.",
            "By next winter [[there will be no trout left]] in the Tamsin.",
            "Whatever [[damage the feed does to a young reader is permanent]].",
            "The streaming giants [[have gutted local news]].",
            "The new levy [[will destroy family farms]].",
            "[[Within a year the gangs will run every estate in Lowther]].",
            "Betting apps [[ruin families]].",
            "Algorithmic playlists [[are killing jazz]].",
            "With every new emergency decree, Carrow [[is descending into barbarism]].",
            "Shut the cottage hospital and patients [[will die]] on the bypass.",
            "[[Is this the end of village cricket too?]] You bet it is.",
        ],
        UseInstead =
        [
            """
            The blockade could escalate; the Harlow Institute puts the risk of open conflict this year at one in ten.
            """,
            "Carrow's council has passed four emergency decrees since March, the Carrow Civil Liberties Union counts.",
            "Forty local papers have closed since 2015, according to the Press Trust's annual census.",
            """
            Trout numbers in the Tamsin fell by 40% between 2019 and 2024, according to the Dunmore Rivers Trust's
            annual count.
            """,
        ],
        Rewrite = "Display-only template `could OUTCOME; [source] puts the likelihood at [estimate]`; a negated outcome keeps its negation: `might not OUTCOME`, `there might never be another …`.",
    };

    public static readonly DiagnosticDescriptor Descriptor = new(
        "RH1003",
        "Worst case stated as certain",
        "'{0}' states a worst case as certain; say how likely it is and on whose assessment",
        RuleCategories.ThreatInflation,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The writer predicts a catastrophic outcome with 'will' or 'is going to', or states one as under way, done, total or irreversible, with no source.",
        helpLinkUri: RuleCategories.HelpUri("RH1003"),
        customTags: [RuleTags.LoweredInOpinion, EvidenceWindow.NextSentence.Tag]);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(AnalyzeSentence);

    private static void AnalyzeSentence(SentenceContext context)
    {
        var document = context.Document;
        var sentence = context.Sentence;
        var tokens = document.Tokens;
        var from = sentence.FirstToken;
        if (WorstCaseQuestion(context, sentence) is int questionEnd) from = questionEnd;
        for (var i = from; i < sentence.EndToken; i++)
        {
            if (Longer(WorstCasePredictions.At(document.Actors, tokens, sentence, i) ?? DireForecasts.At(document, tokens, sentence, i) ?? PermanentLosses.At(document, tokens, sentence, i) ?? EndedStakes.At(document, tokens, sentence, i) ?? StolenElections.At(document, tokens, sentence, i) ?? UniversalStakeChanges.At(document, tokens, sentence, i) ?? NegatedExistentials.At(document, tokens, sentence, i) ?? DatedCertainties.At(document, tokens, sentence, i), OngoingHarm.At(document, tokens, sentence, i)) is not { } prediction) continue;
            if (document.Voices[i] != Voice.Author || document.Voices[prediction.End - 1] != Voice.Author) continue;
            if (document.IsNegated(i) || IsInAntecedent(tokens, sentence, i)) continue;
            if (document.Voices[prediction.Start] != Voice.Author) continue;
            // "is descending into a police state": RH1005 reads the category predicated of the place and takes precedence, as over RH1001.
            if (CategoryPredicates.Within(document, sentence, prediction.Outcome, prediction.End)) continue;
            // "In the novel, the town will be deserted by the last chapter": a plot told, not a forecast made.
            if (ToldWorks.IsToldInAWork(tokens, sentence, prediction.Start) || ScheduledWork.Covers(tokens, sentence)) continue;
            // "Contractors will flatten every old garage", "half the guests will be dead on their feet": a job of works, tiredness.
            if (WorksAgents.Act(tokens, sentence, prediction.Start - 1, prediction.End) || TirednessIdioms.Follow(tokens, sentence, prediction.End)) continue;
            if (context.EvidenceFor(Descriptor, new Claim(ClaimKind.Prediction, prediction.Start, prediction.End)).Strength >= EvidenceStrength.Strong) continue;

            var span = document.SpanOf(prediction.Start, prediction.End);
            var lowered = prediction.Hedged || document.IsHedged(i) || document.IsQuestion(sentence);
            var rewrite = prediction.Forecast
                ? Rewrite.Template("State the outcome as a possibility with its odds and source", span,
                    $"{Possibility(document, prediction)}; [source] puts the likelihood at [estimate]")
                : Rewrite.Template("Say what harm has been measured so far, and by whom", span,
                    "[the harm measured so far] ([source])");
            context.Report(Descriptor, lowered ? ClaimScope.Lowered(Descriptor.DefaultSeverity) : Descriptor.DefaultSeverity, span, [rewrite], document.Excerpt(span));
            i = prediction.End - 1;
        }
    }

    /// <summary>
    /// The forecast's outcome as a possibility, with the polarity it was forecast under: "could collapse", and for a
    /// negated outcome "might not survive the decade", "there might never be another free election" — "could survive
    /// the decade" would state the opposite of the claim.
    /// </summary>
    private static string Possibility(DocumentModel document, WorstCasePredictions.Prediction prediction)
    {
        var outcome = document.Excerpt(document.SpanOf(prediction.Outcome, prediction.End));
        // "this is the last referendum …": a present "is" or "are" takes its base form after the modal.
        if (document.Tokens[prediction.Outcome].Norm is "is" or "are" && prediction.Outcome + 1 < prediction.End)
            outcome = "be " + document.Excerpt(document.SpanOf(prediction.Outcome + 1, prediction.End));
        if (prediction.Negation is not { } negation) return $"could {outcome}";
        var existential = document.Tokens[prediction.Start].Norm is "there" or "there'll" ? "there " : "";
        return $"{existential}might {negation} {outcome}";
    }

    /// <summary>
    /// Of two readings of the claim at one token, the one that runs further: ongoing harm reads a list of victims ("is
    /// devastating farmers, beekeepers and their families") that the progressive's single object stops short of.
    /// </summary>
    private static WorstCasePredictions.Prediction? Longer(WorstCasePredictions.Prediction? first, WorstCasePredictions.Prediction? second) =>
        first is { } a && second is { } b ? (b.End > a.End ? b : a) : first ?? second;

    /// <summary>
    /// A question that states a worst case by the answer it expects (<see cref="WorstCaseQuestions"/>): the question is
    /// the claim, so it keeps the rule's severity. Returns the end of the finding, or null.
    /// </summary>
    private static int? WorstCaseQuestion(SentenceContext context, Sentence sentence)
    {
        var document = context.Document;
        if (WorstCaseQuestions.In(document, sentence) is not var (start, end) || !ImageryContext.IsAuthors(document, start, end)) return null;
        if (context.EvidenceFor(Descriptor, new Claim(ClaimKind.Prediction, start, end)).Strength >= EvidenceStrength.Strong) return null;
        var span = document.SpanOf(start, end);
        var rewrite = Rewrite.Template("State the outcome as a possibility with its odds and source", span,
            "[outcome] could happen; [source] puts the likelihood at [estimate]");
        context.Report(Descriptor, document.IsHedged(start) ? ClaimScope.Lowered(Descriptor.DefaultSeverity) : Descriptor.DefaultSeverity, span, [rewrite], document.Excerpt(span));
        return end;
    }

    /// <summary>
    /// "If Kestria will …", "unless the grid is going to …": a modal in a condition asserts nothing. With no comma, the
    /// sentence's last modal after the condition's own clause is the main clause's (<see cref="UnpunctuatedConditions"/>).
    /// </summary>
    private static bool IsInAntecedent(ImmutableArray<Token> tokens, Sentence sentence, int modal)
    {
        for (var k = modal - 1; k >= sentence.FirstToken; k--)
        {
            if (tokens[k].Text is "," or ";" or ":" || tokens[k].Kind == TokenKind.Dash) return false;
            if (tokens[k].Norm is "whether" or "lest") return true;
            if (tokens[k].Norm is "if" or "unless") return !UnpunctuatedConditions.IsMainClauseModal(tokens, sentence, k, modal);
        }
        return false;
    }
}
