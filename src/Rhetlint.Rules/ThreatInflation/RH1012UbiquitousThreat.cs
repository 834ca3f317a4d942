using System.Collections.Frozen;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;
using Rhetlint.Rules.Superlatives;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>RH1012 — omnipresent threat.</summary>
public sealed class RH1012UbiquitousThreat : RhetoricAnalyzer
{
    public override RuleDocumentation Documentation { get; } = new(Descriptor)
    {
        WhatItDoes = """
            Flags a threat made ubiquitous in the writer's voice:
            - a cue ("strike anywhere, at any time", "at any moment", "lurk
              everywhere", "no one is safe", "the enemy within") with a threat referent in the sentence; a cue that
              only says where or when ("at any moment", "any day now", "on every corner") needs the threat as its
              clause's subject, before it or after a cue that opens the clause ("at any moment the militias could
              attack", "because at any time the gangs could return"), or its passive's agent ("could be raided at any
              moment by the gangs");
            - a universal negative ("no", "none of", "not a single", "not one of") over places or things + "is/will be
              safe", with a threat referent near it: "no street is safe from the gangs", "not a single barn in the
              valley is safe from the wildfires";
            - the same over people or their community, which needs no threat named ("no one", "nobody", "nowhere",
              "none of us", or a head that names people by age, sex, home or kin, or a community: "no one in this
              town is safe anymore", "none of our grandparents are safe", "no tenant on the estate is safe now");
            - a universal subject ("every", "each of", "every single", "all of", "anyone who …") with a copula and an
              exposure ("at risk", "in danger", "under threat", "a potential target"): "every pensioner in the county
              is at risk", "every clinic on the coast is a potential target";
            - a universal subject carrying a weapon or a threat, verbless ubiquity: "every pupil at Dunmore High now
              carries a knife", "each stall has its fentanyl";
            - "in/inside/on/at every X (and Y)" after a threat that someone brings somewhere — a crime, a drug, a
              weapon, an attack ("fentanyl is in every classroom, in every office", "a drug dealer on every corner"; a repeated
              list is one finding) — or after an infiltrating agent (agents,
              cells, hackers, terrorists) or a collective actor: "Kestrian agents lurk in every ministry", "hackers are
              already inside every water utility and hospital"; an approximator (almost, nearly, virtually,
              practically, "just about") keeps it universal: "drug gangs are now in almost every secondary school"; a
              plural made an adversary by an adjective of enmity (hostile, enemy, belligerent) is such an agent:
              "hostile regimes are already in nearly every council's payroll system"; a share of a quarter or more
              stands for "every" ("one in three", "half our", "a third of the"), also as what a plural place belongs
              to: "ransomware crews are already inside one in three district councils", "ransomware gangs are hiding
              inside the payroll systems of one in four water companies", "criminal gangs are already inside one in four of our
              care homes" (a share of a stake only: places, buildings, bodies; not a share with its year and source, nor an
              ordinary visitor: "inspectors are inside one in three care homes");
            - everyone put under watch in the passive, the watcher left out: a universal subject of people ("every one
              of us", "each of you", "everyone", "every resident") and a participle of surveillance (tracked,
              monitored, watched, surveilled, spied on, filmed, profiled, bugged): "every one of you will be tracked
              the moment you leave the house";
            - a verb of spreading before "every/each X" or "X by X" with a threat referent in its clause ("a wave of
              burglaries is spreading through every suburb", "knife crime is spreading street by street"; or "it"/"they"
              after the threat: "the outbreak is the worst in years, and it now threatens to engulf every town"), or a verb of
              infestation, a threat on its own ("burglars are casing every street"); the universal set may also be
              "every single X", "the entire/whole X" or "all our/the Xs" ("the epidemic could soon engulf the whole
              coast", "the automation wave is coming for every docker");
            - preying or surveillance over a universal set of people, a threat on its own: "the smuggling gangs are
              preying on every child in the estate", "the data brokers hold a dossier on every single voter";
            - a threat hunting people down (hunt, hound, stalk: WordNet hunt.v.01/.02, stalk.v.02) over a universal set
              of people, or over an object walked through by a distributive "X by X": "armed gangs are hounding every
              pensioner on the estate", "ransomware crews are hunting the councils, school by school";
            - a threat pouring in: a threat agent or a threat that someone brings (a crime or a criminal, a drug, a
              weapon, terror) as the subject of a verb of arriving in a mass (pour, flood, stream, swarm, surge, flock:
              WordNet's "move in large numbers"), in a present form, and a particle of inflow ("in", "into",
              "through", "across"): "arms traffickers are streaming across the northern border", "heroin floods in
              through the eastern ports";
            - a magnet for every member of a threat: a place that draws people (magnet, mecca, honeypot, lure, beacon,
              haven), "for" and "every", "each" or "all (the)" before a threat agent or a brought threat: "the new
              casino will be a magnet for every smuggler on the coast".
            """,
        WhyIsThisBad = """
            Mueller and Stewart show how "they could strike anywhere" detaches a threat from its base rate. Every place
            at risk is no place in particular, and the claim cannot be checked.
            """,
        NotFlagged = """
            - a count, figure or citation in the same or next sentence;
            - cues with no threat ("order coffee anywhere, at any time", "our volunteers are in every city", "the news
              spread to every village"), including
              a threat that is in the sentence but not near the cue: the threat referent must sit in the cue's clause,
              within ten words; and a threat after a where-or-when cue inside its clause, which is someone else's
              business ("reservists can be recalled at any moment to fight the insurgents", "volunteers hand out
              leaflets on every corner to warn about pickpockets");
            - negated, quoted or reported claims, and titles in Title Case inside a sentence that is not ("The Enemy
              Within, a thriller, opens on Friday");
            - limitless abilities of a state's forces and arrival forecasts, which RH1011 reports ("Varn's missiles can
              strike anywhere", "the gangs will be in every town by spring");
            - literal distributions and trades armed by definition ("every household receives a leaflet", "every
              soldier carries a rifle", "each of them has a gun": the people just named); a risk or a threat as such
              rather than one that can be somewhere ("there is a risk in every investment"), or a disease ("the virus is present in every cell of the body"); migration, which is a
              topic ("migrants work in every town in the county"); "no seat is safe" with no threat near it;
              a role in a contest or a thing made safe or unsafe for use ("no player is safe from the drop", "no
              pension fund is safe under the new rules", "none of the ladders are safe to climb", "no bridge is safe
              for lorries"), safety from what is no threat ("no one is safe from the comedian's jokes"), safety in the past ("no one was safe in the winter of 1947"), and a risk of a named
              outcome ("every patient is at risk of infection after surgery");
              "among us" that picks people out of the writer's group ("the bravest among us", "those among us who");
              records and counts over things ("the clinic keeps a file for every patient", "the wardens are spying on
              every nest for the bird count"); a hunt by no threat, or for one ("detectives are hunting the gang members,
              one by one"), or over a frequency ("day by day");
            - an inflow of no threat ("tourists are pouring into the old town", "water is pouring through the roof"),
              of migrants or families (a topic, not a threat), in the past ("smugglers poured across the border in
              1998": a reported event), or a flow word that is a noun ("the troop surge in the north"); armed forces
              and weapons on the move ("troops are pouring in from the north"), which are the news of a war, and an
              inflow into a named place ("smugglers are streaming into Dorvania"), a report from somewhere; a magnet
              for tourists, students or investors, for a threat without "every" or "all" ("a magnet for smugglers"),
              or for a threat agent WordNet also holds as an animal ("a haven for every predator in the valley");
            - near-universal places with no agent ("the festival has stalls in almost every street"), and WordNet's
              compounds of those adjectives ("hostile takeover bids are common in almost every sector"); things tracked
              ("every parcel will be tracked"), people in care ("every patient will be monitored overnight"), a
              watcher named by "by" ("watched by the selectors") and sport.
            - History: a past tense with a date ("By 1805 enemy frigates were off almost every harbour", "hostile fans
              were in nearly every seat two seasons ago").
            """,
        Examples =
        [
            "Terrorists could [[strike anywhere, at any time]], and [[no one is safe]].",
            "A wave of burglaries is [[spreading through every suburb]].",
            "[[Every pupil at Dunmore High now carries a knife]].",
            "The new casino will be a [[magnet for every smuggler]] on the coast.",
        ],
        UseInstead =
        [
            """
            Norvania recorded four attacks in 2024, all in the capital, according to the interior ministry's annual
            report.
            """,
        ],
        Rewrite = "Display-only template `[N] incidents occurred in [place] in [period] ([source])`.",
    };

