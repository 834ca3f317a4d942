using System.Collections.Frozen;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>RH1002 — existential framing.</summary>
public sealed class RH1002ExistentialFraming : RhetoricAnalyzer
{
    public override RuleDocumentation Documentation { get; } = new(Descriptor)
    {
        WhatItDoes = """
            Flags the writer framing a threat as one to survival itself:
            - "an existential threat/danger/peril", "a civilizational struggle" (crisis, struggle, war, risk only with a
              threat referent in the sentence);
            - "threatens our (very) existence / way of life", "a mortal threat to our way of life";
            - "we are fighting for our survival";
            - "the end of democracy/civilization/the world as we know it";
            - "wipe us off the map", "wipe our country from the face of the planet";
            - "our (very) way of life will not survive", and any named stake stated as certain not to survive: a
              community, an institution or a public good (`institution` entries: "the free press cannot survive another
              term", "the school system in Greyford will not survive", "public transport as we know it will not survive");
            - "whether the republic survives at all": survival itself put in doubt;
            - "the end of local farming as we know it" for an institution as well as a whole;
            - with no "existential", a threat to a large stake: "a threat to democracy", "a danger to the republic", "an
              assault on the rule of law", "a menace to everything we hold dear" — a threat noun ("threat", "danger",
              "menace", "peril") before "to", or "assault"/"onslaught" before "on", whose object is a whole polity, a
              civilisation, the planet, or a public good the whole polity shares (`large-stake` entries: the nation,
              the free press, the rule of law, our way of life).
            - a stake a step from ceasing to exist: "the league is one bad season away from extinction", "a single vote
              away from oblivion" (not a species or a population: conservation science);
            - a polity's end foretold: "this could be the end of our free republic", "the new law spells the death of free
              speech", "will mean the demise of the rule of law" — "the end", "death", "demise", "destruction",
              "downfall" or "extinction" of a large stake or a survival stake after a modal or "to" + "be/mean/spell/
              herald/signal/bring", or after "is/means/spells/heralds/signals" (a class mined from propaganda spans,
              reviewed by hand: see `rules/lexicons/README.md`); the stake may be a social class, after a demonym or
              not ("a rent freeze lifted now would be the end of the Ostland middle class"; `social-class` entries);
              the stake may also be a whole state by name or a stake after "this" ("if the treaty fails, it will be
              the end of Ostland", "this bill will be the end of this country"), not a state's possessive ("the end of
              Ostland's membership");
            - a liberty foretold to end: "it will be the last free election this country holds";
            - a loss told as permanent: "before the reef is gone forever", "local papers will be lost for good", "could
              vanish forever"; a figure and a named source, or a question, answer it.
            - a stake lost for good with a transitive "lose": "before we lose the free press for good", "we will lose local
              journalism forever" (a named stake only: a club that will "lose its captain for good" is sport news).
            - survival put as all or nothing: a loss made the condition of losing everything ("if we lose this vote, we
              lose it all", "if the valley loses its school, it loses everything"), and a polity, institution or public
              good whose remaining what it is is put in doubt ("whether we remain a free republic or become something
              darker", "whether Harlow stays a community or turns into a car park").
            - a named stake (a survival stake, an institution or a whole) imperilled now, heading the subject of a
              present predicate of peril: "our way of life is under threat", "local journalism is fighting for its very
              survival", "the high street hangs by a thread", "democracy itself is at stake", "upland farming is
              facing extinction", "the health service is on life support"; or already ruined, with "finished" (closing
              its clause, which a condition after it also closes), "doomed" or "done for": "the working class is
              finished", "hill farming is doomed", "press freedom is doomed if the bill passes" (the same claim as "if
              the bill passes, press freedom is doomed": the stake's ruin is certain once the event comes). A place
              "under attack" or "under siege" is left alone, since that is a war's news ("the city is under siege"),
              and so is a stake after a preposition ("the future of the health service is at stake" weighs a plan).
            - a thing "as we know it" said to be gone, lost or finished, now or after a modal: a stake ("public
              transport as we know it will be finished within the decade"), or a place whose end is the price of a
              condition opened earlier in the sentence ("if the quarry gets its licence, the Orrin valley as we know it
              is gone").
            RH1002 owns these rather than RH1003 because they claim the stake will cease to exist, the survival framing
            this rule reads, not that a scenario is certain; a hedge ("may vanish") lowers them as it lowers the rest.
            Where RH1003 reads the same words as a worst case ("the free press will not survive the decade"), this rule's
            finding supersedes it.
            """,
        WhyIsThisBad = """
            Securitization works by declaring an issue a threat to survival, which lifts it out of ordinary debate and
            justifies emergency measures. The claim is rarely argued, only asserted.
            """,
        NotFlagged = """
            - Negated: "is not an existential threat".
            - The literal, scientific sense with a source nearby: "an existential threat to the marsh vole, a 2023
              survey found". "threatens the survival of coral reefs" is not about a people either.
            - "an existential crisis" with no threat in the sentence; a company or an animal "fighting for survival";
              "the end of cable as we know it".
            - A person, a firm or living things that "will not survive" ("the patient", "the airline", "life cannot
              survive at these temperatures"): medicine, business and biology.
            - Small stakes ("a threat to the harvest", "a danger to cyclists", "a threat to the club's season"), a stake
              that only modifies the object ("a threat to democracy campaigners"), "the threat of thunderstorms"; a
              threat to a large stake asked as a question ("Is the bill a threat to democracy?") or measured, with a
              figure and a named source in the sentence or the next.
            - "we lost the village school for good in 1985" (history); "lose access for good", "lose its captain for good"
              (no stake).
            - The end of a smaller thing or told as history: "would be the end of his candidacy", "the end of the season",
              "the uprising meant the end of the republic"; "the end of the world" (an idiom of disappointment).
            - "one hard winter away from extinction" said of a species or a population; "the last free election was held
              in 1990" and "the last season for the goalkeeper" (history, no liberty); "the manuscripts were lost forever in
              the fire" (history); "once you delete the file, it is gone forever" (a condition).
            - "if we lose the keys, we lose an hour" (a named loss, not everything); "whether we remain in the league" (no
              stake).
            - A company "fighting for its survival", jobs "at stake", a city "under siege" (a war's news), "the threat of rain
              hangs over the fete", and the past ("the town was under attack in 1943").
            - Work done: "the village schools are finished for the summer", "the season is finished for their captain"
              (no stake); one occasion's activity or a thing just built ("by October the farming is finished", "the new
              railway is finished and trains run in May"); a thing "as we know it" that is no stake and no condition's
              price ("cable television as we know it is gone"), that only changes ("will change"), or that "was gone" (history); a thing that is no place
              gone after a condition, which is news of a change ("if Rovers win, the league table as we know it is gone",
              "once the new timetable starts, the Sunday service as we know it is gone").
            - Mentions ("talk of an existential threat") and depictions ("war-game scenarios where …", "a novel in which
              …"), quoted or reported words.

            A hedge ("may be an existential threat") or a question lowers the finding to a suggestion.
            """,
        Examples =
        [
            "Kestria's new naval base is [[an existential threat]] to the free world.",
            "[[The free press cannot survive]] another term like this one.",
            "The new voter-roll purge is [[a threat to democracy itself]].",
            "Deepfake campaign ads are [[an assault on the free press]].",
            "The Carrow rugby league is [[one bad season away from extinction]].",
            "If the Tolvan bill passes, this will be [[the last free election]] we hold.",
            "If the recount is blocked, this could be [[the end of our free republic]].",
            "Without a rescue, the Orla Bay ferry [[will be gone forever]].",
            "The ballot decides [[whether the city stays a democracy or becomes a fiefdom]].",
            "After the third closure this year, [[the high street hangs by a thread]].",
        ],
        UseInstead =
        [
            "The new voter-roll purge removed 12,000 eligible voters in Carrow, the state elections board reported.",
            """
            Kestria's new naval base puts three allied ports within missile range, according to the Harlow Institute.
            """,
        ],
        Rewrite = """
            Display-only template
            `[actor]'s [capability] raises the risk of [specific harm] to [referent], according to [source]`.
            """,
    };

