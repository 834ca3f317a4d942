using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;
using Rhetlint.Rules.Superlatives;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>RH1006 — catastrophizing escalation chain.</summary>
public sealed class RH1006EscalationChain : RhetoricAnalyzer
{
    public override RuleDocumentation Documentation { get; } = new(Descriptor)
    {
        WhatItDoes = """
            Flags, in the writer's voice, linked steps that end in a catastrophe from
            a reviewed list or the threat model's outcome nouns (war, mass death, collapse, outage, shortage, contamination, epidemic, …):
            - two or more step markers (next, then, "and then", "after that") with a catastrophe after the last one: "…
              next it will take the straits, then the islands, and then we are at war";
            - possibility stacking: three or more could/might/may links in the sentence (or the one before it in the
              paragraph) ending in catastrophe: "could rebuild its reactors, could arm the militias, and could set the
              region ablaze";
            - "will embolden Varn to invade", "one step away from all-out war", and dominoes, slippery slopes or chain
              reactions with a catastrophe or a state actor in the sentence;
            - nearness to a catastrophe by one trigger: "one", "a single", "just one" or "one more" and up to three
              words, "away from" a catastrophe, a catastrophe under way or losing everything: "one bad season away
              from extinction", "one missed paycheck away from losing everything"; after a unit of time "away" may go
              unsaid: "one dry winter from famine";
            - a predicted catalogue of escalating harms, after a modal or a causal verb: "could usher in sanctions,
              naval standoffs, and eventually full-scale war", "from border skirmishes to naval clashes to all-out war".

            The end node must be a catastrophe (a catastrophe noun, a threat noun with a catastrophic modifier such as
            "nuclear" or "full-scale", or a destructive verb with a large object).

            Domino lists of successive targets need no catastrophe: the list itself is the claim that nothing stops
            once one thing falls.
            - one target now and everything next, as bare noun phrases: "today the depot, tomorrow every station in
              the county", "today it's the clinic, tomorrow it's the whole hospital" (the second half must widen to
              "every", "all", "the whole", "the entire" or "the rest of");
            - three or more targets taken in turn, with no verb of their own, after a colon, after "it will be", or as a
              sentence of their own: "the outbreak has a pattern: first the libraries, then the clinics, then the fire
              stations", "next it will be the allotments, then the parks, then the playgrounds", "it will be first the
              season tickets, then the ground's name, then the club itself";
            - each named target handed on as the next one's start: "after Corvel, Mestre; after Mestre, Lund";
            - a domino of closures: three or more links, each a subject with a present verb of closure, collapse or
              dying-off (close, shut, fold, collapse, go under, wither, die, vanish, empty) or of going next (follow,
              go, leave), or a bare "then the shops" that borrows the last verb: "first the bakeries close, then the
              pubs, then the village school", "the co-ops fold, the installers go under and the rooftop market
              withers"; links that only go next need a loss verb or a threat referent beside them, or a last target
              stressed as the whole itself, which the parts went before: "once the bypass opens, the walkers go, then
              the shops, then the town itself";
            - three or more targets said to follow a first loss: "the dairies, the abattoirs and the feed merchants
              will follow";
            - a forecast of losing one thing after another: a modal, a verb the subject suffers (lose, forfeit, or
              "afford" after "unable to", "cannot" or "no longer") and three or more objects taken in turn with "then",
              after "lose" or "forfeit" the first held by the subject ("its", "their", "our"): "if the grant is cut, the
              valley will lose its bus, then its school, then its surgery", "it will soon be unable to afford the night
              classes, then the library, then the nursery"; a plan shares the shape, so the losses need a condition
              that sets them off (if, once, unless, without) or an inability, and deliberate acts (close, cut, scrap)
              are not read;
            - after a "today" half, "tomorrow it is" with three or more phrases taken in turn, or with a threat the
              first half lacked: "fit a meter to every tap today, and tomorrow it is a charge for rainwater, then a tax
              on gardens, then rationed baths", "today it is a gene lab on the edge of town; tomorrow it is a
              pandemic".
            - three or more targets taken in turn with "then", opening the sentence with "first" or "next" or after a
              colon, each a bare phrase or one presented by "it's", beside the writer's claim that the process runs on
              ("where this ends", "won't stop at", "the direction of travel", "only the beginning") in the sentence or
              the next one either side: "They won't stop at the reading rooms. Next it's the mobile library, then the
              archive, and then a county with no public books at all", "first it's a fee for the car park, then it's a
              charge for the footpath, then it's a ticket to walk your own dog. That is where this ends."
            Agendas, menus and itineraries share the last two shapes, so those need a threat (a threat noun or an
            adversary) named within two sentences in its paragraph; "it will be" takes a loss as given and needs none.
            - a list whose last item is open or total ("whatever", "anything", "everything", "anyone", "all the rest"),
              opening its sentence with "first" or after a colon, with two or more items joined by "then": the open
              end says nothing stops, so it needs no frame, but a threat within two sentences, a frame, or a
              catastrophe in the clause the colon ends: "The levy is a scam. First the fizzy drinks, then whatever
              the health lobby dislikes next", "this is how a festival dies: first the late licence, then the street
              stalls, then anything that makes a noise after nine";
            - one target today and a universal forecast tomorrow, the second half a clause: "Today it is the Kelso
              brewery; tomorrow every independent brewer left in the region will be swallowed" — the today half a
              name or a determiner phrase with no verb, the universal subject followed by a modal, and the set said
              to be shrinking ("left", "remaining", "still standing") or a threat named within two sentences;
            - one ", then" from a threat or a catastrophe to a catastrophe, told of the present or the future: "one
              stray drone and the islands are in a border war by nightfall, then a nuclear war by the weekend".
            - three or more targets taken in turn whose last one is the whole ("every", "all", "the whole", "the
              entire", "the rest of", a thing stressed by "itself"), after a first link that closes or takes: "first
              they close the library, then the swimming pool, then the school itself", "the salt shop goes next, then
              the bakery, then the whole high street", "after the newsroom comes the printing plant, and after the
              printing plant comes the whole paper"; after "first they come for" or "first they" and a verb of
              closure, the reader's own ends it too: "first they come for the vapes, then the beer, then the burgers
              on your plate".
            """,
        WhyIsThisBad = """
            Each link may be possible; the chain presents their product as likely. Probabilities compound, and the
            catastrophe borrows the plausibility of the first step (SemEval-2023 "consequential oversimplification";
            domino reasoning).
            """,
        NotFlagged = """
            - one step ("imports will likely rise, the trade ministry said");
            - sequences without a catastrophe ("first the road, then the school, and then the hospital");
            - lists of harms with no forecast or cause ("the museum covers the blockade, the famine and the war");
            - quoted or reported chains, and chains with a citation or named source in the same or next sentence;
            - today/tomorrow contrasts that are clauses ("today it is raining, tomorrow every county will be dry") or
              do not widen ("today the museum, tomorrow the gardens"); itineraries of names ("Rome, then Florence,
              then Venice"); instructions with a verb ("add the flour, then the eggs, then the milk"); agendas and menus with no threat named nearby ("first the hymns, then the readings,
              then the sermon"), or with the writer's frame of a process only in a sentence further off or naming the
              start of a thing ("only the beginning of the festival: first the speeches, then the parade, then the
              fireworks");
            - timetables and past narrative: "first the juniors leave, then the seniors, then the staff" (no loss, no
              threat), "after supper the guests go, then the band, then the hosts themselves" (people leaving in
              turn), "the mill closed, then the bakery" (past), history told in order with a past verb and no modal
              ("Varn invaded Ostry in 1939, then Calder in 1940, and then the war spread south"), any chain with a
              figure ("the east gate closes at 18:00, then …"); "will follow suit" and "follow the guidance" (other verbs); "the museum will close the
              east wing, then the library, then the café" (a plan: no condition), "we will visit the castle, then the
              abbey, then the harbour" (no loss); "if it rains, organisers will close the terrace, then the garden,
              then the car park" (a deliberate act), "if you book late, you will lose the window seat, then the aisle,
              then the flight" (nothing the subject holds);
            - a chain that opens its sentence with no trigger or step word before it: "The grass withers, the streams
              empty and the cattle die" describes a process;
            - "tomorrow it is rain, then sleet, then snow" (single words: the weather), "today it is a flood warning;
              tomorrow it is a flood alert" (the threat was there already);
            - open-ended lists with no threat near ("first the soup, then whatever you fancy", "first the juniors warm
              up, then the seniors, then anyone who wants a go"), or with a figure ("then phase two by June"), or whose
              open end is a clause's subject, a course of events told or forecast ("first the plums dropped, then the
              pears, then everything else withered");
            - "today it is raining; tomorrow every county will be dry" (no target), "today it is Monday; tomorrow every
              shop will be open late" (a day), "today it is the Kelso brewery; tomorrow every brewer in the region
              will open its doors" (no shrinking set, no threat);
            - nearness to no catastrophe ("one goal away from the title", "one vote away from passing"), to a place
              ("one hour away from the disaster zone"), or told of the past ("in 1962 the world was one phone call
              away from nuclear war");
            - widening sequences that are a process, a queue or a meal ("first the wings, then the fuselage, then the
              whole plane", "the juniors leave first, then the seniors, then the whole squad", "after the soup comes
              the roast, and after the roast comes dessert"), a plan ("first we paint the hall, then the kitchen, then
              the whole house"), a past ("the mill closed first, then the bakery, then the whole high street"), a last
              target bounded by a purpose or a time ("first they close the car park, then the main road, then the
              whole town centre for the marathon", "… then the whole restaurant at midnight"), or a sequence a record or
              a reporter gives ("the diaries record it plainly: first they close the schools, then the shops, then the
              whole quarter");
            - a ", then" between harms told of the past ("the skirmish became a border war, then a world war") or
              with a figure ("in 1914 a shooting war began, then a world war by 1915").
            - A tomorrow forecast whose members act rather than fall ("today it is the spring fair; tomorrow every
              stallholder left in the market will pack up for the summer"); a copula, a passive, a verb of closure or of
              going next, "the same" fate or a tribute paid keeps the domino ("will close", "will meet the same fate").

            Hedges do not lower it: stacked hedges are its signal.
            """,
        Examples =
        [
            """
            If sanctions lapse, Kestria could rebuild its reactors,
            [[could arm the militias, and could set the region ablaze]].
            """,
            """
            Cap the feed-in tariff and [[the small co-ops fold, the installers go under and the rooftop market withers]].
            """,
            """
            If the grant is cut, the valley will [[lose its bus, then its school, then its surgery]].
            """,
        ],
        UseInstead =
        [
            """
            If sanctions lapse, the Harlow Institute expects Kestria to restart one reactor within a year; arming the
            militias would take a decision its council has twice rejected.
            """,
            """
            Capping the feed-in tariff would cut the income of small solar co-ops by about a fifth, the Orrin
            Energy Trust estimates in its spring report.
            """,
        ],
        Rewrite = """
            Display-only template
            `if [trigger], [source] expects [first effect]; escalation to [end state] would also require [conditions]`.
            """,
    };

