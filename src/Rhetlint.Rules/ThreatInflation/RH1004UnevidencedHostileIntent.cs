using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Markup;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;
using Rhetlint.Rules.Superlatives;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>RH1004 — hostile intent attributed without evidence.</summary>
public sealed class RH1004UnevidencedHostileIntent : RhetoricAnalyzer
{
    public override RuleDocumentation Documentation { get; } = new(Descriptor)
    {
        WhatItDoes = """
            Flags the writer asserting what an actor secretly wants — a gazetteer actor (generated
            from open data and curated by hand: states, institutions, leaders by title,
            armed groups, out-groups, parties, companies, criminal organisations, and the company, party and gang names
            the text introduces) followed by a hostile-intent predicate (stored as lemmas and
            inflected). Predicates that name harm or a disposition to force ("seeks to destroy",
            "is bent on crushing", "understands only force", "will stop at nothing to") are flagged whoever the actor;
            wanting and plotting ("covets", "is bent on", "has designs on", "plots to") only in an adversary — a state,
            an armed group, an out-group or a criminal organisation — since a party or a company wanting more is the
            ordinary business of politics and markets. Also an insinuated purpose: "their warships are not out there
            for fishing" denies the innocent purpose to suggest a hostile one.

            The actors include, as classes of any domain: factions and movements ("the radicals", "the far right", "the
            old guard", "vested interests"), sectors named as a collective ("the banks", "the energy companies", "the
            tech giants", "speculators") and crime networks ("smuggling rings"), after the WordNet hyponyms of faction,
            interest group, speculator and gang.

            Intent made explicit, for any actor (the harm is named, `purpose` and `split` verbs of the predicate list):
            - an intent verb before a harm verb, also a phrasal one around its object: "the far right set out to wipe us
              off the map", "the establishment wants to drive every small farmer out", "the shipping lobby is plotting
              to wreck the bill"; haste counts as intent, a progressive verb of racing (WordNet's race, rush, hurry,
              scramble, sprint): "the Penrose syndicate is racing to strangle the growers' cooperative"; and control or
              power usurped counts as harm for an adversary ("seize control", "grab power": "the militia's one goal
              is to seize control of the count"), not for a company, whose bid to wrest control of a firm is a takeover;
            - an adverb of intent before a harm verb ("deliberately", "wilfully", "knowingly"), with an actor as subject
              or the reader, the writer's side or the public as object: "the banks are deliberately wrecking the
              housing market", "they are deliberately running our clinics into the ground"; or before a change made
              to the writer's side ("they are deliberately turning our libraries into betting shops"); or before a
              verb of causing (WordNet's cause, create, engineer, provoke, foment, manufacture) whose object is a harm
              named as a noun, its victims after "in", "among" or "of": "the Quillon studio is deliberately
              engineering addiction in kids", "the seed cartel is deliberately causing the ruin of our growers";
            - a harm to a democratic institution or process, as the class of verbs whose object decides (WordNet's
              steal, rig, hijack, subvert, shred/tear up, gag/muzzle, abolish/suspend) with an election, a vote, the
              constitution, democracy, the rule of law or the press as object: "the Marsh Party is plotting to rig the
              next election", "the governors want to tear up the constitution", "the platforms set out to muzzle the
              press";
            - a settled will ("is determined to", "is out to", "will stop at nothing to", "set out to") to suppress truth,
              speech or dissent, named with its object: silencing, muzzling or censoring anyone who disagrees,
              journalists or the press; burying, hiding or covering up the truth, the facts, the evidence or the
              findings, or keeping them buried. The harm is named, so any subject but the writer's side is read, a
              person or an outlet too: "the station's owners are determined to silence anyone who questions them",
              "the mayor is out to bury the findings on the reservoir";
            - relentlessness: "will not rest until" or "will not stop until" (also "slow down", "let up", "relent",
              "be satisfied", and "will keep coming until") in an adversary, or in a party, a company
              or a group (a plural of people by its WordNet type too, with "at"/"in the" + a place after it: "the
              zealots at the county hall") when a harm (also "priced off the road"), a total loss, a death of people
              ("until someone is killed", "until a child dies") or people's hardship
              follows (a plural of people, every one of a kind of person or the audience — a place after them too —
              and a WordNet state of deprivation: shivering, freezing, destitute, homeless, jobless; "until every
              family in the county is homeless"): "the radicals won't rest until
              the industry is destroyed", "the streaming giants will not stop until every small cinema is gone", "the
              Tolley Party won't rest until our pensioners are destitute", "the Harrow Cartel will not let up until".
              An act kept up ("will keep", "will carry on" + a gerund and a short object) is relentless only before
              such a harm, in an adversary too: "the mining company will keep dumping slurry until a child dies", "the
              bank will keep raising the rates until pensioners are homeless". A whole set changed for the worse is
              such a loss too ("every", "all", "the whole" and a state where it has lost its normal working: off the
              land, out of their homes, under concrete, without a single one; closed, shut or dark for an institution
              or a building people use): "the planning committee won't rest until every allotment in Brixford is under
              concrete". So is a universal set taken in another way ("will not be happy until", "will not be content
              until" and "will keep going until" too): made a thing or a place ("until every gallery on Kell Street is a
              block of luxury flats"), made to serve the holder or an owner abroad ("until every pharmacy in Wexley
              answers to a fund abroad", "until every farm in the county belongs to them", "until every newsroom is
              under their thumb"), given a thing put on it
              ("until every corner in Eastmoor has a dealer on it") or eliminated ("until there is no independent
              councillor left in Tollbridge", "until no family owns its own front door"); not an ability, a state a
              helper wants (a positive adjective: "warm and dry"), a rescue or a return ("out of the building", "back
              with its owner"), a plain completion ("until every patient is seen", "is reconnected to the grid"), a
              role or a status ("is a member of the library"), answering to someone else ("belongs to a union"), a
              hardship ended ("no rough sleepers left"), no one left behind, a thing given ("until every child has a
              hot lunch"), a habit ("until every child reads at bedtime") or a set that is no one's stake ("every bag
              of litter").
            - a want over the reader's, the writer's side's or a universal stake ("your kids", "you", "our village",
              "this town", "every household", "the whole coast") whose complement carries the aim, held by an agent:
              coercion ("the council wants your kids vaccinated whether you like it or not", "the city council wants to
              make parking so expensive that you stop coming into town"), the holder served ("the energy firms would love
              every household in Corran paying them"), the set made a thing or a place ("those planners would be glad to
              see our village turned into a car park", "the Ferrow Trust wants our high street as a backdrop for its
              flats"), subjugated ("they want this town on its knees") or a place in a bad state ("the syndicate wants
              this harbour lawless"), or the reader under the unnamed "they" ("they want you afraid"); not a to-infinitive plan ("wants every visitor to leave with a map"), a gain ("this
              city ready for the marathon"), a plain state ("your kids in uniform from Monday"), "them" after a plain verb
              ("every fan singing with them"), a person's role ("wants you as a customer"), a person's passing state
              ("wants you sore the next morning"), a run-down site rescued ("this derelict yard made into a playground"),
              nor the holder's own set ("the stadium owners want the whole stadium empty by midnight").
            - the complement of these frames open to any predicate (issue 16), when the holder is an unnamed "they"
              or an actor of the gazetteer (a lobby, an industry or its giants, an out-group), not of a past era,
              the set is people, a community or the writer's side, and the sentence has no figure, date, plan or
              sport: a want over a universal set with a verbal complement ("the betting giants want every teenager
              in Britain gambling on their phones"), a limit frame over a set in any verbal state or doing anything
              ("the property giants will not stop until every village in Marlow carries their logo"), a willingness
              to do any act to a universal set or the writer's side, not the reader as a customer ("the insurance giants would happily price every
              family in Dunmore out of cover"); not for residents, a business serving its customers or workers at
              their own job ("residents want the whole estate connected to the heating network", "the hotel would
              happily move you to a quieter room", "the rail company would happily refund you", "the cleaners will not stop until every window sparkles"), nor a
              past era's actor ("the Victorian mill owners would happily …"); not when a verb of benefit, courtesy or the mind's own act (WordNet, benign_complements_wordnet.txt),
              a state a helper wants, an ability, a denial or the set's own stands in it ("want every nurse on the ward
              trained", "would gladly lend every painting", "until every pupil understands their times tables").

            - war waged or declared on people: the writer's side or a plural of people ("tenants", "pensioners",
              "families"), also a plural whose noun WordNet types as a person ("drivers"; not a threat such as
              smugglers, nor rivals), or what a community holds in common, the victims of RH1003's forecasts of ruin
              ("the family farm", "the local paper"): "the energy firms are waging war on pensioners", "the lobby has
              declared war on our farmers", "the county board is waging a war on drivers", "the Marrow Party has
              declared war on the family farm"; also such a war said of a policy or an agent after a present copula,
              with no verb of waging, and not of an adversary, whose war may be real: "the parking plan is a war on
              drivers", "the harbour levy is an open war on pensioners";
              also a war said to be waged on purpose (deliberate, calculated, systematic, concerted): "the insurers are
              waging a deliberate war on flood victims";
            - a wish made maximal, or "bent on", before a harm verb: "the regulators would love nothing more than to
              bankrupt every corner shop", "the insurers are hell-bent on wrecking the flood scheme"; "bent on" also
              before the harm named as a noun (destruction, ruin, annihilation, subjugation, domination, conquest):
              "the club's owners are hell-bent on the ruin of the old ground"; an intent verb
              before a taking verb aimed at the writer's side: "they would love nothing more than to steal our buyers";
            - a readiness to break any rule: "the donors are prepared to break any rule to keep the seat".

            A domestic group the gazetteer does not know may be the subject when the harm is named and the intent is
            loaded (plotting, bent on, stopping at nothing, war on someone; not a plain "want to", "seek to", "set out
            to" or "is determined to"): a definite plural of people or organisations opening its clause, also with a
            relative clause or a participle phrase ("the insurers", "the league's owners", "these water bosses", "the
            energy firms", "the contractors behind the bill", "our opponents"), or a bare plural, which names the whole
            group as well ("Ministers have declared war on our farmers", "Harbour landlords will not stop until …"; not a
            part of it: "some landlords", "two councillors") — the class of role and agent nouns,
            since a domestic adversary is named by what it does, not by a gazetteer entry — or one organisation by its
            noun ("the central bank is waging a deliberate war on young families", "the council is plotting to wreck"),
            or any body of people by a sense WordNet files under organisations ("Overseas pension funds won't rest until
            every family business in Marlow is gone", "Rental conglomerates want every street in Pellham turned into
            rental stock"), or a name opening its clause ("Harwell Leisure Group will not stop until every playing
            field in Oakfield is gone", "the Harrowgate Independents won't stop until …"; not when what goes is a thing,
            not a place, a building, a body or people: "Ashford Rotary won't stop until every pothole in Millbrook is
            gone"). The target of a war may be any community marked as the readers' own: "this", "our", a place's
            possessive or "rural" ("this road-pricing scheme is a war on rural Wexford", "the arts cuts are a war on the
            county's theatres"); not in a war told as history, dated by a year or a span of centuries or waged by a
            state, a people or an armed force ("Germany declared war on this country in 1939", "the Vikings waged war on
            these coasts for two centuries"), and not on buildings left empty, derelict, vacant, abandoned or disused, a
            blight ("the council has declared war on this town's empty shops").

            A plain motive against a victim: a plain intent verb ("want", "mean", "plan", "aim", "seek", "try", "set out
            to", "is determined to"; "attempt", "strive" and "endeavour", WordNet's try.v.01 family, not in the past) or
            an owned aim noun with no revealing modifier ("the party's goal is to"), then a harm verb and its victim —
            people, a body of people or a place people live in by the head's WordNet type (person, group, location:
            "the tenants", "the rural councils", "the old market town") or the writer's side — held by any agent (a
            group or an organisation by its head, "they", a name) in a clause of the writer's own, not the writer's
            side, not in sport: "the landlords are trying to starve the tenants", "the Merrow Party's goal is to
            bankrupt the rural councils", "the chain deliberately set out to cripple the dairy workers". What the harm
            falls on decides, not who wants it.

            The subject may be the actor itself, the actor with a place ("the regime in Tehran"), the actor with a
            relative clause or a participle phrase ("the Harlow Party, which never hides its aims, is bent on …", "Moscow,
            which is massing warships and would love nothing more than to wreck our ports", "the
            companies building these systems want to destroy …"; a "never" inside the relative clause does not negate
            the main one), "it"/"they" whose
            antecedent is an actor in the same or the two previous sentences, a relative pronoun after an actor ("gangs
            who are bent on"), or — for insinuations — "its"/"their" + noun with such an antecedent. "Bent on" also
            as a reduced relative ("a cartel bent on owning the port"), after any agent when a harm verb follows ("a
            betting firm bent on hooking every teenager", "developers hell-bent on wrecking the marsh"; not "a chef
            bent on perfecting the soufflé"), and an adversary's maximal wish ("wants nothing
            less than the whole coast"). "Bent on", "dead set on" and "out to" hold with an adverb of degree or evidence
            after the copula ("is so bent on", "are clearly out to"), and "hell-bent" also spelled "hellbent".

            Intent stated as a noun, for any owner but the
            writer's side:
            - an aim the writer claims to reveal — a hidden or single aim ("real", "true", "secret", "one", "sole")
              whose content is a harm verb: "the cartel's real goal is to crush the dockers", "their chairman has one
              ambition: to destroy the cooperative";
            - a want made limitless, held by an adversary or wanting a conquest, a harm or what is ours: "Varn's
              appetite for land knows no limit", "the Brackwater syndicate's greed is insatiable", "the developer's
              appetite for our green belt knows no limit".

            A settled or total aim whose harm is named, held by anyone — a person, a firm, a union, a party, "its
            executives" — but the writer's side: a frame of settled purpose (WordNet's "fixed in your purpose": bent on,
            dead set on, out to) or a maximal wish ("wants nothing less than to") before a verb that ruins, rules or
            takes its object (abolish, bring down, enslave, hook, subvert, usurp …), before such a harm as a noun
            (abolition, overthrow, starvation) or a catastrophe ("a new war"), or before power over the reader or
            people ("total control over your family"): "the Harlow Party is bent on abolishing the pension scheme",
            "their chairman, Osric Vell, wants nothing less than to bring down the council". Plotting ("plot to",
            "scheme to") and an eager wish ("would happily", "would love nothing more than to") are frames too, and
            every frame also takes a removal of a universal set of people: "the studio bosses are plotting to replace
            every session musician", "the owners would happily fire every single cashier". The verbs and nouns are
            generated from WordNet by tools/gen_intent_frames.py, which lists what it leaves out and why.

            A purpose named as harm: "deliberately to" before such a verb ("the studios designed the loot boxes
            deliberately to addict teenagers"); a revealed aim whose content is a harm noun ("whose true aim is rule by starvation",
            "the syndicate's real goal is the ruin of the union"); and an act read as readying an attack — "for the
            day/moment it strikes", "it"/"they" being an actor or a name opening the clause ("Kestria is mapping our
            coastline for the day it strikes").

            A harm done on purpose, the purpose said after the act: "on purpose", "by design" or an adverb of intent
            closing a clause whose verb ruins, rules or takes its object, within five words, with an actor or an agent
            as subject ("they", a plural of people or organisations, a group by its WordNet type, a name): "the ministry
            is starving the rural schools on purpose", "the water board is running our reservoirs into the ground
            deliberately".

            A purpose clause whose harm verb is aimed at the reader or the writer's side imputes a motive to the
            action before it: "their lobbyists are drafting these rules to bury you", "funds are buying up our ports to
            strangle our trade". Not after "threatens", "enough", "likely", "seemed", "continued" and the like (a
            likelihood, a capacity, an appearance or a phase), nor when the writer's side is the subject. So does one
            aimed at a class of people — a plural of people, a group of them or a family, by WordNet sense ("the
            landlords stopped every repair to starve the tenants out", "a change designed to keep renting families
            away from the polls", "to addict the children") — but not one person, an organisation, a named family or
            an adversary, and not when the purpose is stated or shown: after a noun of a plan or an undertaking ("a
            military effort to crush the insurgents") or a verb of ordering or authorising ("voted to starve the
            rebels out"), as an intent verb's complement ("are trying to"), with a year in the clause (a dated
            historical fact), after a record that shows it ("the leaked memo shows …"), or in sport.
            So does an intent verb before such a verb ("want to", "plan to",
            "are trying to"; also a taking verb, or a razing idiom, "burn … to the ground") aimed at the reader or the
            writer's side, whoever holds it, a pronoun with no actor behind it too: "they mean to burn our parliament to
            the ground", "the arena's new owners plan to drive our members out"; not "our rivals", not in sport.

            An abstract instrument — a rule, a law, a procedure, by its head's WordNet type — said to be used or wielded as
            a weapon or a cudgel, or weaponised, by an actor or an agent: "the county planners are using the zoning code
            as a weapon", "the broadcaster's owners are weaponising the complaints procedure".

            A ruin wished on everyone of a kind — "want" before a universal set ("every", "all the") and a state of ruin
            (dead, bankrupt, ruined, extinct, out of business) — whoever wishes it but the writer's side: "the delivery
            apps want every independent bakery dead"; also "the whole" set, and a state where it has lost its normal
            working (off the campus, out of their homes, under water; closed or dark only for an institution or a
            building people use): "the funding board wants every independent lab off the campus by next summer". Not
            gone or finished, nor closed for a pothole or on Sunday, which may be wished, nor a pest, a weed, a cell or
            a weapon by its head's WordNet type ("the new owners want every pigeon in the square dead").

            Concealment asserted as fact: a suppression of truth named with its object told as under way ("has been
            hiding the truth", "are quietly burying the evidence") of an actor or an agent, and a purpose "to cover its/their
            tracks" whose "its"/"their" points back to an actor: "the water board has been hiding the truth about the
            reservoir". A charge ("accused the board of hiding the truth") is reported; one suspect's "his tracks" is
            crime news.

            Chance denied — "is no accident", "is no coincidence", "is hardly a coincidence" — of when a thing happened
            (WordNet's time nouns and "timing": "the timing of the closure is no accident"), or "it is no accident that"
            before a harm: the writer asserts a design nobody has shown. Not praise ("her success is no accident") nor a
            clause with no harm ("it is no accident that she won").

            Intent against the writer's audience, held by any subject but the writer's side; the audience is "you",
            "us", "our" or "your" + noun, the public, or a plural of people ("tenants", "voters"), and the words of
            each slot are classes of WordNet senses:
            - a wish that the audience gives in or cannot resist: a volition verb (want, intend, mean), the audience,
              then a verb of giving in with no object (give up, surrender, capitulate, despair, panic, forget, look
              away; also in a compound, "panic-buy"), or "too …" before an act of resisting or knowing (fight back,
              protest, vote, speak out, find out, notice), or "not to" before one: "the landlord wants you to give up",
              "the lobby wants us too tired to protest", "the platform wants you not to notice";
            - a wish to make resistance hard: "the clerks want to make it so hard to vote", "the landlords intend to
              make it impossible for tenants to protest";
            - reliance on the audience giving in (count on, bank on, bet on, rely on): "the developer is counting on
              us to give up", or on its incapacity said as a state ("being", "getting", "to be" and "too …" before an
              act of resisting or knowing, or before going on with any act: keep, continue, carry on): "the ticket
              agency is counting on us being too tired to protest", "… on residents getting too tired to keep turning
              up";
            - a willingness (happy, content, willing, ready, prepared; or "would" with an adverb of eager consent:
              happily, gladly, gleefully, cheerfully, readily) to let or watch the audience, people, a polity
              (democracy, the republic, the nation, the planet) or an institution of the writer's community (a school,
              a club, a theatre, a hospital, a library by WordNet; a name after "the" that names no law or plan: "the
              BBC") die, collapse, crumble, burn, bleed or rot: "city hall is content to let our libraries crumble",
              "the coal barons would happily watch the country burn", "would gladly watch the Linden Playhouse bleed to
              death";
            - a wish (want, would like, would love; or seeing or watching after a willingness) that the audience,
              people, a polity or such an institution be dead, bankrupt, ruined or extinct, sick, in hardship (broke,
              destitute, homeless, hungry) or closed for good ("dark", "shut" with "for good", "forever",
              "permanently"): "the developers want this club dead", "Castlegate Finance wants you broke", "the tonic
              sellers want your children sick", "the chain owners would happily see the Orchard Theatre dark for good";
              the community's meeting places named by a compound count (community centre, civic centre, student centre,
              settlement house: "they want the community centre closed forever");
            - knowledge of a harm done to the audience: "the insurer knows exactly what its rates are doing to
              pensioners";
            - a decision (decide, conclude, determine) that the audience is an acceptable loss, expendable, a price
              worth paying or the enemy (WordNet's enemy and adversary, not an enemy "of" something), the audience
              also with an apposition: "the board has decided that tenants are expendable", "the studios have decided
              that you, the listener, are the enemy";
            - effort spent on concealment: spend, pour or invest, then making sure or ensuring that the audience does
              not or never comes to know, the knowing named or left out ("has spent a fortune making sure we never hear").
            An adverb of intent before a harm verb takes a plural of people as object too ("they are deliberately
            starving independent artists").

            A total claim on the audience: a maximal wish ("wants nothing less than", "will settle for nothing short
            of") or a settled frame ("bent on") whose object is all of what the reader or the writer's side has — a
            universal ("every", "all", "the whole") whose noun phrase ends on "your", "our", "us" or "you" within five
            words — held by an agent that can want it (a group or an organisation, a plural of people or a name), not
            the writer's side, outside sport: "the landlords want nothing less than every penny of your pension", "the
            casino chains would settle for nothing less than all our weekends".

            An enemy's patience: a noun that designates someone an enemy (WordNet's enemy and adversary: enemy, foe,
            adversary, antagonist) of the writer's side or of a stake — "our foes", "the enemy", or an "of" phrase
            naming no person, animal or plant — given patience, persistence or waiting as a predicate ("is patient", "are relentless", "are biding their time", "is in no hurry"). Said of an enemy,
            patience is a plan held until the moment to strike: "the enemies of the new bridge are patient", "our foes
            are biding their time".

            An agent designated the enemy: a name, an actor, a group or a plural of people, or "they", said with a
            present copula to be the enemy outright ("the enemy", "our enemies") or the enemy of the writer's side, of
            everything we hold, of the people, or of a collective stake (a group, a polity or a place: the republic, the
            town, the parish; a state by name): "The Marsh Party is the enemy.", "these donors are sworn enemies of the republic", "the
            Harlow cartel is an enemy of everything we hold dear". Naming an adversary the enemy of all we have asserts
            an aim against it that no one has shown.

            Motives read into an actor whose harm is named (WordNet's classes, tools/gen_motive_frames.py), held by an
            actor or an agent by its head, in the writer's voice:
            - bad faith: an intention denied ("never had", "has no", with "any", "the slightest" …; "never intended to",
              "never meant to") of a duty owed to others (comply, listen, consult, honour, pay, repay, correct,
              investigate, negotiate, cooperate, help, protect, answer): "the Oakridge council never had the slightest
              intention of consulting the allotment holders". An intention of no duty ("had no intention of retiring")
              is a plain report;
            - a death or suffering wished on people: a volition verb, the audience or a plural of people, then dying,
              starving, freezing or suffering with no object: "the Orrin Power Company wants pensioners to freeze". Not
              a wish to spare them ("wants fewer drivers to die"), nor a penalty ("to suffer the consequences");
            - people judged worth less: a decision (decide, conclude) that the audience, a plural of people (also with a
              relative clause) or people's lives are worthless, expendable or the enemy (WordNet's worthless,
              expendable, dispensable, unimportant), come cheaper or matter less: "the Fallow health board has
              decided that upland lives come cheaper than suburban ones", "the Tarn council has decided that people
              who cycle to work are the enemy". Not an enemy "of" something ("the enemy of progress");
            - a predation on the writer's side done on purpose (prey on, exploit, victimize, with an adverb of intent
              before or "on purpose", "by design" after): "the payday lenders prey on our pensioners by design". Not
              targeting, which outreach shares ("deliberately targets our youngest readers").

            What belongs to the community claimed by an agent (an actor, an agent by its head, "they"; not a machine or
            a thing, not in a title line, whose body makes the claim once, nor a plot told):
            - coming for it: "coming for"/"coming after"/"going after" the reader's or the writer's side's own ("you",
              "us", "your"/"our" + noun, a universal ending on them), with no time after it: "the holiday-let barons
              are coming for your street next", "they are coming for every green field around our village";
            - wanting it in the holder's power: "want" before the audience's own, all of a kind across a whole place
              ("every reservoir in the county": a polity or a locality, WordNet's administrative districts and
              municipalities, or a place's name) or the place itself, then "under"/"in" + "their"/"its" + a noun of
              holding (control, grip, thumb, hands, pocket): "the water investors want every reservoir in the county
              in their hands", "the consortium wants the whole town under its thumb".
            A craving (WordNet's itch/spoil, crave/hunger/thirst/lust, hanker/long/yearn, with "for") is a frame before
            a harm or a catastrophe named as a noun: "the admirals in Velmar are spoiling for a war", "the hardliners
            are hungering for the ruin of the nurses' union". A frame also takes a closure (WordNet's close, fold,
            shut down; and "shut") of all of a kind of workplace across a whole place: "the bank's new owners are out
            to shut down every branch in the country". A locality stands where a polity does — let die, watched
            crumble, relied on to give in: "the ring-road lobby would gladly watch the village die", "the quarry
            company is counting on the town being too tired to fight back". A relentless drive ("will not stop until")
            is hostile before a whole community's tribute too — all of a kind across a place made to pay rent or
            tribute to another: "these firms won't stop until every starter flat in this city pays rent to a fund";
            and its subject may be "they" opening its clause when the harm is named ("and they will not stop until
            every small brewery is gone").

            Readiness to harm, an intent imputed through how ready the actor is rather than what it wants: a waiting
            frame ("waiting for" an occasion and "to", or "poised to") or a readiness adjunct on a clause with "will" or
            "would" ("the minute they can", "at the first opportunity", "the first chance they get", "given half a
            chance"), before a harm to people — a harm verb whose object is the reader, the writer's side or a plural
            of people, or a verb of putting people out or of preying on them with people as object — or, after a chance
            or a moment awaited, an attack with no object: "the Vantor funds are only waiting for a bad harvest to
            bankrupt our growers", "the Grell syndicate is waiting for the right moment to strike", "the chains will
            crush our corner shops the minute they can", "given half a chance, the lenders would prey on our
            pensioners". Also a sealed moment, "the moment the ink is dry", before such a harm ("the new owners will
            sack every worker the moment the ink is dry", not "sack the manager"); and an unwatched one, "the
            minute our backs are turned", before such a harm or one to a group, a place or a structure ("the
            drilling companies will destroy the meadow the minute our backs are turned"; not "the children will
            raid the fridge …").

            A dehumanizing view (issue 16): a verb of regarding (see, treat, regard, view) over the reader, the
            writer's side or a plural of people ("every one of us", "our tenants"), "as" a thing, "to" and a verb of
            using up or throwing away (instrumental_views_wordnet.txt: drain, milk, exploit, discard, squander), held
            by an agent: "Harlow Logistics sees us as a battery to drain", "the letting agencies treat
            our tenants as a cash cow to milk"; not a plain view ("sees every pupil as a talent to nurture"), a place
            ("sees the old docks as an asset to exploit") or sport.

            Defeat wished on a stake named any way (issue 16): a want of a posture of defeat ("on its knees", "at
            their mercy") over an institution, a field or a place, not over the reader's or a universal set only: "the
            budget cutters want British farming on its knees"; not people or a group, whose kneeling may be literal
            ("the priest wants the congregation on their knees"). A catastrophe wanted: "want(s)", "would love" and an
            article before one outcome of the threat model (war, mass death, doom, economic collapse, tyranny, epidemic,
            famine) standing alone: "the drone makers want a war", "the people who built this base want a war they
            can try their new drones in"; not a compound or a metaphor ("want a war film", "want a war on drugs", "want
            a collapse in prices"), nor denied ("nobody wants a war"). A limit frame before a named harm may be held by one
            body named with "this" or by one agent in the singular (a role or person noun): "this council will not be
            satisfied until every shop on the parade has shut", "the developer will not stop until every playing field
            in Oakby is gone"; not a completion ("until the bridge is finished").

            Loaded frames that carry the hostile want, willingness or indifference by themselves, their slot any noun
            phrase, held by any subject with a will but the writer: a wish to witness ("would be glad/happy/delighted/
            thrilled to see", "would love to see"), a willingness to permit ("would happily/gladly let/watch"),
            indifference ("does not care who/whether/how many", "couldn't care less how many"), a state wished on an
            object, only a deprivation ("want(s) … broke/starving/homeless"; an end, "want the bill dead", is politics) and an eager wait ("counting the days until"), each with a predicate of
            death, ruin or absence in its complement (WordNet's die, wither, fold, starve, dead, bankrupt, homeless …,
            generated by tools/gen_ruin_predicates.py; "closed for good"): "the league's owners would be delighted to see
            every supporters' club fold", "the airline would gladly let the ferry service collapse", "the platform does not
            care how many teenagers get hurt", "the app stores want independent developers starving", "the developers are
            counting the days until the last tenant is gone". Not a kindness or a wish for no ruin ("would happily let you
            taste the sauce", "does not care who wins", "counting the days until the holidays"), a pest or a weed wished
            dead, the end of a structure, a rule, a food or a plant, which is a plan or a use ("counting the days until
            the old stadium is gone", "see the old tariff die", "how many souffles collapse", "let the tomato plants
            wither"; a shop, a co-operative or a village is a livelihood), a verb of ruin made another by its particle
            ("who drowns out the away end", "fold into the group"; "die out" is ruin), a thing with no will ("the virus
            does not care who gets sick"), "I" or "we", sport or a match's time or place ("in the second half"), whoever
            holds the frame, a hedge or a question.
            """,
        WhyIsThisBad = """
            Intent is the hardest thing to know about an adversary and the easiest to assert. Threat inflation swaps
            observable capability and action for imputed motive.
            """,
        NotFlagged = """
            - The claim is quoted, or reported from a source ("Brandt said that …", "according to …", "…, she told the
              Gazette"): the sourcing
              rules judge the source instead.
            - The claim is negated or denied ("there is no evidence that Moscow covets …"), perceived ("in the minds of
              the planners, Moscow covets …") or rebutted by the writer ("Such fears are overblown.").
            - The previous, same or next sentence carries strong evidence: a link, a citation, a named source, or the
              actor's own document.

            - The writer's own aim ("our only aim is to …"), a benign aim ("the scheme's real goal is to cut waiting
              lists"), a stated aim ("its stated goal"), or "to" after a likelihood ("the storm threatens to ruin our
              harvest", "strong enough to").
            - Plain business and campaign goals: "the company aims to double its market share", "the party wants to win
              back the suburbs", "the radicals will not rest until every child has a school place" (no harm named),
              "Kestria will keep fighting until the talks resume" (an act kept up before no harm), "the rain will not
              let up until Friday" and "prices will keep rising until families are destitute" (no actor), "the volunteers
              will not rest until no families are hungry" (hardship denied), "the studio will not stop
              until the old cinema is gone" (a loss of one, not of all), "the lifeguards will keep watching the beach
              until the last swimmer is gone" (the last of some people gone tells a time; of them only a ruin, dead or
              bankrupt, is a loss), "the council will not relent until smoking is destroyed as a habit" (a harm verb on
              a habit, a practice, a vice or an addiction is a public-health aim), "we will not stop until we win the league" (the
              writer's side); an institution as the object of an ordinary verb ("the party wants to win the election",
              "the senators plan to amend the constitution"); a bill, a law or a plan wished dead ("the senators want the
              housing bill dead": politics), a closure for a while ("the board wants the school closed on Mondays"),
              a ruin in a ranking ("fans want the Rovers dead and buried in the table", "dead in the polls": a contest's
              result),
              weariness ("wants you sick of politics") and a wish on a weed or a lobster;
              "deliberately" with a verb that harms nobody ("the council is deliberately slowing traffic") or causing
              what is no harm ("the mill is deliberately creating jobs for tenants"); verbs whose
              object decides ("wants to break the record"); "on purpose" after a harmless act ("the lab left the
              samples unlabelled on purpose"), or in sport ("the goalkeeper wasted time on purpose"); a war on a thing
              waged on purpose ("a deliberate war on potholes"); a plan to harm what is not ours ("the growers want to
              destroy the old orchards", "the studio wants to burn the old set to the ground"); a literal weapon ("using a
              wine bottle as a weapon"), a shield, a player's gift used as a weapon in sport, or a quality of a
              performance ("the players are using silence as a weapon in the second act"); reliance on the audience
              being anything but unable to resist ("counting on us being too busy to compare prices", "on volunteers
              being there early").
            - A plain aim whose harm falls on no victim — a thing, a plant, an animal or an act ("the wardens are trying
              to drive the deer out of the orchard", "the farmers intend to poison the rats") —, on the other side of
              a contest ("crush its rivals", "crush the competition"), or on a threat ("the police want to crush the
              gangs"); a plain aim to abolish, bring down, dominate, conquer or silence, which is office, ambition or a
              contest's win ("the government plans to abolish the district councils", "the firm's goal is to dominate
              the regional market", "the visitors are out to silence the home crowd"); an aim owned by a thing ("the scheme's goal is to bankrupt the loan sharks"); a plain aim
              asked about or supposed ("do the brokers want to …?", "if the brokers wanted to …"), told as someone's
              account ("the ledgers described how the brokers intended to …"), told as a work's plot ("In the novel,
              the landlords are trying to starve the tenants") or an attempt told as past ("the tech giants attempted
              to wipe out …").
            - Racing in the past, a report of an act ("crews rushed to destroy the bridge"), racing to anything but a harm
              ("rescue teams are racing to reach the hikers"), and control taken in the ordinary way ("the new manager
              wants to take control of the squad").
            - An attempt reported as an act ("the suspect tried to hide the evidence"), and winning said as silencing
              ("the striker is determined to silence his critics", "the visitors are out to silence the crowd").
            - "Nobody is bent on …", and the writer's own side ("we will stop at nothing to win").
            - A war on a thing ("the council is waging war on potholes", "a war on waste"), on a threat ("the police have
              declared war on smugglers"), on rivals, or on a stake that only modifies a thing ("war on the family farm
              subsidy"); a part of a group as subject ("some landlords", "two councillors"); a war said of a policy that
              the writer names as a claim to weigh ("the claim that the levy is a war on pensioners does not survive the
              figures"); a group that merely wants a
              harm verb's literal sense ("the growers want to destroy the old orchards"); a group in a sentence about
              sport ("the Rovers set out to crush the visitors in the second half of the match").

            - A frame whose complement harms no one ("the club is out to win every trophy", "bent on a bigger share"),
              revenge in sport ("the Rovers are bent on revenge for last season's final": the aim is a result, not a
              harm to anyone), a takeover of a rival (business news), control of a thing ("total control of the
              budget"), a removal of things or of one person ("would happily replace every broken bulb", "would
              happily fire the manager"), a plain plan ("the board plans to replace every cashier with a till"), and
              anyone's settled aim in a sentence about sport. A harmless purpose ("narrowed the lane
              deliberately to slow drivers"); the writer's side readying itself, or a hazard ("we must ready our
              shelters for the day it strikes").

            - An audience frame whose complement costs nobody: commerce and persuasion ("the shop wants you to buy the
              bundle", "the coach wants us to run more", "the campaign is counting on you to vote"), advice with an
              object ("doctors want you to give up smoking"), a plain difficulty ("wants to make it harder to park"),
              letting a thing of no public value go ("happy to let the old shed rot"), knowing what one is doing with
              no victim, a loss that is not people ("a small loss is an acceptable price"), an enemy that is not the audience ("the
              coach has decided that complacency is the enemy"), and effort that secures a
              service ("spent a fortune making sure you never wait at the lights"); the writer's side wanting it ("we
              want you to vote"); a hedged audience frame ("seems to want you to give up"), which leaves the intent open.

            - A maximal wish whose object is not all the audience has ("the fans want nothing less than every trophy",
              "the union will settle for nothing less than a fair raise for every porter"), the writer's side wanting it
              ("our readers want nothing less than every detail of your story"), one in a sentence about sport, and
              one held by a thing, a work, an event or one person doing a job, which asks for all of it by its nature
              ("the novel demands nothing less than all your attention", "the coach demands nothing less than every
              ounce of your effort").
            - A limitless want of anything else by anyone else: "the chef's appetite for new flavours knows no limit" is
              praise.
            - Patience of anyone not named an enemy ("the patients are patient", "his opponent was patient in the
              second set": opponents and rivals are the other side of a match or an election), of an enemy's thing
              ("the enemy's drones are patient machines"), in a sentence about sport, and someone else's enemy or a
              natural one: a possessor ("the zebra's enemies are patient"), "your" or "his" ("in chess, your adversary
              is patient"), or the enemy of a person, an animal or a plant ("the enemies of the oak are relentless").
            - An enemy designation of a thing or an idea ("frost is the enemy of the gardener", "greed is the enemy of
              our town", "perfect is the enemy of the good"), of a person, an animal or a plant ("the wolf is the enemy
              of the shepherd"), an enemy of an idea or an act ("the enemy of progress"), in the past ("was an enemy of
              the old king"), and in a sentence about sport (a contest or a game, a WordNet class, or football's
              derby, fixture or kick-off: "the derby against Rovers is a war, and City are the enemy"; "fans" and
              "supporters" are no cue, a party has them too; a contest said of something that is no side, "this
              election is a prizefight, and the unions are the enemy", describes it and keeps the finding); one named person the foe of a state by name ("Senator
              Ruth Alvey is an outspoken foe of Norway" is a hawk's or a critic's stance, as news reports it daily).

            - A visit kept to a schedule ("the bin crews are coming for your recycling on Tuesday"), a campaign coming
              for votes (no audience's own), a machine coming for something ("quantum computers are coming for your
              passwords"), a title line, a plot told ("In the film, the aliens are coming for your planet"); the
              community wanted as something ("the festival organisers want our town square as their main stage": the
              noun decides, and no class of nouns tells a stage from a laboratory); a craving for no harm ("itching
              for a rematch", "spoiling for a fight") or for a work named after one ("hungering for a war drama"); a
              closure of rules or of one place ("out to close every tax loophole in the country", "out to close its
              branch in the county", or only the places a relative clause picks out, "out to close every kitchen in the
              city that fails a hygiene check"); a thing let go ("would happily see the old bus depot go under the
              hammer"); a turnout relied on ("counting on the town to turn out"); and
              a purchase or a good at a relentless drive's end ("until every household in this city pays a fair price
              to its water company", "until every family in the borough has a warm coat"), or the end of a nuisance, a
              growth or a condition, by the WordNet type of what is gone ("until every weed is gone from the beds", "every
              stain", "every case of measles").
            - Readiness for what harms no one or no people ("rescuers were waiting for the signal to go in", "the
              crew is waiting for the order to knock down the old silo", "the council will repair our potholes at the
              first opportunity", "the landlord will replace our boiler the minute he can"), the writer's side ("we will
              cut our prices the minute we can"), and an attack after an occasion that is no chance ("the cat is waiting
              for the mice to strike").
            - A claim on what the audience owes ("coming for your overdue parking fines") or is prized for ("recruiters
              are coming for our brightest engineers"); a character owned by a work or its maker ("The playwright's
              heroine longs for a war", "the film's villain wants every bank in his grip").

            A hedge ("may seek to dominate") or a question lowers the finding to a suggestion.
            """,
        Examples =
        [
            "Make no mistake: [[Iran is bent on]] dominating the Gulf.",
            "[[The Brackwater cartel's real goal is to crush]] the dockers' union.",
            "[[The shipping lobby set out to drive every small ferry firm out]] of the strait.",
            "The [[Marsh Party is plotting to rig the next election]] in the valley.",
            "[[The Penlow Courier's owners are determined to silence anyone who questions]] their coverage.",
            "[[The valley's water bosses will stop at nothing to]] keep their monopoly.",
            "[[The quarry owners are counting on us to give in]] by autumn.",
            "[[The enemies of the new bridge are patient]].",
            "[[The Harlow cartel is an enemy of everything we hold dear]].",
            "[[The holiday-let barons are coming for your home]].",
            "[[The water investors want every reservoir in the county in their hands]].",
            "[[The Corley dairies do not care how many small farms go bankrupt]] this winter.",
        ],
        UseInstead =
        [
            """
            Iran has tripled its fast-attack boat fleet since 2019, according to the IISS, which the analyst Mara Vance
            reads as an aim to control the strait.
            """,
        ],
        Rewrite = """
            Display-only template
            `ACTOR [did what, when] ([source]), which [named analyst] reads as an aim to [goal]`.
            """,
    };