    public static readonly DiagnosticDescriptor Descriptor = new(
        "RH1002",
        "Existential framing",
        "'{0}' frames the threat as one to survival itself; name the specific harm, to whom, and who assesses it",
        RuleCategories.ThreatInflation,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The writer frames a threat as one to the existence or way of life of a people or state (existential threat, fight for our survival, the end of X as we know it).",
        helpLinkUri: RuleCategories.HelpUri("RH1002"),
        // One move, one finding: a named stake that "will not survive the decade" is survival framing, which RH1003's
        // negated survival also reads; the docs give it to this rule.
        customTags: [RuleTags.LoweredInOpinion, RuleTags.Supersedes("RH1003"), EvidenceWindow.NextSentence.Tag]);

    private static readonly Lazy<FramingWords> Words = new(() => new FramingWords(TaggedLexicon.Load(RuleLexicons.Store, "existential_framing")));

    private static readonly FrozenWordSet ThreatenVerbs = TaggedLexicon.Load(RuleLexicons.Store, "existential_framing").Words("threaten").ToFrozenWordSet();

    private static readonly FrozenSet<string> Possessors = FrozenSet.ToFrozenSet(["our", "the", "its", "their", "your"], StringComparer.Ordinal);

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
            var hit = ExistentialNoun(words, context, sentence, i) ?? Threatened(words, document.Actors, tokens, sentence, i) ?? ThreatToLargeStake(words, tokens, sentence, i)
                ?? FightForSurvival(tokens, sentence, i)
                ?? EndAsWeKnowIt(words, document.Actors, tokens, sentence, i) ?? EndOfStakeForetold(words, document.Actors, tokens, sentence, i) ?? OffTheMap(words, document.Actors, tokens, sentence, i) ?? WillNotSurvive(words, tokens, sentence, i)
                ?? WhetherSurvives(words, tokens, sentence, i)
                ?? AwayFromExtinction(words, tokens, sentence, i) ?? LastFree(words, tokens, sentence, i) ?? GoneForever(words, tokens, sentence, i)
                ?? LoseForever(words, tokens, sentence, i) ?? LoseEverything(words, tokens, sentence, i) ?? RemainOrBecome(words, tokens, sentence, i)
                ?? ImperilledStake(words, tokens, sentence, i) ?? GoneAsWeKnowIt(words, tokens, sentence, i);
            if (hit is not { } found) continue;
            if (!ImageryContext.IsAuthors(document, found.First, found.End) || document.IsNegated(found.First)
                || ImageryContext.IsMentioned(tokens, sentence, found.First, found.End))
                continue;
            // "Is the bill a threat to democracy?" asks; "a threat to the rule of law, the Bar Council's 2024 review
            // found" is measured. A survival stake is framing whatever the evidence; a large stake is not.
            if (found.Answerable && (document.IsQuestion(sentence)
                    || context.EvidenceFor(Descriptor, new Claim(ClaimKind.Assertion, found.First, found.End)).Strength >= EvidenceStrength.Strong))
                continue;