    public static readonly DiagnosticDescriptor Descriptor = new(
        "RH1012",
        "Omnipresent threat",
        "'{0}' makes the threat everywhere at once; say how many incidents, where, over what period, and who counted them",
        RuleCategories.ThreatInflation,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "The writer says a threat can strike anywhere, lurks everywhere or leaves no one safe, with no count or source.",
        helpLinkUri: RuleCategories.HelpUri("RH1012"),
        customTags: [RuleTags.LoweredInOpinion, EvidenceWindow.NextSentence.Tag]);

    /// <summary>Where or when a threat strikes ("at any moment", "on every corner"): the threat is the subject of their clause.</summary>
    private static readonly PhraseList AdverbialCues = TaggedLexicon.Load(RuleLexicons.Store, "ubiquity_cues").Phrases("adverbial");

    /// <summary>Cues that say the threat is everywhere themselves ("lurk everywhere", "no one is safe"): the threat may follow.</summary>
    private static readonly PhraseList PredicateCues = TaggedLexicon.Load(RuleLexicons.Store, "ubiquity_cues").Phrases("predicate");

    /// <summary>"every day", "every time", "every step": a frequency or a manner, not a place.</summary>
    private static readonly FrozenWordSet NonPlaces = TaggedLexicon.Load(RuleLexicons.Store, "omnipotence_terms").Words("NONPLACE").ToFrozenWordSet();

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(AnalyzeSentence);