    public static readonly DiagnosticDescriptor Descriptor = new(
        "RH1004",
        "Hostile intent attributed without evidence",
        "'{0}' imputes an aim to {1} without evidence; show what was done, or cite who says so",
        RuleCategories.ThreatInflation,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The writer imputes a hostile aim to an actor with no citation, named source or document of the actor's own nearby.",
        helpLinkUri: RuleCategories.HelpUri("RH1004"),
        customTags: new EvidenceWindow(1, 1).Tag);

    /// <summary>Predicates hostile whoever the subject ("seek to destroy"), and those hostile only in an adversary ("covet", "plot to").</summary>
    private static readonly Lazy<PhraseList> HarmPredicates = new(() => PhraseList.From(LemmaPhrases.LoadKind(RuleLexicons.Store, "hostile_intent_predicates", "harm", Inflections.PartOfSpeech.Verb)));
    private static readonly Lazy<PhraseList> AdversaryPredicates = new(() => PhraseList.From(LemmaPhrases.LoadKind(RuleLexicons.Store, "hostile_intent_predicates", "adversary", Inflections.PartOfSpeech.Verb)));

    /// <summary>
    /// Adverbs and auxiliaries that may stand between the actor and its predicate ("Moscow still covets", "the lobby is
    /// plotting to", "Beijing has long sought to").
    /// </summary>
    private static readonly FrozenWordSet Interveners = RuleLexicons.Store.Set("hostile_intent_interveners");

