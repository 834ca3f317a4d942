using System.Collections.Frozen;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;
using Rhetlint.Rules.Superlatives;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>RH1001 — fear imagery.</summary>
public sealed class RH1001FearImagery : RhetoricAnalyzer
{
    public override RuleDocumentation Documentation { get; } = new(Descriptor)
    {
        WhatItDoes = """
            Flags doom and predation metaphors in the writer's voice. Fixed phrases come from a reviewed list ("a
            ticking time bomb", "a powder keg", "the sword of Damocles", "storm
            clouds are gathering", "a nightmare scenario", "living on borrowed time"), and a bomb about to go off, a
            fuse in a burning state (WordNet fuse.n.02: "the debt is a bomb with a lit fuse", "the pipeline is a burning
            fuse under our valley"; not beside fireworks, dynamite or a quarry); productive patterns cover:
            - a weapon held to a vital organ: "holds a knife to the throat of", "a dagger pointed at the heart of" — about
              a state or collective adversary, or held to a whole group or to what has no throat, whoever holds it:
              "the speculators are holding a gun to the head of every pensioner", "a knife to our throats";
            - a weapon aimed or swung at a whole group, said of what is no weapon after a copula or a comma: "the levee is a
              loaded gun pointed at every home", "the funding formula is a wrecking ball swung at every village school";
              so too an execution's written order made out for one: "the merger is a death warrant signed for every
              maternity unit";
            - a weapon in its ready state (loaded, cocked, primed, lit) placed among a whole group, or an igniter (WordNet
              lighter.n.02, torch.n.01, ember.n.01, a spark) among fuel or explosives (fuel.n.01, explosive.n.01), said of
              what is neither after a copula or a comma: "the slot apps are a loaded gun in every teenager's pocket",
              "the standoff is a lit match beside a petrol tanker"; and a fuse told burning after its noun: "a debt bomb
              with the fuse already lit";
            - "post-X apocalypse": "a post-antibiotic apocalypse";
            - an edge before a catastrophe, with a threat referent and not in past narrative: "on the brink of
              annihilation", "teetering on the edge";
            - "sleepwalking into war", "a tidal wave of disinformation", "being carved up", "bleeding us dry";
            - a drift into any abstract condition a community could suffer, not only a catastrophe (issue 16):
              "Brenmouth is sleepwalking into permanent dependency on food banks"; not into a place or a room, a
              career step, a creative work, a score ("the band sleepwalked into their second album", "sleepwalked
              into a deficit before half-time"), a success or a contest ("sleepwalked into the final"), of one person
              ("she sleepwalked into the job"), before a relative clause that says what the state is, or with a
              figure or a date in the sentence;
            - an intensified or looming specter: "a dark specter of drones", "the specter of war hangs over";
            - outside war, a disease or poison said of what is not sick, as a predicate or before "on/in/for" or a
              spreading verb: "payday lenders are a cancer on the high street", "a slow poison for our teenagers", "a
              plague of burglaries", "an epidemic of violent crime" (an outbreak noun only as a predicate, before a
              spreading verb or "of" + a threat), let loose on its victims ("a plague of e-scooters has been unleashed on
              our pavements"; WordNet unleash.v.03), or in a simile after a verb of a disease's course with a threat in the
              sentence: "gang crime will spread through the estates like a slow cancer", "match fixing is
              infecting the league like a plague" (laughter or a craze that spreads "like a contagion" is no threat); a
              plant disease (WordNet's plant_disease.n.01: blight, canker) only in that simile, where it needs no threat
              named, since nothing good spreads "like a blight";
            - a whole community held captive: "holding the country hostage", "held commuters to ransom", or a whole group
              of no single person, with its place: "will hold every household in Tarrow hostage"; and any captive at all
              when the hold is present or to come ("is holding our whole neighbourhood hostage", "will soon hold every
              hospital in the country hostage") and the sentence tells no real hostage taking (a captor, the police, a
              ransom, a release: tools/gen_hostage_scenes.py);
            - a place cast as a killer after a present or future link: "the bypass has become a death trap", "the new
              cycle lane is an accident waiting to happen", "the quarry pool is just waiting for its next victim"; not a
              period's or a past hazard ("was a death trap"), a title ("Death Trap"), a trap for animals, weather or an
              event, a hazard inside a game or a puzzle ("the third level is a death trap for careless players"), a
              finding backed by evidence (an inspection cited), a hedge or a question;
            - a blade hanging over a victim: "a guillotine hanging over every trawler";
            - people cast as predators, vermin or scavengers in a simile: "circle the care homes like sharks", "like a pack of
              wolves", "like scavengers", any animal over carrion ("like crows over a carcass"), or people hunted "like prey"
              after a verb of predation ("are hunting our young men like prey"; WordNet hunt.v.01/.02, stalk.v.02,
              prey.v.02); "vultures circling" on its own; a flood of people: "a human tide", "a flood of arrivals";
            - a community "under siege" with a threat referent;
            - a war or slaughter scene said of a place at peace, after a copula, "into" or "like": "the bypass has become a
              killing field", "turned the high street into a war zone", "sending children into a meat grinder", a battle
              site (WordNet battlefield.n.01): "the town's paths have become a battlefield" (not "battleground", a
              political contest; not beside a battle of history or a match's referee);
            - a flood whose harm is told as certain: "a tsunami that will drown the health service", or, with what the
              flood is made of, to a whole group: "a tsunami of cheap imports will drown every dairy farm";
            - a whole group, as the victim of an aimed weapon or of a flood, is "every", "each" or "all" of one, a
              possessive ("our towns", "all our children") or "whole" or "entire" ("aimed at whole villages"). The guidelines
              weigh how a threat is told, not whom it threatens, so the group itself is not judged: "all our judges" is as
              whole a group as "all our children";
            - other destructive natural forces of the same class as the predicate of a threat: "inflation is a wildfire
              tearing through household budgets", "the doping scandal has become an avalanche", "this outbreak is a brush
              fire" (the uncontrolled fires of WordNet's fire.n.01; not "firestorm", a political row in news); also as
              a simile after a ravaging verb in the progressive: "the scam is spreading like a brush fire through our
              suburbs";
            - a structure that falls at a touch, with its fall in the sentence: "the grid is a house of cards waiting for
              one cold snap to bring it down", "a castle of sand the first rate rise will wash away";
            - poison given to minds, a culture or a polity: "are poisoning the minds of our voters", "keeps poisoning our
              democracy";
            - a place's ruin foretold: "the new quarry will turn the valley into a ghost town", "threatens to turn the
              coast into an industrial wasteland";
            - a whole group turned into people owned or bound to labour (WordNet serf.n.01, slave.n.01,
              sharecropper.n.01), or a whole class of things or people turned into a place of vice (WordNet
              gambling_house.n.01, brothel.n.01, opium_den.n.01): "the platforms have turned every courier into a serf",
              "the apps have turned every phone in the land into a casino".
            - a fear vehicle said of a thing of another type — a metaphor by type clash: predators or vermin said of a group,
              a disease, a poison or lethal drug, a bomb, a prison or cage, an invasion or martial law, a Trojan horse, an
              army of conquest (a participle or act of taking land by force before a military unit, WordNet invade.v.01,
              conquer.v.02, besiege.v.01 and military_unit.n.01: "the chain stores are an occupying force", "the holiday
              lets are an army of occupation"), or a failing
              structure, as the predicate of "is", "has become" or "remains" (also "is nothing less than", "nothing short
              of"), the result of "turn … into", a prison that
              holds a thing ("have the housing market in a cage"), or after a relational adjective of an abstract domain
              ("a digital heroin", "financial martial law"): "the bedroom tax has become a noose", "the payday lenders are a
              pack of wolves", "the pension scheme is a crumbling dam". The vehicles come from WordNet hyponym trees; the
              subject's type is its noun's most frequent WordNet sense, and it must be one the vehicle's domain does not
              literally hold (a policy is no noose, but a drug can be heroin and a mill a crumbling building);
            - the verb of the same clash: a killing or consuming process (smother, asphyxiate, drown, devour, eat) done to a
              collective stake — an economy, a profession, a town, a generation, democracy, savings — as the active verb's
              object or as the subject that drowns: "the robots are eating the legal profession from the inside", "the
              rules are smothering the whole farming community", "we stand by while a generation drowns".
            - the noun of the same clash, with its own complement: an execution's order, a kind's end or total destruction
              (WordNet extinction.n.02 and the destruction.n.01/.02 trees, without the plain "destruction" and the nouns
              of buildings, crimes and goals) before "of" or "for" and a stake it does not literally take, or after the
              stake's possessive: "the closure is a death sentence for the village post office", "an extinction-level
              event for human creativity", "the annihilation of our seaside culture", "our high street's death
              warrant"; and an age of collapse foretold: "the grant freeze is a scientific Dark Age", "a new dark age
              for the theatre". A bulldozer aims at a whole group as a wrecking ball does: "a bulldozer aimed at every
              corner shop".
            - a domain mismatch marked by the grammar: an indefinite war ("a war", "an all-out war") waged on or against
              a stake no army fights — a group or institution, a place, an idea, speech, holdings, "the young" — or for a
              possessed one ("the levy is a war on the young", "the first shot in a war on science itself", "a war for
              our children's minds"), or on a community marked as the readers' own ("this road-pricing scheme is a war
              on rural Wexford", "the arts cuts are a war on the county's theatres"), and a relational adjective of
              an abstract domain before "war" or "warfare" ("that's economic warfare"); a catastrophe noun (famine,
              avalanche, tsunami, plague, earthquake …) after a determiner and a noun of a domain it does not literally
              take ("a debt avalanche", "the housing famine"); and the strangling or suffocation of a stake ("the slow
              strangulation of the home-solar trade").
            - a whole group of people made game or a mark to shoot at, the group a noun of people quantified or plural:
              "open season on" them ("the parking rules have declared open season on every delivery driver", "open
              season on police officers"), a target or bullseye on their backs ("a target on the backs of every small
              landlord"), a bullseye on them or among their marks ("a bullseye on every market trader", "a bullseye on
              every rival's target list"), and a group said to be in the crosshairs or in someone's ("pensioners are
              now in the council's crosshairs").
            - a body, a captive or prey said of a group, a place, a building, an idea or holdings, which no wound, captor or
              predator literally reaches (the holder's type as above): a body bleeding to death or at its end, said of
              a place, an idea or a holder the reader or a community shares ("our community hospital is bleeding to death",
              "local democracy is bleeding out", "the county's bus network is in its death throes", "is on life support",
              "is gasping its last breath"), predation (WordNet prey.v.01/.02: "the apps are
              preying on every family-run cafe"), and a captive's restraint (WordNet shackle.n.01, leash.n.01, muzzle,
              yoke) put on a holder or around its neck, or its verb (chain, shackle, handcuff): "have slipped a leash
              around the neck of every grassroots club", "a leash around every worker's neck", "have chained every rural
              surgery to their price lists", "has put the old town in chains".
            These images own the picture of harm; a stake's end itself ("one bad season away from extinction", "gone
            forever") is RH1002's.

            It also flags a direct fear appeal, with its own message: the writer tells a broad audience to be afraid
            instead of showing why. The fear verbs and adjectives are a class built from WordNet (frighten and its
            hyponyms terrify, horrify, appal, alarm, scare; petrify; terrifying, horrifying, chilling):
            - a fear verb after "should", "ought to" or "must" with a broad audience as object: "the new strain should
              terrify every parent", "ought to alarm us all", "should scare the life out of every voter", "should send a
              chill down the spine of anyone who";
            - a broad audience told how to feel: "we should all be horrified", "every commuter should be very afraid";
            - a fear adjective for a broad audience: "is terrifying for anyone who";
            - fixed appeals: "is the stuff of nightmares", and in the writer's own voice "keeps me up at night".
            A threat referent (an actor or a threat noun) must be in the appeal's sentence or the one before it.

            A pronoun's contracted copula is a copula: "it's an epidemic", "they're a plague on the skyline".

            Some metaphors are figurative on their own ("a ticking time bomb" said of a housing market). Others are a
            threat claim only with a threat referent in the sentence — an actor or a threat noun (`ThreatReferents`): "a
            nightmare scenario" needs a strike or a war nearby. A few need a state or collective actor ("a
            stranglehold", "carved up").
            """,
        WhyIsThisBad = """
            The picture does the arguing. It makes a threat feel imminent and total without saying who can do what, how
            likely it is, or who says so.
            """,
        NotFlagged = """
            - Literal senses: a sentence with a literal cue for the phrase ("the bomb squad defused a ticking time
              bomb", "storm clouds gather over the coast by Friday", "the robber held a knife to her throat"). A cue after
              an image predicated of people or of an abstraction only carries the image on, so "the bailiffs are a pack
              of wolves that hunt for prey" and "the pension debt is an avalanche sliding down the mountain" are flagged;
              "the animals on the ridge were a pack of wolves" and a cue before the image are literal.
            - No referent where one is needed ("the nightmare scenario for the organizers is rain").
            - Mentions: "posters used the mushroom cloud as a motif", "talk of an apocalypse", "so-called".
            - Ordinary news idioms: "raises the specter of", "on the brink of collapse", "a plague on both your houses",
              "avoid it like the plague"; "a plague of crime statistics" (the threat noun does not head the phrase).
            - Real illness and captivity: a sentence that names a disease, pathogen or poison, or holds a medical cue
              ("diagnosed", "patients"); "a cancer in her lung"; "an epidemic in the region"; hostages taken by gunmen or
              militants; a sword over the fireplace; wolves seen near a farm, or hunting their prey; a real war zone (an
              adversary named, shelling, troops) or a real flood (rain, a river, an earthquake); envoys "under siege" in
              an embassy compound.
            - A plant disease among crops ("the mildew spread through the vines like a blight", any plant named before
              "like": "the rust spread through the rye like a blight"); animals compared with
              animals ("seagulls circled the harbour like crows over a carcass", "gulls" too, whose person sense is first
              only by the order of untagged WordNet senses); the past "spread like wildfire" (how fast word went round);
              animals hunted ("hunters stalk the deer like
              prey"); meat put into a meat grinder; a real death warrant ("the governor signed a death warrant for every
              inmate on the row"); a swing at a ball ("swung at every pitch"); servitude as history, with a year before the
              verb ("in 1649 the code turned every peasant into a serf") or a period word in the sentence or the two
              before it (medieval, feudal, the manor, the tsar's: "The lords of the manor squeezed the villages. The new
              levy turned every peasant into a serf."), or of one person.
            - A real gun or fire: "police found a loaded gun in a locker", "firefighters said the blaze began with a
              lit match beside a petrol tanker"; an armed thing of no threat ("the striker's return is a lit match for the title
              race", "a loaded cannon from 1805"); people held one by one ("gunmen held every passenger hostage") or a
              room held by a speech; dogs let loose on a field.
            - A weapon aimed at one person, or a real one ("a gun pointed at the cashier", "the robber's weapon was a gun
              pointed at every customer", "the frigate's launcher is a missile aimed at every ship"), a campaign "directed
              at every voter".
            - A weapon held to one person ("held a gun to the cashier's head", "to the throat of a taxi driver"); "the
              prosecution's case is a house of cards" (no fall: a verdict on an argument); a house of cards or a
              sandcastle at a table or a beach; "poisoning the river", or a poison named ("lead was poisoning the minds of
              children"); "poisoning the well"; a real fire, storm or quake (acres, firefighters, landfall, a natural
              hazard named); "her album was a hurricane" (no threat); a ruin as history or description ("the closure
              turned the town into a ghost town in the 1980s", "the high street is a ghost town on Sundays").
            - "stem the flood of migrants": a plain flood, torrent or avalanche is imagery only with "a"/"an" or a
              modifier ("an uncontrolled flood of arrivals").
            - A flood of what real floods carry — earth, water, rock, waste, rain or ice, a class from WordNet ("a torrent of
              mud will sweep every farm", "a tidal wave of seawater will drown our towns") — or told by its date ("the 1953
              flood of …", "in 1953 a flood of unpaid invoices swamps every bank").
            - A vehicle said of its own type or of what the rule cannot type: "the seized powder was heroin", "the animals in
              the pen were wolves", "the old mill is a crumbling building", "the officers held the suspect in a cage", "it
              is a noose"; one person called a predator ("the striker is a shark": praise or a character, not a threat);
              amounts and idioms ("a flood of applications", "an invasion of privacy", "the film was a bomb"); a compound
              ("a prison officer"); an
              invasion beside an adversary (a real one); an army of conquest said of an army ("Napoleon's army was an
              invading force"); a Trojan horse of software or of the legend ("the attachment was a Trojan horse that
              stole passwords"); a hedged identity ("is arguably a noose").
            - A killing process done to what it really reaches, or an idiom: "the family ate their dinner", "two swimmers
              drowned off the beach" (water in the sentence), "the village drowned when the dam broke", "readers devoured
              the whole series" (people eat), "costs are eating into the budget", "inflation is eating away at savings",
              "the chants drowned out the speaker", "households are drowning in debt", "the hotel was smothered in ivy";
              a hedged forecast ("higher rates could smother the recovery"); a drowning told in the past ("the whole
              crew drowned when the ferry sank"); a natural object, a substance, a natural force or process, a living
              thing or a feeling as the subject ("wildfires devoured the whole forest", "erosion is eating the cliff
              path", "grief devours the family"); an act or an event as the object ("smothered the attack").
            - A doom noun of what it literally ends, or as history or sport: "a death sentence for the convicted
              murderer", "the death sentence for treason", "the extinction of the woolly mammoth", "the extinction of
              minority languages", "the annihilation of the city" beside an adversary or bombs, "the destruction of
              the tapes", "in 1536 the dissolution was a death sentence for the abbey", "the annihilation of the
              visiting side"; "the Dark Ages" of European history; "is no death sentence for the high street".
            - A war of arms, of policy or of trade: a war beside an adversary or a noun of war or terror, a war already
              known by its name ("the war on the Eastern Front", "the government's war on the high street"), a war on a
              place located by a bearing, where it is fought ("a war on the northern border", "on the other side of the
              world"), a war on
              people by their kind or trade (as often literal persecution as a figure: "a war against the striking
              miners"), a campaign against what is bad — an act, a state, a drug, a threat ("the war
              on drugs", "a war on potholes", "a war on corruption", "their war on the gangs") — "a talent war", "a
              price war", "a war of attrition", and war in sport or history; a catastrophe compound of its own domain
              ("a snow avalanche", "the potato famine", "a locust plague") or of a made thing, a picture of plenty ("a
              confetti hurricane over the stage"), beside a natural hazard, with a year, or in
              a sentence about real illness.
            - Game, goods, goals and one player: "open season on geese", "open season on cheap flights", "a bullseye on
              every hay bale", "a target on every school" (a goal set for each), "the striker had a target on his
              back", "the sniper kept the post in his crosshairs"; "a target on their backs", which names no group
              (the Harriers, celebrities); "in the crosshairs of the regulator", scrutiny by a named body; a mark
              beside a noun of war or terror, in sport, with a year or told in the past ("during the purges it was
              open season on intellectuals").
            - A real body, captive or prey, and the idioms of news: "the patient was bleeding out on the table", "kept the
              patient on life support", "sea lions prey on salmon", "pirates preyed on merchant ships", people preyed on
              ("the gang preyed on elderly people": fraud and abuse as crime news tells them), "officers put handcuffs on
              every suspect", "keep dogs on a leash", "chained the bicycles to the railings", "coffee chains on every high
              street" (no verb of putting); "bleeding cash", "bleeding goals", "stop the bleeding"; a restraint told in the
              passive ("shackled to the treaty"); sport and history ("the village in its death throes after the flood of 1952");
              an image told in the past ("the empire was in its death throes", "raiders preyed on the coast"); a firm,
              a franchise or a show dying with no public stake ("the franchise is on life support after its owner filed
              for bankruptcy"); a made thing or a building chained or yoked ("chained the gates shut", "put a yoke on
              display"); custody ("police shackled the whole crew"); an agreement's terms ("the lease chains the shop to
              its landlord"); worry ("preyed on her mind") and a natural agent ("dry rot preys on old timber buildings").
            - Quoted or reported words, negated ones, names and titles; a claim named to be weighed ("the claim that the
              bedroom tax is a noose around every tenant is overblown", "the idea that …").
            - Measured concern and private feelings, which are not appeals: "we should be concerned", "this is
              worrying", "I am worried about the cost", "the exam terrified me"; an appeal with no threat in its
              sentence or the one before ("should terrify every pastry chef" about a price list); the effect of a work
              on its audience ("the sequel should terrify every horror fan"); "should not alarm anyone".

            A question lowers the finding to a suggestion.
            """,
        Examples =
        [
            "The port dispute is [[a ticking time bomb]] under the alliance.",
            "The dockers' strike is [[holding the country hostage]].",
            "Payday lenders are [[a cancer]] on the high street.",
            "The new ransomware strain [[should terrify every parent]] in Dunmore.",
            "Inflation is [[a wildfire tearing through]] the savings of Brennock's retirees.",
            "The Tarvel power grid is [[a house of cards]] that one cold snap will bring down.",
            "The late-night pundits [[are poisoning the minds of our voters]].",
            "The funding formula is [[a wrecking ball aimed at every village school]].",
            "The new quarry [[will turn the Ollin valley into a ghost town]].",
            "The Ormsby bedroom tax has become [[a noose]] around every tenant.",
            "The chatbots [[are eating the legal profession]] from the inside.",
            "The Pellow rezoning is [[a death sentence for the village post office]].",
            "The new parking levy is [[a war on the market towns]] of the north.",
            "Ashford is living through [[a housing famine]] that nobody in the cabinet will name.",
            "The new parking rules have declared [[open season on every delivery driver]] in Marlow.",
            "Our community hospital [[is bleeding to death]] one ward at a time.",
            "The betting firms [[have slipped a leash around the neck of every grassroots club]] in Dunmore.",
            "The new cycle lane on Dray Street [[is an accident waiting to happen]].",
        ],
        UseInstead =
        [
            "The new ransomware strain locked 40 school networks in May, according to the Dunmore Cyber Unit.",
            """
            Kestria has closed two of the three ports to allied ships, which could strain the alliance's supply lines,
            according to the Harbor Gazette.
            """,
        ],
        Rewrite = """
            Display-only template `[actor] has [capability or action], which could [consequence] ([source])`; when the
            metaphor carries an intensifier ("dark", "looming"), an unsafe rewrite deletes it. A fear appeal gets the
            display-only template `[what has happened or could happen, and how likely it is] ([source])`.
            """,
    };