    public static readonly DiagnosticDescriptor Descriptor = new(
        "RH1006",
        "Catastrophizing escalation chain",
        "'{0}' {1}; each link needs its own evidence, and their odds multiply",
        RuleCategories.ThreatInflation,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The writer runs a limited trigger through linked steps, or a list of escalating harms, to a catastrophic end point.",
        helpLinkUri: RuleCategories.HelpUri("RH1006"),
        customTags: [RuleTags.LoweredInOpinion, EvidenceWindow.NextSentence.Tag]);

    /// <summary>How far past a step marker the catastrophe may sit.</summary>
    private const int StepReach = 8;

    private static readonly FrozenWordSet PossibilityModals = new[] { "could", "might", "may" }.ToFrozenWordSet();

    /// <summary>Verbs of conflict an emboldened actor is said to go on to ("embolden Varn to invade").</summary>
    private static readonly FrozenWordSet ConflictVerbs = TaggedLexicon.Load(RuleLexicons.Store, "escalation_cues").Words("conflict").ToFrozenWordSet();

    /// <summary>Words that introduce a forecast or a cause: a list after them is a predicted escalation, not a catalogue.</summary>
    private static readonly FrozenWordSet ForecastCues = TaggedLexicon.Load(RuleLexicons.Store, "escalation_cues").Words("forecast").ToFrozenWordSet();

    /// <summary>Adverbs that may stand before the last item of a list ("and possibly catastrophic …", "and ultimately war").</summary>
    private static readonly FrozenWordSet ListAdverbs = TaggedLexicon.Load(RuleLexicons.Store, "escalation_cues").Words("list-adverb").ToFrozenWordSet();