    /// <summary>Harm verbs after an intent verb or noun ("set out to wreck", "one ambition: to erase") or "deliberately".</summary>
    // Control or power usurped: a harm only in an adversary's hands ("the junta is racing to seize power"); a company
    // seeking to wrest control of a brewery makes a takeover bid.
    private static readonly Lazy<PhraseList> UsurpVerbs = new(() => PhraseList.From(LemmaPhrases.LoadKind(RuleLexicons.Store, "hostile_intent_predicates", "usurp", Inflections.PartOfSpeech.Verb)));
    private static readonly Lazy<PhraseList> PurposeVerbs = new(() => PhraseList.From(LemmaPhrases.LoadKind(RuleLexicons.Store, "hostile_intent_predicates", "purpose", Inflections.PartOfSpeech.Verb)));

    /// <summary>Harm verbs whose object decides ("break the record"): read only in a purpose clause aimed at the reader ("to bury you").</summary>
    private static readonly Lazy<PhraseList> ObjectHarmVerbs = new(() => PhraseList.From(LemmaPhrases.LoadKind(RuleLexicons.Store, "hostile_intent_predicates", "purpose-only", Inflections.PartOfSpeech.Verb)));

    /// <summary>Phrasal harm verbs whose particle may follow their object ("drive … out", "run … into the ground"), split at the gap.</summary>
    private static readonly Lazy<(string[] Verb, string[] Particle)[]> SplitHarmVerbs = new(() => [.. LemmaPhrases
        .LoadKind(RuleLexicons.Store, "hostile_intent_predicates", "split", Inflections.PartOfSpeech.Verb)
        .Select(words => Array.IndexOf(words, "…") is > 0 and var gap ? (words[..gap], words[(gap + 1)..]) : (words, []))
        .Where(split => split.Item2.Length > 0)
        .OrderByDescending(split => split.Item2.Length)]);

    /// <summary>How many words a split phrasal verb's object may hold ("drive every small farmer out").</summary>
    private const int SplitObjectWords = 5;

    /// <summary>Verbs of intent before a harm verb ("set out to", "are trying to", "plot to").</summary>
    private static readonly Lazy<PhraseList> IntentVerbs = new(() => PhraseList.From(LemmaPhrases.LoadKind(RuleLexicons.Store, "hostile_intent_predicates", "intent", Inflections.PartOfSpeech.Verb)));

    /// <summary>A settled will ("is determined to", "is out to", "will stop at nothing to"), before a suppression.</summary>
    private static readonly Lazy<PhraseList> ResolveVerbs = new(() => PhraseList.From(LemmaPhrases.LoadKind(RuleLexicons.Store, "hostile_intent_predicates", "resolve", Inflections.PartOfSpeech.Verb)));

    /// <summary>A harm to truth, speech or dissent named with its object ("silence anyone who disagrees", "keep the truth buried").</summary>
    private static readonly Lazy<PhraseList> SuppressionPhrases = new(() => PhraseList.From(LemmaPhrases.LoadKind(RuleLexicons.Store, "hostile_intent_predicates", "suppress", Inflections.PartOfSpeech.Verb)));

    /// <summary>Adverbs that make a harmful act intended ("deliberately", "wilfully").</summary>
    private static readonly Lazy<FrozenWordSet> DeliberateAdverbs = new(() => TaggedLexicon.Load(RuleLexicons.Store, "hostile_intent_predicates").Words("deliberate").ToFrozenWordSet());

    /// <summary>Verbs of changing something into something else ("turn … into", "transform"), read after "deliberately" with the writer's side as object.</summary>
    private static readonly Lazy<PhraseList> TransformVerbs = new(() => PhraseList.From(LemmaPhrases.LoadKind(RuleLexicons.Store, "hostile_intent_predicates", "transform", Inflections.PartOfSpeech.Verb)));

    /// <summary>Relentlessness ("will not rest until"): hostile in an adversary, in a party or a company only before a harm.</summary>
    private static readonly Lazy<PhraseList> UntilPredicates = new(() => PhraseList.From(LemmaPhrases.LoadKind(RuleLexicons.Store, "hostile_intent_predicates", "until", Inflections.PartOfSpeech.Verb)));

    /// <summary>War waged or declared on someone ("is waging a war on", "declared war against"), before a people object.</summary>
    private static readonly Lazy<PhraseList> WarPredicates = new(() => PhraseList.From(LemmaPhrases.LoadKind(RuleLexicons.Store, "hostile_intent_predicates", "war", Inflections.PartOfSpeech.Verb)));

    /// <summary>Plain intent verbs ("want to", "seek to"): before a harm verb they make no group hostile ("the growers want to destroy the old orchards").</summary>
    private static readonly Lazy<PhraseList> PlainIntentVerbs = new(() => PhraseList.From(LemmaPhrases.LoadKind(RuleLexicons.Store, "hostile_intent_predicates", "plain", Inflections.PartOfSpeech.Verb)));

    /// <summary>Plural heads that name people though no role noun does ("a war on families", "the coal barons").</summary>
    private static readonly FrozenWordSet PeopleHeads = new[] { "people", "families", "children", "men", "women", "barons", "bosses", "elites", "owners" }.ToFrozenWordSet();

    /// <summary>Relational nouns of the other side: after "our" or "your" they are not the writer's side ("our opponents").</summary>
    private static readonly FrozenWordSet OpposingHeads = new[] { "opponents", "enemies", "rivals", "adversaries", "foes", "detractors" }.ToFrozenWordSet();

    /// <summary>Plurals that name organisations ("the energy firms"): a group that can intend, though not a war's target.</summary>
    private static readonly FrozenWordSet OrganisationHeads = new[] { "firms", "companies", "corporations", "businesses", "networks", "platforms", "chains" }.ToFrozenWordSet();

    /// <summary>Verbs of attacking after "for the day it …" ("strikes", "invades").</summary>
    private static readonly Lazy<PhraseList> AttackVerbs = new(() => PhraseList.From(LemmaPhrases.LoadKind(RuleLexicons.Store, "hostile_intent_predicates", "attack", Inflections.PartOfSpeech.Verb)));

    /// <summary>Suffixes of plural agent nouns ("insurers", "developers", "operators", "landlords" aside): a group that can intend.</summary>
    private static readonly string[] AgentPluralSuffixes = ["ers", "ors", "ists", "ians", "ants", "ents"];

    /// <summary>States of a total loss after "until" ("every local theatre is gone").</summary>
    private static readonly Lazy<FrozenWordSet> LossStates = new(() => TaggedLexicon.Load(RuleLexicons.Store, "hostile_intent_predicates").Words("loss").ToFrozenWordSet());

    /// <summary>States of a ruin wished on a universal set ("want every independent bakery dead"); not gone or closed, which a pothole or a shop on Sunday may be wished.</summary>
    private static readonly Lazy<FrozenWordSet> WishedStates = new(() => TaggedLexicon.Load(RuleLexicons.Store, "hostile_intent_predicates").Words("wished").ToFrozenWordSet());

    /// <summary>How far after "until" the harm that makes a party's relentlessness hostile may stand.</summary>
    private const int UntilClauseWords = 8;

    private static readonly Lazy<TaggedLexicon> IntentWords = new(() => TaggedLexicon.Load(RuleLexicons.Store, "hostile_intent_nouns"));

    /// <summary>Nouns that name an aim ("goal", "ambition", "agenda").</summary>
    private static readonly Lazy<FrozenWordSet> IntentNouns = new(() => IntentWords.Value.Words("aim").ToFrozenWordSet());

    /// <summary>Modifiers that make an aim hidden or single ("real", "secret", "one", "sole"): the writer claims to know it.</summary>
    private static readonly Lazy<FrozenWordSet> RevealingModifiers = new(() => IntentWords.Value.Words("revealing").ToFrozenWordSet());

    /// <summary>Nouns of wanting whose limitlessness is asserted ("appetite", "greed", "ambitions").</summary>
    private static readonly Lazy<FrozenWordSet> AppetiteNouns = new(() => IntentWords.Value.Words("appetite").ToFrozenWordSet());

    /// <summary>What a conquest takes ("land", "territory", "power"): a want of it is an aim at others' ground.</summary>
    private static readonly Lazy<FrozenWordSet> ConquestNouns = new(() => IntentWords.Value.Words("conquest").ToFrozenWordSet());

    /// <summary>Predicates that make a want limitless ("knows no limits", "has no end", "is insatiable").</summary>
    private static readonly Lazy<PhraseList> LimitlessPredicates = new(() => IntentWords.Value.Phrases("limitless"));

    /// <summary>Nouns that designate someone as the writer's enemy ("enemies", "foes", "adversaries").</summary>
    private static readonly Lazy<FrozenWordSet> EnemyNouns = new(() => IntentWords.Value.Words("enemy").ToFrozenWordSet());

    /// <summary>Predicates of patience and waiting ("are patient", "are biding their time"), read of an enemy only.</summary>
    private static readonly Lazy<PhraseList> PatiencePredicates = new(() => PhraseList.From(LemmaPhrases.LoadKind(RuleLexicons.Store, "hostile_intent_nouns", "patience", Inflections.PartOfSpeech.Verb)));

    /// <summary>Words before "to" that make it a likelihood or a capacity, not a purpose ("threatens to", "enough to").</summary>
    private static readonly Lazy<FrozenWordSet> NonPurposeHeads = new(() => IntentWords.Value.Words("not-purpose").ToFrozenWordSet());

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(AnalyzeSentence);

    /// <summary>Whether [<paramref name="start"/>, <paramref name="end"/>) overlaps a claim already reported (a loop: a lambda here was a closure per token).</summary>
    private static bool Overlaps(List<(int Start, int End)> reported, int start, int end)
    {
        foreach (var claim in reported)
            if (start < claim.End && claim.Start < end) return true;
        return false;
    }