            var span = document.SpanOf(found.First, found.End);
            var rewrite = Rewrite.Template("Name the specific harm and who assesses it", span,
                "[actor]'s [capability] raises the risk of [specific harm] to [referent], according to [source]");
            var severity = ImageryContext.SeverityAt(document, sentence, found.Head ?? found.First, Descriptor.DefaultSeverity, hedgeLowers: true);
            context.Report(Descriptor, severity, span, [rewrite], document.Excerpt(span));
            i = found.End - 1;
        }
    }

    /// <summary>"an existential threat", "a civilizational struggle" (the weak nouns only with a threat referent nearby).</summary>
    private static Hit? ExistentialNoun(FramingWords words, SentenceContext context, Sentence sentence, int i)
    {
        var document = context.Document;
        var tokens = document.Tokens;
        if (!words.Adjectives.Contains(tokens[i].Norm) || i + 1 >= sentence.EndToken) return null;
        var head = i + 1;
        var strong = words.Threats.Contains(tokens[head].Norm);
        if (!strong && !words.Weak.Contains(tokens[head].Norm)) return null;
        var first = ImageryContext.PhraseStart(tokens, sentence, i);
        if (!strong && ThreatReferents.FindIn(document.Actors, tokens, sentence, sentence.FirstToken, i) is null
            && ThreatReferents.FindIn(document.Actors, tokens, sentence, head + 1, sentence.EndToken) is null)
            return null;
        if (IsLiteralSurvival(words, context, sentence, i, head + 1)) return null;
        return new Hit(first, head + 1);
    }

    /// <summary>
    /// "an existential threat to the marsh vole, a 2023 survey found": a species or habitat, not a people, with a
    /// source in the sentence or the next is the literal, scientific sense.
    /// </summary>
    private static bool IsLiteralSurvival(FramingWords words, SentenceContext context, Sentence sentence, int first, int after)
    {
        var document = context.Document;
        var tokens = document.Tokens;
        if (after >= sentence.EndToken || tokens[after].Norm != "to") return false;
        for (var k = after + 1; k < sentence.EndToken && k <= after + 3; k++)
            if (words.Collectives.Contains(tokens[k].Norm) || IsPeople(document.Actors, tokens, sentence, k)) return false;
        return context.EvidenceFor(Descriptor, new Claim(ClaimKind.Assertion, first, after)).Strength >= EvidenceStrength.Medium;
    }

    /// <summary>"threatens our very existence", "a threat to our way of life", "a mortal danger to Western civilization".</summary>
    private static Hit? Threatened(FramingWords words, ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var verb = ThreatenVerbs.Contains(tokens[i]);
        var noun = words.Threats.Contains(tokens[i].Norm) && i + 1 < sentence.EndToken && tokens[i + 1].Norm == "to";
        if (!verb && !noun) return null;
        var k = verb ? i + 1 : i + 2;
        var possessor = k < sentence.EndToken && Possessors.Contains(tokens[k].Norm) ? tokens[k++].Norm : null;
        if (k < sentence.EndToken && tokens[k].Norm == "very") k++;
        var stake = words.Stakes.FirstPhraseAt(tokens, k, sentence.EndToken);
        if (stake is null) return null;
        var end = k + stake.Length;
        // Bare "survival" or "existence" is a people's only when it is ours or of a collective ("the survival of the
        // nation"); "threatens the survival of coral reefs" is ecology.
        if (stake is ["survival"] or ["existence"] && possessor != "our" && !OfCollective(words, actors, tokens, sentence, end)) return null;
        var first = verb ? i : ImageryContext.PhraseStart(tokens, sentence, i);
        return new Hit(first, end);
    }

    /// <summary>
    /// "a threat to democracy", "a danger to the republic", "an assault on the rule of law", "a menace to everything we
    /// hold dear": a threat noun before a whole polity, a civilisation, the planet or a public good the whole polity
    /// shares (<c>large-stake</c> entries), with no "existential". "a threat to the harvest", "a danger to cyclists",
    /// "a threat to democracy campaigners" (a modifier, not the stake) are left alone.
    /// </summary>
    private static Hit? ThreatToLargeStake(FramingWords words, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var threat = words.Threats.Contains(tokens[i].Norm) && i + 1 < sentence.EndToken && tokens[i + 1].Norm == "to";
        var assault = words.Assaults.Contains(tokens[i].Norm) && i + 1 < sentence.EndToken && tokens[i + 1].Norm == "on";
        if (!threat && !assault) return null;
        var k = i + 2;
        if (k < sentence.EndToken && Possessors.Contains(tokens[k].Norm)) k++;
        if (k < sentence.EndToken && tokens[k].Norm == "very") k++;
        var stake = LargeStakeAt(words, tokens, sentence, k) ?? LargeStakeAt(words, tokens, sentence, k + 1, afterModifier: true);
        if (stake is not int end || !EndsTheStake(tokens, sentence, end)) return null;
        return new Hit(ImageryContext.PhraseStart(tokens, sentence, i), end, Answerable: true);
    }

    /// <summary>
    /// The end of a large stake at <paramref name="k"/>; when <paramref name="afterModifier"/>, after a demonym or a name
    /// ("American democracy", "the British constitution") or an adjective before "democracy" ("liberal democracy"). Other
    /// modified stakes are a sector's ("academic freedom", "religious liberty"), not the whole polity's.
    /// </summary>
    private static int? LargeStakeAt(FramingWords words, ImmutableArray<Token> tokens, Sentence sentence, int k, bool afterModifier = false)
    {
        if (k >= sentence.EndToken) return null;
        var stake = words.LargeStakes.FirstPhraseAt(tokens, k, sentence.EndToken);
        if (stake is null) return null;
        if (afterModifier && !(tokens[k - 1].IsWord && (tokens[k - 1].IsCapitalized && k - 1 > sentence.FirstToken
                || AdjectiveForms.IsAdjective(tokens[k - 1].Norm) && stake is ["democracy"] or ["democracies"])))
            return null;
        return k + stake.Length;
    }

    /// <summary>Words that may follow a stake that is the whole object: a clause or a phrase begins, not a head noun ("democracy campaigners").</summary>
    private static readonly FrozenSet<string> AfterStake = FrozenSet.ToFrozenSet(
        ["and", "or", "but", "nor", "that", "which", "who", "whose", "where", "when", "while", "if", "unless", "because", "as", "than", "itself",
         "we", "i", "you", "they", "it", "now", "today", "here", "there", "yet", "too", "again", "everywhere", "so"], StringComparer.Ordinal);

    private static bool EndsTheStake(ImmutableArray<Token> tokens, Sentence sentence, int end)
    {
        if (end >= sentence.EndToken || !tokens[end].IsWord) return true;
        var norm = tokens[end].Norm;
        return AfterStake.Contains(norm) || FunctionWords.Prepositions.Contains(norm) || FunctionWords.Auxiliaries.Contains(norm)
               || norm.EndsWith("ly", StringComparison.Ordinal);
    }

    private static bool OfCollective(FramingWords words, ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        if (k + 1 >= sentence.EndToken || tokens[k].Norm != "of") return false;
        var target = tokens[k + 1].Norm is "the" or "our" ? k + 2 : k + 1;
        return target < sentence.EndToken
               && (words.Collectives.Contains(tokens[target].Norm) || IsPeople(actors, tokens, sentence, target));
    }

    /// <summary>"we are fighting for our survival", "a battle for our very survival".</summary>
    private static Hit? FightForSurvival(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (tokens[i].Norm is not ("fight" or "fights" or "fighting" or "battle" or "struggle" or "struggling") || i + 2 >= sentence.EndToken
            || tokens[i + 1].Norm != "for")
            return null;
        var k = i + 2;
        var ours = tokens[k].Norm == "our";
        if (ours || tokens[k].Norm is "its" or "their") k++;
        if (k < sentence.EndToken && tokens[k].Norm == "very") k++;
        if (k >= sentence.EndToken || tokens[k].Norm is not ("survival" or "existence" or "lives")) return null;
        if (!ours && !WeBefore(tokens, sentence, i)) return null;
        return new Hit(i, k + 1);
    }

    private static bool WeBefore(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        for (var k = i - 1; k >= sentence.FirstToken && i - k <= 5; k--)
            if (tokens[k].Norm is "we" or "we're" or "us") return true;
        return false;
    }

    /// <summary>"the end of democracy as we know it", "the end of the West as we know it".</summary>
    private static Hit? EndAsWeKnowIt(FramingWords words, ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (tokens[i].Norm != "end" || i + 1 >= sentence.EndToken || tokens[i + 1].Norm != "of") return null;
        for (var k = i + 2; k + 3 < sentence.EndToken && k <= i + 5; k++)
        {
            if (tokens[k].Norm != "as" || tokens[k + 1].Norm != "we" || tokens[k + 2].Norm != "know" || tokens[k + 3].Norm is not ("it" or "them")) continue;
            var whole = false;
            for (var w = i + 2; w < k; w++)
                whole |= words.Wholes.Contains(tokens[w].Norm) || words.Institutions.Contains(tokens[w].Norm) || IsPeople(actors, tokens, sentence, w);
            if (!whole) return null;
            var first = i - 1 >= sentence.FirstToken && tokens[i - 1].Norm is "the" or "an" ? i - 1 : i;
            return new Hit(first, k + 4);
        }
        return null;
    }

    /// <summary>
    /// "this could be the end of our free republic", "the ruling spells the death of free speech", "will mean the demise
    /// of the rule of law": the end of a whole polity, a civilisation or a public good the whole polity shares foretold
    /// (a modal or "to" before "be/mean/spell/herald/signal/bring", or a present "is/means/spells/heralds/signals").
    /// The end of a smaller thing is politics ("would be the end of his candidacy", "the end of the Republican era"),
    /// a past tense is history ("meant the end of the republic"), and "the end of the world" is an idiom of
    /// disappointment. The stake may take "as we know it" no further: that phrase is <see cref="EndAsWeKnowIt"/>'s.
    /// </summary>
    private static Hit? EndOfStakeForetold(FramingWords words, ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (!words.Endings.Contains(tokens[i].Norm) || i + 1 >= sentence.EndToken || tokens[i + 1].Norm != "of" || !IsForetoldAt(words, tokens, sentence, i - 2)
            || tokens[i - 1].Norm != "the")
            return null;
        if (PeopleStakes.At(actors, words.EndableStakes, tokens, sentence, i + 2) is int people && EndsTheStake(tokens, sentence, people))
            return new Hit(i - 1, people, Answerable: true, Head: i);
        var k = i + 2;
        if (k < sentence.EndToken && Possessors.Contains(tokens[k].Norm)) k++;
        if (k < sentence.EndToken && tokens[k].Norm == "very") k++;
        // "the end of the Ostland middle class", "the death of the American republic": a demonym or a name before the stake.
        if (k + 1 < sentence.EndToken && tokens[k].IsWord && tokens[k].IsCapitalized) k++;
        var stake = words.EndableStakes.FirstPhraseAt(tokens, k, sentence.EndToken);
        if (stake is null) return null;
        var end = k + stake.Length;
        return EndsTheStake(tokens, sentence, end) ? new Hit(i - 1, end, Answerable: true, Head: i) : null;
    }

    /// <summary>Whether the verb at <paramref name="verb"/> foretells what follows it: "could be", "to mean", "will spell", "spells", "is".</summary>
    private static bool IsForetoldAt(FramingWords words, ImmutableArray<Token> tokens, Sentence sentence, int verb)
    {
        if (verb < sentence.FirstToken) return false;
        var norm = tokens[verb].Norm;
        if (words.ForetellingPresents.Contains(norm)) return true;
        return words.Foretellings.Contains(norm) && verb - 1 >= sentence.FirstToken && (Modals.Contains(tokens[verb - 1].Norm) || tokens[verb - 1].Norm == "to");
    }

    /// <summary>"wipe us off the map", "wiped Norvania from the face of the earth": about us or said of an actor.</summary>
    private static Hit? OffTheMap(FramingWords words, ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (tokens[i].Norm is not ("wipe" or "wipes" or "wiped" or "wiping")) return null;
        for (var k = i + 1; k + 2 < sentence.EndToken && k <= i + 4; k++)
        {
            if (tokens[k].Norm is not ("off" or "from") || tokens[k + 1].Norm != "the") continue;
            int end;
            if (tokens[k + 2].Norm == "map") end = k + 3;
            else if (k + 5 < sentence.EndToken && tokens[k + 2].Norm == "face" && tokens[k + 3].Norm == "of" && tokens[k + 5].Norm is "earth" or "planet") end = k + 6;
            else return null;
            var aboutUs = false;
            for (var w = i + 1; w < k; w++) aboutUs |= words.Collectives.Contains(tokens[w].Norm);
            return aboutUs || ImageryContext.HasActor(actors, tokens, sentence) ? new Hit(i, end) : null;
        }
        return null;
    }

    /// <summary>
    /// "our very way of life will not survive", "the press cannot survive another term like this", "public education in
    /// Greenvale will not survive": a named stake (a community, an institution, a public good) whose end is stated as a
    /// certainty. A person or a firm that "will not survive" is a medical or business forecast and is left alone.
    /// </summary>
    private static Hit? WillNotSurvive(FramingWords words, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (NegatedSurvivalAt(tokens, sentence, i) is not int end) return null;
        var subjectEnd = SkipStakeQualifier(tokens, sentence, i);
        return StakeEndingAt(words, tokens, sentence, subjectEnd - 1) is int first ? new Hit(first, end) : null;
    }

    /// <summary>
    /// "our way of life is under threat", "local journalism is fighting for its very survival", "the free press hangs by a
    /// thread", "democracy itself is at stake": a named stake (a survival stake, an institution or a whole) heading the
    /// subject of a present predicate of imperilment (<c>imperilled</c> after "is/are/remains", <c>imperilled-verb</c> as
    /// the verb). The stake must open its noun phrase: "the future of the NHS is at stake" ranks a plan, and "jobs are at
    /// stake" names no stake. A place "under attack" or "under siege" is a war's news ("the city is under siege"), so
    /// those predicates need a stake that is no place.
    /// </summary>
    private static Hit? ImperilledStake(FramingWords words, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var k = i;
        int length;
        if (tokens[i].Norm is "is" or "are" or "remains" or "remain")
        {
            k = i + 1;
            if (k < sentence.EndToken && tokens[k].Norm is "now" or "already" or "truly" or "still" or "clearly") k++;
            length = words.Imperilled.LongestAt(tokens, k, sentence.EndToken);
            if (length == 0) length = FinalStateAt(words, tokens, sentence, k);
        }
        else length = words.ImperilledVerbs.LongestAt(tokens, k, sentence.EndToken);
        if (length == 0) return null;
        var subjectEnd = i;
        if (subjectEnd - 1 > sentence.FirstToken && tokens[subjectEnd - 1].Norm is "itself" or "themselves") subjectEnd--;
        var stakeEnd = SkipStakeQualifier(tokens, sentence, subjectEnd);
        if (StakeEndingAt(words, tokens, sentence, stakeEnd - 1) is not int first) return null;
        if (first > sentence.FirstToken && tokens[first - 1].IsWord && FunctionWords.Prepositions.Contains(tokens[first - 1])) return null;
        if (words.Places.Contains(tokens[stakeEnd - 1].Norm) && words.PlaceLiteral.LongestAt(tokens, k, sentence.EndToken) > 0) return null;
        if (tokens[k].Norm == "finished" && IsParticularWork(tokens, first, stakeEnd)) return null;
        return new Hit(first, k + length, Answerable: true);
    }

    /// <summary>
    /// "By October the farming is finished", "the new railway is finished and trains run in May": a stake made particular,
    /// one occasion's activity ("the" and a gerund) or a thing just built ("the new …"), is work that "finished"
    /// completes; the sector itself ("hill farming is finished", "the fishing industry is finished") is ruined.
    /// </summary>
    private static bool IsParticularWork(ImmutableArray<Token> tokens, int first, int stakeEnd)
    {
        if (tokens[first].Norm != "the") return false;
        if (tokens[stakeEnd - 1].Norm.EndsWith("ing", StringComparison.Ordinal)) return true;
        for (var k = first + 1; k < stakeEnd; k++)
            if (tokens[k].Norm == "new") return true;
        return false;
    }

    /// <summary>
    /// "the middle class is finished", "local journalism is doomed": a state of ruin already reached (WordNet's finished,
    /// "brought to ruin", and doomed), which a stake's imperilment turns into its end. "Finished" is also done ("the
    /// schools are finished for the summer", "the fishing is finished by noon"), so it must close its clause — a
    /// condition after it ("if", "unless", "once") closes it too — or be followed by a duration of ever ("finished for
    /// good"). Returns the length of the state, or 0.
    /// </summary>
    private static int FinalStateAt(FramingWords words, ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        var length = words.FinalStates.LongestAt(tokens, k, sentence.EndToken);
        if (length == 0) return 0;
        var after = k + length;
        // A condition after the state closes its clause as a comma would ("democracy is doomed if this bill passes" is
        // "if this bill passes, democracy is doomed" in the other order).
        if (after >= sentence.EndToken || !tokens[after].IsWord || tokens[after].Norm is "and" or "but" or "if" or "unless" or "once") return length;
        return ForeverAt(words, tokens, sentence, after) is int end ? end - k : 0;
    }

    /// <summary>
    /// "if this line goes in, the Tarn as we know it is gone", "public transport as we know it will be finished": a thing
    /// "as we know it" said to be gone, lost or finished, which announces the end of what it is rather than a change to it.
    /// The phrase is as often a columnist's shrug ("cable as we know it is over"), so the thing must be a stake
    /// (<see cref="StakeEndingAt"/>), or its end the price of a condition opened earlier in the sentence ("if", "once",
    /// "unless"): a loss set against a choice is the fear appeal's threat. The tense must be the present or a modal's
    /// future, since "was gone" is history.
    /// </summary>
    private static Hit? GoneAsWeKnowIt(FramingWords words, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        string Norm(int j) => sentence.NormAt(tokens, j);
        if (Norm(i) != "as" || Norm(i + 1) != "we" || Norm(i + 2) != "know" || Norm(i + 3) is not ("it" or "them") || i == sentence.FirstToken) return null;
        var k = i + 4;
        if (Norm(k) is "is" or "are" or "'s") k++;
        else if (Modals.Contains(Norm(k)) && Norm(k + 1) == "be") k += 2;
        else return null;
        // "As we know it" leaves "finished" no sense of work done: "will be finished within the decade" is ruin.
        var state = words.Losses.Contains(Norm(k)) ? 1 : words.FinalStates.LongestAt(tokens, k, sentence.EndToken);
        if (state == 0) return null;
        var end = ForeverAt(words, tokens, sentence, k + state) ?? k + state;
        var first = StakeEndingAt(words, tokens, sentence, i - 1);
        // A condition's price must be a place, common or named ("the Orrin valley", "Tarnfield"): a league table, a terrace,
        // a timetable or a voting system "as we know it" gone after a change is news of that change, not a loss to fear.
        if (first is null && (!HasConditionBefore(tokens, sentence, i) || NounTypes.OfHead(tokens, sentence, i - 1) is not (NounType.Location or NounType.Object or NounType.Name))) return null;
        return new Hit(first ?? Catastrophes.SubjectStart(tokens, sentence, i), end);
    }

    /// <summary>"if", "once" or "unless" before <paramref name="i"/> in its sentence: a condition the loss is the price of.</summary>
    private static bool HasConditionBefore(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        for (var k = sentence.FirstToken; k < i; k++)
            if (tokens[k].Norm is "if" or "once" or "unless") return true;
        return false;
    }

    /// <summary>The modals of a forecast that take a separate "not" or "never" ("will not", "could never").</summary>
    private static readonly FrozenSet<string> ForecastModals = new[] { "will", "would", "could", "can", "may", "might" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"cannot survive", "will not survive", "won't outlast", "will never survive" at <paramref name="i"/>: the end of the verb, or null.</summary>
    private static int? NegatedSurvivalAt(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var k = i;
        // The negated forecast modals only: Negation.IsNegatedAuxiliary would also take "isn't" and "doesn't".
        if (tokens[k].Norm is "cannot" or "can't" or "won't" or "wouldn't" or "couldn't") k++;
        else if (Negation.AfterAuxiliary(tokens, k, sentence.EndToken, ForecastModals) is int afterNegation) k = afterNegation;
        else return null;
        return k < sentence.EndToken && tokens[k].Norm is "survive" or "outlast" or "endure" ? k + 1 : null;
    }

    /// <summary>
    /// The end of the subject before the modal at <paramref name="modal"/>, leaving out what only qualifies the stake:
    /// "as we know it/them" and a place ("in Greenvale").
    /// </summary>
    private static int SkipStakeQualifier(ImmutableArray<Token> tokens, Sentence sentence, int modal)
    {
        var end = modal;
        if (end - 4 >= sentence.FirstToken && tokens[end - 4].Norm == "as" && tokens[end - 3].Norm == "we" && tokens[end - 2].Norm == "know"
            && tokens[end - 1].Norm is "it" or "them")
            end -= 4;
        var name = end;
        while (name - 1 > sentence.FirstToken && tokens[name - 1].IsCapitalized && tokens[name - 1].IsWord) name--;
        if (name < end && name - 1 > sentence.FirstToken && tokens[name - 1].Norm is "in" or "of") end = name - 1;
        return end;
    }

    /// <summary>The start of a stake (<c>stake</c>, <c>institution</c> or <c>whole</c> entries) that ends at <paramref name="last"/>, with its determiner, or null.</summary>
    private static int? StakeEndingAt(FramingWords words, ImmutableArray<Token> tokens, Sentence sentence, int last)
    {
        foreach (var stake in words.StakeHeads.Phrases)
        {
            var first = last - stake.Length + 1;
            if (first < sentence.FirstToken || !PhraseList.MatchesAt(tokens, first, last + 1, stake)) continue;
            while (first - 1 >= sentence.FirstToken && (tokens[first - 1].Norm is "very" || AdjectiveForms.IsAdjective(tokens[first - 1].Norm))
                   && (!tokens[first - 1].IsCapitalized || first - 1 == sentence.FirstToken))
                first--;
            if (first - 1 >= sentence.FirstToken && (Possessors.Contains(tokens[first - 1].Norm) || tokens[first - 1].Norm is "this" or "a")) first--;
            return first;
        }
        return null;
    }

    /// <summary>"whether the nation survives at all", "whether democracy will survive": survival itself put in doubt.</summary>
    private static Hit? WhetherSurvives(FramingWords words, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (tokens[i].Norm != "whether") return null;
        for (var k = i + 2; k < sentence.EndToken && k - i <= 6; k++)
        {
            if (!tokens[k].IsWord) return null;
            var verb = tokens[k].Norm is "survives" or "survive" ? k
                : tokens[k].Norm is "will" or "can" or "could" && k + 1 < sentence.EndToken && tokens[k + 1].Norm == "survive" ? k + 1 : -1;
            if (verb < 0) continue;
            if (StakeEndingAt(words, tokens, sentence, k - 1) is not int first || first <= i) return null;
            var end = verb + 1;
            if (end + 1 < sentence.EndToken && tokens[end].Norm == "at" && tokens[end + 1].Norm == "all") end += 2;
            return new Hit(i, end);
        }
        return null;
    }

    /// <summary>
    /// "the league is one bad season away from extinction", "a single vote away from oblivion": an institution, a
    /// practice or a place a step from ceasing to exist. A species or a population (<c>biology</c> cues in the sentence)
    /// is conservation science.
    /// </summary>
    private static Hit? AwayFromExtinction(FramingWords words, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (tokens[i].Norm is not ("one" or "a" or "just" or "only")) return null;
        for (var k = i + 1; k + 2 < sentence.EndToken && k - i <= 4; k++)
        {
            if (!tokens[k].IsWord) return null;
            if (tokens[k].Norm != "away" || tokens[k + 1].Norm != "from" || !words.Vanishings.Contains(tokens[k + 2].Norm)) continue;
            return k > i + 1 && !ImageryContext.SentenceHas(tokens, sentence, words.Biology) ? new Hit(i, k + 3) : null;
        }
        return null;
    }

    /// <summary>
    /// "it will be the last free election this country holds", "could be the last independent newspaper": a liberty
    /// foretold to end with this instance. Only a forecast ("will be", "could be"): "the last free election was held in
    /// 1990" is history.
    /// </summary>
    private static Hit? LastFree(FramingWords words, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (tokens[i].Norm != "last" || i - 3 < sentence.FirstToken || i + 2 >= sentence.EndToken || tokens[i - 1].Norm != "the"
            || tokens[i - 2].Norm != "be" || !Modals.Contains(tokens[i - 3].Norm))
            return null;
        return words.Liberties.Contains(tokens[i + 1].Norm) && tokens[i + 2].IsWord ? new Hit(i - 1, i + 3) : null;
    }

    private static readonly FrozenSet<string> Modals = FrozenSet.ToFrozenSet(
        ["will", "would", "could", "may", "might", "'ll", "shall", "can"], StringComparer.Ordinal);

    /// <summary>
    /// "before the reef is gone forever", "our high streets will be lost for good", "could vanish forever": a loss told as
    /// permanent. Not history ("was lost forever in the fire") nor a condition ("once you delete it, it is gone for
    /// good"); a figure and a named source, or a question, answer it.
    /// </summary>
    private static Hit? GoneForever(FramingWords words, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (i == sentence.FirstToken || ForeverAt(words, tokens, sentence, i + 1) is not int end) return null;
        var before = tokens[i - 1].Norm;
        // "is gone", "will be lost": a state of loss after a form of "be"; "will vanish", "threatens to disappear": the
        // vanishing itself after a modal or "to".
        var lossState = words.Losses.Contains(tokens[i].Norm) && before is "be" or "is" or "are" or "'s" or "'re" or "been";
        var vanishing = words.Vanishes.Contains(tokens[i].Norm) && (Modals.Contains(before) || before == "to");
        if (!lossState && !vanishing) return null;
        var first = i - 1;
        while (first - 1 >= sentence.FirstToken && i - first < 4 && (Modals.Contains(tokens[first - 1].Norm) || tokens[first - 1].Norm is "be" or "have"))
            first--;
        // A condition makes a present loss generic ("once you delete it, it is gone"); with a modal it is a forecast
        // ("if the bill passes, the reef will be gone forever").
        var forecast = vanishing || Modals.Contains(tokens[first].Norm);
        for (var k = first - 1; k >= sentence.FirstToken && first - k <= 12; k--)
            if (tokens[k].Norm is "was" or "were" or "had" || !forecast && words.Conditions.Contains(tokens[k].Norm)) return null;
        return new Hit(first, end, Answerable: true, Head: i);
    }

    /// <summary>
    /// "before we lose the free press for good", "we will lose local journalism forever", "the county could lose its high
    /// streets for good": a stake (a survival or large stake, an institution, a whole) lost for ever, told with a transitive
    /// "lose". Only the base form and "losing": "we lost the village school for good in 1985" is history; a player or a
    /// password lost for good is no stake.
    /// </summary>
    private static Hit? LoseForever(FramingWords words, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (tokens[i].Norm is not ("lose" or "losing")) return null;
        var k = i + 1;
        if (k < sentence.EndToken && (Possessors.Contains(tokens[k].Norm) || tokens[k].Norm == "this")) k++;
        while (k < sentence.EndToken && k - i <= 3 && !tokens[k].IsCapitalized && AdjectiveForms.IsAdjective(tokens[k].Norm)
               && words.StakeHeads.FirstAt(tokens, k, sentence.EndToken) < 0)
            k++;
        var stake = words.StakeHeads.FirstPhraseAt(tokens, k, sentence.EndToken);
        if (stake is null || ForeverAt(words, tokens, sentence, k + stake.Length) is not int end) return null;
        return new Hit(i, end, Answerable: true);
    }

    /// <summary>Most words of a subject, and of what the condition loses, in "if we lose this vote, we lose it all".</summary>
    private const int LossClauseReach = 5;

    /// <summary>
    /// "If we lose this one, we lose everything", "if the valley loses its school, it loses it all": a loss made the
    /// condition of losing everything there is (<c>totality</c> entries), the stake become all stakes. "If we lose the
    /// keys, we lose an hour" names what is lost.
    /// </summary>
    private static Hit? LoseEverything(FramingWords words, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (tokens[i].Norm != "if") return null;
        var first = LossVerbAfter(words, tokens, sentence, i + 1);
        if (first is null) return null;
        for (var k = first.Value + 1; k < sentence.EndToken && k - first.Value <= LossClauseReach + 1; k++)
        {
            if (tokens[k].Text is ";" or ":" or "." or "?") return null;
            if (tokens[k].Text != "," || LossVerbAfter(words, tokens, sentence, k + 1) is not int second) continue;
            foreach (var whole in words.Totality)
                if (PhraseList.MatchesAt(tokens, second + 1, sentence.EndToken, whole)) return new Hit(i, second + 1 + whole.Length);
            return null;
        }
        return null;
    }

    /// <summary>A verb of losing after a short subject from <paramref name="k"/> ("we lose", "the town will lose"); its index.</summary>
    private static int? LossVerbAfter(FramingWords words, ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        for (var verb = k + 1; verb < sentence.EndToken && verb - k <= LossClauseReach && tokens[verb - 1].IsWord; verb++)
            if (words.LoseVerbs.Contains(tokens[verb].Norm)) return verb;
        return null;
    }

    /// <summary>
    /// "whether we stay a republic or turn into something else", "whether this town stays a community at all": a
    /// polity, an institution or a public good (a survival stake, an institution, a whole or a large stake) whose
    /// remaining what it is is put in doubt. "whether we remain in the league" names no stake. The span runs through
    /// "or" and its alternative to the clause's end, at most a few words.
    /// </summary>
    private static Hit? RemainOrBecome(FramingWords words, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (tokens[i].Norm != "whether") return null;
        for (var k = i + 2; k < sentence.EndToken && k - i <= 4; k++)
        {
            if (!tokens[k].IsWord) return null;
            if (!words.RemainVerbs.Contains(tokens[k].Norm)) continue;
            var stake = k + 1;
            // "a democracy", "a free republic", "one nation": a determiner and up to two modifiers before the stake.
            while (stake < sentence.EndToken && stake - k <= 3 && tokens[stake].IsWord
                   && words.StakeHeads.FirstAt(tokens, stake, sentence.EndToken) < 0 && words.LargeStakes.FirstAt(tokens, stake, sentence.EndToken) < 0)
                stake++;
            var phrase = words.StakeHeads.FirstPhraseAt(tokens, stake, sentence.EndToken) ?? words.LargeStakes.FirstPhraseAt(tokens, stake, sentence.EndToken);
            if (phrase is null) return null;
            var end = stake + phrase.Length;
            if (end < sentence.EndToken && tokens[end].Norm == "or")
                for (end++; end < sentence.EndToken && tokens[end].IsWord && tokens[end].Norm != "and"; end++)
                    if (end - stake > 8) break;
            return new Hit(i, end);
        }
        return null;
    }

    /// <summary>The end of "forever", "for good", "for ever" or "permanently" at <paramref name="k"/>, or null.</summary>
    private static int? ForeverAt(FramingWords words, ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        foreach (var marker in words.ForeverMarkers)
            if (PhraseList.MatchesAt(tokens, k, sentence.EndToken, marker)) return k + marker.Length;
        return null;
    }

    /// <summary>
    /// An actor that stands for a people whose survival can be at stake: a state, an out-group, an armed or criminal
    /// organisation (<see cref="ActorClasses.IsAdversary"/>); the end of a party or a company is politics or business.
    /// </summary>
    private static bool IsPeople(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int k) =>
        actors.Match(tokens.AsSpan(0, sentence.EndToken), k) is { } actor && actor.Class.IsAdversary();

    /// <summary>
    /// A match; <see cref="Answerable"/> marks the claims evidence or a question can answer (a threat to a large stake,
    /// a loss forever): a survival stake is framing whatever the evidence. <see cref="Head"/> is where a hedge is read
    /// when the span starts with the modal itself ("may vanish for good").
    /// </summary>
    private readonly record struct Hit(int First, int End, bool Answerable = false, int? Head = null);

    private sealed class FramingWords(TaggedLexicon lexicon)
    {
        public FrozenSet<string> Adjectives { get; } = lexicon.Words("adjective");
        public FrozenSet<string> Threats { get; } = lexicon.Words("threat");
        public FrozenSet<string> Weak { get; } = lexicon.Words("weak");
        public PhraseList Stakes { get; } = PhraseList.From(lexicon.Entries("stake").OrderByDescending(s => s.Length));
        public FrozenSet<string> Wholes { get; } = lexicon.Words("whole");
        public FrozenSet<string> Collectives { get; } = lexicon.Words("collective");
        public FrozenSet<string> Institutions { get; } = lexicon.Words("institution");
        public FrozenSet<string> Assaults { get; } = lexicon.Words("assault");
        public FrozenSet<string> Vanishings { get; } = lexicon.Words("vanishing");
        public FrozenSet<string> Endings { get; } = lexicon.Words("ending");
        public FrozenSet<string> Foretellings { get; } = lexicon.Words("foretell");
        public FrozenSet<string> ForetellingPresents { get; } = lexicon.Words("foretell-present");

        /// <summary>
        /// What "the end of" must name to foretell a polity's end: a large stake, a survival stake or a social class, longest first, less
        /// bare "world" ("it would be the end of the world" is an idiom of disappointment).
        /// </summary>
        public PhraseList EndableStakes { get; } = PhraseList.From(lexicon.Entries("large-stake").Concat(lexicon.Entries("stake")).Concat(lexicon.Entries("social-class"))
            .Where(s => s is not ["world"]).OrderByDescending(s => s.Length));
        public FrozenSet<string> Biology { get; } = lexicon.Words("biology");
        public FrozenSet<string> Liberties { get; } = lexicon.Words("liberty");
        public FrozenSet<string> Losses { get; } = lexicon.Words("loss");
        public FrozenSet<string> Vanishes { get; } = lexicon.Words("vanish");
        public FrozenSet<string> Conditions { get; } = lexicon.Words("condition");
        public string[][] ForeverMarkers { get; } = [.. lexicon.Entries("forever").OrderByDescending(s => s.Length)];
        public string[][] Totality { get; } = [.. lexicon.Entries("totality").OrderByDescending(s => s.Length)];
        public FrozenSet<string> LoseVerbs { get; } = lexicon.Words("lose");
        public FrozenSet<string> RemainVerbs { get; } = lexicon.Words("remain");
        public PhraseList Imperilled { get; } = PhraseList.From(lexicon.Entries("imperilled"));
        public PhraseList ImperilledVerbs { get; } = PhraseList.From(lexicon.Entries("imperilled-verb"));
        public PhraseList FinalStates { get; } = PhraseList.From(lexicon.Entries("final"));
        public PhraseList PlaceLiteral { get; } = PhraseList.From(lexicon.Entries("place-literal"));
        public FrozenSet<string> Places { get; } = lexicon.Words("place");

        /// <summary>What "a threat to" must name to frame a threat as one to the whole polity, longest first.</summary>
        public PhraseList LargeStakes { get; } = PhraseList.From(lexicon.Entries("large-stake").OrderByDescending(s => s.Length));

        /// <summary>
        /// What a "will not survive" subject must end in to be a stake: a survival stake, an institution or a whole, longest
        /// first; bare "life" is biology ("life cannot survive at these temperatures").
        /// </summary>
        public PhraseList StakeHeads { get; } = PhraseList.From(lexicon.Entries("stake").Concat(lexicon.Entries("institution")).Concat(lexicon.Entries("whole"))
            .Where(s => s is not ["life"]).OrderByDescending(s => s.Length));
    }
}