    public static readonly DiagnosticDescriptor Descriptor = new(
        "RH1001",
        "Fear imagery",
        "'{0}' {1}; say who can do what, how likely it is, and who says so",
        RuleCategories.ThreatInflation,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A doom or predation metaphor (ticking time bomb, powder keg, knife to the throat, post-X apocalypse), or a direct appeal to be afraid (should terrify every parent), in the writer's voice, about a threat.",
        helpLinkUri: RuleCategories.HelpUri("RH1001"),
        customTags: [RuleCategories.FixableTag, RuleTags.LoweredInOpinion, new EvidenceWindow(1, 1).Tag]);

    private static readonly Lazy<ImageryWords> Words = new(() => new ImageryWords(
        TaggedLexicon.Load(RuleLexicons.Store, "fear_imagery"), TaggedLexicon.Load(RuleLexicons.Store, "fear_imagery_wordnet")));

    private static readonly Lazy<FearAppeals.AppealWords> Appeals = new(() => new FearAppeals.AppealWords(TaggedLexicon.Load(RuleLexicons.Store, "fear_appeals")));

    /// <summary>Premodifiers that only add dread ("a dark specter"): deleting one is the rule's unsafe rewrite.</summary>
    private static readonly FrozenWordSet Intensifiers = TaggedLexicon.Load(RuleLexicons.Store, "fear_imagery").Words("intensifier").ToFrozenWordSet();

    /// <summary>Verbs that make a specter hang over someone rather than merely be raised.</summary>
    private static readonly FrozenSet<string> HauntingVerbs = TaggedLexicon.Load(RuleLexicons.Store, "fear_imagery").Words("haunting");

    /// <summary>Verbs that put the weapon to the throat: the span starts at them ("holds a knife to the throat").</summary>
    private static readonly FrozenWordSet HoldingVerbs = TaggedLexicon.Load(RuleLexicons.Store, "fear_imagery").Words("holding").ToFrozenWordSet();