    private static void AnalyzeSentence(SentenceContext context)
    {
        var document = context.Document;
        var sentence = context.Sentence;
        var tokens = document.Tokens;
        // What the predicate pass reported: "Beijing is working to cripple our industry" is one claim, not also a purpose clause.
        var reported = new List<(int Start, int End)>();
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            // The predicates and frames open on a verb; after an article or a possessive its spelling is a noun ("fenced the plot to starve the weeds").
            var verbal = !IsNounAfterDeterminer(tokens, sentence, i);
            var harm = Math.Max(verbal ? Math.Max(HarmPredicates.Value.LongestAt(tokens, i, sentence.EndToken), IntendedHarmLength(tokens, sentence, i)) : 0, WarOnPeopleLength(document, sentence, i));
            var onAudience = false;
            var framed = verbal ? IntentFrames.FrameHarmLength(tokens, sentence, i, out onAudience) : 0;
            harm = Math.Max(harm, framed);
            var wish = AdversaryPredicates.Value.LongestAt(tokens, i, sentence.EndToken);
            // A limit frame before a named harm: its holder may be one body or one agent ("this council", "the developer").
            var relentless = false;
            if (UntilPredicates.Value.LongestAt(tokens, i, sentence.EndToken) is > 0 and var until)
            {
                wish = Math.Max(wish, until);
                if (HarmUntil(document, sentence, i + until))
                {
                    harm = Math.Max(harm, until);
                    relentless = true;
                }
            }
            // "will keep burying the findings until a child dies": an act kept up is relentless only before a harm,
            // for an adversary too ("will keep fighting until the talks resume" is a war's plain course).
            else if (ContinuedUntilLength(tokens, i, sentence.EndToken) is > 0 and var continued && HarmUntil(document, sentence, i + continued))
            {
                harm = Math.Max(harm, continued);
                relentless = true;
            }
            // A usurpation counts only for an adversary subject: the class check below keeps it out of a company's or a party's aim.
            var length = Math.Max(Math.Max(harm, wish), verbal ? UsurpationLength(tokens, sentence, i) : 0);
            var insinuation = false;
            if (length == 0 && InsinuatedPurposeLength(tokens, sentence, i) is int purpose)
            {
                length = purpose;
                insinuation = true;
            }
            if (length == 0) continue;
            if (document.Voices[i] != Voice.Author || document.IsNegated(i) || ToldCharacters.OwnsClause(tokens, sentence, i)) continue;
            var named = FindSubject(document, sentence, i, allowPossessive: insinuation);
            // A group the gazetteer does not know ("the insurers", "the league's owners") intends only what is named as harm.
            var group = named is null && harm > 0 && !insinuation && PlainIntentVerbs.Value.LongestAt(tokens, i, sentence.EndToken) == 0
                ? GroupSubject(document, sentence, i, relentless) : null;
            // A settled or total aim whose harm is named ("their chairman, Osric Vell, wants nothing less than to bring down the council")
            // is imputed whoever holds it, a person too; not in sport, where being bent on crushing the visitors is the game.
            var holder = named is null && group is null && framed > 0 && framed == harm ? FrameHolder(document, sentence, i, agentOnly: onAudience) : null;
            if ((named ?? group ?? holder) is not var (subjectStart, actor, actorClass)) continue;
            // Wanting, plotting and insinuated purposes are hostile in an adversary ("Iran is bent on"); a party or a
            // company must be said to mean harm ("Harbrook Holdings is bent on crushing").
            if (group is not null || !actorClass.IsAdversary())
            {
                if (harm == 0) continue;
                length = harm;
            }
            else if (wish > 0) length = wish;
            if (context.EvidenceFor(Descriptor, new Claim(ClaimKind.Intent, subjectStart, i + length)).Strength >= EvidenceStrength.Strong) continue;

            var span = document.SpanOf(subjectStart, i + length);
            var hedged = document.IsHedged(i) || document.IsQuestion(sentence);
            var rewrite = Rewrite.Template("Replace imputed intent with observed action and a source", span,
                $"{actor} [did what, when] ([source]), which [named analyst] reads as an aim to [goal]");
            context.Report(Descriptor, hedged ? DiagnosticSeverity.Info : Descriptor.DefaultSeverity, span, [rewrite], document.Excerpt(span), InMessage(actor));
            reported.Add((subjectStart, i + length));
            i += length - 1;
        }
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var limitless = LimitlessAppetite(document, sentence, i);
            var audience = AudienceIntent(document, sentence, i);
            var patience = EnemyPatience(document, sentence, i);
            var chance = ChanceDenied(document, sentence, i);
            // "never had the slightest intention of listening": bad faith carries its own negation, like "knows no limit".
            var motive = ImputedMotives.FrameEnd(tokens, sentence, i) is int motiveEnd && HeldClaim(document, sentence, i, motiveEnd, agentOnly: true) is { } held
                && !FunctionWords.Prepositions.Contains(tokens[held.Start]) ? held : ((int Start, int End, string Owner)?)null;
            var badFaith = motive is not null && ImputedMotives.IsOwnNegation(tokens, i) ? motive : null;
            var loaded = LoadedIntent(document, sentence, i);
            // "does not care who gets sick": indifference carries its own negation.
            badFaith ??= loaded is not null && LoadedFrames.IsOwnNegation(tokens, i) ? loaded : null;
            if ((IntentNounClaim(document, sentence, i) ?? patience ?? chance ?? limitless ?? PurposeAgainstUs(document, sentence, i) ?? DeliberateHarm(document, sentence, i) ?? HarmDoneOnPurpose(document, sentence, i) ?? IntendedHarmOnUs(document, sentence, i) ?? WeaponisedInstrument(document, sentence, i) ?? WishedRuin(document, sentence, i) ?? OpenWish(document, sentence, i) ?? PlainMotive(document, sentence, i) ?? ConcealmentUnderWay(document, sentence, i) ?? CoveredTracks(document, sentence, i) ?? ResolvedSuppression(document, sentence, i) ?? AwaitedAttack(document, sentence, i) ?? ReadyToHarm(document, sentence, i) ?? BentAgent(document, sentence, i) ?? EnemyDesignation(document, sentence, i) ?? WarSaidOf(document, sentence, i) ?? CommunityClaim(document, sentence, i) ?? InstrumentalView(document, sentence, i) ?? WantedCatastrophe(document, sentence, i) ?? audience ?? motive ?? loaded) is not var (start, end, owner)) continue;
            if (Overlaps(reported, start, end) || ToldCharacters.OwnsClause(tokens, sentence, end)) continue;
            // "knows no limit", "wants you not to notice", "is in no hurry" and "is no accident" carry their own negation: the one that matters is of the owner's clause.
            if (document.Voices[start] != Voice.Author || document.Voices[end - 1] != Voice.Author || document.IsNegated(start) || (limitless ?? audience ?? patience ?? chance ?? badFaith) is null && document.IsNegated(end - 1)) continue;
            if (context.EvidenceFor(Descriptor, new Claim(ClaimKind.Intent, start, end)).Strength >= EvidenceStrength.Strong) continue;
            var span = document.SpanOf(start, end);
            var hedged = document.IsHedged(end - 1) || document.IsQuestion(sentence);
            var rewrite = Rewrite.Template("Replace imputed intent with observed action and a source", span,
                $"{owner} [did what, when] ([source]), which [named analyst] reads as an aim to [goal]");
            context.Report(Descriptor, hedged ? DiagnosticSeverity.Info : Descriptor.DefaultSeverity, span, [rewrite], document.Excerpt(span), InMessage(owner));
            i = end - 1;
        }
    }

    /// <summary>
    /// "the company sees us as a battery to drain": people regarded as a thing to use up
    /// (<see cref="InstrumentalViews"/>), held by an actor or an agent by its head, not the writer's side, outside sport.
    /// </summary>
    private static (int Start, int End, string Owner)? InstrumentalView(DocumentModel document, Sentence sentence, int i) =>
        InstrumentalViews.End(document.Tokens, sentence, i) is int end ? HeldClaim(document, sentence, i, end, agentOnly: true) : null;

    /// <summary>
    /// "the drone makers want a war": a catastrophe wanted (<see cref="WantedCatastrophes"/>), held by an actor or an
    /// agent by its head, or a group with a post-modifier ("the people who pushed this base"), outside sport and told works.
    /// </summary>
    private static (int Start, int End, string Owner)? WantedCatastrophe(DocumentModel document, Sentence sentence, int i)
    {
        if (WantedCatastrophes.End(document.Tokens, sentence, i) is not int end || ToldWorks.IsToldInAWork(document.Tokens, sentence, i)) return null;
        return HeldClaim(document, sentence, i, end, agentOnly: true)
            ?? (GroupSubject(document, sentence, i, relentless: false) is var (start, group, _) ? (start, end, group) : null);
    }

    /// <summary>
    /// "they're coming for your pension", "the funds want every reservoir in the shire under their control": what belongs to the
    /// community claimed by an agent (<see cref="ClaimsOnCommunity"/>), held by an actor or an agent by its head (not
    /// a machine or a thing), not the writer's side, outside sport, a told plot or a title line.
    /// </summary>
    private static (int Start, int End, string Owner)? CommunityClaim(DocumentModel document, Sentence sentence, int i)
    {
        if ((ClaimsOnCommunity.ComingForEnd(document.Tokens, sentence, i) ?? ClaimsOnCommunity.AppropriationEnd(document.Tokens, sentence, i)) is not int end) return null;
        // "## The Chancellor is coming for your savings": a title line teases the claim its body makes, and the body's
        // wording is the one move to flag.
        var paragraph = document.Syntax.Paragraphs[sentence.ParagraphIndex];
        if (paragraph.Kind == BlockKind.Heading || document.Syntax.IsTitleLine(paragraph)) return null;
        // "In the film, the aliens are coming for your planet": a plot told, not an aim imputed.
        if (ToldWorks.IsToldInAWork(document.Tokens, sentence, i)) return null;
        // "Quantum computers are coming for your passwords": a machine or a thing has no aim, whatever its suffix.
        if (i - 1 >= sentence.FirstToken && NounTypes.Of(document.Tokens[i - 1]) is NounType.Artifact or NounType.Substance or NounType.Phenomenon or NounType.Process or NounType.Event) return null;
        // "They're coming for …": the subject leans on the verb in one token.
        if (document.Tokens[i].Norm == "they're") return SportContext.IsAboutSport(document.Tokens, sentence) ? null : (i, end, "them");
        // "the people behind this scheme want …": a group with a post-modifier, as the predicate pass reads one.
        return HeldClaim(document, sentence, i, end, agentOnly: true)
            ?? (GroupSubject(document, sentence, i, relentless: false) is var (start, group, _) ? (start, end, group) : null);
    }

    /// <summary>
    /// "the cartel's real goal is to crush the dockers", "their leader has one ambition: to erase the town from the map":
    /// an owned aim that the writer reveals (a hidden or single aim, <c>hostile_intent_nouns.txt</c>) with a harm verb
    /// as its content. Any owner but the writer's side ("our only aim is to …"). Returns the owner's start, the end of
    /// the harm verb and the owner's words.
    /// </summary>
    private static (int Start, int End, string Owner)? IntentNounClaim(DocumentModel document, Sentence sentence, int i)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        if (!IntentNouns.Value.Contains(tokens[i]) || i - 1 < sentence.FirstToken) return null;
        if (!RevealingModifiers.Value.Contains(tokens[i - 1])) return PlainAimClaim(document, sentence, i);
        if (i - 2 < sentence.FirstToken) return null;
        var ownerEnd = tokens[i - 2].Norm is "a" ? i - 2 : i - 1;
        if (OwnerBefore(document, sentence, ownerEnd) is not var (ownerStart, owner)) return null;
        var k = i + 1;
        if (k < end && (tokens[k].Text is ":" or "," or "—" || tokens[k].Norm is "is" or "was" or "remains")) k++;
        if (k < end && tokens[k].Norm is "simply" or "just" or "plainly") k++;
        if (k >= end) return null;
        // "whose real goal is the abolition of the levy", "… is regime change by starvation": the aim named as a noun.
        if (tokens[k].Norm != "to")
            return tokens[k - 1].Norm is "is" or "was" or "remains" && IntentFrames.HarmNounEnd(tokens, k, end, byMeans: true) is int nounEnd ? (ownerStart, nounEnd, owner) : null;
        var verbLength = Math.Max(HarmVerbLength(tokens, k + 1, end), IntentFrames.HarmVerbLength(tokens, k + 1, end));
        // "the faction's only aim is to grab power": a revealed single aim to usurp is hostile in any holder but a
        // company, whose one goal of wresting control of a firm is a takeover.
        if (verbLength == 0 && document.Actors.Match(tokens.AsSpan(0, end), ownerStart) is not { Class: ActorClass.Company })
            verbLength = UsurpVerbs.Value.LongestAt(tokens, k + 1, end);
        return verbLength > 0 ? (ownerStart, k + 1 + verbLength, owner) : null;
    }

    /// <summary>
    /// "the party's goal is to bankrupt the rural councils", "their plan is to drive the fishing families out": an aim
    /// noun owned by an agent, with no revealing modifier, whose content is a harm to a victim (<see cref="PlainHarmAt"/>),
    /// read as the plain intent verbs are (<see cref="PlainMotive"/>). The owner is a possessive whose noun names a group
    /// or a plural of people ("the developers'", "the party's"), or "their"; not the writer's side, not in sport, not
    /// a thing's aim ("the scheme's goal is to …"). Returns the owner's start, the victim's end and the owner's words.
    /// </summary>
    private static (int Start, int End, string Owner)? PlainAimClaim(DocumentModel document, Sentence sentence, int noun)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        var possessor = tokens[noun - 1];
        if (noun + 2 >= end || tokens[noun + 1].Norm is not ("is" or "was" or "remains") || tokens[noun + 2].Norm != "to") return null;
        var agent = possessor.Norm == "their" || possessor.HasPossessiveEnding
            && NounTypes.OfWord(possessor.NormWithoutPossessive) switch
            {
                NounType.Group => true,
                // "Harbrook Holdings's": a name inside the sentence, as IsAgentHead reads one.
                _ when possessor.IsCapitalized && noun - 1 > sentence.FirstToken => true,
                // "the developers'": a plural of people; one person's goal ("the coach's") is a job.
                NounType.Person => possessor.Norm.EndsWith("s'", StringComparison.Ordinal),
                _ => false,
            };
        if (!agent || SportContext.IsAboutSport(tokens, sentence) || IsAskedOrSupposed(document, sentence, noun)) return null;
        if (OwnerBefore(document, sentence, noun) is not var (ownerStart, owner) || !OpensClause(tokens, sentence, ownerStart)) return null;
        // "In the novel, the landlords' aim is to …": a plot told, not a motive imputed.
        if (ToldWorks.IsToldInAWork(tokens, sentence, ownerStart)) return null;
        return PlainHarmAt(document, sentence, noun + 3) is int victimEnd ? (ownerStart, victimEnd, owner) : null;
    }

    /// <summary>
    /// "Varn's appetite for land knows no limit", "their ambitions have no end": an owned want made limitless. Returns
    /// the owner's start, the predicate's end and the owner's words.
    /// </summary>
    private static (int Start, int End, string Owner)? LimitlessAppetite(DocumentModel document, Sentence sentence, int i)
    {
        var tokens = document.Tokens;
        if (!AppetiteNouns.Value.Contains(tokens[i])) return null;
        var ownerEnd = i;
        if (ownerEnd - 1 >= sentence.FirstToken && tokens[ownerEnd - 1].IsWord && !IsPossessive(tokens[ownerEnd - 1])) ownerEnd--;
        if (OwnerBefore(document, sentence, ownerEnd) is not var (ownerStart, owner)) return null;
        // "The chef's appetite for new flavours knows no limit" is praise: the want is a threat only in an actor or when what is wanted is a harm, a conquest or ours.
        if (!IsThreatOwner(document, sentence, ownerStart, ownerEnd) && !IsHostileWant(tokens, i + 1, sentence.EndToken)) return null;
        for (var k = i + 1; k < sentence.EndToken && k - i <= 5; k++)
        {
            if (!tokens[k].IsWord) return null;
            if (LimitlessPredicates.Value.LongestAt(tokens, k, sentence.EndToken) is > 0 and var length) return (ownerStart, k + length, owner);
        }
        return null;
    }

    /// <summary>
    /// Whether the owner in [<paramref name="start"/>, <paramref name="end"/>) is an adversary of the threat model (a
    /// state, an armed group, an out-group, a criminal organisation: "the Vance gang's", "the regime's"), or
    /// "its"/"their" whose antecedent is one. A party's or a company's appetite is ambition until its object is a harm.
    /// </summary>
    private static bool IsThreatOwner(DocumentModel document, Sentence sentence, int start, int end)
    {
        var span = document.Tokens.AsSpan(0, sentence.EndToken);
        for (var k = start; k < end; k++)
            if ((document.Actors.Match(span, k)?.Class ?? document.Actors.PossessorAt(span, k)) is { } owner && owner.IsAdversary()) return true;
        return document.Tokens[start].Norm is "its" or "their" && AntecedentActor(document, sentence, start) is (_, var antecedent) && antecedent.IsAdversary();
    }

    /// <summary>
    /// Whether the want's object at <paramref name="start"/> ("for …", "of …") is hostile: the reader or the writer's
    /// side ("for our green belt"), a harm or power over people (<see cref="IntentFrames.HarmNounEnd"/>: "for
    /// domination"), or a conquest (<c>hostile_intent_nouns.txt</c>, kind <c>conquest</c>: "for land", "for territory").
    /// </summary>
    private static bool IsHostileWant(ImmutableArray<Token> tokens, int start, int end)
    {
        if (start + 1 >= end || tokens[start].Norm is not ("for" or "of")) return false;
        var target = start + 1;
        if (WritersSideEnd(tokens, target, end) is not null || IntentFrames.HarmNounEnd(tokens, target, end, byMeans: false) is not null) return true;
        for (var k = target; k < end && k - target <= 2 && tokens[k].IsWord; k++)
            if (ConquestNouns.Value.Contains(tokens[k])) return true;
        return false;
    }

    /// <summary>How many words may follow an enemy noun in its subject ("the enemies of the new reservoir").</summary>
    private const int EnemyModifierWords = 4;

    /// <summary>
    /// "The enemies of the new reservoir are patient", "our foes are biding their time": someone the writer designates
    /// an enemy, given patience or waiting as a predicate. Said of an enemy, patience is a plan held until the moment
    /// to strike, an aim no one has shown. The subject is the enemy noun with its determiner ("the", "our", "these")
    /// and an "of" phrase; not in sport, where waiting out the other side is tactics. Returns the subject's start, the
    /// predicate's end and the subject's words.
    /// </summary>
    private static (int Start, int End, string Owner)? EnemyPatience(DocumentModel document, Sentence sentence, int i)
    {
        var tokens = document.Tokens;
        if (PatiencePredicates.Value.LongestAt(tokens, i, sentence.EndToken) is not (> 0 and var length)) return null;
        var subjectEnd = i;
        while (subjectEnd - 1 >= sentence.FirstToken && Interveners.Contains(tokens[subjectEnd - 1].Norm)) subjectEnd--;
        for (var head = subjectEnd - 1; head >= sentence.FirstToken && subjectEnd - head <= EnemyModifierWords + 1 && tokens[head].IsWord; head--)
        {
            if (!EnemyNouns.Value.Contains(tokens[head])) continue;
            // The enemy closes the subject or an "of" phrase follows it: "the enemies of reform", not "the enemy's drones are".
            if (head + 1 < subjectEnd && tokens[head + 1].Norm != "of") return null;
            if (SportContext.IsAboutSport(tokens, sentence)) return null;
            if (WritersEnemyStart(tokens, sentence, head) is not int start) return null;
            // "the enemies of free speech": an enemy of a stake; of a person, an animal or a plant it is a private or a natural foe.
            if (head + 1 < subjectEnd && NounTypes.OfHead(tokens, sentence, subjectEnd - 1) is NounType.Person or NounType.Animal or NounType.Plant) return null;
            return (start, i + length, document.Excerpt(document.SpanOf(start, subjectEnd)));
        }
        return null;
    }

    /// <summary>Present copulas that designate ("is", "remain"): "was an enemy of the old king" is history.</summary>
    private static readonly FrozenWordSet PresentCopulas = new[] { "is", "are", "remains", "remain" }.ToFrozenWordSet();

    /// <summary>
    /// "The Marsh Party is the enemy.", "these donors are sworn enemies of the republic", "the cartel is an enemy of
    /// everything we hold dear": an agent (a name, a gazetteer actor, a group or plural of people, "they") designated,
    /// with a present copula, the enemy outright or the enemy of the writer's side ("us", "our …", "the public"), of
    /// the people, or of a collective stake (a group, a polity or a place by its WordNet type: "the republic", "the
    /// parish", "this town"). To call an adversary the enemy of all we have is to assert an aim against it that no one
    /// has shown: the PTC train split's fear, loaded and labelling spans hold it in 11 writer's-voice sentences of
    /// different articles, PolNeAR news in 4, none of them a designation of this shape. Not an enemy of a person, an
    /// animal or a plant (a private or a natural foe), an idea or an act ("the enemy of progress"), nor in sport.
    /// Returns the subject's start, the end of the designation and the subject's words.
    /// </summary>
    private static (int Start, int End, string Owner)? EnemyDesignation(DocumentModel document, Sentence sentence, int i)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        if (!PresentCopulas.Contains(tokens[i]) || i == sentence.FirstToken) return null;
        var k = i + 1;
        while (k < end && Interveners.Contains(tokens[k].Norm)) k++;
        if (k < end && tokens[k].Norm is "the" or "an" or "a" or "our") k++;
        var head = k;
        while (head < end && head - k <= EnemyAdjectiveWords && tokens[head].IsWord && !EnemyNouns.Value.Contains(tokens[head])) head++;
        if (head >= end || !EnemyNouns.Value.Contains(tokens[head])) return null;
        if (SportContext.IsAboutSport(tokens, sentence)) return null;
        if (!IsAgentHead(tokens, sentence, i) && document.Actors.Match(tokens.AsSpan(0, end), SubjectStartOrSelf(document, sentence, i)) is null) return null;
        if (SubjectBefore(document, sentence, i) is not var (subjectStart, owner)) return null;
        var designationEnd = head + 1;
        if (designationEnd < end && tokens[designationEnd].Norm == "of")
        {
            if (EnemyStakeEnd(document, sentence, designationEnd + 1) is not int stakeEnd) return null;
            // "Senator Ruth Alvey is an outspoken foe of Norway": one person's enmity to a state by name is the stance of a
            // hawk or a critic that politics and diplomacy report daily; a group made a state's enemy is still a designation.
            if (IsStateAt(document, designationEnd + 1, end) && IsOnePerson(document, sentence, i)) return null;
            designationEnd = stakeEnd;
        }
        // Without an "of" phrase the enemy is the writer's own: "the enemy", "our enemies", not "an enemy" of someone unsaid.
        // "Jihadists are the enemies and must be named so": a conjunction closes the designation as well as punctuation does.
        else if (tokens[k - 1].Norm is not ("the" or "our") || designationEnd < end && tokens[designationEnd].IsWord && tokens[designationEnd].Norm is not ("and" or "but")) return null;
        return (subjectStart, designationEnd, owner);
    }

    /// <summary>A state or its metonym the gazetteer knows at <paramref name="start"/> ("Norway", "Beijing").</summary>
    private static bool IsStateAt(DocumentModel document, int start, int end) =>
        document.Actors.Match(document.Tokens.AsSpan(0, end), start) is { Class: ActorClass.State or ActorClass.Metonym };

    /// <summary>
    /// Whether the subject before <paramref name="predicate"/> is one person: "he", "she", or a name the gazetteer does not
    /// know whose last word is no common noun and has no article ("Ruth Alvey", "Senator Alvey", "Alvey"); not "the Corran
    /// Alliance" (a common head) nor "Hamas" (a gazetteer actor). A one-word firm ("Harbrook") reads as a person too: a
    /// news surname alone is far commoner before "a foe of" a state.
    /// </summary>
    private static bool IsOnePerson(DocumentModel document, Sentence sentence, int predicate)
    {
        var tokens = document.Tokens;
        var head = predicate - 1;
        while (head >= sentence.FirstToken && Interveners.Contains(tokens[head].Norm)) head--;
        if (head < sentence.FirstToken) return false;
        if (tokens[head].Norm is "he" or "she") return true;
        if (!tokens[head].IsCapitalized || Vocabulary.IsCommonWord(tokens[head]) || head > sentence.FirstToken && tokens[head - 1].Norm == "the") return false;
        return document.Actors.Match(tokens.AsSpan(0, sentence.EndToken), SubjectStartOrSelf(document, sentence, predicate)) is null;
    }

    /// <summary>How many words a stake's relative clause may run ("everything we hold dear").</summary>
    private const int StakeClauseWords = 5;

    /// <summary>The start of the subject before <paramref name="predicate"/>, or the predicate itself when none opens there.</summary>
    private static int SubjectStartOrSelf(DocumentModel document, Sentence sentence, int predicate) =>
        SubjectBefore(document, sentence, predicate) is var (start, _) ? start : predicate;

    /// <summary>
    /// The end of what an enemy is the enemy of, at <paramref name="start"/>, when it is the writer's side ("us", "our
    /// town"), "everything we …", the people, or a collective stake by its WordNet type (a group, a polity, a place:
    /// "the republic", "the parish", "this country"; "the faith" is typed a belief, not a group). Null for a person, an animal, a plant, an idea or an act.
    /// </summary>
    private static int? EnemyStakeEnd(DocumentModel document, Sentence sentence, int start)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        if (start >= end) return null;
        if (WritersSideEnd(tokens, start, end) is int ours) return ours;
        // "everything we hold dear": the relative clause runs to the next punctuation, a few words at most.
        if (tokens[start].Norm is "everything" or "all" && start + 1 < end && tokens[start + 1].Norm is "we" or "that")
        {
            var k = start + 2;
            while (k < end && k - start < StakeClauseWords && tokens[k].IsWord) k++;
            return k;
        }
        // "the enemies of America", "an enemy of Canada": a state or its metonym the gazetteer knows is a collective stake.
        if (document.Actors.Match(tokens.AsSpan(0, end), start) is { Length: var length, Class: ActorClass.State or ActorClass.Metonym }) return start + length;
        if (tokens[start].Norm is not ("the" or "this")) return null;
        var stakeEnd = NounPhraseEnd(tokens, start + 1, end);
        if (stakeEnd == start + 1) return null;
        if (tokens[stakeEnd - 1].Norm == "people") return stakeEnd;
        return NounTypes.OfHead(tokens, sentence, stakeEnd - 1) is NounType.Group or NounType.Location ? stakeEnd : null;
    }

    /// <summary>How many adjectives may stand between an enemy noun and its determiner ("our oldest and cruellest foes").</summary>
    private const int EnemyAdjectiveWords = 2;

    /// <summary>
    /// The start of an enemy named as the writer's or the public's — "our foes", "the enemy", "these adversaries",
    /// with up to <see cref="EnemyAdjectiveWords"/> adjectives — or null when the enemy is someone else's: a possessor
    /// ("the zebra's enemies", "the gardener's oldest enemies"), "your" (the other side of a game: "your adversary in
    /// chess"), "his", "her", "their" or "its". Someone else's enemy waiting is their quarrel, not a threat to us.
    /// </summary>
    private static int? WritersEnemyStart(ImmutableArray<Token> tokens, Sentence sentence, int head)
    {
        for (var k = head - 1; k >= sentence.FirstToken && head - k <= EnemyAdjectiveWords + 1 && tokens[k].IsWord; k--)
        {
            if (tokens[k].Norm is "the" or "our" or "these" or "those") return k;
            if (IsPossessive(tokens[k]) || tokens[k].Norm is "your" or "my" or "a" or "an" or "some") return null;
        }
        return head - 1 >= sentence.FirstToken && tokens[head - 1].IsWord ? null : head;
    }

    /// <summary>
    /// "their lobbyists are drafting these rules to bury you", "buying up our ports to strangle our trade", "closing
    /// polling places to keep renters away from the polls": a purpose clause whose harm verb is aimed at the reader,
    /// the writer's side or a class of people (<see cref="PeopleClassEnd"/>). Not "threatens to", "enough to",
    /// "likely to": a likelihood or a capacity is no purpose. Returns the clause's start, the end of the object and
    /// the clause's subject.
    /// </summary>
    private static (int Start, int End, string Owner)? PurposeAgainstUs(DocumentModel document, Sentence sentence, int i)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        if (tokens[i].Norm != "to" || i - 1 < sentence.FirstToken || NonPurposeHeads.Value.Contains(tokens[i - 1])) return null;
        // "to bury you", or a phrasal verb around its object: "to drive us out".
        int targetEnd;
        var onPeople = false;
        if (Math.Max(ObjectHarmVerbs.Value.LongestAt(tokens, i + 1, end), PurposeVerbs.Value.LongestAt(tokens, i + 1, end)) is > 0 and var verb)
        {
            if (WritersSideEnd(tokens, i + 1 + verb, end) is int objectEnd) targetEnd = objectEnd;
            else if (PeopleClassEnd(document, sentence, i + 1 + verb) is int peopleEnd) (targetEnd, onPeople) = (peopleEnd, true);
            else return null;
        }
        else if (SplitHarmAt(tokens, i + 1, end) is var (verbWords, length))
        {
            if (WritersSideEnd(tokens, i + 1 + verbWords, end) is null)
            {
                if (PeopleClassEnd(document, sentence, i + 1 + verbWords) is null) return null;
                onPeople = true;
            }
            targetEnd = i + 1 + length;
        }
        else return null;
        var clause = i - 1;
        while (clause - 1 >= sentence.FirstToken && tokens[clause - 1].Text is not ("," or ";" or ":" or "—")) clause--;
        // The writer's own side acting ("we are working to crush you") is not an imputed motive.
        if (tokens[clause].Norm is "we" or "i" or "we're" or "i'm") return null;
        if (onPeople && (IsIntentComplement(tokens, sentence, clause, i) || IsStatedPurpose(document, sentence, clause, i) || IsShownByARecord(tokens, sentence, i))) return null;
        var subjectEnd = clause;
        while (subjectEnd < i && subjectEnd - clause < 4 && !FunctionWords.Auxiliaries.Contains(tokens[subjectEnd]) && !IsFiniteVerbAfterSubject(tokens, clause, subjectEnd))
            subjectEnd++;
        return subjectEnd > clause ? (clause, targetEnd, document.Excerpt(document.SpanOf(clause, subjectEnd))) : null;
    }

    /// <summary>
    /// Whether the token at <paramref name="k"/> is the past verb that ends a subject opening at <paramref name="clause"/>
    /// ("the landlords stopped every repair", "the owners cut the wages"): a past form, regular ("-ed") or irregular
    /// ("cut", "sent"), not first, and not a modifier after a determiner or an adverb ("the hired lobbyists", "the newly
    /// formed trust").
    /// </summary>
    private static bool IsFiniteVerbAfterSubject(ImmutableArray<Token> tokens, int clause, int k)
    {
        var token = tokens[k];
        if (k <= clause || !token.IsWord || token.IsCapitalized) return false;
        var past = token.Norm.Length > 3 && token.Norm.EndsWith("ed", StringComparison.Ordinal) || Inflections.IsIrregularVerbForm(token.Norm) || Vocabulary.IsObjectVerbPast(token);
        var before = tokens[k - 1].Norm;
        return past && !FunctionWords.Definite.Contains(before) && !FunctionWords.Possessive.Contains(before)
            && !FunctionWords.IndefiniteSingular.Contains(before) && !before.EndsWith("ly", StringComparison.Ordinal);
    }

    /// <summary>
    /// The end of a class of people at <paramref name="start"/> as the victim of a purpose clause: after a determiner,
    /// the first head within <see cref="VictimModifierWords"/> words that is a plural of people or a group of them by
    /// its WordNet sense, or a social unit of people (<c>people-group</c> of intent_frames_wordnet.txt: families,
    /// communities) — "the youngest customers they can find", "working families", "tenants". Not one person ("the
    /// mayor"), an organisation ("the squad", "the council"), a place, an adversary of the gazetteer or the other
    /// side of a contest: crushing a rival or an insurgency is what firms and governments do and say openly. Null for
    /// anything else.
    /// </summary>
    private static int? PeopleClassEnd(DocumentModel document, Sentence sentence, int start)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        var first = start;
        while (first < end && (FunctionWords.Definite.Contains(tokens[first]) || tokens[first].Norm is "every" or "all" or "its" or "their" or "his" or "her")) first++;
        if (first >= end || document.Actors.Match(tokens.AsSpan(0, end), first) is { } actor && actor.Class.IsAdversary()) return null;
        for (var k = first; k < end && k - first <= VictimModifierWords && tokens[k].IsWord; k++)
        {
            // A name among the modifiers makes it one named family or crowd ("the Cruz household"), not a class of people.
            if (FunctionWords.NounPhraseBreakers.Contains(tokens[k]) || FunctionWords.Prepositions.Contains(tokens[k])
                || FunctionWords.Auxiliaries.Contains(tokens[k]) || tokens[k].HasPossessiveEnding || OpposingHeads.Contains(tokens[k])
                || tokens[k].IsCapitalized && k > sentence.FirstToken) return null;
            if (SourceNouns.Of(tokens[k]) is { Kind: SourceNounKind.Person, IsPlural: true } or { Kind: SourceNounKind.Group } || PeopleGroups.Value.Contains(tokens[k]))
                return k + 1;
        }
        return null;
    }

    /// <summary>Social units of people living together ("families", "communities"), from intent_frames_wordnet.txt.</summary>
    private static readonly Lazy<FrozenWordSet> PeopleGroups = new(() => TaggedLexicon.Load(RuleLexicons.Store, "intent_frames_wordnet").Words("people-group").ToFrozenWordSet());

    /// <summary>
    /// Whether the purpose "to" at <paramref name="to"/>, in the clause from <paramref name="clause"/>, is one the
    /// actor states or history records rather than one the writer imputes: after a noun of a plan or undertaking ("a
    /// military effort to crush the insurgents", <c>stated-purpose</c>), after a verb of ordering or authorising in
    /// the clause ("authorized its members to crush strikers", <c>authorise</c>; both in intent_frames_wordnet.txt),
    /// with a year in the clause ("In 1892 the mill owners locked the gates to starve the strikers out": a dated
    /// historical fact), or in sport, where starving or crushing the visitors is the game.
    /// </summary>
    private static bool IsStatedPurpose(DocumentModel document, Sentence sentence, int clause, int to)
    {
        var tokens = document.Tokens;
        if (StatedPurposeNouns.Value.Contains(tokens[to - 1]) || SportContext.IsAboutSport(tokens, sentence)) return true;
        for (var k = clause; k < to; k++)
            if (tokens[k].IsYear || AuthorisingVerbs.Value.LongestAt(tokens, k, to) > 0) return true;
        return false;
    }

    /// <summary>
    /// Whether the "to" at <paramref name="to"/> closes an intent predicate of the clause ("wanted to", "are trying
    /// to", "are out to"): its infinitive is that verb's complement, which the intent readers weigh with their own
    /// conditions (a victim, an adversary, a hypothesis), not a purpose clause after an act.
    /// </summary>
    private static bool IsIntentComplement(ImmutableArray<Token> tokens, Sentence sentence, int clause, int to)
    {
        for (var k = clause; k < to; k++)
            if (Math.Max(PlainIntentVerbs.Value.LongestAt(tokens, k, to + 1), IntentVerbs.Value.LongestAt(tokens, k, to + 1)) == to + 1 - k) return true;
        return false;
    }

    /// <summary>Forms of the verbs of showing a record does ("the memo shows"), beside the documenting verbs ("the audit established").</summary>
    private static readonly FrozenWordSet ShowingVerbs = new[] { "show", "reveal", "prove", "confirm" }.SelectMany(Inflections.VerbForms).ToFrozenWordSet();

    /// <summary>
    /// Whether a record before the purpose "to" at <paramref name="to"/> shows it: a document noun (document_nouns.txt)
    /// followed within two words by a verb of showing or documenting ("the leaked memo shows the board shut the clinics
    /// to silence the nurses", "internal emails revealed …"). The purpose is then evidenced, not imputed.
    /// </summary>
    private static bool IsShownByARecord(ImmutableArray<Token> tokens, Sentence sentence, int to)
    {
        for (var k = sentence.FirstToken; k < to; k++)
        {
            if (!Vocabulary.IsDocumentNoun(tokens[k]) && !Vocabulary.IsPluralDocumentNoun(tokens[k])) continue;
            for (var v = k + 1; v < to && v - k <= 2; v++)
                if (ShowingVerbs.Contains(tokens[v]) || Vocabulary.IsDocumentingVerb(tokens[v])) return true;
        }
        return false;
    }

    /// <summary>Nouns of a plan or undertaking whose own aim the infinitive after them states ("effort", "campaign").</summary>
    private static readonly Lazy<FrozenWordSet> StatedPurposeNouns = new(() => TaggedLexicon.Load(RuleLexicons.Store, "intent_frames_wordnet").Words("stated-purpose").ToFrozenWordSet());

    /// <summary>Verbs of ordering or authorising someone to act ("authorize", "order", "vote"), in any form.</summary>
    private static readonly Lazy<PhraseList> AuthorisingVerbs = new(() => PhraseList.From(
        LemmaPhrases.LoadKind(RuleLexicons.Store, "intent_frames_wordnet", "authorise", Inflections.PartOfSpeech.Verb)));

    /// <summary>
    /// "the syndicates are determined to silence every dissenting voice", "the clerk is determined to keep the truth buried":
    /// a settled will and a harm to truth, speech or dissent with its object. The harm is named, so any subject is
    /// read (a person, an outlet, a board), but not the writer's side. Returns the subject's start, the end of the
    /// suppression and the subject's words.
    /// </summary>
    private static (int Start, int End, string Owner)? ResolvedSuppression(DocumentModel document, Sentence sentence, int i)
    {
        var tokens = document.Tokens;
        if (ResolveVerbs.Value.LongestAt(tokens, i, sentence.EndToken) is not (> 0 and var resolve)
            || SuppressionPhrases.Value.LongestAt(tokens, i + resolve, sentence.EndToken) is not (> 0 and var suppression)) return null;
        return SubjectBefore(document, sentence, i) is var (subjectStart, owner) ? (subjectStart, i + resolve + suppression, owner) : null;
    }

    /// <summary>
    /// "the platforms want you to give up", "the lobby is counting on us to forget", "the paint makers, who have
    /// spent a fortune making sure we don't": an audience intent frame (<see cref="AudienceIntentFrames"/>) held by
    /// any subject but the writer's side, not negated. A hedge ("seems to want") leaves the intent open, so it is no claim. After a
    /// relative pronoun the claim starts at the predicate and the owner is the phrase before it.
    /// </summary>
    private static (int Start, int End, string Owner)? AudienceIntent(DocumentModel document, Sentence sentence, int i)
    {
        var tokens = document.Tokens;
        if (AudienceIntentFrames.FrameEnd(tokens, sentence, i) is not int end || document.IsHedged(i) || document.IsNegated(i)) return null;
        var predicate = i;
        while (predicate - 1 >= sentence.FirstToken && Interveners.Contains(tokens[predicate - 1].Norm)) predicate--;
        if (predicate - 1 > sentence.FirstToken && tokens[predicate - 1].Norm is "which" or "who" or "that")
            return SubjectBefore(document, sentence, predicate - 1) is var (_, antecedent) ? (predicate, end, antecedent) : null;
        return SubjectBefore(document, sentence, i) is var (start, owner) && tokens[start].Norm != "you" ? (start, end, owner) : null;
    }

    /// <summary>
    /// "Varn is mapping our coast for the day it strikes", "they are stockpiling fuel for the moment they invade": an
    /// act read as readying an attack the actor is said to intend — "for the day/moment/hour (when)" and "it"/"they"
    /// whose antecedent is an actor (or "it" after a name opening the clause), with a verb of attacking. Not the writer's side readying itself ("we must prepare
    /// for the day it strikes"). Returns the clause's start, the end of the attack verb and the actor.
    /// </summary>
    private static (int Start, int End, string Owner)? AwaitedAttack(DocumentModel document, Sentence sentence, int i)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        if (tokens[i].Norm != "for" || i + 4 >= end || tokens[i + 1].Norm != "the" || tokens[i + 2].Norm is not ("day" or "moment" or "hour")) return null;
        var pronoun = tokens[i + 3].Norm is "when" or "that" ? i + 4 : i + 3;
        if (pronoun + 1 >= end || tokens[pronoun].Norm is not ("it" or "they")) return null;
        var verb = tokens[pronoun + 1].Norm == "finally" ? pronoun + 2 : pronoun + 1;
        if (AttackVerbs.Value.LongestAt(tokens, verb, end) is not (> 0 and var length)) return null;
        var clause = i - 1;
        while (clause - 1 >= sentence.FirstToken && tokens[clause - 1].Text is not ("," or ";" or ":" or "—")) clause--;
        if (clause >= i || tokens[clause].Norm is "we" or "i" or "our" or "my" or "we're" or "we'll" or "you") return null;
        if (AntecedentActor(document, sentence, pronoun) is var (actor, _)) return (clause, verb + length, actor);
        // A name the gazetteer does not know, opening the clause, is the "it" that strikes: "Durmark is mapping …".
        return tokens[pronoun].Norm == "it" && tokens[clause].IsCapitalized && !Vocabulary.IsCommonWord(tokens[clause])
            ? (clause, verb + length, tokens[clause].Text)
            : null;
    }

    /// <summary>An actor ready to harm people (<see cref="ReadinessFrames"/>), held by an actor or an agent by its head, not the writer's side, outside sport.</summary>
    private static (int Start, int End, string Owner)? ReadyToHarm(DocumentModel document, Sentence sentence, int i) =>
        ReadinessFrames.Find(document.Tokens, sentence, i, ReadiedHarmAt) is var (predicate, start, end)
        && HeldClaim(document, sentence, predicate, end, agentOnly: true) is var (subject, _, owner) ? (Math.Min(subject, start), end, owner) : null;

    /// <summary>A purpose verb or a harm of the generated list (its object after it), or a phrasal harm verb around its object.</summary>
    private static (int VerbWords, int Length)? ReadiedHarmAt(ImmutableArray<Token> tokens, int verb, int end) =>
        SplitHarmAt(tokens, verb, end) ?? (Math.Max(PurposeVerbs.Value.LongestAt(tokens, verb, end), IntentFrames.HarmVerbLength(tokens, verb, end)) is > 0 and var length ? (length, length) : null);

    /// <summary>
    /// "A betting firm bent on hooking every teenager …", "developers hell-bent on wrecking the marsh …": "bent on"
    /// (also "hell-bent", "dead set on") as a reduced relative after any agent — a person, a group or an organisation
    /// by its noun type, not only an adversary of the gazetteer — before a harm verb (<see cref="IntentFrames"/>, the
    /// purpose verbs). The harm is named, so the holder need not be a threat; "a chef bent on perfecting the soufflé"
    /// names none. Not the writer's side, not in sport. Returns the noun phrase's start, the harm verb's end and the
    /// noun phrase.
    /// </summary>
    private static (int Start, int End, string Owner)? BentAgent(DocumentModel document, Sentence sentence, int i)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        var frame = tokens[i].Norm is "bent" or "hell-bent" or "hellbent" && i + 1 < end && tokens[i + 1].Norm == "on" ? 2
            : tokens[i].Norm == "dead" && i + 2 < end && tokens[i + 1].Norm == "set" && tokens[i + 2].Norm == "on" ? 3 : 0;
        if (frame == 0 || i - 1 < sentence.FirstToken) return null;
        var head = i - 1;
        if (!tokens[head].IsWord || FunctionWords.Auxiliaries.Contains(tokens[head]) || Interveners.Contains(tokens[head].Norm)) return null;
        if (!IsGroupHead(tokens[head]) && SourceNouns.Of(tokens[head]) is not { Kind: SourceNounKind.Person or SourceNounKind.Group }
            && NounTypes.OfHead(tokens, sentence, head) is not NounType.Group) return null;
        var harm = Math.Max(HarmVerbLength(tokens, i + frame, end), IntentFrames.HarmVerbLength(tokens, i + frame, end));
        if (harm == 0 || SportContext.IsAboutSport(tokens, sentence)) return null;
        var start = head;
        while (start - 1 >= sentence.FirstToken && head - start < 3 && tokens[start - 1].IsWord && !FunctionWords.Prepositions.Contains(tokens[start - 1])
            && !FunctionWords.Auxiliaries.Contains(tokens[start - 1]) && tokens[start - 1].Norm is not ("and" or "or" or "but" or "that" or "which" or "who"))
        {
            start--;
            if (FunctionWords.Definite.Contains(tokens[start]) || FunctionWords.IndefiniteSingular.Contains(tokens[start]) || IsPossessive(tokens[start])) break;
        }
        if (tokens[start].Norm is "our" or "my" or "we" or "i") return null;
        return (start, i + frame + harm, document.Excerpt(document.SpanOf(start, head + 1)));
    }

    /// <summary>
    /// The subject of the predicate at <paramref name="i"/>, any noun phrase of up to four words before it ("the
    /// station's owners", "the county clerk, Ada Reyes,", "they"), but not the writer's side: its start and its words
    /// for the message ("them" for "they").
    /// </summary>
    private static (int Start, string Owner)? SubjectBefore(DocumentModel document, Sentence sentence, int i)
    {
        var tokens = document.Tokens;
        var subjectEnd = i;
        while (subjectEnd - 1 >= sentence.FirstToken && Interveners.Contains(tokens[subjectEnd - 1].Norm)) subjectEnd--;
        // "the county clerk, Ada Reyes, is determined to …": the name in apposition closes the subject.
        if (subjectEnd - 1 > sentence.FirstToken && tokens[subjectEnd - 1].Text == ",") subjectEnd--;
        var subjectStart = subjectEnd;
        while (subjectStart - 1 >= sentence.FirstToken && subjectEnd - subjectStart < 4 && tokens[subjectStart - 1].IsWord
            && !FunctionWords.Auxiliaries.Contains(tokens[subjectStart - 1]) && tokens[subjectStart - 1].Norm is not ("and" or "but" or "that" or "which" or "who"))
            subjectStart--;
        subjectStart = AfterFrontedTime(tokens, sentence, subjectStart, subjectEnd);
        if (subjectStart == subjectEnd || tokens[subjectStart].Norm is "we" or "i" or "our" or "my" || tokens[subjectEnd - 1].Norm is "we" or "i") return null;
        var owner = tokens[subjectEnd - 1].Norm switch
        {
            "they" => "them",
            "he" => "him",
            "she" => "her",
            _ => document.Excerpt(document.SpanOf(subjectStart, subjectEnd)),
        };
        return (subjectStart, owner);
    }

    /// <summary>
    /// Past a fronted time phrase at <paramref name="start"/>, a preposition and a weekday, a month, a period of the day
    /// or the year, or a noun of time by its WordNet type ("On Saturday City are …", "In March the unions are …", "For
    /// years the landlords have been …"): it says when, so the subject starts after it.
    /// The subject's words may begin at the preposition or, when the phrase runs longer, just after it.
    /// </summary>
    private static int AfterFrontedTime(ImmutableArray<Token> tokens, Sentence sentence, int start, int end)
    {
        var time = FunctionWords.Prepositions.Contains(tokens[start]) ? start + 1
            : start > sentence.FirstToken && FunctionWords.Prepositions.Contains(tokens[start - 1]) ? start : -1;
        if (time < 0) return start;
        var k = time;
        while (k < end && IsTimeWord(tokens[k].Norm)) k++;
        return k > time ? k : start;
    }

    private static bool IsTimeWord(string norm) =>
        FunctionWords.Weekdays.Contains(norm) || FunctionWords.Months.Contains(norm) || FunctionWords.DemonstrativeTimeNouns.Contains(norm)
        || NounTypes.OfWord(norm) == NounType.Time;

    /// <summary>
    /// The end of an object on the writer's side at <paramref name="start"/>: "us", "you", "our/your" + noun ("our
    /// trade"), "the public", "the country", "the nation". Null for any other object.
    /// </summary>
    private static int? WritersSideEnd(ImmutableArray<Token> tokens, int start, int end)
    {
        if (start >= end) return null;
        return tokens[start].Norm switch
        {
            "us" or "you" => start + 1,
            "our" or "your" => NounPhraseEnd(tokens, start + 1, end),
            "the" when start + 1 < end && tokens[start + 1].Norm is "public" or "country" or "nation" => start + 2,
            _ => null,
        };
    }

    /// <summary>The end of the words after a possessive, up to three, stopping at function words ("our young men", "your savings").</summary>
    private static int NounPhraseEnd(ImmutableArray<Token> tokens, int start, int end)
    {
        var k = start;
        while (k < end && k - start < 3 && tokens[k].IsWord && !FunctionWords.Prepositions.Contains(tokens[k])
            && !FunctionWords.Auxiliaries.Contains(tokens[k]) && tokens[k].Norm is not ("and" or "or" or "into" or "out" or "off"))
            k++;
        return k;
    }

    /// <summary>
    /// The length of a harm verb at <paramref name="start"/>: a purpose verb ("wreck", "wipe out") or a phrasal one
    /// around a short object ("drive every small farmer out", "run our hospitals into the ground"), or 0.
    /// </summary>
    private static int HarmVerbLength(ImmutableArray<Token> tokens, int start, int end) =>
        Math.Max(PurposeVerbs.Value.LongestAt(tokens, start, end), SplitHarmAt(tokens, start, end)?.Length ?? 0);

    /// <summary>
    /// A phrasal harm verb at <paramref name="start"/> whose particle follows an object of up to
    /// <see cref="SplitObjectWords"/> words, or none ("wipe us off the map", "drive out the tenants"): the verb's word
    /// count and the whole length.
    /// </summary>
    private static (int VerbWords, int Length)? SplitHarmAt(ImmutableArray<Token> tokens, int start, int end)
    {
        foreach (var (verb, particle) in SplitHarmVerbs.Value)
        {
            if (!PhraseList.MatchesAt(tokens, start, end, verb)) continue;
            var objectStart = start + verb.Length;
            for (var k = objectStart; k < end && k - objectStart <= SplitObjectWords; k++)
            {
                if (PhraseList.MatchesAt(tokens, k, end, particle)) return (verb.Length, k + particle.Length - start);
                if (!tokens[k].IsWord || FunctionWords.Auxiliaries.Contains(tokens[k])) break;
            }
        }
        return null;
    }

    /// <summary>
    /// "set out to wipe us off the map", "are trying to run the hospital into the ground", "plot to wreck the bill": an
    /// intent verb at <paramref name="i"/> and a harm verb after it, or a verb whose object decides with the writer's
    /// side as object ("would love nothing more than to steal our buyers"); the length through the harm verb (and that
    /// object), or 0.
    /// </summary>
    private static int IntendedHarmLength(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var end = sentence.EndToken;
        if (IntentVerbs.Value.LongestAt(tokens, i, end) is not (> 0 and var intent)) return 0;
        if (HarmVerbLength(tokens, i + intent, end) is > 0 and var verb) return intent + verb;
        // "plotting to steal our jobs": a verb whose object decides, aimed at the reader or the writer's side.
        return ObjectHarmVerbs.Value.LongestAt(tokens, i + intent, end) is > 0 and var taking
            && WritersSideEnd(tokens, i + intent + taking, end) is int objectEnd ? objectEnd - i : 0;
    }

    /// <summary>
    /// Whether the word at <paramref name="i"/> follows an article or a possessive, so a predicate verb's spelling there is
    /// its noun: "fenced the plot to starve the weeds", "their aim to crush …" — a noun of intent is the intent-noun
    /// reader's. Not "that", which opens a relative clause as often ("gangs that plot to …").
    /// </summary>
    private static bool IsNounAfterDeterminer(ImmutableArray<Token> tokens, Sentence sentence, int i) =>
        i - 1 >= sentence.FirstToken && (tokens[i - 1].Norm is "the" or "a" or "an" || FunctionWords.Possessive.Contains(tokens[i - 1])
                                         || ModifierSlots.IsPossessiveNoun(tokens[i - 1]));

    /// <summary>"are racing to seize power", "plot to wrest control": an intent verb and a usurpation; the length, or 0.</summary>
    private static int UsurpationLength(ImmutableArray<Token> tokens, Sentence sentence, int i) =>
        IntentVerbs.Value.LongestAt(tokens, i, sentence.EndToken) is > 0 and var intent && UsurpVerbs.Value.LongestAt(tokens, i + intent, sentence.EndToken) is > 0 and var usurp
            ? intent + usurp : 0;

    /// <summary>
    /// "is waging a war on tenants", "declared war on our farmers": war on people, the writer's side or a plural of
    /// people ("pensioners", "families"); the length through the object, or 0. A war on drugs, potholes or waste is a
    /// campaign against a thing.
    /// </summary>
    private static int WarOnPeopleLength(DocumentModel document, Sentence sentence, int i)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        if (WarPredicates.Value.LongestAt(tokens, i, end) is not (> 0 and var war)) return 0;
        var target = i + war;
        if (WritersSideEnd(tokens, target, end) is int ours) return ours - i;
        return WarTargetEnd(tokens, target, end, community: !LiteralWars.IsLiteral(document, sentence, i)) is int targetEnd ? targetEnd - i : 0;
    }

    /// <summary>The end of a war's target at <paramref name="target"/>: people, by role or by type, or a stake held in common; or null.</summary>
    private static int? WarTargetEnd(ImmutableArray<Token> tokens, int target, int end, bool community)
    {
        // "a war on rural Kellshire", "on this borough", "on the county's schools": a community marked as the readers'
        // own, where the war is no literal one (<see cref="LiteralWars"/>).
        if (community && Parties.CommunityEnd(tokens, target, end) is int communityEnd) return communityEnd;
        var k = target;
        if (k < end && tokens[k].Norm == "the") k++;
        // "declared war on the family farm", "on small businesses": what a community holds in common, the victims
        // RH1003's forecasts of ruin weigh (catastrophe_terms.txt, victim), as one noun phrase.
        if (Catastrophes.LongestAt(tokens, k, end, CatastropheClass.Victim) is { } stake && (stake.End == end || !tokens[stake.End].IsWord || !IsNounModifier(tokens, stake.End)))
            return stake.End;
        // Up to two modifiers before the head: "on ordinary working families", "on the poorest pensioners".
        for (var head = k; head < end && head - k <= 2 && tokens[head].IsWord; head++)
            if (IsPeoplePlural(tokens[head]) || IsPersonPlural(tokens[head]) && !ThreatReferents.IsThreatNoun(tokens[head]) && ThreatAgents.AgentAt(tokens, head, end) == 0)
                return head + 1;
        return null;
    }

    /// <summary>
    /// "the plan is a war on drivers", "the levy is an open war on pensioners": a war on people (<see
    /// cref="WarTargetEnd"/>) said of a policy or an agent after a present copula, the war its makers wage imputed with
    /// no verb of waging. Not of an adversary, whose war may be a real one, not in sport, and not a claim the writer
    /// names to weigh ("the claim that the levy is a war on pensioners"). Returns the subject's start, the target's end
    /// and the subject's words.
    /// </summary>
    private static (int Start, int End, string Owner)? WarSaidOf(DocumentModel document, Sentence sentence, int i)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        if (!PresentCopulas.Contains(tokens[i]) || i == sentence.FirstToken) return null;
        var k = i + 1;
        while (k < end && Interveners.Contains(tokens[k].Norm)) k++;
        if (k >= end || tokens[k].Norm is not ("a" or "an")) return null;
        k++;
        // One modifier before the noun: "an open war", "a deliberate war".
        if (k + 1 < end && tokens[k].Norm != "war" && tokens[k + 1].Norm == "war") k++;
        if (k + 1 >= end || tokens[k].Norm != "war" || tokens[k + 1].Norm is not ("on" or "against")) return null;
        if (WarTargetEnd(tokens, k + 2, end, community: !LiteralWars.IsLiteral(document, sentence, i)) is not int targetEnd) return null;
        if (SportContext.IsAboutSport(tokens, sentence) || ImageryContext.IsEntertained(tokens, sentence, i)) return null;
        if (SubjectBefore(document, sentence, i) is not var (start, owner)) return null;
        if (document.Actors.Match(tokens.AsSpan(0, end), start) is { } actor && actor.Class.IsAdversary()) return null;
        return (start, targetEnd, owner);
    }

    /// <summary>Whether the word after a noun phrase continues it as its head ("the family farm subsidy"): a noun, not a verb or a preposition.</summary>
    private static bool IsNounModifier(ImmutableArray<Token> tokens, int k) =>
        !FunctionWords.Prepositions.Contains(tokens[k]) && !FunctionWords.Auxiliaries.Contains(tokens[k]) && NounTypes.Of(tokens[k]) is not null
        && tokens[k].Norm is not ("and" or "or" or "but");

    /// <summary>
    /// A plural whose noun names a person by its WordNet type ("drivers", "commuters"): people as a war's target, as
    /// the role nouns are. The other side ("rivals") and a threat ("smugglers", "terrorists") are a contest or a
    /// campaign against crime.
    /// </summary>
    private static bool IsPersonPlural(Token token) =>
        !token.IsCapitalized && token.Norm.Length >= 5 && token.Norm.EndsWith('s') && !token.Norm.EndsWith("ss", StringComparison.Ordinal)
        && !OpposingHeads.Contains(token) && NounTypes.Of(token) is NounType.Person;

    private static bool IsPeoplePlural(Token token) =>
        !token.IsCapitalized && (Vocabulary.IsPluralRoleNoun(token) || PeopleHeads.Contains(token));

    /// <summary>
    /// "the insurers", "the league's owners", "these coal barons": a definite plural group of people or organisations
    /// opening its clause before the predicate at <paramref name="predicate"/>, when the gazetteer knows no actor
    /// there. Read only for a predicate that names the harm. Not the writer's side, and not in a sentence about sport,
    /// where setting out to crush the visitors is the game. Returns the subject's start, its words and a class that
    /// is not an adversary (the wish alone is not hostile).
    /// </summary>
    private static (int Start, string Actor, ActorClass Class)? GroupSubject(DocumentModel document, Sentence sentence, int predicate, bool relentless)
    {
        var tokens = document.Tokens;
        // "In the film, the villain will not rest until the city is destroyed": a plot told, not an aim imputed.
        if (SportContext.IsAboutSport(tokens, sentence) || ToldWorks.IsToldInAWork(tokens, sentence, predicate)) return null;
        var end = predicate;
        while (end - 1 >= sentence.FirstToken && Interveners.Contains(tokens[end - 1].Norm)) end--;
        // "and they will not stop until every small brewery is gone": a plural agent by its pronoun, opening its clause.
        if (end - 1 >= sentence.FirstToken && tokens[end - 1].Norm == "they" && OpensClause(tokens, sentence, end - 1)) return (end - 1, "them", ActorClass.Party);
        // "Grantley Homes won't stop until …", "the Greens will not rest until …": a name opening its clause.
        // Not when what the drive removes is a thing, not a community's holding ("until every pothole in Millbrook is gone").
        if (Parties.NameStartBefore(tokens, sentence, end) is int named && (named == sentence.FirstToken || !tokens[named - 1].IsWord || tokens[named - 1].Norm is "and" or "but" or "because" or "while" or "so" or "yet"))
            return UnkeptLosses.EndsThing(tokens, sentence, predicate) ? null : (named, document.Excerpt(document.SpanOf(named, end)), ActorClass.Party);
        // "the contractors behind the bill", "the people drafting these rules": the head may carry a post-modifier.
        var head = end - 1;
        while (head >= sentence.FirstToken && end - head <= MaxPostModifier + 1
            && !((IsGroupHead(tokens[head]) || relentless && IsSingularAgent(tokens[head])) && (head + 1 == end || IsPostModifier(tokens, head + 1, end))))
            head--;
        if (head < sentence.FirstToken || end - head > MaxPostModifier + 1) return null;
        var start = head;
        while (start - 1 >= sentence.FirstToken && head - start < 3 && tokens[start - 1].IsWord && !FunctionWords.Prepositions.Contains(tokens[start - 1])
            && !FunctionWords.Auxiliaries.Contains(tokens[start - 1]) && tokens[start - 1].Norm is not ("and" or "or" or "but" or "that" or "which" or "who"))
        {
            start--;
            if (tokens[start].Norm is "the" or "this" or "these" or "those" or "their") break;
        }
        // "our opponents", "your rivals" name the other side from the writer's.
        var otherSide = start < head && tokens[start].Norm is "our" or "my" or "your" && OpposingHeads.Contains(tokens[head]);
        // "This council will not be satisfied until …": a demonstrative names the body as the article does.
        if (tokens[start].Norm is not ("the" or "this" or "these" or "those" or "their") && !otherSide
            && !(start < head && IsPossessive(tokens[start]) && tokens[start].Norm is not ("our" or "my" or "your" or "its" or "his" or "her"))
            && !IsBareGroupPlural(tokens, start, head))
            return null;
        // The group must open its clause: "the cuts to the pensioners set out to …" has another subject.
        if (start > sentence.FirstToken && tokens[start - 1].IsWord && tokens[start - 1].Norm is not ("and" or "but" or "now" or "because" or "while" or "so" or "yet"))
            return null;
        return (start, document.Excerpt(document.SpanOf(start, head + 1)), ActorClass.Party);
    }

    /// <summary>
    /// "the developer will not stop until every garden has a tower on it", "the landlord won't rest until …": one
    /// agent by a role noun or a person noun (WordNet) in the singular, read only before a limit frame's named harm, where opinion writing names a
    /// firm by what it does; a singular role with a plain intent verb is a person doing a job.
    /// </summary>
    private static bool IsSingularAgent(Token token) =>
        token.IsWord && !token.IsCapitalized && !NounTypes.IsPlural(token) && (Vocabulary.IsRoleNoun(token) || NounTypes.Of(token) is NounType.Person);

    /// <summary>
    /// "Ministers have declared war on …", "Wall Street landlords will not stop until …": a plural with no determiner,
    /// after at most its modifiers, names the whole group as "the ministers" does — opinion writing names a domestic
    /// adversary so. Not a part of it ("some landlords", "many ministers", "two firms"), which is a report of some
    /// members, and not one organisation ("Council will …" is a headline's clipped singular).
    /// </summary>
    private static bool IsBareGroupPlural(ImmutableArray<Token> tokens, int start, int head)
    {
        if (Vocabulary.IsOrganizationNoun(tokens[head]) && !tokens[head].Norm.EndsWith('s')) return false;
        for (var k = start; k < head; k++)
            if (FunctionWords.VagueQuantifiers.Contains(tokens[k]) || FunctionWords.IsCardinal(tokens[k]) || tokens[k].Kind == TokenKind.Number
                || FunctionWords.Possessive.Contains(tokens[k]) || FunctionWords.Definite.Contains(tokens[k]) || tokens[k].Norm is "a" or "an" or "every" or "each" or "all" or "no" or "any")
                return false;
        return true;
    }

    /// <summary>
    /// The holder of a framed aim at <paramref name="predicate"/>: any subject but the writer's side, outside sport, read
    /// as no adversary. With <paramref name="agentOnly"/> (a total claim on the audience) only an agent that can want
    /// what the audience has: a group or an organisation, a plural of people or a name, not a thing, a work, an event or
    /// one person doing a job ("the novel demands …", "the coach demands nothing less than every ounce of your effort").
    /// </summary>
    private static (int Start, string Actor, ActorClass Class)? FrameHolder(DocumentModel document, Sentence sentence, int predicate, bool agentOnly) =>
        !SportContext.IsAboutSport(document.Tokens, sentence) && (!agentOnly || IsAgentHead(document.Tokens, sentence, predicate))
        && SubjectBefore(document, sentence, predicate) is var (start, owner)
            ? (start, owner, ActorClass.Party)
            : null;

    /// <summary>
    /// The holder of a claim whose predicate stands at <paramref name="predicate"/>, with the claim's span running to
    /// <paramref name="claimEnd"/>: a known actor as subject, or else the <see cref="FrameHolder"/> (any subject outside
    /// sport; with <paramref name="agentOnly"/> an agent by its head).
    /// </summary>
    private static (int Start, int End, string Owner)? HeldClaim(DocumentModel document, Sentence sentence, int predicate, int claimEnd, bool agentOnly)
    {
        if (SportContext.IsAboutSport(document.Tokens, sentence)) return null;
        if (FindSubject(document, sentence, predicate, allowPossessive: false) is var (actorStart, actor, _)) return (actorStart, claimEnd, actor);
        return FrameHolder(document, sentence, predicate, agentOnly) is var (start, owner, _) ? (start, claimEnd, owner) : null;
    }

    /// <summary>
    /// Whether the head of the subject before <paramref name="predicate"/> names an agent: a plural of people or
    /// organisations ("the landlords", "the casino chains"), a group noun by its WordNet type ("the cartel", "the
    /// company"), "they", or a name ("Harbrook wants …").
    /// </summary>
    private static bool IsAgentHead(ImmutableArray<Token> tokens, Sentence sentence, int predicate)
    {
        var head = predicate - 1;
        while (head >= sentence.FirstToken && Interveners.Contains(tokens[head].Norm)) head--;
        if (head < sentence.FirstToken || !tokens[head].IsWord) return false;
        var token = tokens[head];
        if (token.Norm == "they" || IsGroupHead(token)) return true;
        // "It demands nothing less than all your focus": a thing's pronoun, which no name or group type resolves.
        if (token.Norm is "it" or "this" or "that" or "which") return false;
        if (token.IsCapitalized && !Vocabulary.IsCommonWord(token)) return true;
        return NounTypes.OfHead(tokens, sentence, head) is NounType.Group or NounType.Name;
    }

    /// <summary>A plural that names people or organisations: a role noun ("tenants"), an agent noun ("insurers"), "owners", "firms"; or one organisation ("the bank", "the council").</summary>
    private static bool IsGroupHead(Token token)
    {
        // "the Bank is waging a deliberate war on families", "the council is bent on …": one organisation intends as a group does.
        if (Vocabulary.IsOrganizationNoun(token)) return true;
        // "pension funds", "conglomerates": a body noun in the plural; one ("the symphony demands …") may be a work or a thing first.
        if (Parties.IsBodyNoun(token) && token.Norm.EndsWith('s') && !token.Norm.EndsWith("ss", StringComparison.Ordinal)) return true;
        if (!token.IsWord || token.Norm.Length < 5) return false;
        if (Vocabulary.IsPluralRoleNoun(token) || PeopleHeads.Contains(token) || OrganisationHeads.Contains(token)) return true;
        // "the zealots", "the bureaucrats": a plural whose noun names a person by its WordNet type, beside the agent suffixes.
        if (token.Norm.EndsWith('s') && !token.Norm.EndsWith("ss", StringComparison.Ordinal) && NounTypes.Of(token) is NounType.Person) return true;
        foreach (var suffix in AgentPluralSuffixes)
            if (token.Norm.EndsWith(suffix, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>
    /// Whether the clause after "until", starting at <paramref name="start"/>, names a harm (<see cref="HarmWithin"/>), a
    /// death of people ("until a child dies on the field", <see cref="DireForecasts.DeathClauseAt"/>) or a whole
    /// community's tribute ("until every family in the county is paying rent to a fund", <see cref="ClaimsOnCommunity.IsTributeAt"/>).
    /// A set named by its wrongdoing is no stake (<see cref="Wrongdoers"/>: "until every rogue landlord is out of business").
    /// </summary>
    private static bool HarmUntil(DocumentModel document, Sentence sentence, int start) =>
        !Wrongdoers.NamedAt(document.Tokens, start, sentence.EndToken)
        && (HarmWithin(document.Tokens, start, Math.Min(sentence.EndToken, start + UntilClauseWords)) || DireForecasts.DeathClauseAt(document, sentence, start) is not null
        || ClaimsOnCommunity.IsTributeAt(document.Tokens, start, sentence.EndToken)
        || OpenStakeFrames.UntilEnd(document.Tokens, sentence, start) is not null);

    /// <summary>Verbs of going on before a gerund: "keep", "continue", "carry on", "go on".</summary>
    private static readonly string[][] ContinueVerbs = [["keep"], ["continue"], ["carry", "on"], ["go", "on"]];

    /// <summary>How many words the object of an act kept up may hold before "until" ("burying the findings").</summary>
    private const int ContinuedObjectWords = 3;

    /// <summary>
    /// The length of "will keep burying it until", "will carry on raising rents until": "will", a verb of going on, a
    /// gerund and up to <see cref="ContinuedObjectWords"/> words of its object, then "until"; 0 when there is none.
    /// </summary>
    private static int ContinuedUntilLength(ImmutableArray<Token> tokens, int i, int end)
    {
        if (tokens[i].Norm != "will") return 0;
        foreach (var words in ContinueVerbs)
        {
            var act = i + 1 + words.Length;
            if (!PhraseList.MatchesAt(tokens, i + 1, end, words) || act >= end || !tokens[act].Norm.EndsWith("ing", StringComparison.Ordinal)) continue;
            for (var k = act + 1; k < end && k - act <= ContinuedObjectWords + 1 && tokens[k].IsWord; k++)
                if (tokens[k].Norm is "until" or "till") return k + 1 - i;
            return 0;
        }
        return 0;
    }

    /// <summary>
    /// A harm verb (any form: "until the industry is destroyed"), a catastrophic outcome, or a total loss ("until every
    /// local theatre is gone") between <paramref name="from"/> and <paramref name="to"/>.
    /// </summary>
    private static bool HarmWithin(ImmutableArray<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (HarmVerbLength(tokens, k, to) is > 0 and var verb && !IsHabitPatient(tokens, from, k, k + verb, to) || ThreatOutcomes.At(tokens, k, to) is not null) return true;
        return TotalLossWithin(tokens, from, to) || DeprivedPeopleWithin(tokens, from, to);
    }

    /// <summary>A habit, a practice, a vice or an addiction (<c>habit</c> kind of hostile_intent_predicates.txt).</summary>
    private static readonly Lazy<FrozenWordSet> HabitNouns = new(() => TaggedLexicon.Load(RuleLexicons.Store, "hostile_intent_predicates").Words("habit").ToFrozenWordSet());

    /// <summary>
    /// Whether the harm verb from <paramref name="verb"/> to <paramref name="verbEnd"/> falls on a behaviour: a habit noun
    /// before it in the clause from <paramref name="from"/> ("until the habit is wiped out") or named after it ("until
    /// smoking is destroyed as a habit"). Ending a habit is a public-health aim, not a harm.
    /// </summary>
    private static bool IsHabitPatient(ImmutableArray<Token> tokens, int from, int verb, int verbEnd, int to)
    {
        for (var k = from; k < verb; k++)
            if (HabitNouns.Value.Contains(tokens[k])) return true;
        if (verbEnd + 1 >= to || tokens[verbEnd].Norm != "as" || tokens[verbEnd + 1].Norm is not ("a" or "an")) return false;
        for (var m = verbEnd + 2; m < to && m - verbEnd <= 3 && tokens[m].IsWord; m++)
            if (HabitNouns.Value.Contains(tokens[m])) return true;
        return false;
    }

    /// <summary>
    /// "until ordinary families are shivering in the dark", "until our pensioners are destitute", "until every family in
    /// the county is homeless": the audience, a plural of people or every one of a kind of person (with a place after it),
    /// a copula and a state of hardship (<see cref="IntentFrames.DeprivationLength"/>). People's hardship as the end
    /// sought is a harm; "until every family is warm" names none.
    /// </summary>
    private static bool DeprivedPeopleWithin(ImmutableArray<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            // "until no families are hungry" is a charity's aim: the hardship is denied.
            if (Negation.IsWord(tokens[k].Norm, determiner: true) || tokens[k].Norm is "none" or "fewer") return false;
            if ((AudienceIntentFrames.AudienceEnd(tokens, k, to) ?? EveryPersonEnd(tokens, k, to)) is not int people) continue;
            var copula = AfterPlacePhrase(tokens, people, to);
            if (copula + 1 >= to || tokens[copula].Norm is not ("is" or "are" or "was" or "were" or "'re" or "'s")) continue;
            var state = copula + 1;
            // "are all starving", "are left destitute", "are being starved".
            while (state < to && state - people <= 2 && tokens[state].Norm is "all" or "left" or "being" or "so") state++;
            if (IntentFrames.DeprivationLength(tokens, state, to) > 0) return true;
        }
        return false;
    }

    /// <summary>"every family", "each pensioner", "every working parent": a universal before a person noun, the whole class.</summary>
    private static int? EveryPersonEnd(ImmutableArray<Token> tokens, int start, int end)
    {
        if (tokens[start].Norm is not ("every" or "each")) return null;
        for (var head = start + 1; head < end && head - start <= 3 && tokens[head].IsWord && !tokens[head].IsCapitalized; head++)
            if (NounTypes.Of(tokens[head]) is NounType.Person or NounType.Group) return head + 1;
        return null;
    }

    /// <summary>The token after a short place phrase that follows the people ("families in the county are"), else <paramref name="at"/>.</summary>
    private static int AfterPlacePhrase(ImmutableArray<Token> tokens, int at, int end)
    {
        if (at >= end || tokens[at].Norm is not ("in" or "on" or "across" or "along")) return at;
        for (var k = at + 1; k < end && k - at <= 4 && tokens[k].IsWord; k++)
            if (tokens[k].Norm is "is" or "are" or "was" or "were") return k;
        return at;
    }

    /// <summary>
    /// "every local theatre is gone", "all of them are bankrupt", "the last family farm has closed": a universal or
    /// "the last" and, after it, a state of loss. A loss of some ("until the old cinema is gone") is a plain aim, and so
    /// is the end of every pest ("until every rat is dead": an animal before the state). The last of some people gone
    /// tells a time, when everyone has left ("until the last swimmer is gone"): of "the last" person only a ruin (the
    /// <c>wished</c> states: dead, bankrupt, ruined) is a loss. "until every tenant is gone" is a class driven out.
    /// </summary>
    private static bool TotalLossWithin(ImmutableArray<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (tokens[k].Norm is not ("every" or "all" or "last")) continue;
            var lastPerson = false;
            for (var j = k + 1; j < to; j++)
            {
                if (NounTypes.Of(tokens[j]) is NounType.Animal) return false;
                if (LossStates.Value.Contains(tokens[j]))
                    return (!lastPerson || WishedStates.Value.Contains(tokens[j])) && !RemovedNuisances.IsNuisanceBefore(tokens, k, j);
                lastPerson |= tokens[k].Norm == "last" && NounTypes.Of(tokens[j]) is NounType.Person;
            }
            return false;
        }
        return false;
    }

    /// <summary>
    /// "Big Pharma is deliberately wrecking the generic market", "they are deliberately running our schools into the
    /// ground": an adverb of intent and a harm verb, whose subject is an actor (any class: the harm is named) or whose
    /// object is the writer's side or the public. Not the writer's side acting ("we deliberately broke …"). Returns the
    /// claim's start (the actor, or the adverb), its end and the owner.
    /// </summary>
    private static (int Start, int End, string Owner)? DeliberateHarm(DocumentModel document, Sentence sentence, int i)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        if (!DeliberateAdverbs.Value.Contains(tokens[i])) return null;
        if (DeliberatePurpose(document, sentence, i) is { } purpose) return purpose;
        var verb = PurposeVerbs.Value.LongestAt(tokens, i + 1, end);
        var split = verb == 0 ? SplitHarmAt(tokens, i + 1, end) : null;
        // "are deliberately engineering addiction in children": a harm brought about on purpose, named as a noun.
        var caused = verb == 0 && split is null ? IntentFrames.CausedHarmEnd(tokens, i + 1, end) : null;
        int objectEnd;
        if (verb == 0 && split is null && caused is null)
        {
            // "are deliberately turning our parks into car parks": a change made to the writer's side is imputed as aimed.
            if (TransformVerbs.Value.LongestAt(tokens, i + 1, end) is not (> 0 and var change)
                || WritersSideEnd(tokens, i + 1 + change, end) is not int changed || changed >= end || tokens[changed].Norm != "into") return null;
            objectEnd = changed + 1;
        }
        else
        {
            var verbEnd = caused ?? i + 1 + (split?.Length ?? verb);
            if (FindSubject(document, sentence, i, allowPossessive: false) is var (subjectStart, actor, _)) return (subjectStart, verbEnd, actor);
            // A caused harm's victims follow a preposition: "addiction in children", "the ruin of our farmers".
            var objectStart = caused is int harmEnd
                ? harmEnd < end && tokens[harmEnd].Norm is "in" or "among" or "of" or "for" or "on" ? harmEnd + 1 : harmEnd
                : i + 1 + (split?.VerbWords ?? verb);
            // "deliberately starving independent artists": the audience, the writer's side or a plural of people is harmed.
            if (AudienceIntentFrames.AudienceEnd(tokens, objectStart, end) is not int harmed) return null;
            objectEnd = Math.Max(verbEnd, harmed);
        }
        var subject = i - 1;
        while (subject >= sentence.FirstToken && Interveners.Contains(tokens[subject].Norm)) subject--;
        if (subject < sentence.FirstToken || tokens[subject].Norm is "we" or "i") return null;
        var phraseStart = subject > sentence.FirstToken && FunctionWords.Definite.Contains(tokens[subject - 1]) ? subject - 1 : subject;
        return (i, objectEnd, document.Excerpt(document.SpanOf(phraseStart, subject + 1)));
    }

    /// <summary>
    /// "they mean to burn our parliament to the ground", "the board is trying to bankrupt us", "the agencies plan to steal
    /// your savings": an intent verb and a harm verb (a purpose verb of the hand list, a phrasal one around its object,
    /// a harm of the generated one, or a taking verb) whose object is the reader or the writer's side. A plan to harm
    /// us is imputed whoever holds it, so any subject is read, a pronoun without an actor behind it too; not the
    /// writer's side, not "our rivals" (the other side named from ours), not in sport. The predicate pass reads the
    /// same intent of a gazetteer actor first. Returns the subject's start, the end of the object and the subject's words.
    /// </summary>
    private static (int Start, int End, string Owner)? IntendedHarmOnUs(DocumentModel document, Sentence sentence, int i)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        if (IntentVerbs.Value.LongestAt(tokens, i, end) is not (> 0 and var intent)) return null;
        var verb = i + intent;
        int objectStart, claimEnd;
        if (SplitHarmAt(tokens, verb, end) is var (verbWords, length))
        {
            objectStart = verb + verbWords;
            claimEnd = verb + length;
        }
        else if (Math.Max(Math.Max(PurposeVerbs.Value.LongestAt(tokens, verb, end), IntentFrames.HarmVerbLength(tokens, verb, end)), ObjectHarmVerbs.Value.LongestAt(tokens, verb, end)) is > 0 and var words)
        {
            objectStart = verb + words;
            claimEnd = objectStart;
        }
        else return null;
        if (WritersSideEnd(tokens, objectStart, end) is not int ours || OpposingHeads.Contains(tokens[ours - 1])) return null;
        return HeldClaim(document, sentence, i, Math.Max(claimEnd, ours), agentOnly: false);
    }

    /// <summary>Harm verbs that a plain aim makes office or ambition ("plans to abolish the district councils", "wants to dominate the region").</summary>
    private static readonly Lazy<PhraseList> AmbitionVerbs = new(() => PhraseList.From(LemmaPhrases.LoadKind(RuleLexicons.Store, "hostile_intent_predicates", "ambition", Inflections.PartOfSpeech.Verb)));

    /// <summary>How many words a victim's noun phrase may hold before its head ("the last hill farmers").</summary>
    private const int VictimModifierWords = 3;

    /// <summary>
    /// "the landlords are trying to starve the tenants into submission", "the developers want to destroy the old market
    /// town", "the insurers mean to bankrupt the rural councils": a plain intent verb (want, mean, plan, aim, seek, try,
    /// attempt, set out to …) and a harm verb (<see cref="PlainHarmVerbLength"/>) whose object is a victim (<see
    /// cref="VictimEnd"/>): people, a community or a body of people. The writer states a motive nobody has shown, so
    /// any agent may hold it — a group or an organisation by its head, "they", a name — but not the writer's side, not
    /// one person doing a job, not in sport. What the harm falls on decides: "the growers want to destroy the old
    /// orchards" and "the board wants to crush the strike" name no victim, "the police want to crush the gangs" names a
    /// threat. Returns the subject's start, the victim's end and the subject's words.
    /// </summary>
    private static (int Start, int End, string Owner)? PlainMotive(DocumentModel document, Sentence sentence, int i)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        var intent = Math.Max(IntentVerbs.Value.LongestAt(tokens, i, end), AttemptVerbs.Value.LongestAt(tokens, i, end));
        if (intent == 0 || PastAttempts.Contains(tokens[i]) || IsAskedOrSupposed(document, sentence, i)
            || PlainHarmAt(document, sentence, i + intent) is not int victimEnd) return null;
        // The writer's own clause: "the cables described how the state intended to …" tells a document's content, and
        // "In the film, the aliens plan to …" a plot.
        return HeldClaim(document, sentence, i, victimEnd, agentOnly: true) is { } claim && OpensClause(tokens, sentence, claim.Start)
               && !ToldWorks.IsToldInAWork(tokens, sentence, claim.Start) ? claim : null;
    }

    /// <summary>Verbs of attempting ("are attempting to", "strive to"), read beside the intent verbs by the plain motive only.</summary>
    private static readonly Lazy<PhraseList> AttemptVerbs = new(() => PhraseList.From(LemmaPhrases.LoadKind(RuleLexicons.Store, "hostile_intent_predicates", "attempt", Inflections.PartOfSpeech.Verb)));

    /// <summary>An attempt in the past tense is an act the text reports ("the suspect tried to hide …"), not an aim imputed.</summary>
    private static readonly FrozenWordSet PastAttempts = new[] { "tried", "attempted", "strove", "strived", "endeavoured", "endeavored" }.ToFrozenWordSet();

    /// <summary>
    /// Whether the subject at <paramref name="start"/> opens its clause: the sentence's first word, or after a comma, a
    /// colon, a dash, a coordinator ("and", "but", "now", "so") or a fronted time phrase ("For years the landlords …").
    /// After "how", "that" or a verb the aim is the content of someone's report or a complement, which the writer does
    /// not assert as their own.
    /// </summary>
    private static bool OpensClause(ImmutableArray<Token> tokens, Sentence sentence, int start) =>
        start == sentence.FirstToken || !tokens[start - 1].IsWord || tokens[start - 1].Norm is "and" or "but" or "now" or "so" or "yet" or "because"
        || AfterFrontedTime(tokens, sentence, sentence.FirstToken, start) == start;

    /// <summary>
    /// Whether a plain aim at <paramref name="predicate"/> is asked or supposed, not asserted: the sentence is a question
    /// ("do the landlords want to …?") or the predicate stands in a condition ("if the landlords wanted to …", "unless
    /// …", "suppose …"), with no comma between. The loaded frames keep the rule's suggestion; a plain want asked about
    /// imputes nothing.
    /// </summary>
    private static bool IsAskedOrSupposed(DocumentModel document, Sentence sentence, int predicate)
    {
        if (document.IsQuestion(sentence)) return true;
        var tokens = document.Tokens;
        for (var k = predicate - 1; k >= sentence.FirstToken && tokens[k].Text is not ("," or ";" or ":"); k--)
            if (tokens[k].Norm is "if" or "unless" or "suppose" or "supposing" or "whether") return true;
        return false;
    }

    /// <summary>
    /// The end of a harm verb at <paramref name="verb"/> and its victim (<see cref="VictimEnd"/>), or null: a purpose
    /// verb of the hand list, a phrasal one around its victim ("drive the fishing families out"), or a harm of the
    /// generated list, but not one a plain aim makes office or ambition (<c>ambition</c>: abolish, bring down, dominate).
    /// </summary>
    private static int? PlainHarmAt(DocumentModel document, Sentence sentence, int verb)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        if (AmbitionVerbs.Value.LongestAt(tokens, verb, end) > 0) return null;
        if (SplitHarmAt(tokens, verb, end) is var (verbWords, length))
            return VictimEnd(document, sentence, verb + verbWords) is not null ? verb + length : null;
        var words = Math.Max(PurposeVerbs.Value.LongestAt(tokens, verb, end), IntentFrames.HarmVerbLength(tokens, verb, end));
        return words > 0 ? VictimEnd(document, sentence, verb + words) : null;
    }

    /// <summary>
    /// The end of a victim at <paramref name="start"/>: the reader or the writer's side, a plural of people ("the hill
    /// farmers", "tenants"), or a noun phrase whose head names people, a body of people or a place people live in by
    /// its WordNet type (person, group, location: "the rural councils", "the dockers' union", "the old market town").
    /// Not the other side of a contest ("its rivals", "the opposition"), nor a threat of the gazetteer ("the gangs",
    /// "the militants"), which a campaign against crime or war crushes. Null for anything else: a thing, a plant, an
    /// animal, an act ("the old orchards", "the strike", "the bug").
    /// </summary>
    private static int? VictimEnd(DocumentModel document, Sentence sentence, int start)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        if (start >= end) return null;
        if (WritersSideEnd(tokens, start, end) is int ours) return OpposingHeads.Contains(tokens[ours - 1]) ? null : ours;
        if (document.Actors.Match(tokens.AsSpan(0, end), start) is { } threat && threat.Class.IsAdversary()) return null;
        var first = start;
        while (first < end && (FunctionWords.Definite.Contains(tokens[first]) || tokens[first].Norm is "every" or "all" or "its" or "their" or "his" or "her")) first++;
        if (first < end && document.Actors.Match(tokens.AsSpan(0, end), first) is { } named && named.Class.IsAdversary()) return null;
        // The head closes the noun phrase: "the tenants into submission", "every teacher with a chatbot".
        var head = -1;
        for (var k = first; k < end && k - first <= VictimModifierWords && tokens[k].IsWord; k++)
        {
            // A phrasal verb's particle closes it too: "drive the fishing families out".
            if (FunctionWords.NounPhraseBreakers.Contains(tokens[k]) || FunctionWords.Prepositions.Contains(tokens[k]) || tokens[k].Norm is "out" or "off") break;
            head = k;
        }
        if (head < first || tokens[head].HasPossessiveEnding || OpposingHeads.Contains(tokens[head]) || ContestHeads.Contains(tokens[head])) return null;
        if (AudienceIntentFrames.AudienceEnd(tokens, head, head + 1) == head + 1) return head + 1;
        return NounTypes.Of(tokens[head]) is NounType.Person or NounType.Group or NounType.Location ? head + 1 : null;
    }

    /// <summary>Singular heads of the other side of a contest: crushing the competition or the opposition is winning it.</summary>
    private static readonly FrozenWordSet ContestHeads = new[] { "competition", "opposition", "rival", "opponent", "challenger", "incumbent" }.ToFrozenWordSet();

    /// <summary>How many words the wished-on set may hold after its universal ("every independent corner bakery").</summary>
    private const int WishedSetWords = 4;

    /// <summary>
    /// "the apps want every independent bakery dead", "the chains want all the family grocers out of business": a wish
    /// (want) whose object is a universal set and whose complement is a state of ruin (<c>hostile_intent_predicates.txt</c>,
    /// kind <c>wished</c>, or "out of business"). A ruin wished on everyone of a kind is an aim imputed, whoever holds it
    /// — an app or a platform too, named for its owners — but the writer's side; not a pest, a weed, a cell or a weapon
    /// ("every slug dead", "every pigeon in the square dead": by the WordNet type of the set's head, the noun before a
    /// preposition), not in sport. Returns the subject's start, the state's end and the subject's words.
    /// </summary>
    private static (int Start, int End, string Owner)? WishedRuin(DocumentModel document, Sentence sentence, int i)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        // "want the whole valley under water": the whole, like every, makes the set universal (UniversalStakeChanges).
        var whole = UniversalStakeChanges.IsWholeSet(tokens, sentence, i + 1);
        if (tokens[i].Norm is not ("want" or "wants" or "wanted") || i + 2 >= end || tokens[i + 1].Norm is not ("every" or "all") && !whole) return null;
        var set = whole ? i + 3 : i + 2;
        if (tokens[i + 1].Norm == "all" && tokens[set].Norm == "the") set++;
        for (var k = set + 1; k < end && k - set <= WishedSetWords && tokens[k].IsWord; k++)
        {
            var state = WishedStates.Value.Contains(tokens[k]) ? 1 : PhraseList.MatchesAt(tokens, k, end, ["out", "of", "business"]) ? 3
                : UniversalStakeChanges.WishedStateEnd(tokens, sentence, set, k) is int changed ? changed - k : 0;
            if (state == 0)
            {
                if (FunctionWords.Auxiliaries.Contains(tokens[k])) return null;
                continue;
            }
            if (NounTypes.OfHead(tokens, sentence, WishedSetHead(tokens, set, k)) is NounType.Animal or NounType.Plant or NounType.Body or NounType.Weapon) return null;
            var held = HeldClaim(document, sentence, i, k + state, agentOnly: false);
            // "the stadium owners want the whole stadium empty by midnight": the holder's own venue, no stake of others.
            return held is { } claim && OpenStakeFrames.IsHoldersOwn(tokens, claim.Start, i, WishedSetHead(tokens, set, k)) ? null : held;
        }
        return null;
    }

    /// <summary>
    /// "the council wants your kids vaccinated whether you like it or not", "they want this town on its knees": a want
    /// over the reader's or a universal stake whose complement carries the aim (<see cref="OpenStakeFrames.WishEnd"/>),
    /// held by an agent (a group, an organisation, "they", a name) but the writer's side, outside sport.
    /// </summary>
    private static (int Start, int End, string Owner)? OpenWish(DocumentModel document, Sentence sentence, int i) =>
        (OpenStakeFrames.WishEnd(document.Tokens, sentence, i) ?? OpenComplements.WishEnd(document, sentence, i)) is int end ? HeldClaim(document, sentence, i, end, agentOnly: true) : null;

    /// <summary>
    /// A loaded frame of wish, willingness, indifference or eager waiting over a ruin (<see cref="LoadedFrames"/>), held
    /// by an actor or any subject with a will, not the writer ("I would be glad to see …"), outside sport; a hedge or a
    /// question leaves the frame unread, since it carries the move only as the writer's plain assertion.
    /// </summary>
    private static (int Start, int End, string Owner)? LoadedIntent(DocumentModel document, Sentence sentence, int i)
    {
        var tokens = document.Tokens;
        if (LoadedFrames.IntentAt(tokens, sentence, i) is not var (predicate, end)) return null;
        if (document.IsHedged(predicate) || document.IsQuestion(sentence)) return null;
        // The frame carries the move, so any holder but the writer may hold it ("the app stores", "the airline"); not a
        // thing with no will ("the virus does not care who gets sick"), nor "it" with no actor behind it.
        var head = predicate - 1;
        while (head > sentence.FirstToken && Interveners.Contains(tokens[head].Norm)) head--;
        if (head < sentence.FirstToken || tokens[head].Norm is "it" or "this" or "that" || NounTypes.Of(tokens[head]) is NounType.Animal or NounType.Plant
                or NounType.Phenomenon or NounType.Event or NounType.Process or NounType.Substance or NounType.State or NounType.Attribute or NounType.Time
                or NounType.Feeling or NounType.Body or NounType.Food or NounType.Act)
            return FindSubject(document, sentence, predicate, allowPossessive: false) is var (actorStart, actor, _) && !SportContext.IsAboutSport(tokens, sentence) ? (actorStart, end, actor) : null;
        // "would love to see his old rivals collapse in the second half": a result wished in sport, whoever wishes it.
        if (SportContext.IsAboutSport(tokens, sentence) || SportContext.IsMatchSetting(tokens, sentence)) return null;
        return HeldClaim(document, sentence, predicate, end, agentOnly: false) is { } held && !FunctionWords.AuthorPronouns.Contains(tokens[held.Start]) ? held : null;
    }

    /// <summary>The head of a wished-on set running from <paramref name="set"/> to its state: the noun before a preposition ("every pigeon in the square").</summary>
    private static int WishedSetHead(ImmutableArray<Token> tokens, int set, int state)
    {
        for (var k = set + 1; k < state; k++)
            if (FunctionWords.Prepositions.Contains(tokens[k])) return k - 1;
        return state - 1;
    }

    /// <summary>
    /// "the university has been hiding the truth about the lab", "the board is burying the findings": a suppression of
    /// truth, speech or dissent named with its object (<c>hostile_intent_predicates.txt</c>, kind <c>suppress</c>) told
    /// as under way — a progressive after "is", "are", "was", "were" or "been", an adverb between. Concealment asserted
    /// as fact imputes the aim to deceive. The subject is an actor or an agent by its head, not the writer's side, not
    /// in sport; a charge ("accused the board of hiding the truth") has no progressive, "hiding the presents" no truth.
    /// Returns the subject's start, the object's end and the subject's words.
    /// </summary>
    private static (int Start, int End, string Owner)? ConcealmentUnderWay(DocumentModel document, Sentence sentence, int i)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        if (!tokens[i].Norm.EndsWith("ing", StringComparison.Ordinal) || SuppressionPhrases.Value.LongestAt(tokens, i, end) is not (> 0 and var length)) return null;
        var auxiliary = i - 1;
        if (auxiliary > sentence.FirstToken && tokens[auxiliary].Norm.EndsWith("ly", StringComparison.Ordinal)) auxiliary--;
        if (auxiliary < sentence.FirstToken || tokens[auxiliary].Norm is not ("is" or "are" or "was" or "were" or "been" or "'s" or "'re")) return null;
        return HeldClaim(document, sentence, i, i + length, agentOnly: true);
    }

    /// <summary>
    /// "the Harlow Party has been holding a sham inquiry to cover its tracks": a purpose of concealment asserted of an actor, the
    /// "its"/"their" of the idiom pointing back to an actor of the gazetteer in this or the two sentences before. Hiding
    /// the traces of what one did imputes a wrong done on purpose. Not "his"/"her" tracks, one suspect's in crime news,
    /// nor an animal's (no actor). Returns the idiom's span and the actor's name.
    /// </summary>
    /// <summary>The words of <see cref="CoveredTracks"/>'s verb, one array: a literal in the call was an array per token (issue 18).</summary>
    private static readonly string[] ToCover = ["to", "cover"];

    private static (int Start, int End, string Owner)? CoveredTracks(DocumentModel document, Sentence sentence, int i)
    {
        var tokens = document.Tokens;
        if (!PhraseList.MatchesAt(tokens, i, sentence.EndToken, ToCover) || i + 3 >= sentence.EndToken
            || tokens[i + 2].Norm is not ("its" or "their") || tokens[i + 3].Norm != "tracks") return null;
        return AntecedentActor(document, sentence, i + 2) is var (actor, _) ? (i, i + 4, actor) : null;
    }

    /// <summary>Nouns of when a thing happens, beside WordNet's time nouns ("the date", "the moment"): "timing" is an attribute there.</summary>
    private static readonly FrozenWordSet WhenNouns = new[] { "timing" }.ToFrozenWordSet();

    private static bool IsWhenNoun(Token token) => WhenNouns.Contains(token) || NounTypes.Of(token) is NounType.Time;

    /// <summary>How many words the "of" phrase after a noun of when may hold, "of" included ("the timing of the closure").</summary>
    private const int WhenOfWords = 4;

    /// <summary>
    /// "the timing is no accident", "it is no coincidence that the clinic closed in May": chance denied ("no accident",
    /// "no coincidence", "not an accident", "hardly a coincidence") of when something happened, or of a that-clause
    /// naming a harm — the writer asserts a design no one has shown. Not an achievement ("her success is no accident"
    /// praises skill) nor a that-clause with no harm ("it is no accident that she won"). Returns the subject's start,
    /// the denial's end (or the clause's) and who is said to intend it.
    /// </summary>
    private static (int Start, int End, string Owner)? ChanceDenied(DocumentModel document, Sentence sentence, int i)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        if (tokens[i].Norm is not ("is" or "was" or "'s") || i - 1 < sentence.FirstToken) return null;
        var k = i + 1;
        if (k + 1 < end && tokens[k].Norm is "not" or "hardly" && tokens[k + 1].Norm is "an" or "a") k += 2;
        else if (k < end && tokens[k].Norm == "no") k++;
        else return null;
        if (k >= end || tokens[k].Norm is not ("accident" or "coincidence")) return null;
        var denialEnd = k + 1;
        var subject = i - 1;
        if (tokens[subject].Norm == "it")
        {
            // "It is no accident that the clinic closed": the design claimed is the harm of the clause.
            if (denialEnd >= end || tokens[denialEnd].Norm != "that") return null;
            var clauseEnd = Math.Min(end, denialEnd + 1 + UntilClauseWords);
            return HarmWithin(tokens, denialEnd + 1, clauseEnd) ? (subject, clauseEnd, "whoever is behind it") : null;
        }
        // "the timing of the closure is no accident": the noun of when may carry an "of" phrase.
        for (var head = subject - 2; head >= sentence.FirstToken && subject - head <= WhenOfWords && !IsWhenNoun(tokens[subject]); head--)
            if (IsWhenNoun(tokens[head]) && tokens[head + 1].Norm == "of") subject = head;
        if (!IsWhenNoun(tokens[subject])) return null;
        var start = subject;
        if (start - 1 >= sentence.FirstToken && (FunctionWords.Definite.Contains(tokens[start - 1]) || IsPossessive(tokens[start - 1]))) start--;
        return (start, denialEnd, "whoever chose it");
    }

    /// <summary>Nouns of a weapon used as a figure for an instrument of harm ("as a weapon", "as a cudgel").</summary>
    private static readonly FrozenWordSet WeaponNouns = new[] { "weapon", "cudgel", "bludgeon", "truncheon" }.ToFrozenWordSet();

    /// <summary>Concrete noun types: a bottle or a chair used as a weapon is a literal one, reported in crime news.</summary>
    private static bool IsConcrete(NounType? type) =>
        type is null or NounType.Artifact or NounType.Object or NounType.Body or NounType.Food or NounType.Plant or NounType.Animal or NounType.Substance;

    /// <summary>
    /// Qualities of a performance or a scene (silence, an echo, darkness, tempo): a stage or a score uses them as a
    /// weapon as a device of craft, not as an instrument of power over someone.
    /// </summary>
    private static bool IsQuality(NounType? type) =>
        type is NounType.State or NounType.Attribute or NounType.Phenomenon or NounType.Shape or NounType.Time;

    /// <summary>How many words the instrument may hold ("the planning rules", "every licensing rule in the book").</summary>
    private const int InstrumentWords = 5;

    /// <summary>
    /// "the county planners are using the zoning code as a weapon", "the board is weaponising the audit": an abstract
    /// instrument (a rule, a law, a process: its head's WordNet type is no artifact, object or substance) said to be
    /// used as a weapon — the writer imputes an aim to harm with it. Progressive "using"/"wielding" or a form of
    /// "weaponise"; the subject is an actor or an agent head, not the writer's side, not in sport. A bottle used as a
    /// weapon is literal, silence or an echo used as one a device of craft (<see cref="IsQuality"/>). Returns the
    /// subject's start, the end of the weapon noun (or of the instrument) and the subject's words.
    /// </summary>
    private static (int Start, int End, string Owner)? WeaponisedInstrument(DocumentModel document, Sentence sentence, int i)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        int claimEnd;
        if (tokens[i].Norm is "using" or "wielding")
        {
            var weapon = -1;
            for (var k = i + 2; k + 2 < end && k - i <= InstrumentWords + 1 && tokens[k].IsWord; k++)
            {
                if (tokens[k].Norm != "as") continue;
                var noun = tokens[k + 1].Norm is "a" or "an" ? k + 2 : k + 1;
                // "the echo of the cathedral": the head stands before "of", not at the phrase's end.
                // A loop, not a lambda: its closure over the tokens was allocated at every token the reading was asked at (issue 18).
                var of = i + 2;
                while (of < k && tokens[of].Norm != "of") of++;
                var instrument = NounTypes.OfHead(tokens, sentence, of - 1);
                if (noun < end && WeaponNouns.Contains(tokens[noun]) && !IsConcrete(instrument) && !IsQuality(instrument)) weapon = noun;
                break;
            }
            if (weapon < 0) return null;
            claimEnd = weapon + 1;
        }
        else if (tokens[i].Norm.StartsWith("weaponis", StringComparison.Ordinal) || tokens[i].Norm.StartsWith("weaponiz", StringComparison.Ordinal))
        {
            // "is weaponising the audit": the instrument is the object, a noun phrase closed by its head.
            var head = NounPhraseEnd(tokens, i + 1 < end && tokens[i + 1].Norm is "the" or "our" or "their" or "its" ? i + 2 : i + 1, end) - 1;
            var instrument = NounTypes.OfHead(tokens, sentence, head);
            if (head <= i || IsConcrete(instrument) || IsQuality(instrument)) return null;
            claimEnd = head + 1;
        }
        else return null;
        return HeldClaim(document, sentence, i, claimEnd, agentOnly: true);
    }

    /// <summary>Adverbials of purpose said after the act, beside the adverbs of intent: "on purpose", "by design".</summary>
    private static readonly string[][] PurposeAdverbials = [["on", "purpose"], ["by", "design"]];

    /// <summary>The length of the first <see cref="PurposeAdverbials"/> entry at <paramref name="i"/>, or 0; a loop, since a lambda here was a closure per token (issue 18).</summary>
    private static int PurposeAdverbialLength(ImmutableArray<Token> tokens, int i, int end)
    {
        foreach (var words in PurposeAdverbials)
            if (PhraseList.MatchesAt(tokens, i, end, words)) return words.Length;
        return 0;
    }

    /// <summary>How many words may stand between a harm verb and the adverbial of purpose after it ("starving the universities on purpose").</summary>
    private const int DoneOnPurposeObjectWords = 5;

    /// <summary>
    /// "they are starving the universities on purpose", "the council is running our parks into the ground deliberately":
    /// the purpose said after the act — an adverbial of purpose ("on purpose", "by design") or an adverb of intent at the
    /// end of a clause whose verb ruins, rules or takes its object (a purpose verb of the hand list, a phrasal one, or a
    /// harm of the generated one), within <see cref="DoneOnPurposeObjectWords"/> words. The subject is an actor (also
    /// "it"/"they" with an actor antecedent) or an agent by its head — "they", a plural of people or organisations, a
    /// group by its WordNet type ("the ministry", "the council"), a name — since the harm is named; not the writer's
    /// side, not in sport ("the keeper wasted time on purpose" names no harm either). Returns the subject's start, the
    /// adverbial's end and the subject's words.
    /// </summary>
    private static (int Start, int End, string Owner)? HarmDoneOnPurpose(DocumentModel document, Sentence sentence, int i)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        var adverbial = DeliberateAdverbs.Value.Contains(tokens[i]) ? 1
            : PurposeAdverbialLength(tokens, i, end);
        if (adverbial == 0) return null;
        // "deliberately to addict teenagers" is a purpose clause, read by DeliberatePurpose.
        if (i + adverbial < end && tokens[i + adverbial].Norm == "to") return null;
        for (var verb = i - 1; verb >= sentence.FirstToken && i - verb <= DoneOnPurposeObjectWords + 1 && tokens[verb].IsWord; verb--)
        {
            var harm = Math.Max(HarmVerbLength(tokens, verb, end), IntentFrames.HarmVerbLength(tokens, verb, end));
            // The harm and its object end at the adverbial: "starving the universities on purpose".
            if (harm == 0 || verb + harm > i) continue;
            return HeldClaim(document, sentence, verb, i + adverbial, agentOnly: true);
        }
        return null;
    }

    /// <summary>
    /// "designed the loot boxes deliberately to addict teenagers", "drew the map deliberately to starve the valley": an adverb of
    /// intent before a purpose clause whose verb ruins, rules or takes its object (a purpose verb of the hand list or a
    /// harm of the generated one). The purpose is asserted of the clause's subject, any but the writer's side. Returns
    /// the adverb, the end of the object and the subject's words.
    /// </summary>
    private static (int Start, int End, string Owner)? DeliberatePurpose(DocumentModel document, Sentence sentence, int adverb)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        var to = adverb + 1;
        if (to >= end || tokens[to].Norm != "to") return null;
        var verb = Math.Max(HarmVerbLength(tokens, to + 1, end), IntentFrames.HarmVerbLength(tokens, to + 1, end));
        if (verb == 0) return null;
        var clause = adverb - 1;
        while (clause - 1 >= sentence.FirstToken && tokens[clause - 1].Text is not ("," or ";" or ":" or "—")) clause--;
        if (clause >= adverb || tokens[clause].Norm is "we" or "i" or "we're" or "i'm" or "our" or "my") return null;
        var subjectEnd = clause;
        // The message names the subject by its first words ("The app makers"); up to three, stopping at an auxiliary.
        while (subjectEnd < adverb && subjectEnd - clause < 3 && tokens[subjectEnd].IsWord && !FunctionWords.Auxiliaries.Contains(tokens[subjectEnd]))
            subjectEnd++;
        if (subjectEnd == clause) return null;
        return (adverb, NounPhraseEnd(tokens, to + 1 + verb, end), document.Excerpt(document.SpanOf(clause, subjectEnd)));
    }

    /// <summary>
    /// The owner before <paramref name="end"/>: a possessive ("the board's", "their", "whose") or a subject with
    /// "has/have" ("Their leader has"), up to three words; not the writer's side ("our", "my", "we have").
    /// </summary>
    private static (int Start, string Owner)? OwnerBefore(DocumentModel document, Sentence sentence, int end)
    {
        var tokens = document.Tokens;
        var last = end - 1;
        if (last < sentence.FirstToken) return null;
        if (tokens[last].Norm is "has" or "have" or "had") last--;
        else if (!IsPossessive(tokens[last])) return null;
        if (last < sentence.FirstToken || tokens[last].Norm is "our" or "my" or "we" or "i" or "your") return null;
        var start = last;
        while (start - 1 >= sentence.FirstToken && last - start < 2 && tokens[start - 1].IsWord && !FunctionWords.Auxiliaries.Contains(tokens[start - 1])
            && tokens[start].Norm is not ("their" or "its" or "his" or "her" or "whose") && !(tokens[start - 1].Norm is "and" or "but" or "that" or "which" or "who"))
            start--;
        if (tokens[start].Norm is "our" or "my") return null;
        if (start == last && tokens[last].Norm is "their" or "its" or "his" or "her" or "whose")
            return (start, tokens[last].Norm switch { "its" => "it", "his" => "him", "her" => "her", _ => "them" });
        var owner = document.Excerpt(document.SpanOf(start, last + 1));
        // The message names the owner, not its possessive: "asserts what the board intends".
        return (start, owner.EndsWith("'s", StringComparison.Ordinal) || owner.EndsWith("’s", StringComparison.Ordinal) ? owner[..^2] : owner.TrimEnd('\'', '’'));
    }

    // Mid-sentence in the message: "imputes an aim to the insurers", not "to The insurers"; names keep their case.
    private static string InMessage(string actor) =>
        actor.StartsWith("The ", StringComparison.Ordinal) ? "the " + actor[4..] : actor;

    private static bool IsPossessive(Token token) =>
        token.Norm is "their" or "its" or "his" or "her" or "whose" || token.HasPossessiveEnding;

    /// <summary>
    /// "… are not out there for fishing", "… is not here to trade": denying the innocent purpose insinuates a
    /// hostile one. The length runs through the purpose word.
    /// </summary>
    private static int? InsinuatedPurposeLength(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (tokens[i].Norm is not ("is" or "are" or "was" or "were") || i + 4 >= sentence.EndToken) return null;
        var k = i + 1;
        // "not" or a bare "n't", not "never": narrower than Negation.IsAdverb(clitic: true).
        if (tokens[k].Norm is not ("not" or "n't")) return null;
        k++;
        if (tokens[k].Norm is "up" or "out" or "down" or "over" or "in") k++;
        if (tokens[k].Norm is not ("there" or "here") || k + 2 >= sentence.EndToken) return null;
        k++;
        if (tokens[k].Norm is not ("for" or "to")) return null;
        k++;
        if (tokens[k].Norm is "the" or "a" or "an" or "its" or "their") k++;
        return k < sentence.EndToken && tokens[k].IsWord ? k + 1 - i : null;
    }

    /// <summary>
    /// The subject of the predicate at <paramref name="predicate"/> when it is an actor: a gazetteer actor (a state,
    /// an armed group, an out-group, a party, a company, a criminal organisation; "the other party's donors"), an actor
    /// with a place after it ("the regime in Pyongyang"), or "it"/"they" — also contracted, "it's bent on" — and,
    /// for insinuations, "its"/"their" + noun ("their icebreakers") — whose antecedent is an actor in this or the two
    /// sentences before. Returns the subject's first token and the actor's name for the message.
    /// </summary>
    private static (int Start, string Actor, ActorClass Class)? FindSubject(DocumentModel document, Sentence sentence, int predicate, bool allowPossessive)
    {
        var tokens = document.Tokens;
        // "it's bent on", "they're plotting to": the predicate starts inside the pronoun it leans on.
        if (PhraseList.IsContracted(tokens[predicate]))
            return tokens[predicate].Norm[..tokens[predicate].Norm.LastIndexOf('\'')] is "it" or "they"
                && AntecedentActor(document, sentence, predicate) is var (host, hostClass) ? (predicate, host, hostClass) : null;
        var end = predicate;
        while (end - 1 >= sentence.FirstToken && Interveners.Contains(tokens[end - 1].Norm)) end--;
        // "smuggling gangs who are bent on …": a relative pronoun stands for the actor before it.
        if (end - 1 > sentence.FirstToken && tokens[end - 1].Norm is "who" or "that" or "which")
        {
            end--;
            // "Moscow, which would love nothing more than to …": a relative clause set off by a comma.
            if (end - 1 > sentence.FirstToken && tokens[end - 1].Text == "," && tokens[end].Norm != "that") end--;
        }
        var span = tokens.AsSpan(0, sentence.EndToken);
        // Earliest first, so "the regime in Tehran" wins over "Tehran".
        for (var start = Math.Max(sentence.FirstToken, end - 6 - MaxPostModifier); start < end; start++)
        {
            if (document.Actors.Match(span, start) is not { } actor) continue;
            var actorEnd = start + actor.Length;
            if (actorEnd == end || IsPlaceModifier(tokens, actorEnd, end) || IsPostModifier(tokens, actorEnd, end))
                return (start, document.Excerpt(document.SpanOf(start, actorEnd)), actor.Class);
        }
        var subject = end - 1;
        if (subject < sentence.FirstToken) return null;
        if (tokens[subject].Norm is "it" or "they")
            return AntecedentActor(document, sentence, subject) is var (antecedent, antecedentClass) ? (subject, antecedent, antecedentClass) : null;
        if (!allowPossessive) return null;
        // "their icebreakers", "its new warships": a possessive, up to two modifiers and the head noun.
        for (var k = subject - 1; k >= sentence.FirstToken && subject - k <= 3; k--)
        {
            if (tokens[k].Norm is not ("its" or "their")) continue;
            return AntecedentActor(document, sentence, k) is var (owner, ownerClass) ? (k, owner, ownerClass) : null;
        }
        return null;
    }

    /// <summary>How many tokens a relative clause or a participle phrase may add to an actor before its predicate.</summary>
    private const int MaxPostModifier = 8;

    /// <summary>
    /// What may stand between an actor and its predicate and leave the actor the subject: a relative clause ("the party
    /// that never hides its aims", "Harbrook, which owns the pier,"), also one whose verb the predicate continues after
    /// "and" ("Moscow, which is massing warships and"), a participle phrase, "behind" + its object or "at"/"in" + a
    /// definite place ("the companies building these systems", "the lobby behind the bill", "the zealots at the town
    /// hall"), all words, no clause break.
    /// </summary>
    private static bool IsPostModifier(ImmutableArray<Token> tokens, int from, int end)
    {
        if (end - from is < 2 or > MaxPostModifier) return false;
        var first = from;
        var last = end;
        var parenthetical = tokens[from].Text == ",";
        // "Moscow, which is massing warships and would love …": the predicate is the second verb of the relative clause.
        var coordinated = parenthetical && tokens[end - 1].Norm == "and";
        if (parenthetical)
        {
            if (tokens[end - 1].Text != "," && !coordinated) return false;
            first++;
            last--;
        }
        if (last - first < 2) return false;
        var relative = tokens[first].Norm is "who" or "which" || !coordinated && tokens[first].Norm == "that";
        // "the zealots at the town hall", "the bosses in the head office": a place phrase of where the group sits.
        var phrase = !parenthetical && (tokens[first].Norm == "behind" || tokens[first].Norm is "at" or "in" && tokens[first + 1].Norm == "the"
            || tokens[first].Norm.EndsWith("ing", StringComparison.Ordinal) && tokens[first].Norm.Length > 5);
        if (!relative && !phrase) return false;
        for (var k = first; k < last; k++)
            if (!tokens[k].IsWord || phrase && FunctionWords.Auxiliaries.Contains(tokens[k])) return false;
        return true;
    }

    /// <summary>"in Pyongyang", "of Varn": a preposition and a capitalized place closing the subject.</summary>
    private static bool IsPlaceModifier(ImmutableArray<Token> tokens, int from, int end)
    {
        if (end - from is < 2 or > 3 || tokens[from].Norm is not ("in" or "of" or "from")) return false;
        for (var k = from + 1; k < end; k++)
            if (!tokens[k].IsCapitalized) return false;
        return true;
    }

    /// <summary>The nearest actor named before <paramref name="pronoun"/> in its sentence or the two before it, in its paragraph: its name and class.</summary>
    private static (string Name, ActorClass Class)? AntecedentActor(DocumentModel document, Sentence sentence, int pronoun)
    {
        var tokens = document.Tokens;
        var paragraph = document.Syntax.Paragraphs[sentence.ParagraphIndex];
        for (var s = sentence.Index; s >= Math.Max(paragraph.FirstSentence, sentence.Index - 2); s--)
        {
            var candidate = document.Syntax.Sentences[s];
            var last = s == sentence.Index ? pronoun : candidate.EndToken;
            var span = tokens.AsSpan(0, candidate.EndToken);
            (string, ActorClass)? found = null;
            for (var k = candidate.FirstToken; k < last; k++)
            {
                // Generic groups ("militants", "the enemy") are actors, but a pronoun rarely points back to a lower-case one.
                if (document.Actors.Match(span, k) is not { } actor || actor.Class.IsCollective() && !tokens[k].IsCapitalized) continue;
                found = (document.Excerpt(document.SpanOf(k, k + actor.Length)), actor.Class);
                k += actor.Length - 1;
            }
            if (found is not null) return found;
        }
        return null;
    }
}