    /// <summary>Present forms of verbs of closure, collapse and dying-off ("close", "withers"): a domino clause's loss.</summary>
    private static readonly FrozenWordSet LossVerbs = TaggedLexicon.Load(RuleLexicons.Store, "escalation_cues").Words("loss").ToFrozenWordSet();

    /// <summary>Present forms of verbs of going next ("follow", "leaves"): a link, but a loss only beside a real one.</summary>
    private static readonly FrozenWordSet SuccessionVerbs = TaggedLexicon.Load(RuleLexicons.Store, "escalation_cues").Words("succession").ToFrozenWordSet();

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(AnalyzeSentence);

    private static void AnalyzeSentence(SentenceContext context)
    {
        var document = context.Document;
        var sentence = context.Sentence;
        var tokens = document.Tokens;
        var actors = document.Actors;
        var chain = SequenceChain(actors, tokens, sentence) ?? PossibilityStack(document, sentence) ?? CueChain(actors, tokens, sentence) ?? Emboldening(actors, tokens, sentence) ?? CatalogueChain(tokens, sentence)
            ?? OutcomeSteps.Find(document, sentence);
        var domino = chain is null ? DominoWidening(tokens, sentence) ?? TargetListNearThreat(document, sentence) ?? LossCascade(document, sentence) ?? LossSuccession(tokens, sentence) ?? FollowingList(tokens, sentence) ?? TomorrowEscalation(tokens, sentence)
            ?? FramedTargetLists.Find(document, sentence) ?? OpenEndedChains.Find(document, sentence) ?? TomorrowForecasts.Find(document, sentence)
            ?? WideningSequences.Find(tokens, sentence) : null;
        chain ??= domino;
        if (chain is not (int start, int end)) return;
        for (var k = start; k < end; k++)
            if (document.Voices[k] != Voice.Author) return;
        if (document.IsNegated(start) || context.EvidenceFor(Descriptor, new Claim(ClaimKind.Prediction, start, end)).Strength >= EvidenceStrength.Strong) return;

        var span = document.SpanOf(start, end);
        var rewrite = Rewrite.Template("Give the first step its source and the rest their conditions", span,
            "if [trigger], [source] expects [first effect]; escalation to [end state] would also require [conditions]");
        context.Report(Descriptor, span, [rewrite], document.Excerpt(span), domino is null ? "chains steps to a catastrophe" : "treats each target as the next to fall");
    }

    /// <summary>
    /// Two or more step markers ("next", "then", "and then", "after that") with a catastrophe after the last one.
    /// Returns the range from the second-to-last marker to the catastrophe.
    /// </summary>
    private static (int, int)? SequenceChain(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence)
    {
        var markers = new List<int>();
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            if (IsStepMarker(tokens, sentence, k)) markers.Add(k);
        if (markers.Count < 2 || IsToldOfThePast(tokens, sentence, markers[^2])) return null;
        var last = markers[^1];
        if (OutcomeAfter(actors, tokens, sentence, last) is not int end) return null;
        return (markers[^2], end);
    }