    private static readonly FrozenSet<string> PassiveAuxiliaries = FrozenSet.ToFrozenSet(
        ["is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "getting"], StringComparer.Ordinal);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(AnalyzeSentence);

    private static void AnalyzeSentence(SentenceContext context)
    {
        var document = context.Document;
        var sentence = context.Sentence;
        var tokens = document.Tokens;
        var words = Words.Value;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (!tokens[i].IsWord) continue;
            if (ReportFearAppeal(context, i) is var appealEnd && appealEnd > i)
            {
                i = appealEnd - 1;
                continue;
            }
            if (ReportLoadedImage(context, i) is var imageEnd && imageEnd > i)
            {
                i = imageEnd - 1;
                continue;
            }
            if (Match(words, tokens, sentence, i) is not { } hit) continue;
            // "has become a no-go zone": RH1005 reads the category predicated of the place and takes precedence (RULES.md §1).
            if (CategoryPredicates.At(document, sentence, hit.Head) is not null) continue;
            if (hit.Need == Need.Present && IsPeriodScene(document, sentence)) continue;
            if (!ImageryContext.IsAuthors(document, hit.First, hit.End) || document.IsNegated(hit.Head)) continue;
            if (ImageryContext.IsMentioned(tokens, sentence, hit.First, hit.End) || ImageryContext.IsEntertained(tokens, sentence, hit.First) || IsTitle(tokens, sentence, hit)) continue;
            if (IsLiteral(words, tokens, sentence, hit)) continue;
            if (!HasReferent(document.Actors, tokens, sentence, hit)) continue;
            if (hit.Unhedged && document.IsHedged(hit.Head)) continue;

            var span = document.SpanOf(hit.First, hit.End);
            var template = Rewrite.Template("Replace the image with the threat it stands for", span,
                "[actor] has [capability or action], which could [consequence] ([source])");
            ImmutableArray<Rewrite> rewrites = IntensifierIn(tokens, hit) is int adjective
                ? [template, new Rewrite($"Delete '{tokens[adjective].Text}'", [ModifierSlots.DeleteWord(document, adjective)], Applicability.Unsafe)]
                : [template];
            var severity = ImageryContext.SeverityAt(document, sentence, hit.Head, Descriptor.DefaultSeverity, hedgeLowers: false);
            context.Report(Descriptor, severity, span, rewrites, document.Excerpt(span), ImageryMessage);
            i = hit.End - 1;
        }
    }

    private const string ImageryMessage = "dramatizes a threat with a doom metaphor";

    /// <summary>
    /// Reports a loaded image whose frame carries the move with any noun phrase (<see cref="LoadedImages"/>: "hold …
    /// hostage", "a death trap") when the writer asserts it plainly — not quoted, reported, negated, hedged, asked, told
    /// in a work or a period, nor backed by strong evidence (an inspection cited) — and returns its end; else <paramref name="i"/>.
    /// </summary>
    private static int ReportLoadedImage(SentenceContext context, int i)
    {
        var document = context.Document;
        var sentence = context.Sentence;
        var tokens = document.Tokens;
        if (LoadedImages.At(tokens, sentence, i) is not { } image) return i;
        if (!ImageryContext.IsAuthors(document, image.First, image.End) || document.IsNegated(image.Head) || document.IsHedged(image.Head) || document.IsQuestion(sentence)) return i;
        if (ImageryContext.IsMentioned(tokens, sentence, image.First, image.End) || ImageryContext.IsEntertained(tokens, sentence, image.First)
            || ToldWorks.IsToldInAWork(tokens, sentence, image.First) || IsPeriodScene(document, sentence)) return i;
        if (context.EvidenceFor(Descriptor, new Claim(ClaimKind.Magnitude, image.First, image.End)).Strength >= EvidenceStrength.Strong) return i;
        var span = document.SpanOf(image.First, image.End);
        var rewrite = Rewrite.Template("Replace the image with the threat it stands for", span, "[actor] has [capability or action], which could [consequence] ([source])");
        context.Report(Descriptor, Descriptor.DefaultSeverity, span, [rewrite], document.Excerpt(span), ImageryMessage);
        return image.End;
    }

    private const string AppealMessage = "tells the reader to be afraid instead of showing why";

    /// <summary>
    /// Reports the fear appeals of the sentence and returns the tokens they cover, so an image inside one ("the stuff
    /// of nightmares") is not reported twice.
    /// </summary>
    private static int ReportFearAppeal(SentenceContext context, int i)
    {
        var document = context.Document;
        var sentence = context.Sentence;
        var tokens = document.Tokens;
        if (FearAppeals.At(Appeals.Value, tokens, sentence, i) is not { } appeal) return i;
        if (!ImageryContext.IsAuthors(document, appeal.First, appeal.End) || document.IsNegated(appeal.Head)) return i;
        if (ImageryContext.IsMentioned(tokens, sentence, appeal.First, appeal.End) || ImageryContext.SentenceHas(tokens, sentence, Appeals.Value.FictionCues)) return i;
        if (!HasReferentNearby(document, sentence)) return i;

        var span = document.SpanOf(appeal.First, appeal.End);
        var rewrite = Rewrite.Template("Replace the appeal with the reason to be afraid", span, "[what has happened or could happen, and how likely it is] ([source])");
        var severity = ImageryContext.SeverityAt(document, sentence, appeal.Head, Descriptor.DefaultSeverity, hedgeLowers: false);
        context.Report(Descriptor, severity, span, [rewrite], document.Excerpt(span), AppealMessage);
        return appeal.End;
    }

    /// <summary>
    /// A fear appeal is about a threat only with a threat referent (an actor or a threat noun) in its sentence or the
    /// one before in the paragraph ("Varn's drones now reach the coast. That should terrify every one of us.").
    /// </summary>
    private static bool HasReferentNearby(DocumentModel document, Sentence sentence)
    {
        if (ThreatReferents.InSentence(document.Actors, document.Tokens, sentence)) return true;
        return sentence.Index > 0 && document.Syntax.Sentences[sentence.Index - 1] is var previous && previous.ParagraphIndex == sentence.ParagraphIndex
               && ThreatReferents.InSentence(document.Actors, document.Tokens, previous);
    }

    /// <summary>Words that set a passage in a past social order (history_period_cues.txt: medieval, feudal, the manor, the tsar's).</summary>
    private static readonly Lazy<FrozenWordSet> PeriodCues = new(() => RuleLexicons.Store.Set("history_period_cues"));

    /// <summary>How many sentences before, in the same paragraph, a period word still sets the scene.</summary>
    private const int PeriodSceneSentences = 2;

    /// <summary>
    /// Whether a period word (<see cref="PeriodCues"/>) stands in the sentence or the <see cref="PeriodSceneSentences"/>
    /// before it in its paragraph: "The lords of the manor squeezed the villages. The new levy turned every peasant into
    /// a serf." is history, as a year before the verb makes it.
    /// </summary>
    private static bool IsPeriodScene(DocumentModel document, Sentence sentence)
    {
        var sentences = document.Syntax.Sentences;
        for (var s = sentence.Index; s >= 0 && sentence.Index - s <= PeriodSceneSentences && sentences[s].ParagraphIndex == sentence.ParagraphIndex; s--)
            for (var k = sentences[s].FirstToken; k < sentences[s].EndToken; k++)
                if (PeriodCues.Value.Contains(document.Tokens[k].Norm)) return true;
        return false;
    }

    private static Hit? Match(ImageryWords words, ImmutableArray<Token> tokens, Sentence sentence, int i) =>
        FixedPhrase(words, tokens, sentence, i)
        ?? WeaponToVital(words, tokens, sentence, i)
        ?? AimedAtEveryone(words, tokens, sentence, i)
        ?? Armed(words, tokens, sentence, i)
        ?? ExecutionOrderFor(words, tokens, sentence, i)
        ?? PostApocalypse(tokens, sentence, i)
        ?? Specter(tokens, sentence, i)
        ?? Flood(words, tokens, sentence, i)
        ?? Brink(words, tokens, sentence, i)
        ?? Sleepwalk(words, tokens, sentence, i)
        ?? CarvedUp(tokens, sentence, i)
        ?? BledDry(tokens, sentence, i)
        ?? DiseaseMetaphor(words, tokens, sentence, i)
        ?? DiseaseSimile(words, tokens, sentence, i)
        ?? HeldHostage(words, tokens, sentence, i)
        ?? HangingOver(words, tokens, sentence, i)
        ?? PredatorSimile(words, tokens, sentence, i)
        ?? Battlefield(words, tokens, sentence, i)
        ?? DrowningFlood(words, tokens, sentence, i)
        ?? FragileStructure(words, tokens, sentence, i)
        ?? PoisonedMinds(words, tokens, sentence, i)
        ?? ForceOfNature(words, tokens, sentence, i)
        ?? ForceSimile(words, tokens, sentence, i)
        ?? TurnedToRuin(words, tokens, sentence, i)
        ?? IntoServitude(words, tokens, sentence, i)
        ?? HarmProcess(words, tokens, sentence, i)
        ?? NominalDoom(words, tokens, sentence, i)
        ?? DarkAge(words, tokens, sentence, i)
        ?? Mismatch(words, tokens, sentence, i)
        ?? (BodyCaptiveImages.At(tokens, sentence, i, k => WholeGroupAt(tokens, sentence, k)) is var (bodyFirst, bodyEnd, bodyHead)
            ? new Hit(bodyFirst, bodyEnd, bodyHead, Need.None, Unhedged: true) : (Hit?)null)
        ?? (TargetedPeople.At(tokens, sentence, i) is var (first, end, head) ? new Hit(first, end, head, Need.Peace) : (Hit?)null)
        ?? TypeClash(words, tokens, sentence, i);

    /// <summary>
    /// A war waged on a stake no army fights, or a catastrophe compound of another domain (<see cref="DomainMismatch"/>).
    /// A war needs peace (beside an adversary it is news); a plague in a sentence about real illness is literal.
    /// </summary>
    private static Hit? Mismatch(ImageryWords words, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (DomainMismatch.WarOnStake(tokens, sentence, i) is var (first, end, head)) return new Hit(first, end, head, Need.Peace);
        if (DomainMismatch.CatastropheCompound(tokens, sentence, i) is not var (start, last, noun)) return null;
        var hit = new Hit(start, last, noun, Need.None);
        return IsMedical(words, tokens, sentence, hit) ? null : hit;
    }

    private static Hit? FixedPhrase(ImageryWords words, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (!words.PhrasesByFirstWord.TryGetValue(tokens[i].Norm, out var candidates)) return null;
        foreach (var (phrase, need) in candidates)
        {
            if (!PhraseList.MatchesAt(tokens, i, sentence.EndToken, phrase)) continue;
            var first = FunctionWords.Prepositions.Contains(phrase[0]) ? i : ImageryContext.PhraseStart(tokens, sentence, i);
            return new Hit(first, i + phrase.Length, i, need);
        }
        return null;
    }

    /// <summary>"holds a knife to the throat of", "a dagger pointed at the heart of", "a gun to our heads".</summary>
    private static Hit? WeaponToVital(ImageryWords words, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (!words.Weapons.Contains(tokens[i].Norm) || i == sentence.FirstToken || tokens[i - 1].Norm is not ("a" or "the" or "its" or "their")) return null;
        var k = i + 1;
        if (k < sentence.EndToken && tokens[k].Norm is "pointed" or "aimed" or "held" or "pressed") k++;
        if (k >= sentence.EndToken || tokens[k].Norm is not ("to" or "at" or "against")) return null;
        k++;
        if (k < sentence.EndToken && (tokens[k].Norm is "the" or "our" or "its" or "their" or "your" || ModifierSlots.IsPossessiveNoun(tokens[k]))) k++;
        if (k >= sentence.EndToken || !words.Vitals.Contains(tokens[k].Norm)) return null;
        var first = i - 1;
        if (first - 1 >= sentence.FirstToken && HoldingVerbs.Contains(tokens[first - 1])) first--;
        return new Hit(first, k + 1, i, HasCollectiveVictim(tokens, sentence, k) ? Need.None : Need.Actor);
    }

    /// <summary>
    /// "a gun to the head of every pensioner", "a knife to our throats", "a gun to the head of the economy": a weapon
    /// held to a whole group or to something that has no head is a figure whoever holds it (speculators, a party, the
    /// banks). A single person ("to the throat of a driver", "to the cashier's head") is a crime report.
    /// </summary>
    private static bool HasCollectiveVictim(ImmutableArray<Token> tokens, Sentence sentence, int vital)
    {
        var owner = tokens[vital - 1];
        if (owner.Norm is "our" or "your" or "their" or "its") return true;
        if (ModifierSlots.IsPossessiveNoun(owner)) return IsGroupOrThing(owner, possessive: true);
        if (vital + 2 >= sentence.EndToken || tokens[vital + 1].Norm != "of") return false;
        var k = vital + 2;
        if (tokens[k].Norm is "every" or "all" or "each" or "our" or "your" or "their") return true;
        if (tokens[k].Norm is "the" or "a" or "an" or "this" or "that") k++;
        while (k + 1 < sentence.EndToken && tokens[k + 1].IsWord && !tokens[k].IsCapitalized && AdjectiveForms.IsAdjective(tokens[k].Norm)) k++;
        return k < sentence.EndToken && tokens[k].IsWord && !tokens[k].IsCapitalized && IsGroupOrThing(tokens[k], possessive: false);
    }

    /// <summary>A plural, a group or organization noun, or a noun that names no person: not one victim of a crime.</summary>
    private static bool IsGroupOrThing(Token token, bool possessive)
    {
        // "Smith's head" and "the Mayor's throat" are one person's; a plural possessive ("pensioners'") is a group's.
        if (possessive && token.IsCapitalized) return false;
        if (possessive && token.Norm.EndsWith("s'", StringComparison.Ordinal)) return true;
        var bare = possessive ? token with { Norm = token.Norm[..^2] } : token;
        return SourceNouns.Of(bare) is not { } noun || noun.IsPlural || noun.Kind is not SourceNounKind.Person;
    }

    /// <summary>
    /// "the old dam is a cocked pistol aimed at each house downstream", "the reform is a wrecking ball aimed at every
    /// classroom": a weapon aimed at a whole group, said of what is no weapon — the predicate of a copula or an
    /// appositive after a comma. The victim must be a whole group (<see cref="WholeGroupAt"/>): a gun
    /// "pointed at the cashier" is a crime report. A crime or war cue in the sentence (<c>literal</c> entries: a robber, a
    /// frigate) makes the weapon a real one.
    /// </summary>
    private static Hit? AimedAtEveryone(ImageryWords words, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (tokens[i].Norm is not ("a" or "an") || i == sentence.FirstToken || !(Copulas.Contains(tokens[i - 1].Norm) || tokens[i - 1].Text == ",")) return null;
        var k = i + 1;
        // "a slow-motion wrecking ball": a hyphenated compound modifies as an adjective does.
        while (k < sentence.EndToken && k - i <= 2 && !tokens[k].IsCapitalized && (AdjectiveForms.IsAdjective(tokens[k].Norm) || tokens[k].Norm.Contains('-'))
               && words.AimedWeapons.FirstAt(tokens, k, sentence.EndToken) < 0)
            k++;
        var weapon = words.AimedWeapons.FirstPhraseAt(tokens, k, sentence.EndToken);
        if (weapon is null) return null;
        var head = k;
        k += weapon.Length;
        if (k + 2 >= sentence.EndToken || !words.Aiming.Contains(tokens[k].Norm) || tokens[k + 1].Norm != "at") return null;
        if (WholeGroupAt(tokens, sentence, k + 2) is not int group) return null;
        var end = GroupEnd(tokens, sentence, group);
        return end > group ? new Hit(i, end, head, Need.None) : null;
    }

    /// <summary>
    /// An armed image (<see cref="ArmedImages"/>): a loaded weapon among a whole group or an igniter among
    /// combustibles, said of what is neither — the predicate of a copula or an appositive, as the aimed weapon is
    /// ("the slot apps are a loaded gun in every teenager's pocket", "the standoff is a lit match beside a petrol
    /// tanker"); or a fuse told burning after its noun, from the bomb it belongs to ("a debt bomb with the fuse already lit").
    /// </summary>
    private static Hit? Armed(ImageryWords words, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (ArmedImages.BurningFuse(tokens, sentence, i) is int lit)
            return new Hit(i - 2 > sentence.FirstToken && tokens[i - 2].Norm == "with" ? ImageryContext.PhraseStart(tokens, sentence, i - 3) : i - 1, lit, i, Need.None);
        if (tokens[i].Norm is not ("a" or "an") || i == sentence.FirstToken || !(Copulas.Contains(tokens[i - 1].Norm) || tokens[i - 1].Text is "," or ":")) return null;
        return ArmedImages.Placed(tokens, sentence, i, words.AimedWeapons, k => WholeGroupAt(tokens, sentence, k)) is var (end, head) ? new Hit(i, end, head, Need.None) : null;
    }

    /// <summary>
    /// "the merger is a death warrant signed for every maternity unit", ", a death warrant for our towns": the written order
    /// of an execution (<c>sentence</c>, WordNet death_warrant.n.01) made out for a whole group, said of what is no such
    /// order — the predicate of a copula or an appositive, as the aimed weapon is. One participle may stand between the
    /// order and "for" ("signed", "issued"). A court, a prisoner or an execution in the sentence (<c>literal</c> entries)
    /// makes it a real warrant; one person as the victim ("for the prisoner") is no group.
    /// </summary>
    private static Hit? ExecutionOrderFor(ImageryWords words, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (tokens[i].Norm is not ("a" or "an") || i == sentence.FirstToken || !(Copulas.Contains(tokens[i - 1].Norm) || tokens[i - 1].Text == ",")) return null;
        var order = words.ExecutionOrders.FirstPhraseAt(tokens, i + 1, sentence.EndToken);
        if (order is null) return null;
        var k = i + 1 + order.Length;
        if (k < sentence.EndToken && tokens[k].IsWord && !tokens[k].IsCapitalized && tokens[k].Norm != "for" && !FunctionWords.Prepositions.Contains(tokens[k])) k++;
        if (k + 1 >= sentence.EndToken || tokens[k].Norm != "for" || WholeGroupAt(tokens, sentence, k + 1) is not int group) return null;
        var end = GroupEnd(tokens, sentence, group);
        return end > group ? new Hit(i, end, i + order.Length, Need.None) : null;
    }

    /// <summary>The end of the group's noun words from <paramref name="k"/>, up to three, before a preposition, a verb or a clause: "every village school" in Carrow.</summary>
    private static int GroupEnd(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        var end = k;
        while (end < sentence.EndToken && end - k < 3 && tokens[end].IsWord && !tokens[end].IsCapitalized
               && !FunctionWords.NounPhraseBreakers.Contains(tokens[end]))
            end++;
        return end;
    }

    /// <summary>"a post-antibiotic apocalypse", "a post-democratic apocalypse": the prefix makes the doom a forecast.</summary>
    private static Hit? PostApocalypse(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (!tokens[i].Norm.StartsWith("post-", StringComparison.Ordinal) || i + 1 >= sentence.EndToken || tokens[i + 1].Norm is not ("apocalypse" or "armageddon"))
            return null;
        return new Hit(ImageryContext.PhraseStart(tokens, sentence, i), i + 2, i + 1, Need.None);
    }

    /// <summary>
    /// "a dark specter of armed drones", "the specter of war hangs over": only an intensified or looming specter;
    /// "raises the specter of" is the ordinary news idiom.
    /// </summary>
    private static Hit? Specter(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (tokens[i].Norm is not ("specter" or "spectre" or "specters" or "spectres") || i + 1 >= sentence.EndToken || tokens[i + 1].Norm != "of") return null;
        var first = ImageryContext.PhraseStart(tokens, sentence, i);
        if (!IsIntensified(tokens, first, i) && !ImageryContext.SentenceHas(tokens, sentence, HauntingVerbs)) return null;
        return new Hit(first, i + 1, i, Need.Referent);
    }

    /// <summary>Whether an adjective other than "new", "old" or "same" stands in [<paramref name="first"/>, <paramref name="head"/>).</summary>
    private static bool IsIntensified(ImmutableArray<Token> tokens, int first, int head)
    {
        for (var k = first; k < head; k++)
            if (AdjectiveForms.IsAdjective(tokens[k].Norm) && tokens[k].Norm is not ("new" or "old" or "same")) return true;
        return false;
    }

    /// <summary>"a tidal wave of migrants", "a tsunami of disinformation".</summary>
    private static Hit? Flood(ImageryWords words, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var flood = words.Floods.FirstPhraseAt(tokens, i, sentence.EndToken);
        if (flood is null) return null;
        var of = i + flood.Length;
        if (of >= sentence.EndToken || tokens[of].Norm != "of") return null;
        // "stem the flood of migrants" is the conventional news phrase; "an uncontrolled flood of arrivals" is an image.
        var start = ImageryContext.PhraseStart(tokens, sentence, i);
        var indefiniteOrModified = start < i - 1 || start == i - 1 && tokens[start].Norm is "a" or "an";
        if (words.WeakFloods.Contains(tokens[i].Norm) && !indefiniteOrModified) return null;
        for (var k = of + 1; k < sentence.EndToken && k <= of + 2; k++)
        {
            var horde = words.Hordes.FirstPhraseAt(tokens, k, sentence.EndToken);
            if (horde is not null) return new Hit(start, k + horde.Length, i, Need.None);
            if (ThreatReferents.IsThreatNoun(tokens[k])) return new Hit(start, k + 1, i, Need.None);
        }
        return null;
    }

    /// <summary>"on the brink of annihilation", "to the edge of catastrophe": an edge noun before a catastrophe, not before "war" or "collapse".</summary>
    private static Hit? Brink(ImageryWords words, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (tokens[i].Norm is not ("on" or "to" or "toward" or "towards") || i + 3 >= sentence.EndToken || tokens[i + 1].Norm != "the"
            || !words.Brinks.Contains(tokens[i + 2].Norm) || tokens[i + 3].Norm != "of")
            return null;
        if (IsPastNarrative(tokens, sentence, i)) return null;
        // "a firm on the brink of catastrophe" is business news; the doom is a threat claim only about a threat.
        return CatastropheAfter(words.Catastrophes, tokens, sentence, i + 4) is int end ? new Hit(i, end, i + 2, Need.Referent) : null;
    }

    /// <summary>"the 1962 crisis brought both superpowers to the brink of nuclear war": a past event told as history, not a warning.</summary>
    private static bool IsPastNarrative(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        for (var k = i - 1; k >= sentence.FirstToken && i - k <= 4; k--)
            if (tokens[k].Norm is "brought" or "came" or "took" or "pushed" or "drove" or "was" or "were" or "stood") return true;
        return false;
    }

    /// <summary>"sleepwalking into war", "sleepwalk towards catastrophe".</summary>
    private static Hit? Sleepwalk(ImageryWords words, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (!tokens[i].Norm.StartsWith("sleepwalk", StringComparison.Ordinal) || i + 1 >= sentence.EndToken
            || tokens[i + 1].Norm is not ("into" or "towards" or "toward"))
            return null;
        // The drift carries the move: any state but a success is open (OpenComplements).
        return (CatastropheAfter(words.Catastrophes.Concat(words.Conflicts), tokens, sentence, i + 2) ?? OpenComplements.DriftEnd(tokens, sentence, i, i + 2)) is int end
            ? new Hit(i, end, i, Need.None) : null;
    }

    /// <summary>The end of a catastrophe noun within three words after <paramref name="from"/> ("of a new world war"), or null.</summary>
    private static int? CatastropheAfter(IEnumerable<string[]> catastrophes, ImmutableArray<Token> tokens, Sentence sentence, int from)
    {
        for (var k = from; k < sentence.EndToken && k <= from + 3; k++)
        {
            foreach (var catastrophe in catastrophes)
                if (PhraseList.MatchesAt(tokens, k, sentence.EndToken, catastrophe)) return k + catastrophe.Length;
            if (!tokens[k].IsWord || tokens[k].Norm is "and" or "or" or "but" or "that" or "which") return null;
        }
        return null;
    }

    /// <summary>"the region is being carved up", "carving up the Arctic": territory divided by force, said of actors.</summary>
    private static Hit? CarvedUp(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var norm = tokens[i].Norm;
        if (norm is "carve-up" or "carve-ups") return new Hit(ImageryContext.PhraseStart(tokens, sentence, i), i + 1, i, Need.Actor);
        if (norm is not ("carve" or "carves" or "carved" or "carving") || i + 1 >= sentence.EndToken || tokens[i + 1].Norm != "up") return null;
        var first = i;
        while (first - 1 >= sentence.FirstToken && i - first < 3 && PassiveAuxiliaries.Contains(tokens[first - 1].Norm)) first--;
        return new Hit(first, i + 2, i, Need.Actor);
    }

    /// <summary>"bleeding us dry", "bled the treasury dry".</summary>
    private static Hit? BledDry(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (tokens[i].Norm is not ("bleed" or "bleeds" or "bleeding" or "bled")) return null;
        for (var k = i + 1; k < sentence.EndToken && k <= i + 3; k++)
        {
            if (tokens[k].Norm == "dry") return new Hit(i, k + 1, i, Need.Referent);
            if (!tokens[k].IsWord) return null;
        }
        return null;
    }

    /// <summary>Verbs that make what follows a predicate nominal: "rough sleeping is a plague", "they are vultures".</summary>
    private static readonly FrozenSet<string> Copulas = FrozenSet.ToFrozenSet(
        ["is", "are", "was", "were", "'s", "become", "becomes", "became", "becoming", "remains", "remain",
         // A pronoun's contraction is its copula ("it's an epidemic", "they're a pack of wolves"); the tenor is inside
         // the token, so the readings that type the subject (TenorBefore) find none.
         "it's", "that's", "this's", "he's", "she's", "they're", "we're", "you're"], StringComparer.Ordinal);

    /// <summary>
    /// "a cancer on democracy", "a slow poison for a whole generation", "rough sleeping is a plague", "a plague of
    /// burglaries": a disease, poison or contagion said of something that is not sick. Literal when the sentence names
    /// a real disease, pathogen or poison, or holds a medical cue ("patients", "diagnosed").
    /// </summary>
    private static Hit? DiseaseMetaphor(ImageryWords words, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (!words.Diseases.Contains(tokens[i].Norm)) return null;
        var first = ImageryContext.PhraseStart(tokens, sentence, i);
        if (first == i || tokens[first].Norm is not ("a" or "an")) return null;
        var predicate = first > sentence.FirstToken && Copulas.Contains(tokens[first - 1].Norm);
        var next = i + 1 < sentence.EndToken ? tokens[i + 1].Norm : "";
        var after = i + 2 < sentence.EndToken ? tokens[i + 2].Norm : "";
        // "a plague on both your houses" is a curse; "a cancer in his lung" is a patient's.
        if (after is "both" or "his" or "her" or "my" or "your") return null;
        // An outbreak "in the region" is as often real as not: only a predicate, a spreading verb or "of" + a threat
        // ("an epidemic of burglaries") makes it a figure.
        var prepositional = FunctionWords.Prepositions.Contains(next);
        var linked = words.DiseaseLinks.Contains(next) && !(prepositional && words.Outbreaks.Contains(tokens[i].Norm))
                     || next == "of" && IsThreatPhrase(tokens, sentence, i + 2)
                     || CaptivityFrames.IsLoosedOn(tokens, sentence, i + 1, words.Loosed);
        if (!predicate && !linked) return null;
        if (ImageryContext.SentenceHas(tokens, sentence, words.MedicalCues) || NamesRealIllness(tokens, sentence, first, i + 1)) return null;
        return new Hit(first, i + 1, i, Need.None);
    }

    /// <summary>
    /// Whether the noun phrase at <paramref name="k"/> is headed by a threat noun behind at most two lower-case
    /// modifiers: "burglaries", "violent crime", "gang violence" ("an epidemic of violent crime"). The head must end
    /// the phrase, so "a plague of crime statistics" is about numbers.
    /// </summary>
    private static bool IsThreatPhrase(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        for (var head = k; head < sentence.EndToken && head <= k + 2; head++)
        {
            var token = tokens[head];
            if (!token.IsWord || token.IsCapitalized || FunctionWords.Prepositions.Contains(token)
                || FunctionWords.Definite.Contains(token) || FunctionWords.Possessive.Contains(token) || FunctionWords.IndefiniteSingular.Contains(token)) return false;
            // A threat noun before another noun modifies it: "gang violence" is headed by the next word, "crime statistics" too.
            if (ThreatReferents.IsThreatNoun(token)
                && (head + 1 >= sentence.EndToken || !tokens[head + 1].IsWord || NounTypes.Of(tokens[head + 1]) is null
                    || FunctionWords.Prepositions.Contains(tokens[head + 1]))) return true;
        }
        return false;
    }

    /// <summary>
    /// "will spread through the suburbs like a deadly cancer", "infecting the party like a plague": a disease simile
    /// after a verb of the disease's course in the clause before "like". "Avoid it like the plague" has no such verb;
    /// a sentence about real illness (a medical cue, a disease or poison named outside the simile) is literal.
    /// </summary>
    private static Hit? DiseaseSimile(ImageryWords words, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (tokens[i].Norm != "like" || !HasDiseaseVerbBefore(words, tokens, sentence, i)) return null;
        var k = i + 1;
        if (k < sentence.EndToken && tokens[k].Norm is "a" or "an" or "the") k++;
        for (var modifiers = 0; modifiers < 2 && k < sentence.EndToken && !words.SimileDiseases.Contains(tokens[k].Norm)
                                && tokens[k].IsWord && (AdjectiveForms.IsAdjective(tokens[k].Norm) || tokens[k].Norm.Contains('-')); modifiers++)
            k++;
        if (k >= sentence.EndToken || !words.SimileDiseases.Contains(tokens[k].Norm)) return null;
        // What spreads must be a threat: laughter, a dance craze or good news spreads "like a contagion" too. A plant
        // disease only withers and kills what it reaches: nothing good spreads "like a blight".
        var plantDisease = !words.Diseases.Contains(tokens[k].Norm);
        var hit = new Hit(i, k + 1, k, plantDisease ? Need.None : Need.Referent);
        return IsMedical(words, tokens, sentence, hit) || plantDisease && NamesPlantBefore(tokens, sentence, i) ? null : hit;
    }

    /// <summary>
    /// Whether a plant (WordNet's noun.plant: "the wheat", "the vines", "the oaks") is named before "like": a plant
    /// disease spreading among plants ("the rust spread across the wheat fields like a blight") is a crop's real
    /// disease, not a figure.
    /// </summary>
    private static bool NamesPlantBefore(ImmutableArray<Token> tokens, Sentence sentence, int like)
    {
        for (var k = sentence.FirstToken; k < like; k++)
            if (tokens[k].IsWord && (!tokens[k].IsCapitalized || k == sentence.FirstToken) && NounTypes.Of(tokens[k]) is NounType.Plant) return true;
        return false;
    }

    /// <summary>A verb of a disease's course up to six words before "like", within its clause ("has spread through the parks like").</summary>
    private static bool HasDiseaseVerbBefore(ImageryWords words, ImmutableArray<Token> tokens, Sentence sentence, int like)
    {
        for (var k = like - 1; k >= sentence.FirstToken && like - k <= 6; k--)
        {
            if (!tokens[k].IsWord) return false;
            if (words.DiseaseVerbs.Contains(tokens[k].Norm)) return true;
        }
        return false;
    }

    /// <summary>A disease, pathogen or poison of the threat model outside the metaphor: then the illness is real.</summary>
    private static bool NamesRealIllness(ImmutableArray<Token> tokens, Sentence sentence, int first, int end)
    {
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            if ((k < first || k >= end) && ThreatReferents.DomainOf(tokens[k].Norm) is ThreatDomain.Disease or ThreatDomain.Pathogen or ThreatDomain.Substance)
                return true;
        return false;
    }

    /// <summary>
    /// "holding the country hostage", "held commuters to ransom", "hold every household in Tarrow hostage": a whole
    /// community taken captive.
    /// </summary>
    private static Hit? HeldHostage(ImageryWords words, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (tokens[i].Norm is not ("hold" or "holds" or "held" or "holding")) return null;
        for (var k = i + 1; k + 1 < sentence.EndToken && k - i <= 4; k++)
        {
            if (!tokens[k].IsWord) return null;
            // "hold every household in Tarrow hostage": a whole group of no single person is a captive as the listed
            // communities are, and a place may follow it.
            if (!words.Captives.Contains(tokens[k].Norm) && !CaptivityFrames.IsWholeGroup(tokens, WholeGroupAt(tokens, sentence, i + 1), k)) continue;
            var after = CaptivityFrames.PastPlace(tokens, sentence, k + 1);
            if (tokens[after].Norm == "hostage") return new Hit(i, after + 1, after, Need.None);
            if (after + 1 < sentence.EndToken && tokens[after].Norm == "to" && tokens[after + 1].Norm == "ransom") return new Hit(i, after + 2, after + 1, Need.None);
            return null;
        }
        return null;
    }

    /// <summary>"a guillotine hanging over every trawler", "the axe hangs over the mill": an execution poised above a victim.</summary>
    private static Hit? HangingOver(ImageryWords words, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (!words.Overheads.Contains(tokens[i].Norm)) return null;
        for (var k = i + 1; k + 1 < sentence.EndToken && k - i <= 3; k++)
        {
            if (!tokens[k].IsWord) return null;
            if (HauntingVerbs.Contains(tokens[k].Norm) && tokens[k + 1].Norm is "over" or "above")
                return new Hit(ImageryContext.PhraseStart(tokens, sentence, i), k + 2, i, Need.None);
        }
        return null;
    }

    /// <summary>
    /// "circle the town like sharks", "like a pack of wolves", "like rats": people cast as predators or vermin in a
    /// simile; a predator that is only named ("wolves were seen near the farm", "sharks are predators") is an animal.
    /// </summary>
    private static Hit? PredatorSimile(ImageryWords words, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (tokens[i].Norm != "like") return null;
        var k = i + 1;
        if (k < sentence.EndToken && tokens[k].Norm is "a" or "the") k++;
        if (k + 1 < sentence.EndToken && words.Packs.Contains(tokens[k].Norm) && tokens[k + 1].Norm == "of") k += 2;
        if (k < sentence.EndToken && AdjectiveForms.IsAdjective(tokens[k].Norm) && !words.Predators.Contains(tokens[k].Norm) && !words.Prey.Contains(tokens[k].Norm)) k++;
        if (k >= sentence.EndToken) return null;
        if (words.Predators.Contains(tokens[k].Norm)) return new Hit(i, k + 1, k, Need.None);
        return OverCarrion(words, tokens, sentence, i, k) ?? HuntedLikePrey(words, tokens, sentence, i, k);
    }

    /// <summary>Nouns typed otherwise that also name an animal, their senses untagged ("gull"): animal_senses_wordnet.txt, in their forms.</summary>
    private static readonly Lazy<FrozenWordSet> AnimalSenses = new(() =>
        RuleLexicons.Store.Lines("animal_senses_wordnet").SelectMany(Inflections.NounForms).ToFrozenWordSet());

    /// <summary>
    /// "like crows over a carcass", "like gulls around a corpse": any animal over carrion (<c>carrion</c>, WordNet
    /// carcass.n.01, carrion.n.01, corpse.n.01) feeds on the dead, so the simile casts people as scavengers; an animal
    /// earlier in the sentence makes it a comparison of animals.
    /// </summary>
    private static Hit? OverCarrion(ImageryWords words, ImmutableArray<Token> tokens, Sentence sentence, int like, int animal)
    {
        if (NounTypes.Of(tokens[animal]) is not NounType.Animal || animal + 2 >= sentence.EndToken || tokens[animal + 1].Norm is not ("over" or "around" or "round" or "above" or "on")) return null;
        // Animals compared with animals ("seagulls circled the harbour like crows over a carcass") are a scene, not a
        // figure; "gulls" too, whose first WordNet sense (a dupe) is only first by the order of its untagged senses.
        for (var m = sentence.FirstToken; m < like; m++)
            if ((!tokens[m].IsCapitalized || m == sentence.FirstToken) && !AdjectiveForms.IsAdjective(tokens[m].Norm)
                && (NounTypes.Of(tokens[m]) is NounType.Animal || AnimalSenses.Value.Contains(tokens[m]))) return null;
        var k = animal + 2;
        if (tokens[k].Norm is "a" or "an" or "the" or "its" or "their") k++;
        if (k + 1 < sentence.EndToken && AdjectiveForms.IsAdjective(tokens[k].Norm) && !words.Carrion.Contains(tokens[k].Norm)) k++;
        return k < sentence.EndToken && words.Carrion.Contains(tokens[k].Norm) ? new Hit(like, k + 1, animal, Need.None) : null;
    }

    /// <summary>
    /// "are hunting our young men like prey", "stalk the town's pensioners like quarry": a verb of predation (<c>predation</c>,
    /// WordNet hunt.v.01/.02, stalk.v.02, prey.v.02) in the clause before "like" and the hunted animal after it
    /// (<c>prey</c>, prey.n.02): people hunted as animals are. An animal as the hunter or the hunted ("the lions stalk the
    /// herd like prey", "hunters stalk the deer like prey") is wildlife. The span runs from the verb.
    /// </summary>
    private static Hit? HuntedLikePrey(ImageryWords words, ImmutableArray<Token> tokens, Sentence sentence, int like, int prey)
    {
        if (!words.Prey.Contains(tokens[prey].Norm)) return null;
        for (var k = like - 1; k >= sentence.FirstToken && like - k <= 6 && tokens[k].IsWord; k--)
        {
            if (!words.Predation.Contains(tokens[k].Norm)) continue;
            var hunter = SubjectHeadBefore(tokens, sentence, k);
            if (hunter is int h && NounTypes.OfHead(tokens, sentence, h) is NounType.Animal) return null;
            // The hunted is the head before "like" ("our young men": "young" alone is an animal's offspring).
            if (like - 1 > k && NounTypes.Of(tokens[like - 1]) is NounType.Animal) return null;
            return new Hit(StartOfVerbGroup(tokens, sentence, k), prey + 1, prey, Need.None);
        }
        return null;
    }

    /// <summary>
    /// "the ring road has become a killing field", "turned the high street into a war zone": a battlefield said of a
    /// place at peace ("the pavements have become a battlefield"). A sentence with a real war (an adversary actor, troops,
    /// shelling) or a battle of history (a battle, a regiment, a memorial) is literal; a battlefield of a match (a referee,
    /// the midfield) is commentary (<c>literal</c> entries). A no-go place closed for a period or to those who cannot pass
    /// is literal (<see cref="LiteralClosures"/>), and a no-go place in sport is the game's.
    /// </summary>
    private static Hit? Battlefield(ImageryWords words, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (tokens[i].Norm is not ("a" or "an") || i == sentence.FirstToken) return null;
        if (!Copulas.Contains(tokens[i - 1].Norm) && tokens[i - 1].Norm is not ("into" or "like")) return null;
        var k = i + 1;
        while (k < sentence.EndToken && k - i <= 2 && !tokens[k].IsCapitalized && AdjectiveForms.IsAdjective(tokens[k].Norm)
               && words.Battlefields.FirstAt(tokens, k, sentence.EndToken) < 0)
            k++;
        var battlefield = words.Battlefields.FirstPhraseAt(tokens, k, sentence.EndToken);
        if (battlefield is null) return null;
        // "a no-go zone for drivers this morning", "until Friday", "for young fish": a closure, not a place without law.
        if (battlefield[0] == "no-go" && (LiteralClosures.After(tokens, sentence, k + battlefield.Length) || SportContext.IsAboutSport(tokens, sentence))) return null;
        return new Hit(i, k + battlefield.Length, k, Need.Peace);
    }

    /// <summary>
    /// "a tsunami that will drown the health service", "a flood which could swamp every clinic": the flood's harm told as
    /// certain. The flood may also be the subject with what it is made of: "a tsunami of cheap imports will drown every
    /// dairy farm", "the flood of synthetic songs will bury every working musician"; then, since "a flood of applications
    /// will swamp the office" is a busy week, the victim must be a whole group (<see cref="WholeGroupAt"/>), and a flood of
    /// the matter real floods carry ("a torrent of mud", <see cref="FloodMatter"/>) or a dated one ("the 1953 flood of
    /// …", "in 1953 a flood of … swamps") is a report of a flood, not a figure.
    /// </summary>
    private static Hit? DrowningFlood(ImageryWords words, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var flood = words.Floods.FirstPhraseAt(tokens, i, sentence.EndToken);
        if (flood is null) return null;
        var start = ImageryContext.PhraseStart(tokens, sentence, i);
        var k = i + flood.Length;
        if (k >= sentence.EndToken) return null;
        var ofWhat = tokens[k].Norm == "of";
        if (ofWhat)
        {
            var content = k + 1;
            k = ContentEnd(words, tokens, sentence, content);
            // What the flood is made of lies inside the match, where IsLiteral does not look: "a torrent of water" is water.
            if (words.HasLiteralCueIn(tokens, i, i + flood.Length, content, k)) return null;
            if (k < sentence.EndToken && FloodMatter.Value.ContainsWord(tokens[k - 1])) return null;
        }
        else if (tokens[k].Norm is "that" or "which") k++;
        else return null;
        var modal = k < sentence.EndToken && tokens[k].Norm is "will" or "would" or "could" or "threatens" or "threaten" ? k : -1;
        if (modal >= 0) k++;
        if (k < sentence.EndToken && tokens[k].Norm == "to") k++;
        if (k >= sentence.EndToken || !words.Engulfing.Contains(tokens[k].Norm)) return null;
        if (ofWhat && (WholeGroupAt(tokens, sentence, k + 1) is null || IsDated(tokens, sentence, i, modal))) return null;
        return new Hit(start, k + 1, i, Need.None);
    }

    /// <summary>
    /// Earth, water, rock, waste, rain and ice, from WordNet (<c>flood_matter_wordnet.txt</c>, generated by
    /// tools/gen_flood_matter.py): a flood of them is a flood. Traded goods lie outside the class ("a flood of cheap steel").
    /// </summary>
    private static readonly Lazy<PhraseList> FloodMatter = new(() => PhraseList.LoadLemmas(RuleLexicons.Store, "flood_matter_wordnet", Inflections.PartOfSpeech.Noun));

    /// <summary>
    /// A flood told as a past event by its date: a year before the flood noun ("the 1953 flood of …"), or a year after "in"
    /// before the flood when the harm is not foretold with "will", "could" or "threatens" ("in 1953 a flood of … swamps",
    /// "would swamp": history in the present or the future-in-the-past; "in 2030 … will drown" is a forecast).
    /// </summary>
    private static bool IsDated(ImmutableArray<Token> tokens, Sentence sentence, int flood, int modal)
    {
        // The phrase's start stops short of a year, so the year is looked for among the noun's modifiers, back to its
        // determiner: "the great 1953 flood", not "in 2031 a tsunami".
        for (var k = flood - 1; k >= sentence.FirstToken && flood - k <= 3 && tokens[k].Norm is not ("a" or "an" or "the" or "this" or "that"); k--)
            if (tokens[k].IsYear) return true;
        if (modal >= 0 && tokens[modal].Norm != "would") return false;
        // The date sets the scene before the flood: after it, a year may be the forecast's own ("would swamp every farm in
        // 2027") or another clause's ("… would swamp every farm, as it did in 2019").
        for (var k = sentence.FirstToken; k + 1 < flood; k++)
            if (tokens[k].Norm == "in" && tokens[k + 1].IsYear) return true;
        return false;
    }

    /// <summary>
    /// Where the content of "a flood of …" that starts at <paramref name="from"/> ends: before the modal or the engulfing
    /// verb, within four words; a figure, a non-word or a hedging modal in it ("a flood of 1953", "a torrent of £4bn", "a
    /// tsunami of imports might drown …") ends the reading (returns the sentence end).
    /// </summary>
    private static int ContentEnd(ImageryWords words, ImmutableArray<Token> tokens, Sentence sentence, int from)
    {
        for (var k = from; k < sentence.EndToken && k <= from + 4; k++)
        {
            if (k > from && (tokens[k].Norm is "will" or "would" or "could" or "threatens" or "threaten" || words.Engulfing.Contains(tokens[k].Norm))) return k;
            if (!tokens[k].IsWord || FunctionWords.IsCardinal(tokens[k]) || tokens[k].Norm is "might" or "may" or "can" or "should" or "must") break;
        }
        return sentence.EndToken;
    }

    /// <summary>
    /// Where the group's words start when a whole group stands at <paramref name="k"/> as the victim of an aimed weapon or
    /// a flood, or null: "every clinic", "each house", "all of us", "all our farms", "our towns", "your kidneys", "the whole
    /// valley", "an entire generation", "whole villages". A possessive with or without "all" names the whole of a group
    /// whoever its members are ("all our judges" as "all our children"): the guidelines weigh how a threat is told, not
    /// whom it threatens, so the group is not judged. A bare "whole" or "entire" before a plural is the whole of each.
    /// </summary>
    private static int? WholeGroupAt(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        if (k + 1 < sentence.EndToken && tokens[k].Norm is "the" or "an" && tokens[k + 1].Norm is "whole" or "entire") k++;
        if (k >= sentence.EndToken || tokens[k].Norm is not ("every" or "each" or "all" or "our" or "your" or "whole" or "entire")) return null;
        // "all of us": the group's words come after the quantifier's "of".
        return tokens[k].Norm == "all" && k + 2 < sentence.EndToken && tokens[k + 1].Norm == "of" ? k + 2 : k + 1;
    }

    /// <summary>
    /// "the grid is a house of cards waiting for one cold snap to bring it down", "a castle of sand that the first
    /// shock will wash away": a structure that falls at a touch, said of a system, with its fall in the sentence. Without
    /// a fall the phrase is a verdict on an argument ("the case against him is a house of cards"), not a threat.
    /// </summary>
    private static Hit? FragileStructure(ImageryWords words, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var fragile = words.Fragiles.FirstPhraseAt(tokens, i, sentence.EndToken);
        if (fragile is null) return null;
        var end = i + fragile.Length;
        var falls = false;
        for (var k = end; k < sentence.EndToken && !falls; k++) falls = words.Falls.Contains(tokens[k].Norm);
        return falls ? new Hit(ImageryContext.PhraseStart(tokens, sentence, i), end, i, Need.None) : null;
    }

    /// <summary>
    /// "are poisoning the minds of our voters", "poisons our democracy", "poisoning the national debate": poison given
    /// to what no poison reaches — minds, a culture, a polity. A poison or a drug named in the sentence, or a medical
    /// cue, makes it literal; "poisoning the well" (discrediting in advance) is an idiom of argument, not listed.
    /// </summary>
    private static Hit? PoisonedMinds(ImageryWords words, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (tokens[i].Norm is not ("poison" or "poisons" or "poisoned" or "poisoning")) return null;
        // "poisoned" after a determiner is an adjective ("a poisoned chalice"), and after a copula a passive, whose
        // victim is the subject; the figure is the active verb with the mind as its object.
        if (i > sentence.FirstToken && tokens[i - 1].Norm is "a" or "the" or "was" or "were" or "been") return null;
        for (var k = i + 1; k < sentence.EndToken && k <= i + 4; k++)
        {
            if (!tokens[k].IsWord) return null;
            if (words.Minds.Contains(tokens[k].Norm))
            {
                if (ImageryContext.SentenceHas(tokens, sentence, words.MedicalCues) || NamesRealIllness(tokens, sentence, i, k + 1)) return null;
                var end = k + 1;
                if (end + 1 < sentence.EndToken && tokens[end].Norm == "of" && tokens[end + 1].IsWord) end = ObjectEnd(tokens, sentence, end + 1);
                return new Hit(StartOfVerbGroup(tokens, sentence, i), end, i, Need.None);
            }
            if (!(tokens[k].Norm is "the" or "our" or "their" or "your" or "its" or "of" or "a" || AdjectiveForms.IsAdjective(tokens[k].Norm))) return null;
        }
        return null;
    }

    /// <summary>The end of the short noun phrase that starts at <paramref name="k"/>: "our voters", "a whole generation".</summary>
    private static int ObjectEnd(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        if (tokens[k].Norm is "the" or "our" or "their" or "your" or "its" or "a" or "an" or "every" or "all") k++;
        while (k + 1 < sentence.EndToken && tokens[k + 1].IsWord && AdjectiveForms.IsAdjective(tokens[k].Norm)) k++;
        return Math.Min(k + 1, sentence.EndToken);
    }

    /// <summary>The verb with its auxiliary: "are poisoning" rather than "poisoning".</summary>
    private static int StartOfVerbGroup(ImmutableArray<Token> tokens, Sentence sentence, int verb) =>
        verb > sentence.FirstToken && tokens[verb - 1].Norm is "is" or "are" or "'re" or "'s" or "keeps" or "keep" or "will" or "would" ? verb - 1 : verb;

    /// <summary>
    /// "inflation is a wildfire tearing through household budgets", "the rent crisis has become an avalanche": a
    /// destructive natural force (the class of RH1001's floods: wildfire, firestorm, hurricane, earthquake, avalanche,
    /// tsunami) as the predicate of a threat. It needs a threat referent, so a debut album that "was a hurricane" is
    /// praise; "a tsunami of" is the flood pattern's; a real fire, storm or quake (literal cues, or a natural hazard
    /// named elsewhere in the sentence) is news.
    /// </summary>
    private static Hit? ForceOfNature(ImageryWords words, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (tokens[i].Norm is not ("a" or "an") || i == sentence.FirstToken || !Copulas.Contains(tokens[i - 1].Norm)) return null;
        var k = i + 1;
        while (k < sentence.EndToken && k - i <= 2 && !tokens[k].IsCapitalized && AdjectiveForms.IsAdjective(tokens[k].Norm)
               && words.Forces.FirstAt(tokens, k, sentence.EndToken) < 0)
            k++;
        var force = words.Forces.FirstPhraseAt(tokens, k, sentence.EndToken);
        if (force is null) return null;
        var end = k + force.Length;
        if (end < sentence.EndToken && tokens[end].Norm == "of") return null;
        if (NamesHazard(tokens, sentence, i, end)) return null;
        if (end + 1 < sentence.EndToken && words.Ravaging.Contains(tokens[end].Norm)) end = tokens[end + 1].Norm is "through" or "across" or "over" ? end + 2 : end + 1;
        return new Hit(i, end, k, Need.Referent);
    }

    /// <summary>How many words may stand between a ravaging verb and its "like" ("tearing through the county like").</summary>
    private const int SimilePathWords = 4;

    /// <summary>
    /// "the scam is spreading like a brush fire through our suburbs", "the fraud is tearing through the county like a
    /// wildfire": the same destructive force as <see cref="ForceOfNature"/>, made a simile by a ravaging verb in the
    /// progressive (<c>ravaging</c>: spreading, sweeping, tearing). A threat referent is needed as for the metaphor, and
    /// a real fire (a natural hazard in the sentence) is news; the past ("the news spread like wildfire") tells how fast
    /// word went round.
    /// </summary>
    private static Hit? ForceSimile(ImageryWords words, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (tokens[i].Norm != "like") return null;
        var verb = i - 1;
        while (verb > sentence.FirstToken && i - verb <= SimilePathWords && tokens[verb].IsWord && !words.Ravaging.Contains(tokens[verb].Norm)) verb--;
        if (verb <= sentence.FirstToken || !words.Ravaging.Contains(tokens[verb].Norm) || tokens[verb - 1].Norm is not ("is" or "are" or "'s" or "'re" or "been")) return null;
        var k = i + 1;
        if (k < sentence.EndToken && tokens[k].Norm is "a" or "an") k++;
        while (k < sentence.EndToken && k - i <= 3 && !tokens[k].IsCapitalized && AdjectiveForms.IsAdjective(tokens[k].Norm)
               && words.Forces.FirstAt(tokens, k, sentence.EndToken) < 0)
            k++;
        if (words.Forces.FirstPhraseAt(tokens, k, sentence.EndToken) is not { } force || NamesHazard(tokens, sentence, verb, k + force.Length)) return null;
        return new Hit(StartOfVerbGroup(tokens, sentence, verb), k + force.Length, k, Need.Referent);
    }

    /// <summary>A natural hazard of the threat model outside the figure ("a wildfire" beside "drought" or "acres"): then the force is real.</summary>
    private static bool NamesHazard(ImmutableArray<Token> tokens, Sentence sentence, int first, int end)
    {
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            if ((k < first || k >= end) && ThreatReferents.DomainOf(tokens[k].Norm) is ThreatDomain.Hazard) return true;
        return false;
    }

    /// <summary>
    /// "the wind farms will turn our coastline into an industrial wasteland", "the new tax threatens to turn the high
    /// street into a ghost town": a place's ruin foretold as the result of a policy or a rival. Only a forecast (a modal,
    /// "threatens to", "is turning"): "the mill's closure turned the town into a ghost town" is history, and a ruin
    /// said after a copula ("the high street is a ghost town") is description.
    /// </summary>
    private static Hit? TurnedToRuin(ImageryWords words, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (!words.Transforms.Contains(tokens[i].Norm) || !IsForecast(tokens, sentence, i)) return null;
        for (var k = i + 1; k + 1 < sentence.EndToken && k - i <= 6; k++)
        {
            if (!tokens[k].IsWord) return null;
            if (tokens[k].Norm != "into") continue;
            var m = k + 1;
            if (tokens[m].Norm is "a" or "an" or "one" or "the") m++;
            while (m < sentence.EndToken && m - k <= 3 && !tokens[m].IsCapitalized && AdjectiveForms.IsAdjective(tokens[m].Norm)
                   && words.Ruins.FirstAt(tokens, m, sentence.EndToken) < 0)
                m++;
            var ruin = words.Ruins.FirstPhraseAt(tokens, m, sentence.EndToken);
            return ruin is null ? null : new Hit(StartOfVerbGroup(tokens, sentence, i), m + ruin.Length, m, Need.Peace);
        }
        return null;
    }

    /// <summary>
    /// "the apps have turned every courier into a serf", "will turn all our nurses into sharecroppers": a
    /// whole group (<see cref="WholeGroupAt"/>) made people owned or bound to labour (<c>servitude</c>, WordNet serf.n.01,
    /// slave.n.01, sharecropper.n.01, drudge.n.02). Only after a verb of turning and a whole group: "the estate's
    /// sharecroppers" and "a slave to fashion" are no transformation. A year before the verb sets the scene of history
    /// ("in 1649 the code turned every peasant into a serf"), as a period word nearby does (<see cref="IsPeriodScene"/>).
    /// A place of vice (<c>vice</c>, WordNet gambling_house.n.01, brothel.n.01, opium_den.n.01) is read in the same
    /// frame: "they have turned every phone in the land into a casino" makes a whole class of things a den; one building
    /// "turned into a casino" has no whole group and is a conversion.
    /// </summary>
    private static Hit? IntoServitude(ImageryWords words, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (!words.Transforms.Contains(tokens[i].Norm) && tokens[i].Norm is not ("turned" or "transformed" or "reduced")) return null;
        if (WholeGroupAt(tokens, sentence, i + 1) is not int group) return null;
        for (var k = group; k + 1 < sentence.EndToken && k - group <= 4; k++)
        {
            if (!tokens[k].IsWord) return null;
            if (tokens[k].Norm != "into") continue;
            var m = k + 1;
            if (tokens[m].Norm is "a" or "an") m++;
            if (m + 1 < sentence.EndToken && !tokens[m].IsCapitalized && AdjectiveForms.IsAdjective(tokens[m].Norm)
                && !words.Servitudes.Contains(tokens[m].Norm) && words.Vices.FirstAt(tokens, m, sentence.EndToken) < 0) m++;
            if (m >= sentence.EndToken) return null;
            var length = words.Servitudes.Contains(tokens[m].Norm) ? 1 : words.Vices.FirstPhraseAt(tokens, m, sentence.EndToken)?.Length ?? 0;
            if (length == 0) return null;
            for (var y = sentence.FirstToken; y < i; y++)
                if (IsYearNumber(tokens[y])) return null;
            return new Hit(StartOfVerbGroup(tokens, sentence, i), m + length, m, Need.Present);
        }
        return null;
    }

    /// <summary>A four-digit number, a year of any century ("1649"): <see cref="Token.IsYear"/> reads only modern ones.</summary>
    private static bool IsYearNumber(Token token) => token.Text.Length == 4 && token.Text.All(char.IsAsciiDigit);

    /// <summary>"will turn", "could transform", "threatens to turn", "is turning": the verb at <paramref name="verb"/> tells a future.</summary>
    private static bool IsForecast(ImmutableArray<Token> tokens, Sentence sentence, int verb)
    {
        if (tokens[verb].Norm.EndsWith("ing", StringComparison.Ordinal))
            return verb > sentence.FirstToken && tokens[verb - 1].Norm is "is" or "are" or "'s" or "'re";
        if (verb == sentence.FirstToken) return false;
        var before = tokens[verb - 1].Norm;
        return before is "will" or "would" or "could" or "'ll" or "shall"
               || before == "to" && verb - 2 >= sentence.FirstToken && tokens[verb - 2].Norm is "threatens" or "threaten" or "threatening" or "going";
    }

    /// <summary>
    /// A killing or consuming process (<c>harm-process</c>: smother, asphyxiate, drown, devour, eat) said of a collective
    /// stake — the verb metaphor of the type clash: the active verb with the stake as its object ("are eating the
    /// white-collar economy", "are smothering our market towns"), or the stake as the subject of an intransitive "drown"
    /// or "smother" ("while a generation drowns"); a drowned object is RH1003's. A person, an animal or food is a literal patient,
    /// so the stake must be of a type no such process reaches (<see cref="IsStake"/>). Idioms with a particle ("eat into",
    /// "eat away at", "drown out", "drowning in debt") and passives ("was smothered") are other readings; water in the
    /// sentence (<c>literal</c> cues) makes a drowning real, and a hedge ("could smother") withdraws the claim.
    /// "strangle" and "suffocate" are RH1003's ongoing harm.
    /// </summary>
    private static Hit? HarmProcess(ImageryWords words, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (!words.HarmProcesses.Contains(tokens[i].Norm) || tokens[i].IsCapitalized && i > sentence.FirstToken) return null;
        if (i > sentence.FirstToken && (PassiveAuxiliaries.Contains(tokens[i - 1].Norm) && tokens[i].Norm.EndsWith("ed", StringComparison.Ordinal)
                                        || tokens[i - 1].Norm is "a" or "an" or "the" or "to")) return null;
        var next = i + 1 < sentence.EndToken ? tokens[i + 1].Norm : "";
        if (next is "into" or "away" or "up" or "out" or "in" or "through" or "on" or "at" or "under" or "off") return null;
        var subject = SubjectHeadBefore(tokens, sentence, i);
        var subjectType = subject is int s ? NounTypes.OfHead(tokens, sentence, s) : null;
        if (IsLiteralAgent(subjectType)) return null;
        var eating = tokens[i].Norm.StartsWith("eat", StringComparison.Ordinal) || tokens[i].Norm is "ate" or "eaten" || tokens[i].Norm.StartsWith("devour", StringComparison.Ordinal);
        // People and animals really eat, and readers "devour" a series: only a thing or a force eats a stake.
        // A drowned object ("is drowning our towns") is RH1003's ongoing harm; the stake that drowns is this rule's.
        var drowning = tokens[i].Norm.StartsWith("drown", StringComparison.Ordinal);
        if (!drowning && StakeObject(tokens, sentence, i + 1) is int head && !(eating && subjectType is NounType.Person or NounType.Animal))
            return new Hit(StartOfVerbGroup(tokens, sentence, i), head + 1, i, Need.None, Unhedged: true);
        // The intransitive: the stake itself dies ("a generation drowns"); "eat" and "devour" without an object are meals.
        if (eating || next.Length > 0 && tokens[i + 1].IsWord && !FunctionWords.NounPhraseBreakers.Contains(next)) return null;
        // The figure drowns in the present ("while a generation drowns", "is drowning"); a drowning told in the past
        // ("the whole crew drowned when the trawler capsized") is an accident report.
        if (tokens[i].Norm == "drowned") return null;
        return subject is int stake && IsStake(subjectType)
            ? new Hit(ImageryContext.PhraseStart(tokens, sentence, stake), i + 1, i, Need.None, Unhedged: true)
            : null;
    }

    /// <summary>
    /// The nominal form of the type clash: a doom noun with its own complement, said of a stake it does not literally
    /// take (<see cref="DoomStakes"/>) — an execution's order ("a death sentence for the village post office", "our high
    /// street's death warrant"), a kind's end ("an extinction-level event for human creativity", "the extinction of
    /// the corner bookshop") or total destruction ("the annihilation of our seaside culture"). A person, an animal or a
    /// crime as the stake of an order, a living kind as the stake of an end, and a name are literal or untyped; so is a
    /// sentence with a year (history) or about sport (a rout). Destruction needs peace: beside an adversary a town's
    /// annihilation is war news. A court (<c>literal</c> cues of "sentence"), a species or a weapon of war
    /// (<c>doom-literal</c>) makes the noun literal, and a hedge withdraws it.
    /// </summary>
    private static Hit? NominalDoom(ImageryWords words, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (tokens[i].IsCapitalized && i > sentence.FirstToken) return null;
        if (DoomAt(words, tokens, sentence, i) is not var (kind, length)) return null;
        var end = i + length;
        int first, last;
        if (DoomStakes.HeadAfter(tokens, sentence, end) is int stake && DoomStakes.Clashes(kind, NounTypes.Of(tokens[stake])))
            (first, last) = (ImageryContext.PhraseStart(tokens, sentence, i), stake + 1);
        else if (DoomStakes.Clashes(kind, DoomStakes.OwnerType(tokens, sentence, i)))
            (first, last) = (ImageryContext.PhraseStart(tokens, sentence, i - 1), end);
        else
            return null;
        if (HasYear(tokens, sentence) || SportContext.IsAboutSport(tokens, sentence) || HasScoreline(tokens, sentence) || ImageryContext.SentenceHas(tokens, sentence, words.DoomLiteralCues)) return null;
        return new Hit(first, last, end - 1, kind == DoomKind.Ruin ? Need.Peace : Need.None, Unhedged: true);
    }

    /// <summary>The doom noun at <paramref name="i"/>, its kind and its length in tokens, or null.</summary>
    private static (DoomKind Kind, int Length)? DoomAt(ImageryWords words, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (words.ExecutionOrders.FirstPhraseAt(tokens, i, sentence.EndToken) is { } order) return (DoomKind.Order, order.Length);
        if (words.DoomEnds.FirstPhraseAt(tokens, i, sentence.EndToken) is { } doomEnd) return (DoomKind.End, doomEnd.Length);
        if (words.DoomRuins.FirstPhraseAt(tokens, i, sentence.EndToken) is { } ruin) return (DoomKind.Ruin, ruin.Length);
        return null;
    }

    /// <summary>A year of any century in the sentence: the doom is told as history ("the 1536 dissolution was the extinction of …").</summary>
    private static bool HasYear(ImmutableArray<Token> tokens, Sentence sentence)
    {
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            if (IsYearNumber(tokens[k])) return true;
        return false;
    }

    /// <summary>
    /// A score ("losing 7-0", "a 3-1 defeat"): the doom is a rout told by its result, sport without a sport word. Not a
    /// range of times or amounts ("within 2-3 years").
    /// </summary>
    private static bool HasScoreline(ImmutableArray<Token> tokens, Sentence sentence)
    {
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            if (IsScore(tokens[k].Text) && (k + 1 >= sentence.EndToken || NounTypes.Of(tokens[k + 1]) is not (NounType.Time or NounType.Quantity)))
                return true;
        return false;
    }

    private static bool IsScore(string text) =>
        text.IndexOfAny(['-', '–']) is var dash and > 0 and < 3 && text.Length - dash - 1 is > 0 and < 3
        && text[..dash].All(char.IsAsciiDigit) && text[(dash + 1)..].All(char.IsAsciiDigit);

    /// <summary>
    /// "the grant freeze is a scientific Dark Age", "a new dark age for the high street": an age of collapse foretold,
    /// singular after "a"/"an" and up to two modifiers, as a predicate or before "for". History's period is "the Dark
    /// Ages"; the era's name is capitalized by convention, so the head for the title test is the article.
    /// </summary>
    private static Hit? DarkAge(ImageryWords words, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (tokens[i].Norm is not ("a" or "an")) return null;
        var k = i + 1;
        while (k < sentence.EndToken && k - i <= 2 && tokens[k].IsWord && (AdjectiveForms.IsAdjective(tokens[k].Norm) || tokens[k].Norm.Contains('-'))
               && words.DarkAges.FirstAt(tokens, k, sentence.EndToken) < 0)
            k++;
        if (words.DarkAges.FirstPhraseAt(tokens, k, sentence.EndToken) is not { } age) return null;
        var end = k + age.Length;
        var predicate = i > sentence.FirstToken && (Copulas.Contains(tokens[i - 1].Norm) || tokens[i - 1].Norm is "into" or ",");
        var forStake = end < sentence.EndToken && tokens[end].Norm == "for";
        if (!predicate && !forStake || HasYear(tokens, sentence)) return null;
        return new Hit(i, end, i, Need.None, Unhedged: true);
    }

    /// <summary>The word right before the verb at <paramref name="verb"/>, past auxiliaries and adverbs ("a generation is slowly drowning"), or null.</summary>
    private static int? SubjectHeadBefore(ImmutableArray<Token> tokens, Sentence sentence, int verb)
    {
        var k = BeforeAuxiliariesAndAdverbs(tokens, sentence, verb);
        return k >= sentence.FirstToken && tokens[k].IsWord ? k : null;
    }

    /// <summary>The index before the verb at <paramref name="verb"/> once its auxiliaries and adverbs are passed ("has now become").</summary>
    private static int BeforeAuxiliariesAndAdverbs(ImmutableArray<Token> tokens, Sentence sentence, int verb)
    {
        var k = verb - 1;
        while (k >= sentence.FirstToken && (FunctionWords.Auxiliaries.Contains(tokens[k]) || PredicateAdverbs.Contains(tokens[k].Norm)
                                            || tokens[k].Norm.EndsWith("ly", StringComparison.Ordinal) && !tokens[k].IsCapitalized))
            k--;
        return k;
    }

    /// <summary>
    /// The head of the object noun phrase from <paramref name="k"/> when it names a collective stake: a determiner or
    /// possessive, up to three lower-case modifiers ("the white-collar economy", "our town centres"), and the head before
    /// a preposition, a clause or the sentence's end; or null.
    /// </summary>
    private static int? StakeObject(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        if (k >= sentence.EndToken || !(FunctionWords.Definite.Contains(tokens[k]) || FunctionWords.Possessive.Contains(tokens[k])
                                        || tokens[k].Norm is "a" or "an" or "every" or "whole" or "entire")) return null;
        k++;
        if (k < sentence.EndToken && tokens[k].Norm is "whole" or "entire") k++;
        var head = -1;
        for (var m = k; m < sentence.EndToken && m - k < 4 && tokens[m].IsWord && !tokens[m].IsCapitalized && !FunctionWords.NounPhraseBreakers.Contains(tokens[m]); m++)
            head = m;
        if (head < 0 || head + 1 < sentence.EndToken && tokens[head + 1].Norm == "'s") return null;
        return IsStake(NounTypes.Of(tokens[head])) ? head : null;
    }

    /// <summary>
    /// The types of a collective stake a killing process cannot literally reach: a group or an institution ("the
    /// economy", "a generation"), a place ("our towns"), an idea or a polity ("democracy") and holdings ("our savings").
    /// A person, an animal, a body, food or a plant is what strangling or eating really does; an act or an event is
    /// what a side smothers in sport or an audience devours ("smothered the attack", "devoured the performance").
    /// </summary>
    private static bool IsStake(NounType? type) =>
        type is NounType.Group or NounType.Location or NounType.Cognition or NounType.Possession;

    /// <summary>
    /// Subjects whose consuming or smothering is literal or no threat claim: a natural object, a substance, a
    /// phenomenon, a process or an event (the sea, lava, erosion, a wildfire really eat a coast or a town), a living
    /// thing (ivy smothers a garden, termites eat a library) and a feeling (grief devours a family in a novel).
    /// </summary>
    private static bool IsLiteralAgent(NounType? type) =>
        type is NounType.Object or NounType.Substance or NounType.Phenomenon or NounType.Process or NounType.Event
            or NounType.Plant or NounType.Animal or NounType.Feeling;

    /// <summary>
    /// A fear vehicle (<see cref="FearVehicles"/>: a predator, a disease, a poison or lethal drug, a bomb, a prison, an
    /// invasion, a failing structure) said of something of another type — the metaphor by type clash:
    /// - the predicate of a copula: "the levy has become a noose", "the lenders are a pack of wolves", "the pension fund
    ///   is a crumbling dam";
    /// - the result of "turn … into": "turned the estates into prisons";
    /// - a prison that holds what no prison holds: "has the housing market in a cage";
    /// - a vehicle after a relational adjective of an abstract domain: "a digital heroin", "financial martial law".
    /// The tenor (the subject, the object turned or held) must be of a type the vehicle's domain does not literally hold
    /// (<see cref="FearVehicles.Clashes"/>): "the seized powder was heroin", "wolves are predators" and "held the
    /// suspect in a cage" stay literal, and a tenor of unknown type ("it", a rare word) keeps the reading silent. A war
    /// vehicle needs a sentence without an adversary (a real invasion is news). Natural disasters are
    /// <see cref="ForceOfNature"/>'s, which reads the verb that carries their ravage.
    /// </summary>
    private static Hit? TypeClash(ImageryWords words, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var norm = tokens[i].Norm;
        if (Copulas.Contains(norm) || norm is "'re" or "remained")
            return PredicateVehicle(words, tokens, sentence, i + 1) is { } predicate && TenorBefore(tokens, sentence, i) is int subject
                   && (predicate.Domain != VehicleDomain.Predator || IsGroup(tokens, subject, plural: norm is "are" or "were" or "'re" or "remain" or "become"))
                ? Clash(words, tokens, sentence, predicate, predicate.First, NounTypes.OfHead(tokens, sentence, subject))
                : null;
        if (norm == "into" && i > sentence.FirstToken && TransformVerbBefore(tokens, sentence, i) is int turn)
            return PredicateVehicle(words, tokens, sentence, i + 1) is { } result
                   && (result.Domain != VehicleDomain.Predator || IsGroup(tokens, i - 1, plural: tokens[i - 1].Norm.EndsWith('s')))
                ? Clash(words, tokens, sentence, result, StartOfVerbGroup(tokens, sentence, turn), NounTypes.OfHead(tokens, sentence, i - 1))
                : null;
        if (norm == "in" && i > sentence.FirstToken && HoldingVerbBefore(tokens, sentence, i) is int hold)
            return PredicateVehicle(words, tokens, sentence, i + 1) is { Domain: VehicleDomain.Confinement } prison
                   && NounTypes.OfHead(tokens, sentence, i - 1) is not (NounType.Person or NounType.Name)
                ? Clash(words, tokens, sentence, prison, StartOfVerbGroup(tokens, sentence, hold), NounTypes.OfHead(tokens, sentence, i - 1))
                : null;
        if (words.DomainModifiers.Contains(norm) && !tokens[i].IsCapitalized && FearVehicles.At(tokens, i + 1, sentence.EndToken) is var (domain, length)
            && domain is VehicleDomain.Poison or VehicleDomain.Confinement or VehicleDomain.War or VehicleDomain.Weapon
            && IsVehicleEnd(tokens, sentence, i + 1 + length, domain))
        {
            var hit = new Hit(ImageryContext.PhraseStart(tokens, sentence, i), i + 1 + length, i + length, NeedOf(domain), Unhedged: true);
            return domain == VehicleDomain.Poison && IsMedical(words, tokens, sentence, hit) ? null : hit;
        }
        return null;
    }

    /// <summary>
    /// Whether the tenor at <paramref name="tenor"/> is a group — a plural (told by the verb), a collective noun ("the
    /// cartel"): predators said of a group are a threat ("the lenders are wolves"), one person called "a shark" or "a
    /// wolf" is a character (a striker's praise, a negotiator's reputation).
    /// </summary>
    private static bool IsGroup(ImmutableArray<Token> tokens, int tenor, bool plural) =>
        plural || NounTypes.Of(tokens[tenor]) == NounType.Group;

    /// <summary>The hit of a vehicle whose tenor has type <paramref name="tenor"/>, from <paramref name="first"/>, when the types clash.</summary>
    private static Hit? Clash(ImageryWords words, ImmutableArray<Token> tokens, Sentence sentence, Vehicle vehicle, int first, NounType? tenor)
    {
        if (tenor is not { } type || !FearVehicles.Clashes(vehicle.Domain, type)) return null;
        var hit = new Hit(first, vehicle.End, vehicle.End - 1, NeedOf(vehicle.Domain), Unhedged: true);
        return vehicle.Domain is VehicleDomain.Disease or VehicleDomain.Poison && IsMedical(words, tokens, sentence, hit) ? null : hit;
    }

    /// <summary>
    /// A disease or poison in a sentence about real illness — a medical cue, or a disease, pathogen or poison named
    /// outside the image — is literal, as for <see cref="DiseaseMetaphor"/>.
    /// </summary>
    private static bool IsMedical(ImageryWords words, ImmutableArray<Token> tokens, Sentence sentence, Hit hit) =>
        ImageryContext.SentenceHas(tokens, sentence, words.MedicalCues) || NamesRealIllness(tokens, sentence, hit.First, hit.End);

    /// <summary>A war vehicle said where an adversary is named is a real war.</summary>
    private static Need NeedOf(VehicleDomain domain) => domain == VehicleDomain.War ? Need.Peace : Need.None;

    /// <summary>A fear vehicle as a predicate noun phrase: its span from the determiner or first modifier, and its domain.</summary>
    private readonly record struct Vehicle(int First, int End, VehicleDomain Domain);

    /// <summary>Adverbs between a copula and its predicate, or between the subject and the copula: "is now a", "has fast become a".</summary>
    private static readonly FrozenSet<string> PredicateAdverbs = FrozenSet.ToFrozenSet(
        ["now", "already", "fast", "quickly", "slowly", "effectively", "simply", "really", "truly", "just", "still", "increasingly", "become", "becoming"],
        StringComparer.Ordinal);

    /// <summary>
    /// The vehicle of the predicate noun phrase from <paramref name="k"/>: "a noose", "a pack of wolves", "a slow-motion
    /// nerve agent", "parasites", "a crumbling dam" (a structure only with a failing participle). The phrase must end at
    /// the vehicle (<see cref="IsVehicleEnd"/>): "a prison officer" and "a flood risk" are other things.
    /// </summary>
    private static Vehicle? PredicateVehicle(ImageryWords words, ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        while (k < sentence.EndToken && PredicateAdverbs.Contains(tokens[k].Norm)) k++;
        if (IntensifiedIdentity(tokens, sentence, k)) k += 3;
        if (k >= sentence.EndToken) return null;
        var first = k;
        if (tokens[k].Norm is "a" or "an" or "one") k++;
        if (k + 1 < sentence.EndToken && words.Packs.Contains(tokens[k].Norm) && tokens[k + 1].Norm == "of") k += 2;
        var failing = false;
        for (var modifiers = 0; k < sentence.EndToken && modifiers < 3 && FearVehicles.At(tokens, k, sentence.EndToken) is null; modifiers++, k++)
        {
            var token = tokens[k];
            // "is still in jail": a preposition opens a place, not a modifier (WordNet also lists "in" as an adjective).
            if (!token.IsWord || token.IsCapitalized || FunctionWords.Prepositions.Contains(token)) return null;
            failing |= words.Failing.Contains(token.Norm);
            if (!(AdjectiveForms.IsAdjective(token.Norm) || token.Norm.Contains('-') || failing || words.DomainModifiers.Contains(token.Norm))) return null;
        }
        if (FearVehicles.At(tokens, k, sentence.EndToken) is not var (domain, length)) return null;
        if (domain == VehicleDomain.Structure && !failing) return null;
        var end = k + length;
        return IsVehicleEnd(tokens, sentence, end, domain) ? new Vehicle(first, end, domain) : null;
    }

    /// <summary>
    /// "is nothing less than a", "has become nothing short of a", "is no less than a": the frame insists on the identity
    /// rather than hedging it, so the vehicle after it is the predicate.
    /// </summary>
    private static bool IntensifiedIdentity(ImmutableArray<Token> tokens, Sentence sentence, int k) =>
        k + 2 < sentence.EndToken
        && (tokens[k].Norm, tokens[k + 1].Norm, tokens[k + 2].Norm) is ("nothing", "less", "than") or ("nothing", "short", "of") or ("no", "less", "than");

    /// <summary>
    /// Whether the vehicle's noun phrase ends at <paramref name="end"/>: the sentence or a clause ends, or a
    /// preposition, a relative, a conjunction or a participle follows ("a noose around", "wolves that", "a bomb
    /// waiting"), not another noun ("a prison officer"). "An invasion of" and "a siege of" are idioms ("an invasion of
    /// privacy"), not images.
    /// </summary>
    private static bool IsVehicleEnd(ImmutableArray<Token> tokens, Sentence sentence, int end, VehicleDomain domain)
    {
        if (end >= sentence.EndToken || !tokens[end].IsWord) return true;
        var next = tokens[end].Norm;
        if (next == "of") return domain != VehicleDomain.War;
        return FunctionWords.Prepositions.Contains(next) || next is "around" or "round" or "above" or "behind" or "inside" or "that" or "which" or "who"
               or "whose" or "and" or "or" or "but" or "than" || next.EndsWith("ing", StringComparison.Ordinal) || next.EndsWith("ly", StringComparison.Ordinal);
    }

    /// <summary>
    /// The subject head before the copula at <paramref name="copula"/>, past auxiliaries and adverbs ("the levy has now
    /// become"), and past the prepositional phrases after the head ("the animals in the far pen were"), or null.
    /// </summary>
    private static int? TenorBefore(ImmutableArray<Token> tokens, Sentence sentence, int copula)
    {
        if (PhraseList.IsContracted(tokens[copula])) return null;
        var k = BeforeAuxiliariesAndAdverbs(tokens, sentence, copula);
        // "there are various fevers": an expletive subject has no type (WordNet's "there" is a place).
        if (k < sentence.FirstToken || !tokens[k].IsWord || tokens[k].Norm is "there" or "here") return null;
        var head = k;
        for (var m = k - 1; m > sentence.FirstToken && k - m <= 8 && tokens[m].IsWord; m--)
            if (FunctionWords.Prepositions.Contains(tokens[m]) && tokens[m - 1].IsWord) head = m - 1;
        return head;
    }

    /// <summary>"turn", "turned", "is transforming" up to five words before "into": the verb, or null.</summary>
    private static int? TransformVerbBefore(ImmutableArray<Token> tokens, Sentence sentence, int into)
    {
        for (var k = into - 2; k >= sentence.FirstToken && into - k <= 5; k--)
        {
            if (!tokens[k].IsWord) return null;
            if (tokens[k].Norm is "turn" or "turns" or "turned" or "turning" or "transform" or "transforms" or "transformed" or "transforming") return k;
        }
        return null;
    }

    /// <summary>
    /// "has … in a", "holds … in a", "kept … in a": the active verb up to four words before "in", with its object between
    /// them and an article after "in", or null. "is held in prison" (a passive, no article) and "held in solitary
    /// confinement in prison" (no object) are literal custody.
    /// </summary>
    private static int? HoldingVerbBefore(ImmutableArray<Token> tokens, Sentence sentence, int @in)
    {
        if (@in + 1 >= sentence.EndToken || tokens[@in + 1].Norm is not ("a" or "an")) return null;
        for (var k = @in - 2; k >= sentence.FirstToken && @in - k <= 4; k--)
        {
            if (!tokens[k].IsWord || FunctionWords.Prepositions.Contains(tokens[k])) return null;
            if (tokens[k].Norm is not ("has" or "have" or "had" or "hold" or "holds" or "held" or "holding" or "keep" or "keeps" or "kept" or "keeping")) continue;
            return k > sentence.FirstToken && PassiveAuxiliaries.Contains(tokens[k - 1].Norm) ? null : k;
        }
        return null;
    }

    private static bool HasReferent(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, Hit hit) => hit.Need switch
    {
        Need.None => true,
        Need.Actor => ImageryContext.HasActor(actors, tokens, sentence),
        Need.Peace => !HasActorOutside(actors, tokens, sentence, hit),
        Need.Present => true,
        _ => ThreatReferents.FindIn(actors, tokens, sentence, sentence.FirstToken, hit.First) is not null
             || ThreatReferents.FindIn(actors, tokens, sentence, hit.End, sentence.EndToken) is not null,
    };

    /// <summary>An adversary named outside the match: a war image is literal beside one, but "a fifth column" is no adversary of its own.</summary>
    private static bool HasActorOutside(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, Hit hit)
    {
        var span = tokens.AsSpan(0, sentence.EndToken);
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            if ((k < hit.First || k >= hit.End) && actors.Match(span, k) is { } actor && actor.Class.IsAdversary()) return true;
        return false;
    }

    /// <summary>
    /// Whether a literal cue makes the match a real weapon, pack or slope. An image predicated of a tenor that cannot
    /// literally be it ("the bailiffs are a pack of wolves", "the pension debt is an avalanche") is a figure by its
    /// construction, so the words after it that carry the image on ("that hunt for prey", "sliding down the mountain")
    /// extend the figure and do not make it literal; a cue before the image still counts ("on the mountain above
    /// Carrow, the danger is an avalanche"), and a tenor that could be the vehicle itself (an animal, a place, a
    /// natural thing or event) gets the whole test.
    /// </summary>
    private static bool IsLiteral(ImageryWords words, ImmutableArray<Token> tokens, Sentence sentence, Hit hit) =>
        words.HasLiteralCueIn(tokens, hit.First, hit.End, sentence.FirstToken, hit.First)
        || !IsPredicatedOfOtherKind(tokens, sentence, hit) && words.HasLiteralCueIn(tokens, hit.First, hit.End, hit.End, sentence.EndToken);

    /// <summary>
    /// Whether the match is the predicate nominal of a copula ("are a pack of", "has become an avalanche") whose subject
    /// head is, in its most frequent WordNet sense, a person, a group or an abstraction: what no vehicle of the lexicon
    /// literally is.
    /// </summary>
    private static bool IsPredicatedOfOtherKind(ImmutableArray<Token> tokens, Sentence sentence, Hit hit) =>
        hit.First > sentence.FirstToken && Copulas.Contains(tokens[hit.First - 1].Norm)
        && TenorBefore(tokens, sentence, hit.First - 1) is int tenor && (!tokens[tenor].IsCapitalized || tenor == sentence.FirstToken)
        && NounTypes.OfHead(tokens, sentence, tenor) is NounType.Person or NounType.Group or NounType.Act or NounType.Attribute
            or NounType.Cognition or NounType.Communication or NounType.Possession or NounType.Relation or NounType.State;

    /// <summary>A capitalized head inside a name or title ("The Gathering Storm", a film); "Armageddon" is always capitalized.</summary>
    private static bool IsTitle(ImmutableArray<Token> tokens, Sentence sentence, Hit hit) =>
        tokens[hit.Head].Norm != "armageddon" && ModifierSlots.IsNameOrTitle(tokens, sentence, hit.Head);

    private static int? IntensifierIn(ImmutableArray<Token> tokens, Hit hit)
    {
        for (var k = hit.First; k < hit.Head; k++)
            if (Intensifiers.Contains(tokens[k])) return k;
        return null;
    }

    /// <summary>What a match needs around it: nothing, a threat referent, an adversary actor, or no adversary (a war image said of peace).</summary>
    private enum Need { None, Referent, Actor, Peace, Present }

    /// <summary>
    /// The matched metaphor: its span, its head word (where negation and title tests look), what it needs, and whether a
    /// hedge ("arguably", "may be") silences it — the type-clash reading asserts an identity, which a hedge withdraws.
    /// </summary>
    private readonly record struct Hit(int First, int End, int Head, Need Need, bool Unhedged = false);

    private sealed class ImageryWords
    {
        /// <param name="lexicon">The hand-curated kinds (<c>fear_imagery.txt</c>).</param>
        /// <param name="wordnet">The WordNet members of some of them, as lemmas (<c>fear_imagery_wordnet.txt</c>, generated by tools/gen_fear_vehicles.py).</param>
        public ImageryWords(TaggedLexicon lexicon, TaggedLexicon wordnet)
        {
            (string[] Phrase, Need Need)[] phrases = [.. lexicon.Entries("self").Select(p => (p, Need.None))
                .Concat(lexicon.Entries("referent").Select(p => (p, Need.Referent)))
                .Concat(lexicon.Entries("actor").Select(p => (p, Need.Actor)))
                .Concat(FormPhrases(wordnet, "bomb-fuse").Select(p => (p, Need.None)))
                .OrderByDescending(e => e.p.Length)];
            PhrasesByFirstWord = phrases.GroupBy(e => e.Phrase[0], StringComparer.Ordinal)
                .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
            LiteralCues = lexicon.Entries("literal").Where(e => e.Length > 1)
                .GroupBy(e => e[0], StringComparer.Ordinal)
                .ToFrozenDictionary(g => g.Key, g => g.SelectMany(e => e.Skip(1)).ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
            Weapons = lexicon.Words("weapon");
            AimedWeapons = PhraseList.From(lexicon.Entries("aimed-weapon").OrderByDescending(e => e.Length));
            Aiming = Union(lexicon.Words("aiming"), Forms(wordnet, "aiming", Inflections.PartOfSpeech.Verb));
            // "death sentence" is no WordNet lemma (its synset is the act, death_penalty): a hand entry beside death_warrant.n.01.
            ExecutionOrders = PhraseList.From(FormPhrases(wordnet, "sentence").Concat(FormPhrases(lexicon, "sentence")).OrderByDescending(e => e.Length));
            DoomRuins = PhraseList.From(FormPhrases(wordnet, "doom-ruin"));
            DoomEnds = PhraseList.From(FormPhrases(wordnet, "doom-end").Concat(FormPhrases(lexicon, "doom-end")).OrderByDescending(e => e.Length));
            DarkAges = PhraseList.From(lexicon.Entries("dark-age"));
            DoomLiteralCues = lexicon.Entries("doom-literal").SelectMany(e => e).ToFrozenSet(StringComparer.Ordinal);
            Vitals = lexicon.Words("vital");
            Brinks = lexicon.Words("brink");
            Catastrophes = [.. lexicon.Entries("catastrophe").OrderByDescending(e => e.Length)];
            Conflicts = [.. lexicon.Entries("conflict").OrderByDescending(e => e.Length)];
            Floods = PhraseList.From(lexicon.Entries("flood"));
            WeakFloods = lexicon.Words("weak-flood");
            Hordes = PhraseList.From(lexicon.Entries("horde"));
            Diseases = lexicon.Words("disease");
            SimileDiseases = Union(Diseases, Forms(wordnet, "simile-disease", Inflections.PartOfSpeech.Noun));
            DiseaseLinks = lexicon.Words("disease-link");
            DiseaseVerbs = lexicon.Words("disease-verb");
            Outbreaks = lexicon.Words("outbreak");
            MedicalCues = lexicon.Words("medical");
            Captives = lexicon.Words("captive");
            Overheads = lexicon.Words("overhead");
            Predators = Union(lexicon.Words("predator"), Forms(wordnet, "predator", Inflections.PartOfSpeech.Noun));
            Carrion = Forms(wordnet, "carrion", Inflections.PartOfSpeech.Noun);
            Prey = Forms(wordnet, "prey", Inflections.PartOfSpeech.Noun);
            Predation = Forms(wordnet, "predation", Inflections.PartOfSpeech.Verb);
            Packs = lexicon.Words("pack");
            Battlefields = PhraseList.From(lexicon.Entries("battlefield").Concat(FormPhrases(wordnet, "battlefield")).OrderByDescending(e => e.Length));
            Engulfing = lexicon.Words("engulf");
            Fragiles = PhraseList.From(lexicon.Entries("fragile").OrderByDescending(e => e.Length));
            Falls = lexicon.Words("fall");
            Minds = lexicon.Words("mind");
            Forces = PhraseList.From(lexicon.Entries("force").Concat(wordnet.Entries("force")).OrderByDescending(e => e.Length));
            Ravaging = lexicon.Words("ravaging");
            Transforms = lexicon.Words("transform");
            Ruins = PhraseList.From(lexicon.Entries("ruin").OrderByDescending(e => e.Length));
            DomainModifiers = lexicon.Words("domain-modifier");
            Failing = lexicon.Words("failing");
            HarmProcesses = lexicon.Words("harm-process");
            Servitudes = Forms(wordnet, "servitude", Inflections.PartOfSpeech.Noun);
            Vices = PhraseList.From(FormPhrases(wordnet, "vice").OrderByDescending(e => e.Length));
            Loosed = PhraseList.From(lexicon.Entries("loosed").OrderByDescending(e => e.Length));
        }

        /// <summary>The word forms of a one-word kind's lemmas: a noun's plurals, a verb's tenses and participles.</summary>
        private static FrozenSet<string> Forms(TaggedLexicon lexicon, string kind, Inflections.PartOfSpeech partOfSpeech) =>
            lexicon.Entries(kind).Where(e => e.Length == 1).SelectMany(e => Inflections.FormsOf(e[0], partOfSpeech)).ToFrozenSet(StringComparer.Ordinal);

        /// <summary>A noun kind's phrases, singular and plural ("meat grinder", "meat grinders").</summary>
        private static IEnumerable<string[]> FormPhrases(TaggedLexicon lexicon, string kind) =>
            lexicon.Entries(kind).SelectMany(e => Inflections.NounForms(string.Join(' ', e))).Select(form => form.Split(' '));

        private static FrozenSet<string> Union(FrozenSet<string> first, FrozenSet<string> second) => first.Union(second).ToFrozenSet(StringComparer.Ordinal);

        /// <summary>The phrases by first word, longest first, so each token costs one lookup.</summary>
        public FrozenDictionary<string, (string[] Phrase, Need Need)[]> PhrasesByFirstWord { get; }
        public FrozenDictionary<string, FrozenSet<string>> LiteralCues { get; }
        public FrozenSet<string> Weapons { get; }
        public PhraseList AimedWeapons { get; }
        public PhraseList ExecutionOrders { get; }
        public PhraseList DoomRuins { get; }
        public PhraseList DoomEnds { get; }
        public PhraseList DarkAges { get; }
        public FrozenSet<string> DoomLiteralCues { get; }
        public FrozenSet<string> Aiming { get; }
        public FrozenSet<string> Vitals { get; }
        public FrozenSet<string> Brinks { get; }
        public string[][] Catastrophes { get; }
        public string[][] Conflicts { get; }
        public PhraseList Floods { get; }
        public FrozenSet<string> WeakFloods { get; }
        public PhraseList Hordes { get; }
        public FrozenSet<string> Diseases { get; }
        public FrozenSet<string> SimileDiseases { get; }
        public FrozenSet<string> DiseaseLinks { get; }
        public FrozenSet<string> DiseaseVerbs { get; }
        public FrozenSet<string> Outbreaks { get; }
        public FrozenSet<string> MedicalCues { get; }
        public FrozenSet<string> Captives { get; }
        public FrozenSet<string> Overheads { get; }
        public FrozenSet<string> Predators { get; }
        public FrozenSet<string> Carrion { get; }
        public FrozenSet<string> Prey { get; }
        public FrozenSet<string> Predation { get; }
        public FrozenSet<string> Packs { get; }
        public PhraseList Battlefields { get; }
        public FrozenSet<string> Engulfing { get; }
        public PhraseList Fragiles { get; }
        public FrozenSet<string> Falls { get; }
        public FrozenSet<string> Minds { get; }
        public PhraseList Forces { get; }
        public FrozenSet<string> Ravaging { get; }
        public FrozenSet<string> Transforms { get; }
        public PhraseList Ruins { get; }
        public FrozenSet<string> DomainModifiers { get; }
        public FrozenSet<string> Failing { get; }
        public FrozenSet<string> HarmProcesses { get; }
        public FrozenSet<string> Servitudes { get; }
        public PhraseList Vices { get; }
        public PhraseList Loosed { get; }

        /// <summary>Whether a word of the match [<paramref name="first"/>, <paramref name="end"/>) keys a literal cue that stands in [<paramref name="from"/>, <paramref name="to"/>).</summary>
        public bool HasLiteralCueIn(ImmutableArray<Token> tokens, int first, int end, int from, int to)
        {
            for (var m = first; m < end; m++)
            {
                if (!LiteralCues.TryGetValue(KeyOf(tokens[m].Norm), out var cues)) continue;
                for (var k = from; k < to; k++)
                    if (cues.Contains(tokens[k].Norm)) return true;
            }
            return false;
        }

        /// <summary>Inflected forms share their stem's cues ("carved", "carving" → "carve").</summary>
        private string KeyOf(string norm) =>
            LiteralCues.ContainsKey(norm) ? norm
            : norm.StartsWith("carv", StringComparison.Ordinal) ? "carve"
            : norm.StartsWith("bomb", StringComparison.Ordinal) ? "bomb"
            : norm;
    }
}