    private static void AnalyzeSentence(SentenceContext context)
    {
        var document = context.Document;
        var sentence = context.Sentence;
        var tokens = document.Tokens;
        var actors = document.Actors;
        var abilityEnd = -1;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if ((AbilityClaims.At(actors, tokens, sentence, i) ?? AbilityClaims.ArrivalAt(actors, tokens, sentence, i)) is (_, int covered)) abilityEnd = covered;
            if (i < abilityEnd) continue;
            var adverbial = AdverbialCues.LongestAt(tokens, i, sentence.EndToken);
            var length = Math.Max(adverbial, PredicateCues.LongestAt(tokens, i, sentence.EndToken));
            if (length > 0 && (IsPrepositionalWithin(tokens, sentence, i + length) || IsPartitiveAmongUs(tokens, sentence, i))) length = 0;
            var threatMayFollow = length > adverbial || OpensClause(tokens, sentence, i);
            if (length == 0) (length, threatMayFollow) = (NoPlaceSafeLength(tokens, sentence, i), true);
            var (start, end) = length > 0 && ReferentNear(actors, tokens, sentence, i, i + length, threatMayFollow) ? (i, i + length)
                : ExposedEveryoneAt(tokens, sentence, i) ?? EveryPlaceAt(actors, tokens, sentence, i) ?? SpreadEverywhereAt(actors, tokens, sentence, i) ?? HuntedOneByOneAt(actors, tokens, sentence, i)
                  ?? EveryoneCarriesAt(tokens, sentence, i) ?? SurveilledEveryone.At(tokens, sentence, i)
                  ?? InflowAt(actors, tokens, sentence, i) ?? MagnetForAllAt(tokens, sentence, i) ?? (i, i);
            if (end == start) continue;
            if (document.Voices[i] != Voice.Author || document.IsNegated(i) || ImageryContext.IsTitleCased(document, sentence, start, end)) continue;
            // "Enemy soldiers were in nearly every village by 1943": a dated past is history, not a threat now.
            if (DatedPast.IsDatedNarration(tokens, sentence, start)) continue;
            if (context.EvidenceFor(Descriptor, new Claim(ClaimKind.Magnitude, start, end)).Strength >= EvidenceStrength.Medium) continue;

            var span = document.SpanOf(start, end);
            var severity = document.IsQuestion(sentence) ? ClaimScope.Lowered(Descriptor.DefaultSeverity) : Descriptor.DefaultSeverity;
            var rewrite = Rewrite.Template("Replace 'everywhere' with a count, a place and a period", span,
                "[N] incidents occurred in [place] in [period] ([source])");
            context.Report(Descriptor, severity, span, [rewrite], document.Excerpt(span));
            i = end - 1;
        }
    }

    /// <summary>How far from the cue the threat may sit and still be what is everywhere.</summary>
    private const int ReferentWindow = 10;

    /// <summary>
    /// A threat referent in the cue ("the enemy within") or near it in its clause, within <see cref="ReferentWindow"/> tokens:
    /// "Terrorists could strike anywhere, at any time" spreads a threat; "users may be banned at any time" in a sentence
    /// that later lists threats does not. With <paramref name="threatMayFollow"/> false (an adverbial of where or when
    /// inside its clause), only a referent before the cue counts: the threat must be what strikes at any time, and one
    /// after the cue is someone else's ("officers can be recalled at any moment to fight the rebels").
    /// </summary>
    private static bool ReferentNear(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int cue, int cueEnd, bool threatMayFollow)
    {
        for (var k = cue - 1; k >= sentence.FirstToken && cue - k <= ReferentWindow && !IsClauseBreak(tokens[k]); k--)
            if (ThreatReferents.IsAt(actors, tokens, sentence, k, out _)) return true;
        // A passive's agent is the clause's actor: "our towns could be hit at any moment by terrorists".
        var last = threatMayFollow ? sentence.EndToken
            : cueEnd < sentence.EndToken && tokens[cueEnd].Norm == "by" ? Math.Min(sentence.EndToken, cueEnd + 1 + AgentReach) : cueEnd;
        for (var k = cue; k < last && k - cueEnd < ReferentWindow && !IsClauseBreak(tokens[k]); k++)
            if (ThreatReferents.IsAt(actors, tokens, sentence, k, out _)) return true;
        return false;
    }

    /// <summary>How many words of a passive's "by" phrase may come before its threat ("by the armed gangs").</summary>
    private const int AgentReach = 3;

    /// <summary>Conjunctions that open a clause whose subject follows a fronted adverbial ("because at any time the gangs …").</summary>
    private static readonly FrozenSet<string> Subordinators = FrozenSet.ToFrozenSet(
        ["that", "because", "if", "when", "while", "since", "although", "though", "unless"], StringComparer.Ordinal);

    /// <summary>
    /// Whether the cue at <paramref name="cue"/> opens its clause ("At any moment the militias could attack", "…; any day
    /// now the levee goes", "and at any time the gangs return", "because at any time the gangs could come back"): a
    /// fronted adverbial's subject follows it.
    /// </summary>
    private static bool OpensClause(ImmutableArray<Token> tokens, Sentence sentence, int cue)
    {
        var k = cue - 1;
        if (k >= sentence.FirstToken && Subordinators.Contains(tokens[k].Norm)) return true;
        if (k >= sentence.FirstToken && tokens[k].Norm is "and" or "but" or "yet" or "so") k--;
        // A comma opens a clause before a conjunction or after an opening subordinate clause ("If the border stays open,
        // at any moment the smugglers …"); otherwise "cancel, at any time, …" is an aside inside one.
        return k < sentence.FirstToken || tokens[k].Text is ";" or ":"
               || tokens[k].Text == "," && (k < cue - 1 || tokens[sentence.FirstToken].Norm is not "that" && Subordinators.Contains(tokens[sentence.FirstToken].Norm));
    }

    /// <summary>A stop the sentence splitter missed ("any time.Users") ends the clause as surely as a semicolon.</summary>
    private static bool IsClauseBreak(Token token) => token.Text is ";" or ":" or "." or "?" or "!";

    /// <summary>
    /// "inside every water company and power station", "in every ministry": a place quantified by "every" at
    /// <paramref name="i"/>, after an infiltrating agent or an actor earlier in the clause. Returns the phrase range.
    /// </summary>
    private static (int Start, int End)? EveryPlaceAt(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var end = sentence.EndToken;
        if (tokens[i].Norm is not ("in" or "inside" or "within" or "into" or "across" or "on" or "at") || i + 2 >= end) return null;
        // "inside virtually every hospital": an approximator keeps the claim universal in effect.
        var every = i + 1 + Approximators.LengthAt(tokens, i + 1, end);
        // "inside one in three councils": a large share of the places is read as their whole (StatedSets).
        var share = tokens[every].Norm == "every" ? null : StatedSets.ShareEnd(tokens, sentence, every);
        if (share is null && (every + 1 >= end || tokens[every].Norm != "every" || NonPlaces.Contains(tokens[every + 1]) || !tokens[every + 1].IsWord)) return null;
        if (!AgentBefore(actors, tokens, sentence, i)) return null;
        var k = share ?? PlacePhraseEnd(tokens, every - 1, end);
        // "in every classroom, in every office, in every home": one place list, one finding.
        while (k + 3 < end && tokens[k].Text is "," or "and" && tokens[k + 1].Norm == tokens[i].Norm && tokens[k + 2].Norm == "every")
            k = PlacePhraseEnd(tokens, k + 1, end);
        return (i, k);
    }

    /// <summary>The end of "in every X …" starting at the preposition <paramref name="i"/>.</summary>
    private static int PlacePhraseEnd(ImmutableArray<Token> tokens, int i, int end)
    {
        var k = i + 2;
        while (k < end && k - i < 9 && tokens[k].IsWord && tokens[k].Norm is not ("in" or "of" or "across" or "waiting" or "ready" or "to" or "who" or "which" or "that")
            && !(tokens[k].Norm is "and" or "or" && k + 1 < end && !tokens[k + 1].IsWord))
            k++;
        return k;
    }

    /// <summary>Verbs of spreading ("tearing through"): ubiquity only with a threat referent near them.</summary>
    private static readonly FrozenWordSet SpreadingVerbs = TaggedLexicon.Load(RuleLexicons.Store, "spread_verbs").Words("spread").ToFrozenWordSet();

    /// <summary>Verbs of infestation and intrusion ("infesting", "casing"): a threat on their own.</summary>
    private static readonly FrozenWordSet InfestingVerbs = TaggedLexicon.Load(RuleLexicons.Store, "spread_verbs").Words("infest").ToFrozenWordSet();

    /// <summary>Verbs of preying and surveillance, and a file kept on someone ("preying on", "a file on"): a threat on their own, with "on" and people.</summary>
    private static readonly FrozenWordSet PreyingWords = TaggedLexicon.Load(RuleLexicons.Store, "spread_verbs").Words("prey").ToFrozenWordSet();

    private static readonly FrozenWordSet SpreadPrepositions = TaggedLexicon.Load(RuleLexicons.Store, "spread_verbs").Words("through").ToFrozenWordSet();

    /// <summary>
    /// "tearing through every office in the county", "spreading street by street", "casing every street": a verb of
    /// spreading or infestation at <paramref name="i"/> before a place quantified by "every"/"each" or repeated around
    /// "by". Spreading verbs need a threat referent in the clause ("the news spread to every village" is not a threat);
    /// infestation verbs are one. Returns the phrase range.
    /// </summary>
    private static (int Start, int End)? SpreadEverywhereAt(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var preys = PreyingWords.Contains(tokens[i]);
        var infests = preys || InfestingVerbs.Contains(tokens[i]);
        if (!infests && !SpreadingVerbs.Contains(tokens[i])) return null;
        var k = i + 1;
        if (preys && (k >= sentence.EndToken || tokens[k].Norm != "on")) return null;
        if (k < sentence.EndToken && SpreadPrepositions.Contains(tokens[k])) k++;
        if (k + 1 >= sentence.EndToken) return null;
        int end;
        if (UniversalNounAt(tokens, sentence, k) is int noun)
        {
            // Preying and surveillance threaten people: "spying on every nest" is a bird count.
            if (preys && SourceNouns.Of(tokens[noun]) is not { Kind: SourceNounKind.Person or SourceNounKind.Group }) return null;
            end = PlaceEnd(tokens, sentence, noun);
        }
        else if (preys) return null;
        else if (k + 2 < sentence.EndToken && tokens[k + 1].Norm == "by" && tokens[k].IsWord && tokens[k].Norm == tokens[k + 2].Norm && !NonPlaces.Contains(tokens[k])) end = k + 3;
        else return null;
        return infests || ReferentNear(actors, tokens, sentence, i, i + 1, threatMayFollow: true) || PronounForReferent(actors, tokens, sentence, i) ? (i, end) : null;
    }

    /// <summary>
    /// Verbs of hunting people down (hunt, hound, stalk, prey: WordNet hunt.v.01/.02, stalk.v.02, prey.v.02), all their
    /// forms: the <c>predation</c> kind of <c>fear_imagery_wordnet.txt</c>, generated by tools/gen_fear_vehicles.py, which
    /// RH1001 reads in "hunting them like prey".
    /// </summary>
    private static readonly Lazy<FrozenWordSet> PredationVerbs = new(() =>
        TaggedLexicon.Load(RuleLexicons.Store, "fear_imagery_wordnet").Entries("predation")
            .SelectMany(e => Inflections.VerbForms(e[0])).ToFrozenWordSet());

    /// <summary>How many words the hunted object may have before the comma of its distributive ("the whole public sector").</summary>
    private const int HuntedObjectWords = 5;

    /// <summary>
    /// "Ransomware crews are hunting the councils, school by school", "loan sharks are hounding every pensioner on the
    /// estate": a verb of predation at <paramref name="i"/> over a universal set of people (<see cref="UniversalNounAt"/>,
    /// a person or group noun), or over an object followed by a comma and a distributive "X by X" that walks the hunt
    /// through all of it. The hunter must be a threat referent before the verb in its clause (police hunting a suspect
    /// hunt a threat, not the public), and the hunted no threat ("hunting the gang members one by one" is policing). A
    /// frequency ("day by day", "step by step") is no set. Returns the range from the verb to the set's end.
    /// </summary>
    private static (int Start, int End)? HuntedOneByOneAt(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var end = sentence.EndToken;
        if (!PredationVerbs.Value.Contains(tokens[i]) || i + 2 >= end) return null;
        var k = i + 1;
        if (tokens[k].Norm is "down" or "on") k++;
        if (k >= end || !ReferentNear(actors, tokens, sentence, i, i + 1, threatMayFollow: false)) return null;
        if (UniversalNounAt(tokens, sentence, k) is int noun)
            return SourceNouns.Of(tokens[noun]) is { Kind: SourceNounKind.Person or SourceNounKind.Group } && !ThreatReferents.IsAt(actors, tokens, sentence, noun, out _)
                ? (i, PlaceEnd(tokens, sentence, noun)) : null;
        var comma = k;
        while (comma < end && comma - k < HuntedObjectWords && tokens[comma].IsWord && !ThreatReferents.IsAt(actors, tokens, sentence, comma, out _)) comma++;
        if (comma == k || comma + 3 >= end || tokens[comma].Text != ",") return null;
        var unit = tokens[comma + 1];
        return unit.IsWord && !NonPlaces.Contains(unit) && tokens[comma + 2].Norm == "by" && tokens[comma + 3].Norm == unit.Norm
            ? (i, comma + 4) : null;
    }

    /// <summary>Verbs of arriving in a mass ("pouring", "swarming"), present forms: with a particle of inflow and a threat agent as subject.</summary>
    private static readonly FrozenWordSet FlowVerbs = TaggedLexicon.Load(RuleLexicons.Store, "spread_verbs").Words("flow").ToFrozenWordSet();

    private static readonly FrozenWordSet InwardParticles = TaggedLexicon.Load(RuleLexicons.Store, "spread_verbs").Words("inward").ToFrozenWordSet();

    /// <summary>Nouns of a place that draws people ("magnet", "mecca", "honeypot").</summary>
    private static readonly PhraseList MagnetNouns = TaggedLexicon.Load(RuleLexicons.Store, "spread_verbs").Phrases("magnet");

    /// <summary>How many words may stand between a flow verb's threat subject and the verb ("gangs and traffickers are now").</summary>
    private const int InflowSubjectWords = 6;

    /// <summary>
    /// "Armed gangs are pouring across the border", "fentanyl floods in through the ports": a verb of arriving in a
    /// mass at <paramref name="i"/>, in a present form, with a particle of inflow after it and a threat that someone
    /// brings (a crime or a criminal, a drug, a weapon, terror) or an infiltrating agent as its subject, in its clause
    /// before it. An inflow with no count is the threat everywhere at once. "Water is pouring through the roof",
    /// "tourists are streaming in" and "families are flooding across" name no threat (migration is a topic, not one).
    /// Returns the range from the subject to the particle.
    /// </summary>
    private static (int Start, int End)? InflowAt(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (!FlowVerbs.Contains(tokens[i]) || i + 1 >= sentence.EndToken || !InwardParticles.Contains(tokens[i + 1])) return null;
        // The subject ends right before the verb or its auxiliaries and adverbs ("are now", "keep"): "gangs caused a flood in the cellar" has another verb.
        var subjectEnd = i;
        while (subjectEnd - 1 >= sentence.FirstToken && i - subjectEnd < 3
               && (FunctionWords.Auxiliaries.Contains(tokens[subjectEnd - 1]) || tokens[subjectEnd - 1].Norm is "now" or "still" or "already" or "just" or "keep" or "continue" or "simply"))
            subjectEnd--;
        for (var k = subjectEnd - 1; k >= sentence.FirstToken && subjectEnd - k <= InflowSubjectWords && tokens[k].IsWord; k--)
        {
            var length = Math.Max(ThreatAgents.AgentAt(tokens, k, subjectEnd), ThreatReferents.NounAt(tokens, k, subjectEnd) is { } noun && IsPresentThreat(tokens, k, subjectEnd) ? noun.Length : 0);
            if (length == 0 && actors.Match(tokens.AsSpan(0, subjectEnd), k) is { Class: ActorClass.Criminal } criminal) length = criminal.Length;
            if (length == 0) continue;
            if (k + length != subjectEnd || !IsFiniteFlow(tokens[i], tokens[subjectEnd - 1], auxiliary: subjectEnd < i)) return null;
            return IsArmedForce(tokens, k, subjectEnd) || NamesDestination(tokens, sentence, i + 2) ? null : (k, i + 2);
        }
        return null;
    }

    /// <summary>
    /// Whether the head of the inflow's subject (<paramref name="start"/> to <paramref name="end"/>) is an armed force
    /// or its weapons ("troops", "Western weapons", "insurgents"): a military unit or a weapon by WordNet type, or a
    /// threat of the war domain. Forces moving in a war are the news of the war, not a threat made to seem everywhere;
    /// "arms traffickers" are traffickers.
    /// </summary>
    private static bool IsArmedForce(ImmutableArray<Token> tokens, int start, int end)
    {
        if (NounTypes.Of(tokens[end - 1]) is NounType.Military or NounType.Weapon) return true;
        for (var k = start; k < end; k++)
            if (ThreatReferents.NounAt(tokens, k, end) is { Domain: ThreatDomain.War, Length: var length } && k + length == end) return true;
        return false;
    }

    /// <summary>How many words after an inflow's particle its named destination may stand ("across the frontier into Syria").</summary>
    private const int DestinationWords = 5;

    /// <summary>
    /// Whether a capitalized place follows the inflow in its clause ("into Ukraine", "across the frontier into Syria"):
    /// a named destination makes it a report from somewhere, not a threat at the reader's door ("into our towns").
    /// </summary>
    private static bool NamesDestination(ImmutableArray<Token> tokens, Sentence sentence, int from)
    {
        for (var k = from; k < sentence.EndToken && k - from < DestinationWords && tokens[k].IsWord; k++)
            if (tokens[k].IsCapitalized) return true;
        return false;
    }

    /// <summary>
    /// Whether the flow word is the subject's verb, not a noun after it ("a troop surge in", "the spring floods in"):
    /// a participle after an auxiliary ("are pouring"), or a present form that agrees with the subject's head ("gangs
    /// pour in", "heroin floods in").
    /// </summary>
    private static bool IsFiniteFlow(Token verb, Token subjectHead, bool auxiliary)
    {
        if (verb.Norm.EndsWith("ing", StringComparison.Ordinal)) return auxiliary;
        return verb.Norm.EndsWith('s') != subjectHead.Norm.EndsWith('s');
    }

    /// <summary>Threat agents that WordNet also holds as animals ("predator", "mole"): <c>animal_agents_wordnet.txt</c>, generated by tools/gen_animal_agents.py.</summary>
    private static readonly Lazy<PhraseList> AnimalAgents = new(() => PhraseList.LoadLemmas(RuleLexicons.Store, "animal_agents_wordnet", Inflections.PartOfSpeech.Noun));

    /// <summary>How many modifiers may stand between "every" and the threat after a magnet ("every armed smuggler").</summary>
    private const int MagnetModifierWords = 2;

    /// <summary>
    /// "a magnet for every smuggler on the coast", "a honeypot for all the county's burglars": a place that draws
    /// people, "for", and a universal set ("every", "each", "all (the)") of a threat agent or a threat that someone
    /// brings. Every one of them drawn to one place is ubiquity turned around. A magnet for tourists, talent or
    /// investors draws no threat. Returns the range from the magnet noun to the threat noun.
    /// </summary>
    private static (int Start, int End)? MagnetForAllAt(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var end = sentence.EndToken;
        if (MagnetNouns.LongestAt(tokens, i, end) is not (> 0 and var magnet)) return null;
        var k = i + magnet;
        if (k + 2 >= end || tokens[k].Norm != "for") return null;
        k++;
        if (tokens[k].Norm is "every" or "each") k += k + 1 < end && tokens[k + 1].Norm == "single" ? 2 : 1;
        else if (tokens[k].Norm == "all") k += k + 1 < end && tokens[k + 1].Norm is "the" or "our" ? 2 : 1;
        else return null;
        for (var head = k; head < end && head - k <= MagnetModifierWords && tokens[head].IsWord; head++)
        {
            // "a haven for every predator in the valley": drawn to a place, a noun with an animal sense is wildlife.
            if (AnimalAgents.Value.LongestAt(tokens, head, end) > 0) return null;
            if (ThreatAgents.AgentAt(tokens, head, end) is > 0 and var agent) return (i, head + agent);
            if (IsPresentThreat(tokens, head, end) && ThreatReferents.NounAt(tokens, head, end) is { Length: var length }) return (i, head + length);
        }
        return null;
    }

    /// <summary>How far before a verb of spreading its pronoun subject may stand ("it now threatens to engulf").</summary>
    private const int PronounWindow = 4;

    /// <summary>
    /// "The outbreak is the worst in a decade, and it now threatens to engulf every town on the coast": the spreading verb at
    /// <paramref name="verb"/> has "it"/"they" as its subject, and a threat referent stands earlier in the sentence,
    /// before that pronoun — what the pronoun most likely points back to.
    /// </summary>
    private static bool PronounForReferent(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int verb)
    {
        for (var pronoun = verb - 1; pronoun >= sentence.FirstToken && verb - pronoun <= PronounWindow && tokens[pronoun].IsWord; pronoun--)
        {
            if (tokens[pronoun].Norm is not ("it" or "they")) continue;
            for (var k = sentence.FirstToken; k < pronoun; k++)
                if (ThreatReferents.IsAt(actors, tokens, sentence, k, out _)) return true;
            return false;
        }
        return false;
    }

    /// <summary>
    /// The noun of a universal place or person set at <paramref name="k"/>: "every/each X", "every single X", "the
    /// entire/whole X", "all our/the Xs"; not a frequency or a manner ("every day", "every step"). Null for anything else.
    /// </summary>
    private static int? UniversalNounAt(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        var end = sentence.EndToken;
        var noun = tokens[k].Norm switch
        {
            "every" when k + 2 < end && tokens[k + 1].Norm == "single" => k + 2,
            "every" or "each" => k + 1,
            "the" when k + 2 < end && tokens[k + 1].Norm is "entire" or "whole" => k + 2,
            "all" when k + 2 < end && tokens[k + 1].Norm is "our" or "the" or "your" => k + 2,
            _ => -1,
        };
        return noun > k && noun < end && tokens[noun].IsWord && !NonPlaces.Contains(tokens[noun]) ? noun : null;
    }

    /// <summary>The end of a place noun phrase after "every" ("every office", "every hallway and every bathroom").</summary>
    private static int PlaceEnd(ImmutableArray<Token> tokens, Sentence sentence, int noun)
    {
        var end = noun + 1;
        if (end + 2 < sentence.EndToken && tokens[end].Norm is "and" or "or" && tokens[end + 1].Norm is "every" or "each" && tokens[end + 2].IsWord) end += 3;
        return end;
    }

    /// <summary>An agent ("agents", "cells", "hackers"), a collective made an adversary by its modifier ("hostile states"), or an out-group or criminal actor ("gangs", "the Vance gang") in the clause before the place.</summary>
    private static bool AgentBefore(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int place)
    {
        for (var k = place - 1; k >= sentence.FirstToken && place - k <= 10; k--)
        {
            if (tokens[k].Text is ";" or ":") return false;
            if (ThreatAgents.AgentAt(tokens, k, place) > 0 || HostileActors.At(tokens, k, place)) return true;
            if (actors.Match(tokens.AsSpan(0, place), k) is { Class: ActorClass.Group or ActorClass.Criminal }) return true;
            if (IsPresentThreat(tokens, k, place)) return true;
        }
        return false;
    }

    /// <summary>
    /// A threat noun that someone brings somewhere — a crime or a criminal, a drug or a poison, a weapon, an attack
    /// ("fentanyl is in every classroom", "a drug dealer on every corner"). Not a threat as such or a risk ("there is
    /// a risk in every investment"), not a disease, which is in every cell of a body by biology, and not migration,
    /// which the threat model reads as a topic.
    /// </summary>
    private static bool IsPresentThreat(ImmutableArray<Token> tokens, int k, int limit) =>
        ThreatReferents.NounAt(tokens, k, limit) is { Domain: ThreatDomain.Crime or ThreatDomain.Substance or ThreatDomain.War or ThreatDomain.Terror or ThreatDomain.Cyber };

    private static readonly Lazy<TaggedLexicon> Carried = new(() => TaggedLexicon.Load(RuleLexicons.Store, "carried_threats"));
    private static readonly Lazy<FrozenWordSet> CarryVerbs = new(() => Carried.Value.Words("carry").ToFrozenWordSet());
    private static readonly Lazy<FrozenWordSet> Weapons = new(() => Carried.Value.Words("weapon").ToFrozenWordSet());
    private static readonly Lazy<FrozenWordSet> ArmedTrades = new(() => Carried.Value.Words("armed").ToFrozenWordSet());

    /// <summary>
    /// "No street is safe", "not a single home in the valley is safe": a universal negative subject over places or
    /// things, a copula and "safe" (<see cref="UniversalExposure.NoneSafeAt"/>); a cue like "no one is safe", read only
    /// with a threat referent near it ("no street is safe from the gangs"; "no seat is safe" in an election is not).
    /// The length, or 0.
    /// </summary>
    private static int NoPlaceSafeLength(ImmutableArray<Token> tokens, Sentence sentence, int i) =>
        UniversalExposure.NoneSafeAt(tokens, sentence, i) is (int end, false) ? end - i : 0;

    /// <summary>
    /// People or their community left with no safety, or every one of a set exposed, with no threat named: "no one in
    /// this town is safe anymore", "none of our children are safe", "every family in the county is at risk". The claim
    /// spreads the threat over everyone by itself. Returns the range from the quantifier to the predicate's end.
    /// </summary>
    private static (int Start, int End)? ExposedEveryoneAt(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (UniversalExposure.NoneSafeAt(tokens, sentence, i) is (int end, true)) return (i, end);
        return UniversalExposure.EveryoneExposedAt(tokens, sentence, i) is int exposed ? (i, exposed) : null;
    }

    /// <summary>
    /// "every teenager in the town now carries a knife", "each pupil has a gun": "every/each" + a noun (up to four
    /// words of place after it), a verb of carrying (<c>carried_threats.txt</c>) and, after an article or a possessive,
    /// a weapon or a threat noun. Not the trades that carry arms by definition ("every officer carries a baton"),
    /// and not "every household receives a leaflet" (no threat). Returns the phrase range.
    /// </summary>
    private static (int Start, int End)? EveryoneCarriesAt(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var end = sentence.EndToken;
        // "each of them has a gun" is about the people just named, not a population.
        if (tokens[i].Norm is not ("every" or "each") || i + 3 >= end || !tokens[i + 1].IsWord || tokens[i + 1].Norm == "of" || NonPlaces.Contains(tokens[i + 1])) return null;
        if (ArmedTrades.Value.Contains(tokens[i + 1])) return null;
        var verb = i + 2;
        while (verb < end && verb - i <= 6 && tokens[verb].IsWord && !CarryVerbs.Value.Contains(tokens[verb])) verb++;
        if (verb >= end || !CarryVerbs.Value.Contains(tokens[verb])) return null;
        var obj = verb + 1;
        if (obj < end && (tokens[obj].Norm is "a" or "an" or "his" or "her" or "their" or "its" or "some")) obj++;
        if (obj >= end) return null;
        if (Weapons.Value.Contains(tokens[obj])) return (i, obj + 1);
        return IsPresentThreat(tokens, obj, end) && ThreatReferents.NounAt(tokens, obj, end) is { Length: var length } ? (i, obj + length) : null;
    }

    /// <summary>
    /// "the finest among us", "those among us who", "many among us": "among us" after a superlative, a quantifier or
    /// "those" picks people out of the writer's own group; "spies among us" hides a threat in it.
    /// </summary>
    private static bool IsPartitiveAmongUs(ImmutableArray<Token> tokens, Sentence sentence, int cue)
    {
        if (tokens[cue].Norm != "among" || cue - 1 < sentence.FirstToken) return false;
        var before = tokens[cue - 1].Norm;
        return before is "those" or "many" or "some" or "few" or "most" or "all" or "one" or "any" or "none" or "each"
            || before.Length > 4 && before.EndsWith("est", StringComparison.Ordinal);
    }

    /// <summary>"the enemy within the party": "within" with an object is a place, not the idiom of a hidden enemy.</summary>
    private static bool IsPrepositionalWithin(ImmutableArray<Token> tokens, Sentence sentence, int cueEnd) =>
        tokens[cueEnd - 1].Norm == "within" && cueEnd < sentence.EndToken && tokens[cueEnd].IsWord;
}