    /// <summary>
    /// "Varn invaded Ostry in 1939, then Calder in 1940, and then the war spread south": a past verb before the steps
    /// and no modal, future or present auxiliary anywhere in the sentence make the chain history, told in order, not a
    /// forecast. "Varn took the port; next it takes the straits, then the islands, and then we are at war" goes on in
    /// the present.
    /// </summary>
    private static bool IsToldOfThePast(ImmutableArray<Token> tokens, Sentence sentence, int firstMarker)
    {
        var past = false;
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            if (IsPresentOrModal(tokens[k])) return false;
            past |= k < firstMarker && UniversalCues.IsPast(tokens[k]);
        }
        return past;
    }

    private static bool IsPresentOrModal(Token token) =>
        token.Norm is "will" or "would" or "could" or "may" or "might" or "can" or "shall" or "must" or "is" or "are" or "am" or "has" or "have" or "does" or "do"
        || token.Norm.EndsWith("'ll", StringComparison.Ordinal) || token.Norm.EndsWith("'re", StringComparison.Ordinal) || token.Norm.EndsWith("'s", StringComparison.Ordinal) && FunctionWords.IsPronounContraction(token);

    private static bool IsStepMarker(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        var norm = tokens[k].Norm;
        var before = k > sentence.FirstToken ? tokens[k - 1].Norm : "";
        var after = k + 1 < sentence.EndToken ? tokens[k + 1].Norm : "";
        return norm switch
        {
            // "since then", "by then", "back then", "now and then" date things; they take no step.
            "then" => before is not ("since" or "by" or "until" or "till" or "back" or "even" or "just" or "only" or "now"),
            // "next year", "next to": a date or a place.
            "next" => after is not ("year" or "week" or "month" or "day" or "time" or "to" or "door" or "generation" or "decade" or "summer" or "winter" or "spring" or "autumn" or "election" or "government"),
            "first" => k == sentence.FirstToken || before is "," or ":",
            "after" => after == "that",
            _ => false,
        };
    }

    /// <summary>Three or more could/might links in the sentence, and the next one in the paragraph, with a catastrophe after the last.</summary>
    private static (int, int)? PossibilityStack(DocumentModel document, Sentence sentence)
    {
        var tokens = document.Tokens;
        var actors = document.Actors;
        var modals = new List<int>();
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            if (PossibilityModals.Contains(tokens[k]) && !(tokens[k].IsCapitalized && k > sentence.FirstToken)) modals.Add(k);
        // A chain may run on past the full stop: "… could arm the militias. It could then set the region ablaze."
        var previous = sentence.Index > 0 ? document.Syntax.Sentences[sentence.Index - 1] : null;
        var carried = 0;
        if (previous is not null && previous.ParagraphIndex == sentence.ParagraphIndex)
            for (var k = previous.FirstToken; k < previous.EndToken; k++)
                if (PossibilityModals.Contains(tokens[k])) carried++;
        if (modals.Count == 0 || modals.Count + carried < 3) return null;
        var last = modals[^1];
        if (OutcomeAfter(actors, tokens, sentence, last) is not int end) return null;
        return (modals.Count >= 2 ? modals[^2] : last, end);
    }

    /// <summary>"one step away from all-out war", "the first domino", "a slippery slope to war", "a chain reaction".</summary>
    private static (int, int)? CueChain(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence)
    {
        var end = sentence.EndToken;
        for (var k = sentence.FirstToken; k < end; k++)
        {
            var norm = tokens[k].Norm;
            // "one step away from all-out war", "one bad season away from ruin"
            if (NearnessClaims.At(actors, tokens, sentence, k) is { } near) return near;
            var cueLength = norm switch
            {
                "domino" or "dominoes" or "dominos" => 1,
                "slippery" when k + 1 < end && tokens[k + 1].Norm == "slope" => 2,
                "chain" when k + 1 < end && tokens[k + 1].Norm == "reaction" => 2,
                _ => 0,
            };
            if (cueLength == 0) continue;
            if (OutcomeAfter(actors, tokens, sentence, k) is int after) return (k, after);
            if (ActorIn(actors, tokens, sentence)) return (k, k + cueLength + (k + cueLength < end && tokens[k + cueLength].Norm is "effect" or "theory" ? 1 : 0));
        }
        return null;
    }

    /// <summary>"will embolden Varn to invade": one concession, then an attack.</summary>
    private static (int, int)? Emboldening(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence)
    {
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            if (!tokens[k].Norm.StartsWith("embolden", StringComparison.Ordinal)) continue;
            for (var j = k + 1; j + 1 < sentence.EndToken && j - k <= 5; j++)
            {
                if (tokens[j].Norm != "to") continue;
                var verb = j + 1;
                if (verb < sentence.EndToken && tokens[verb].Norm is "go" or "try") verb++;
                if (verb < sentence.EndToken && ConflictVerbs.Contains(tokens[verb])) return (k, verb + 1);
                if (OutcomeAfter(actors, tokens, sentence, j) is int outcome && outcome - j <= 5) return (k, outcome);
                break;
            }
        }
        return null;
    }

    /// <summary>
    /// A predicted list of three or more harms ending in catastrophe: "could bring sanctions, blockades and a shooting
    /// war", "from skirmishes to strikes to nuclear war". Returns the range of the list.
    /// </summary>
    private static (int, int)? CatalogueChain(ImmutableArray<Token> tokens, Sentence sentence)
    {
        var end = sentence.EndToken;
        for (var k = sentence.FirstToken + 1; k < end; k++)
        {
            if (tokens[k].Norm is not ("and" or "or" or "to")) continue;
            var j = k + 1;
            while (j < end && ListAdverbs.Contains(tokens[j])) j++;
            while (j < end && tokens[j].Norm is "a" or "an") j++;
            if (Catastrophes.NounPhraseAt(tokens, j, end) is not int last) continue;
            var list = tokens[k].Norm == "to" ? FromToList(tokens, sentence, k) : CommaList(tokens, sentence, k);
            if (list is not int first || !ForecastBefore(tokens, sentence, first, k)) continue;
            if (tokens[first].Norm == "from") first++;
            while (first < k && tokens[first].Norm is "the" or "a" or "an" or "all" or "its" or "their" or "our") first++;
            return (first, last);
        }
        return null;
    }

    /// <summary>
    /// The start of two or more comma-separated items before the "and" at <paramref name="conjunction"/>, at least one of them
    /// a threat ("arms races, nuclear crises, and …"); null when the list is shorter or names no threat.
    /// </summary>
    private static int? CommaList(ImmutableArray<Token> tokens, Sentence sentence, int conjunction)
    {
        var itemEnd = conjunction;
        if (itemEnd - 1 >= sentence.FirstToken && tokens[itemEnd - 1].Text == ",") itemEnd--;
        var items = 0;
        var threat = false;
        var start = itemEnd;
        while (true)
        {
            var k = itemEnd - 1;
            while (k >= sentence.FirstToken && itemEnd - k <= 4 && tokens[k].IsWord && tokens[k].Norm is not ("and" or "or")) k--;
            var itemStart = k + 1;
            if (itemStart >= itemEnd) break;
            threat |= IsThreatItem(tokens, sentence, itemStart, itemEnd);
            items++;
            start = itemStart;
            if (k < sentence.FirstToken || tokens[k].Text != ",") break;
            itemEnd = k;
        }
        // The first "item" may carry the verb or article before the list ("bring sanctions"): it still counts.
        return items >= 2 && threat ? start : null;
    }

    /// <summary>"from skirmishes to strikes to nuclear war": the index of "from" when two "to" steps lead to the catastrophe.</summary>
    private static int? FromToList(ImmutableArray<Token> tokens, Sentence sentence, int lastTo)
    {
        var steps = 1;
        for (var k = lastTo - 1; k >= sentence.FirstToken && lastTo - k <= 12; k--)
        {
            if (!tokens[k].IsWord) return null;
            if (tokens[k].Norm == "to") steps++;
            if (tokens[k].Norm == "from") return steps >= 2 ? k : null;
        }
        return null;
    }

    private static bool IsThreatItem(ImmutableArray<Token> tokens, Sentence sentence, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (ThreatReferents.IsThreatNoun(tokens[k]) || Catastrophes.NounPhraseAt(tokens, k, to) is not null
                || Catastrophes.LongestAt(tokens, k, to, CatastropheClass.Escalation) is not null) return true;
        return false;
    }

    /// <summary>A modal or causal verb before the list or inside its first item ("could usher in sanctions, …").</summary>
    private static bool ForecastBefore(ImmutableArray<Token> tokens, Sentence sentence, int listStart, int conjunction)
    {
        var firstItemEnd = listStart;
        while (firstItemEnd < conjunction && tokens[firstItemEnd].IsWord) firstItemEnd++;
        for (var k = firstItemEnd - 1; k >= sentence.FirstToken && listStart - k <= 16; k--)
        {
            if (ForecastCues.Contains(tokens[k])) return true;
            if (Catastrophes.LongestAt(tokens, k, firstItemEnd, CatastropheClass.Cause) is not null) return true;
        }
        return false;
    }

    /// <summary>
    /// "Today the depot, tomorrow every station in the county", "today it's the clinic, tomorrow it's the whole
    /// hospital": one target now and everything next. The second half must widen to a universal ("every", "all",
    /// "the whole", "the entire", "the rest of") and stay a bare noun phrase: "today it rains, tomorrow every county
    /// will be dry" is a forecast with its own verb. Returns the range from "today" to the end of the sentence's words.
    /// </summary>
    /// <summary>Most tokens from "today" to "tomorrow": "today it is the corner cafe, tomorrow …".</summary>
    private const int TodayHalfReach = 8;

    private static (int, int)? DominoWidening(ImmutableArray<Token> tokens, Sentence sentence)
    {
        var end = sentence.EndToken;
        for (var today = sentence.FirstToken; today < end; today++)
        {
            if (tokens[today].Norm != "today" || today > sentence.FirstToken && tokens[today - 1].Text is not (":" or "," or ";" or "—")) continue;
            var tomorrow = today + 1;
            while (tomorrow < end && tomorrow - today <= TodayHalfReach && tokens[tomorrow].Norm != "tomorrow") tomorrow++;
            if (tomorrow >= end || tokens[tomorrow].Norm != "tomorrow" || tokens[tomorrow - 1].Text is not ("," or ";" or "—")) continue;
            var now = today + 1;
            if (tokens[now].Norm == "it's") now++;
            else if (tokens[now].Norm == "it" && tokens[now + 1].Norm == "is") now += 2;
            if (HasFiniteVerb(tokens, now, tomorrow - 1)) continue;
            var k = tomorrow + 1;
            while (k < end && DominoFrame.Contains(tokens[k])) k++;
            if (k >= end || !IsUniversalAt(tokens, k, end)) continue;
            var last = k;
            while (last < end && last - k < 10 && tokens[last].IsWord) last++;
            if (last < end && tokens[last].IsWord || HasFiniteVerb(tokens, k, last)) continue;
            return (today, last);
        }
        return null;
    }

    /// <summary>
    /// "Ban boilers today, and tomorrow it is a levy on diesel vans, then a tax on flights, then rationed meat",
    /// "today it is a gene lab; tomorrow it is a pandemic": after a "today" half, "tomorrow it is" presents
    /// either three or more targets taken in turn (a slippery slope), or a threat where the first half had none.
    /// The dummy "it is" keeps forecasts with a subject of their own out ("tomorrow every county will be dry"), and
    /// list items must be phrases, not single words ("tomorrow it is rain, then sleet, then snow" is the weather).
    /// Returns the range from "tomorrow" to the last target.
    /// </summary>
    private static (int, int)? TomorrowEscalation(ImmutableArray<Token> tokens, Sentence sentence)
    {
        var end = sentence.EndToken;
        for (var tomorrow = sentence.FirstToken + 1; tomorrow < end; tomorrow++)
        {
            if (tokens[tomorrow].Norm != "tomorrow" || tokens[tomorrow - 1].Text is not ("," or ";" or "—") && tokens[tomorrow - 1].Norm != "and") continue;
            var today = tomorrow - 1;
            while (today >= sentence.FirstToken && tomorrow - today <= 12 && tokens[today].Norm != "today") today--;
            if (today < sentence.FirstToken || tokens[today].Norm != "today") continue;
            var item = DummyPresentation(tokens, tomorrow + 1, end);
            if (item < 0) continue;
            var items = 0;
            var phrases = true;
            var itemEnd = item;
            while (true)
            {
                var next = item;
                while (next < end && tokens[next].IsWord && next - item < 6) next++;
                if (next == item || HasFiniteVerb(tokens, item, next)) break;
                items++;
                phrases &= next - item >= 2;
                itemEnd = next;
                if (next + 2 >= end || tokens[next].Text != "," || tokens[next + 1].Norm != "then") break;
                item = next + 2;
            }
            if (items >= 3 && phrases) return (tomorrow, itemEnd);
            if (items == 1 && !ThreatReferents.HasThreatNoun(tokens, today, tomorrow) && ThreatReferents.HasThreatNoun(tokens, tomorrow, itemEnd)) return (tomorrow, itemEnd);
        }
        return null;
    }

    /// <summary>The start of the target after "it is", "it's", "it will be" or "it'll be" at <paramref name="k"/>, or -1.</summary>
    private static int DummyPresentation(ImmutableArray<Token> tokens, int k, int end)
    {
        if (k + 1 < end && tokens[k].Norm is "it's" or "it'll") return tokens[k].Norm == "it's" ? k + 1 : tokens[k + 1].Norm == "be" ? k + 2 : -1;
        if (k + 2 < end && tokens[k].Norm == "it" && tokens[k + 1].Norm == "is") return k + 2;
        if (k + 3 < end && tokens[k].Norm == "it" && tokens[k + 1].Norm == "will" && tokens[k + 2].Norm == "be") return k + 3;
        return -1;
    }

    /// <summary>Words between "tomorrow" and its target: "tomorrow it's", "tomorrow it will be", "tomorrow they come for".</summary>
    private static readonly FrozenWordSet DominoFrame = new[] { "it's", "it", "is", "will", "be", "it'll", "they", "they'll", "come", "for" }.ToFrozenWordSet();

    private static bool IsUniversalAt(ImmutableArray<Token> tokens, int k, int end) =>
        tokens[k].Norm is "every" or "all" or "everyone" or "everything" or "everywhere"
        || k + 1 < end && tokens[k].Norm == "the" && tokens[k + 1].Norm is "whole" or "entire" or "rest";

    /// <summary>A modal, an auxiliary or a copula between <paramref name="from"/> and <paramref name="to"/>: the stretch is a clause, not a bare target.</summary>
    private static bool HasFiniteVerb(ImmutableArray<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (FunctionWords.Auxiliaries.Contains(tokens[k]) || FunctionWords.Copulas.Contains(tokens[k])) return true;
        return false;
    }

    /// <summary>
    /// A handed-on or successive target list, when the sentence or its neighbours name a threat. The list shape alone
    /// is shared by agendas, recipes and itineraries ("first the hymns, then the readings, then the sermon"); what
    /// makes it a domino is a threat it is the path of. "Next it will be …" presupposes a loss already and needs none.
    /// </summary>
    private static (int, int)? TargetListNearThreat(DocumentModel document, Sentence sentence)
    {
        var tokens = document.Tokens;
        if (HandedOnTargets(tokens, sentence) is { } handedOn) return ThreatNear(document, sentence) ? handedOn : null;
        if (SuccessiveTargets(tokens, sentence) is not (int start, int end)) return null;
        return PresupposesLoss(tokens, sentence, start) || ThreatNear(document, sentence) ? (start, end) : null;
    }

    /// <summary>Sentences either side of a target list, within its paragraph, that may name the threat it follows.</summary>
    private const int ThreatContextReach = 2;

    private static bool ThreatNear(DocumentModel document, Sentence sentence)
    {
        foreach (var near in document.Syntax.SentencesAround(sentence, ThreatContextReach))
            if (ThreatReferents.InSentence(document.Actors, document.Tokens, near)) return true;
        return false;
    }

    /// <summary>"next it will be the library, …", "it'll be the archive": the list continues a loss the writer takes as given.</summary>
    private static bool PresupposesLoss(ImmutableArray<Token> tokens, Sentence sentence, int start)
    {
        var be = start - 1 >= sentence.FirstToken && tokens[start - 1].Norm == "first" ? start - 2 : start - 1;
        return be - 1 >= sentence.FirstToken && tokens[be].Norm == "be" && tokens[be - 1].Norm is "will" or "it'll";
    }

    /// <summary>
    /// "After Corvel, Mestre; after Mestre, Lund": each target, a name, given as the next one's starting point ("after
    /// lunch, coffee; after coffee, a walk" is a day, not a domino). Returns the range of both links.
    /// </summary>
    private static (int, int)? HandedOnTargets(ImmutableArray<Token> tokens, Sentence sentence)
    {
        var end = sentence.EndToken;
        if (tokens[sentence.FirstToken].Norm != "after") return null;
        var first = NameRun(tokens, sentence.FirstToken + 1, end);
        if (first >= end || tokens[first].Text != ",") return null;
        var second = NameRun(tokens, first + 1, end);
        if (second == first + 1 || second + 1 >= end || tokens[second].Text is not (";" or ",") || tokens[second + 1].Norm != "after") return null;
        var again = second + 2;
        var handedOn = NameRun(tokens, again, end);
        if (handedOn - again != second - (first + 1)) return null;
        for (var k = 0; k < second - (first + 1); k++)
            if (tokens[again + k].Norm != tokens[first + 1 + k].Norm) return null;
        if (handedOn >= end || tokens[handedOn].Text != ",") return null;
        var third = NameRun(tokens, handedOn + 1, end);
        return third > handedOn + 1 ? (sentence.FirstToken, third) : null;
    }

    /// <summary>The end of a run of up to four capitalized words from <paramref name="k"/> (a target's name).</summary>
    private static int NameRun(ImmutableArray<Token> tokens, int k, int end)
    {
        var j = k;
        while (j < end && j - k < 4 && tokens[j].IsWord && tokens[j].IsCapitalized) j++;
        return j;
    }

    /// <summary>The end of a run of up to four words from <paramref name="k"/> (a target).</summary>
    private static int TargetRun(ImmutableArray<Token> tokens, int k, int end)
    {
        var j = k;
        while (j < end && j - k < 4 && tokens[j].IsWord) j++;
        return j;
    }

    /// <summary>
    /// "first the depots, then the clinics, then the schools" after a colon, "next it will be the library, then the
    /// archive, then the paper": three or more bare targets taken in turn, with no verb of their own, and at least one
    /// a common noun ("Rome, then Florence, then Venice" is an itinerary). The list must follow a colon (the writer
    /// announcing the pattern) or "it will be" (the future, with no agent): "add the flour, then the eggs, then the
    /// milk" is an instruction. Returns the range from the first target to the last.
    /// </summary>
    private static (int, int)? SuccessiveTargets(ImmutableArray<Token> tokens, Sentence sentence)
    {
        var end = sentence.EndToken;
        for (var k = sentence.FirstToken; k < end; k++)
        {
            var start = ListOpening(tokens, sentence, k);
            if (start < 0 || !IsDeterminer(tokens[start])) continue;
            var itemEnd = TargetRun(tokens, start, end);
            var common = HasCommonNoun(tokens, start, itemEnd);
            var thens = 0;
            while (itemEnd + 2 < end && tokens[itemEnd].Text == "," && tokens[itemEnd + 1].Norm == "then" && IsDeterminer(tokens[itemEnd + 2]))
            {
                var next = TargetRun(tokens, itemEnd + 2, end);
                if (HasFiniteVerb(tokens, itemEnd + 2, next)) break;
                common |= HasCommonNoun(tokens, itemEnd + 2, next);
                itemEnd = next;
                thens++;
            }
            var closed = itemEnd >= end || !tokens[itemEnd].IsWord;
            // The verbless sentence must stay verbless to its end: "First the porters, then the cooks, then the clerks."
            var fragment = tokens[sentence.FirstToken].Norm == "first" && start == sentence.FirstToken + 1;
            if (fragment && (itemEnd < end && tokens[itemEnd].Text is not ("." or "!") || itemEnd + 1 < end)) continue;
            if (thens >= 2 && common && closed && !HasFiniteVerb(tokens, start, TargetRun(tokens, start, end))) return (start, itemEnd);
        }
        return null;
    }

    /// <summary>
    /// The first target's start when a successive-target list opens at <paramref name="k"/>: after a colon ("…: first
    /// the depots") or after a future with a dummy subject ("next it will be the library", "it'll be the archive");
    /// otherwise -1.
    /// </summary>
    private static int ListOpening(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        var end = sentence.EndToken;
        if (tokens[k].Text == ":" && k + 1 < end)
            return tokens[k + 1].Norm == "first" && k + 2 < end ? k + 2 : k + 1;
        // A sentence that is nothing but the list: "First the porters, then the cooks, then the clerks."
        if (k == sentence.FirstToken && tokens[k].Norm == "first" && k + 1 < end) return k + 1;
        if (k > sentence.FirstToken && tokens[k - 1].Norm is not ("next" or "then" or "and") && tokens[k - 1].Text is not ("," or ":")) return -1;
        var opening = tokens[k].Norm == "it'll" && k + 1 < end && tokens[k + 1].Norm == "be" ? k + 2
            : tokens[k].Norm == "it" && k + 2 < end && tokens[k + 1].Norm == "will" && tokens[k + 2].Norm == "be" ? k + 3 : -1;
        // "it will be first the depots, then …": the first marker may follow the future as well as open the sentence.
        return opening > 0 && opening + 1 < end && tokens[opening].Norm == "first" ? opening + 1 : opening;
    }

    /// <summary>An item of a target list opens with a determiner ("the depots", "our schools", "every clinic"): "add the eggs" is an instruction.</summary>
    private static bool IsDeterminer(Token token) => token.Norm is "the" or "our" or "your" or "their" or "its" or "every" or "all";

    private static bool HasCommonNoun(ImmutableArray<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (tokens[k].IsWord && !tokens[k].IsCapitalized && tokens[k].Norm is not ("the" or "a" or "an" or "our" or "your" or "their" or "its" or "first" or "next")) return true;
        return false;
    }

    private static bool HasDigit(string text)
    {
        foreach (var c in text)
            if (char.IsDigit(c)) return true;
        return false;
    }

    /// <summary>
    /// "the mills close, then the shops, then the school", "once the depot goes, the buses follow, and the town
    /// empties", "the lower league folds, the youth teams follow and the village clubs wither": three or more links,
    /// the first a clause whose subject goes with a present loss or succession verb, the rest such clauses or a bare
    /// "then the shops" that borrows the verb. Past forms are not in the lists, so a dated narrative ("the mill closed,
    /// then the shop") is not read. A timetable shares the shape ("first the juniors leave, then the seniors, then the
    /// staff"), so a chain needs a loss verb, a threat referent or a last target stressed as the whole
    /// (<see cref="EndsInTheWhole"/>), and no figure (times and dates are schedules); and
    /// it needs a trigger or a step word before it.
    /// Returns the range from the first subject to the last link's end.
    /// </summary>
    private static (int, int)? LossCascade(DocumentModel document, Sentence sentence)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        for (var k = sentence.FirstToken; k < end; k++)
            if (HasDigit(tokens[k].Text)) return null;
        for (var k = sentence.FirstToken; k < end; k++)
        {
            // A chain that opens its sentence with no trigger before it describes a process ("The grass withers, the
            // streams empty and the cattle die"); a forecast names what sets it off ("once the depot goes", "cap the
            // tariff and", "first").
            if (!IsDeterminer(tokens[k]) || k == sentence.FirstToken || tokens[k - 1].IsWord && !LinkLeads.Contains(tokens[k - 1])) continue;
            if (LinkClause(tokens, k, end) is not (int linkEnd, bool loss)) continue;
            var links = 1;
            var anyLoss = loss;
            var chainEnd = linkEnd;
            while (true)
            {
                var next = chainEnd;
                if (next < end && tokens[next].Text is "," or ";") next++;
                var gapped = false;
                while (next < end && LinkLeads.Contains(tokens[next])) gapped |= tokens[next++].Norm == "then";
                if (next == chainEnd || next >= end || !IsDeterminer(tokens[next])) break;
                if (LinkClause(tokens, next, end) is (int clauseEnd, bool clauseLoss)) (chainEnd, anyLoss) = (clauseEnd, anyLoss | clauseLoss);
                else if (gapped && BareLink(tokens, next, end) is int bareEnd) chainEnd = bareEnd;
                else break;
                links++;
            }
            if (links >= 3 && (anyLoss || EndsInTheWhole(tokens, sentence, chainEnd) || ThreatReferents.InSentence(document.Actors, tokens, sentence))) return (k, chainEnd);
        }
        return null;
    }

    /// <summary>
    /// "… then the farms, then the villages themselves", "then the club itself": a chain whose last target is stressed
    /// by an emphatic reflexive names the whole that its parts went before, so the links that only go next ("the
    /// academy goes") are losses: what goes last is the body or the place itself. A person at the end is someone
    /// leaving in turn ("then the hosts themselves"), which a timetable or a story also tells.
    /// </summary>
    private static bool EndsInTheWhole(ImmutableArray<Token> tokens, Sentence sentence, int chainEnd)
    {
        var reflexive = chainEnd - 1;
        if (reflexive - 1 < sentence.FirstToken || tokens[reflexive].Norm is not ("itself" or "themselves")) return false;
        return tokens[reflexive - 1].IsWord && NounTypes.Of(tokens[reflexive - 1]) is { } type && type is not (NounType.Person or NounType.Animal);
    }

    /// <summary>Base forms of verbs of losing a thing the subject suffers ("will lose its bus", "could forfeit their homes"): a loss succession's verb.</summary>
    private static readonly FrozenWordSet LossObjectVerbs = TaggedLexicon.Load(RuleLexicons.Store, "escalation_cues").Words("loss-object").ToFrozenWordSet();

    /// <summary>Modals of a forecast before a loss succession's verb ("will soon be unable to afford", "could lose").</summary>
    private static readonly FrozenWordSet ForecastModals = new[] { "will", "would", "could", "might", "may", "'ll" }.ToFrozenWordSet();

    /// <summary>Most words between the forecast modal and the verb ("will soon be unable to afford").</summary>
    private const int ModalReach = 5;

    /// <summary>
    /// "If the trust cannot pay for the scanner, it will soon be unable to afford nurses, then beds, then the wards",
    /// "once the grant goes, the valley could lose its bus, then its school, then its surgery": a forecast of losing
    /// one thing after another — a modal, a verb the subject suffers (lose, forfeit, or "afford" after "unable to",
    /// "cannot" or "no longer"), and three or more objects taken in turn with "then". A plan shares the shape ("the
    /// council will close the north lane, then the south lane"), so verbs of a deliberate act (close, cut, scrap) are
    /// not read; the losses need a condition that sets them off (if, once, unless, without) or an inability; no figure
    /// (a schedule); and after "lose" or "forfeit" the first object must be held by the subject ("its bus", "their
    /// homes"): "you will lose the window seat" or "walkers will lose the traffic noise" lose a place or a sensation,
    /// not a stake they hold. An inability ("unable to afford") already makes the subject the one who suffers.
    /// Returns the range from the verb, or its inability, to the last object.
    /// </summary>
    private static (int, int)? LossSuccession(ImmutableArray<Token> tokens, Sentence sentence)
    {
        var end = sentence.EndToken;
        for (var k = sentence.FirstToken; k < end; k++)
            if (HasDigit(tokens[k].Text)) return null;
        var condition = false;
        for (var k = sentence.FirstToken; k < end; k++)
        {
            condition |= tokens[k].Norm is "if" or "once" or "unless" or "without";
            if (!LossObjectVerbs.Contains(tokens[k]) || !ModalBefore(tokens, sentence, k)) continue;
            var inability = InabilityBefore(tokens, sentence, k);
            if (tokens[k].Norm == "afford" ? inability < 0 : !condition) continue;
            var item = k + 1;
            if (item < end && tokens[item].Norm is "up" or "down" or "off") item++;
            // An inability already makes the subject the one who suffers; "lose" needs the stake to be the subject's.
            if (tokens[k].Norm != "afford" && (item >= end || tokens[item].Norm is not ("its" or "their" or "our"))) continue;
            var itemEnd = TargetRun(tokens, item, end);
            if (itemEnd == item || HasFiniteVerb(tokens, item, itemEnd)) continue;
            var thens = 0;
            while (SuccessionStep(tokens, itemEnd, end) is int next)
            {
                var nextEnd = TargetRun(tokens, next, end);
                if (nextEnd == next || HasFiniteVerb(tokens, next, nextEnd)) break;
                (itemEnd, thens) = (nextEnd, thens + 1);
            }
            if (thens >= 2 && (itemEnd >= end || !tokens[itemEnd].IsWord)) return (inability >= 0 ? inability : k, itemEnd);
        }
        return null;
    }

    /// <summary>The next item's start after ", then", ", and then" or ", and finally" at <paramref name="k"/>, or null.</summary>
    private static int? SuccessionStep(ImmutableArray<Token> tokens, int k, int end)
    {
        if (k >= end || tokens[k].Text != ",") return null;
        k++;
        if (k < end && tokens[k].Norm == "and") k++;
        return k + 1 < end && tokens[k].Norm is "then" or "finally" ? k + 1 : null;
    }

    /// <summary>A forecast modal within <see cref="ModalReach"/> words before <paramref name="verb"/>, in its clause.</summary>
    private static bool ModalBefore(ImmutableArray<Token> tokens, Sentence sentence, int verb)
    {
        for (var k = verb - 1; k >= sentence.FirstToken && verb - k <= ModalReach && tokens[k].IsWord; k--)
            if (ForecastModals.Contains(tokens[k]) || tokens[k].Norm.EndsWith("'ll", StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>"unable to afford", "cannot afford", "can no longer afford": the index of the inability before the verb, or -1.</summary>
    private static int InabilityBefore(ImmutableArray<Token> tokens, Sentence sentence, int verb)
    {
        if (verb - 2 >= sentence.FirstToken && tokens[verb - 1].Norm == "to" && tokens[verb - 2].Norm == "unable") return verb - 2;
        if (verb - 1 >= sentence.FirstToken && tokens[verb - 1].Norm is "cannot" or "can't") return verb - 1;
        if (verb - 2 >= sentence.FirstToken && tokens[verb - 1].Norm == "longer" && tokens[verb - 2].Norm == "no") return verb - 2;
        return -1;
    }

    /// <summary>Words that open the next link of a cascade ("and the town empties", "then the shops", "once the depot goes").</summary>
    private static readonly FrozenWordSet LinkLeads = new[] { "and", "then", "once", "first", "soon", "if", "when" }.ToFrozenWordSet();

    /// <summary>
    /// A subject of one to three words and its present loss or succession verb, optionally after "will" ("the town
    /// empties", "the buses will follow", "the pits shut down"), ending the clause. Returns its end and whether the
    /// verb is a loss.
    /// </summary>
    private static (int End, bool Loss)? LinkClause(ImmutableArray<Token> tokens, int start, int end)
    {
        for (var verb = start + 2; verb < end && verb - start <= 4; verb++)
        {
            if (!tokens[verb - 1].IsWord) return null;
            var v = tokens[verb].Norm == "will" && verb + 1 < end ? verb + 1 : verb;
            var loss = LossVerbs.Contains(tokens[v]);
            if (!loss && !SuccessionVerbs.Contains(tokens[v])) continue;
            var after = v + 1;
            // "go under", "shut down", "close for good": the particle belongs to the verb, and "go under" is a loss.
            if (after < end && tokens[after].Norm is "under" or "down" or "out" or "off")
            {
                loss |= tokens[after].Norm == "under";
                after++;
            }
            return after >= end || !tokens[after].IsWord || tokens[after].Norm is "and" or "then" ? (after, loss) : null;
        }
        return null;
    }

    /// <summary>"then the burglars,": a determiner and up to three words that borrow the last clause's verb, ending the link.</summary>
    private static int? BareLink(ImmutableArray<Token> tokens, int start, int end)
    {
        var j = TargetRun(tokens, start, end);
        if (j == start + 1 || HasFiniteVerb(tokens, start, j)) return null;
        return j >= end || !tokens[j].IsWord || tokens[j].Norm is "and" or "then" ? j : null;
    }

    /// <summary>
    /// "the dairies, the abattoirs and the feed merchants will follow": three or more targets, each with its determiner,
    /// said to go after a first loss, with nothing after "follow" ("will follow suit" and "follow the rules" are
    /// other verbs). Returns the range of the list and its verb.
    /// </summary>
    private static (int, int)? FollowingList(ImmutableArray<Token> tokens, Sentence sentence)
    {
        var end = sentence.EndToken;
        for (var k = sentence.FirstToken + 1; k < end; k++)
        {
            if (tokens[k].Norm is not ("follow" or "follows")) continue;
            var after = k + 1;
            if (after < end && tokens[after].IsWord) return null;
            var listEnd = tokens[k - 1].Norm is "will" or "soon" ? k - 1 : k;
            if (listEnd > sentence.FirstToken && tokens[listEnd - 1].Norm == "will") listEnd--;
            var items = 0;
            var listStart = -1;
            var itemStart = -1;
            var itemEnd = listEnd;
            for (var j = listEnd - 1; j >= sentence.FirstToken && itemEnd - j <= 4; j--)
            {
                var separator = tokens[j].Text == "," || tokens[j].Norm == "and";
                if (separator || !tokens[j].IsWord || j == sentence.FirstToken)
                {
                    if (!separator && IsDeterminer(tokens[j])) itemStart = j;
                    if (itemStart < 0) break;
                    (items, listStart, itemStart, itemEnd) = (items + 1, itemStart, -1, j);
                    if (!separator) break;
                    continue;
                }
                if (IsDeterminer(tokens[j])) itemStart = j;
            }
            if (items >= 3) return (listStart, k + 1);
        }
        return null;
    }

    /// <summary>A catastrophe within <see cref="StepReach"/> tokens after <paramref name="marker"/>, in its clause; returns its end.</summary>
    private static int? OutcomeAfter(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int marker)
    {
        for (var k = marker + 1; k < sentence.EndToken && k - marker <= StepReach; k++)
        {
            if (tokens[k].Text is ";" or ":" or ".") return null;
            if (Catastrophes.OutcomeAt(actors, tokens, sentence, k) is int end) return end;
        }
        return null;
    }

    private static bool ActorIn(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence)
    {
        var span = tokens.AsSpan(0, sentence.EndToken);
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            if (tokens[k].IsCapitalized && k > sentence.FirstToken && actors.Match(span, k) is { } actor && actor.Class.IsAdversary()) return true;
        return false;
    }
}
