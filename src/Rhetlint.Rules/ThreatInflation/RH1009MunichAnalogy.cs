using System.Collections.Frozen;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>RH1009 — Munich-style historical analogy.</summary>
public sealed class RH1009MunichAnalogy : RhetoricAnalyzer
{
    public override RuleDocumentation Documentation { get; } = new(Descriptor)
    {
        WhatItDoes = """
            Flags an appeasement or surprise-attack analogy applied to the present: an analogy term (Munich, 1938,
            Chamberlain, Sudetenland, Rhineland, Pearl Harbor, 9/11, Hitler, Sputnik, a new Cold War, appeasement)
            together with an analogy cue:
            - before the term: "another 1938", "a cyber Pearl Harbor", "the next 9/11", "the new Hitler";
            - after it: "Munich all over again", "a Sputnik moment", "Munich-style";
            - a casting verb or a copula: "playing Chamberlain", "this is 1938";
            - weak cues ("like", "reminiscent of", "the lessons of") only in a sentence about the present;
            - "a new Cold War" only when asserted of today ("we are in a new Cold War");
            - appeasement said of a present policy toward a named actor ("appeasing Beijing", "is appeasement");
            - catastrophes and tyrannies beyond Munich (Hiroshima, Auschwitz, the gulag, Stalin, the Great Depression,
              1914, 1933): "a slow-motion Hiroshima", "another 1914", "a digital gulag";
            - comparative cues of likeness and repetition ("worthy of", "on a par with", "straight out of", "a replay
              of") in a sentence about the present: "the deal is a replay of Munich";
            - the present cast as the opening of the old story: "this is how 1933 started";
            - a name qualified by "with" after a copula or a colon, the old case in a new costume: "the treaty is Munich
              with better lighting";
            - an implicit analogy, an old claim or assurance set beside today by "too": "they promised peace in 1938,
              too";
            - a villain or disaster class after a comparative cue ("worthy of", "straight out of", "on a par with",
              "reminiscent of") in a sentence about the present: tyrants and tyrannies (dictator, despot, police state,
              banana republic, junta), persecutions (pogrom, purge, show trial, witch hunt, the Stasi, Big Brother,
              Orwell), famine and named disasters (the Titanic, the Dust Bowl): "the curfew is worthy of a dictator",
              "scanning every shopper's face is straight out of a police state". Alone these words are news ("the
              dictator fled"). The tyrants include a gazetteer generated from WordNet (tools/gen_tyrants.py:
              Duvalier, Tojo, Himmler …): "the new dress code is worthy of Duvalier";
            - the analogy by method: a tyranny's way of acting said of today, a noun of method (playbook, handbook,
              tactics, methods, blueprint) owned by a tyrant or a tyranny (Hitler, Stalin, the Nazis, the Gestapo, the
              KGB, the Stasi, a dictator, the generated tyrants) as a possessive, a modifier or an "of" phrase, after a
              comparative cue, a verb of using or following it, a page of it taken ("took a page from"), or a copula
              after an act, in a sentence about the present: "the new tenancy rules are straight out of the Stasi
              handbook", "the parish council is following the Nazi playbook", "tailing reporters home: these are
              Gestapo tactics". A thing on show ("the item in the glass case is the Gestapo handbook") or a page read
              ("reading a page from the Stasi handbook") is a document;
            - a past disaster made small beside the present, the analogy by diminution: the old case — a year, a term or
              disaster of this list, or a threat referent heading a definite, dated or named phrase ("2008", "the Dust
              Bowl", "the last pandemic", "the 1970s energy crisis") — made to "look like" a trivial thing (a picnic,
              child's play, a tea party, a dress rehearsal) or to "seem" small (tame, mild, minor), by a present or
              future "make", a future "look"/"seem", or a copula with "only" or a rehearsal noun: "will make 1929 look
              like a picnic", "the Great Depression will seem mild by comparison", "the last pandemic was only a dress
              rehearsal";
            - a past disaster said to be repeating now, a present copula and "all over again" after the old case of the
              diminution shape (a year, a decade, a listed term or disaster, a definite or dated threat referent): "this is
              1979 all over again", "it is the 2008 crash all over again"; a year or a decade, which names no disaster by
              itself, only with a disaster near it: an adversary, an outcome or a threat of a domain of events (war,
              crime, disease, a hazard, the economy) in its sentence or a neighbouring one of its paragraph, not in a
              sentence about sport;
            - a named catastrophe happening now, slowly: a present copula, a name of this list or of WordNet's
              catastrophes (an event or a place) and "in slow motion": "the water cuts are the Great Depression in slow
              motion", "this is Chernobyl in slow motion";
            - the victims of a past disaster pointed at, the analogy by testimony: an imperative "ask" opening the
              sentence, "the people/anyone who", and a past disaster in the relative clause: "Just ask anyone who lived
              through the great flood of 1953", "Ask the farmers who survived the 1984 famine". A year alone names one
              after a verb of going through it ("lived through", "survived", "lost") or as the answer to the question
              before it ("Doubt it could happen here? Ask the people who bought flats in Halden in 1990.");
            - the analogy by memory: everyone who went through a past disaster said to know what comes next — "anyone who
              remembers", "those who lived through", a past disaster, "know", a question word and a verb of where things
              go in the present (ends, leads, comes next): "Anyone who remembers Weimar knows how this ends"; a year alone
              only with a disaster near it;
            - places whose name stands for a released poison, radiation or pathogen (Chernobyl, Fukushima, Three Mile
              Island, Seveso, Bhopal, Sverdlovsk, Wuhan) with the cues of any term: "a Wuhan on our doorstep", "the next
              Fukushima";
            - named wars, massacres, camps and weapons programmes generated from WordNet instances
              (tools/gen_historical_catastrophes.py: the Korean War, Dachau, the Manhattan Project) with the cues of any
              term and as past disasters: "a digital Manhattan Project", "the Korean War all over again";
            - implicit analogies, with no cue of likeness: the people of a place whose name stands for a catastrophe there
              pointed at by an opening "ask" that ends its clause there ("Ask the people of Bhopal."); a community drifting in the present back into
              a past era or disaster ("the borough is sliding back into the 1930s"); a disaster or appeasement term
              opening its sentence with "also" and a verb of assuring, beside a sentence about the present ("Weimar also
              told itself that a little inflation was harmless"); a decade before a threat noun with a modern fitting,
              after a copula ("will be 1930s propaganda with a friendlier font");
            - a named event with its article after "this is", "it's" or "that's", and after any copula with a
              reduced passive ("run by", "staffed by") as well as "with": "It's the Manhattan Project with a share
              price", "the new app is the Manhattan Project run by a marketing department";
            - a community taken back to a past era or disaster by something of the present, the causative of the drift
              above: a present or future verb of carrying (take, drag, send, plunge, push), a community as its object
              (a name, "us", a group or a place) and "back to" or "back into" an era that ends its clause: "this budget
              takes Pellow County straight back to the 1970s"; and the community going there itself, a verb of going
              with "straight" or "right" before "back": "under this plan the county is heading straight back to the
              1930s";
            - the villain industry: Big Tobacco with the cues of any term ("the new Big Tobacco"), and the playbook of Big
              Tobacco or Big Oil said of today as a tyranny's method is: "this is the Big Tobacco playbook".
            """,
        WhyIsThisBad = """
            The analogy imports the ending of the old story — war, surprise attack, catastrophe — and with it the
            conclusion, without showing that today's case shares the features that mattered then.
            """,
        NotFlagged = """
            - History without a cue: "Chamberlain returned from Munich in September 1938".
            - Disanalogy: "unlike 1938", "this is not another Munich".
            - A comparison through a weak cue that goes on to say how today differs: "As in 1938, the ceasefire leaves
              …; unlike then, …" is the argued analogy the rewrite asks for.
            - Mentions: "comparisons with Munich", "the Munich analogy".
            - Forecasts: "could bring about a new cold war".
            - Other uses of the names: "cities like Munich", "Wilt Chamberlain", "the Munich Security Conference",
              "a Hiroshima survivor", "in Munich with two colleagues".
            - A year with "too" that repeats an event, not a claim: "the river flooded in 1914, too".
            - A villain or disaster without a comparative cue ("the dictator fled the capital"), in a dated or historical
              comparison ("on a par with the famine of 1846", "historians say the trial was reminiscent of a purge"),
              and a comparison with anything else ("on a par with last year's figures", "worthy of an award").
            - A comparison with figures ("the drop was larger than in 2008, at 4.1 percent"), two past events ("the
              2020 crash made 2008 look small"), a trivial noun after a copula with neither "only" nor a rehearsal noun
              ("the 1987 crash was a picnic for short sellers"), and anything else made to look small ("will make the
              old ground look like a toy").
            - An ask that asks something ("Ask the families who lost their homes in the 2011 floods what they
              remember"), about no disaster ("Ask the people who run the library"), or about a year with neither a verb
              of going through nor a question before ("Ask the people who moved here in 1990").
            - A method in history, as a document, or owned by a place: "Stalin's tactics in 1942 relied on numbers", "the
              archive holds a copy of the Stasi handbook", "Bayern Munich's tactics are hard to read".
            - A repetition told of the past ("it was the 2008 crash all over again"), or of a year with no disaster near
              it ("for the fans it is 1966 all over again"): a threat named as such ("the winger was a constant threat",
              "the threat of rain") names no event, and a match report names a game.
            - A year dated by "since", "until", "before" or "after": "in one form or another since 1939".
            - Slow motion that is film or an idiom of no named event: "the documentary shows the Hindenburg disaster in
              slow motion", "the campaign is a car crash in slow motion", and one told of the past ("the 1930s were the
              Great Depression in slow motion").
            - A memory that knows nothing ("anyone who remembers Weimar will enjoy the exhibition"), that knows the past
              itself rather than where things go from here ("anyone who remembers the Depression knows how hard farmers
              worked"), or of a year with no disaster near it ("anyone who remembers 1966 knows how the final ended").
            - A place as a place or a modifier ("a Wuhan laboratory", "the Fukushima plant was shut in 2011", "a
              Wuhan-style lockdown"), and Big Oil as an actor ("Big Oil lobbied the committee").
            - An ask that asks something of a place ("Ask the people of Bhopal what they think of the new metro line",
              "… for the best dumpling stall"), a
              drift of a taste or in the past ("fashion is drifting back to the 1970s", "slid back into poverty in the
              1930s"), an "also" in a paragraph told wholly in the past ("Weimar also promised reforms in 1924. The mark
              had collapsed the year before."), a decade's style ("1930s elegance with a new kitchen"), and a named war
              as history or an attribute ("served in the Korean War", "a Manhattan Project physicist").
            - "this is the Manhattan Project site" (a noun after the name), "it is the Korean War that shaped his
              politics" (a cleft), "her book is about the Manhattan Project", "the war's secret programme was the
              Manhattan Project run by a general" (a past copula names the event itself).
            - "a nuclear holocaust": catastrophe imagery, not a historical analogy (the term is not listed).
            - A visit or a taste taken back ("the decor takes diners straight back to the 1970s", "the exhibition takes
              visitors back to the 1930s"), a work or product as the taker ("the band's new album takes us straight back
              to the 1980s") and a figure ("took the town back to 1990 levels").
            - Quoted or reported words.

            A question lowers the finding to a suggestion.
            """,
        Examples =
        [
            "This ceasefire is [[Munich all over again]].",
            "The mayor's new curfew is [[worthy of a dictator]].",
            "The new tenancy rules are [[straight out of the Stasi handbook]].",
            "What is coming for the pension funds [[will make 1929 look like a picnic]].",
            "The borough is [[sliding back into the 1930s]], one eviction notice at a time.",
        ],
        UseInstead =
        [
            """
            As in 1938, the ceasefire leaves the disputed territory with the stronger side; unlike then, both parties
            have accepted monitors.
            """,
        ],
        Rewrite = "Display-only template `As in [historical case], [shared feature]; unlike it, [key difference]`.",
    };

    public static readonly DiagnosticDescriptor Descriptor = new(
        "RH1009",
        "Munich-style historical analogy",
        "'{0}' borrows the ending of a historical catastrophe; say what today's case shares with it and how it differs",
        RuleCategories.ThreatInflation,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "An appeasement, Munich or surprise-attack analogy (another 1938, a cyber Pearl Harbor, playing Chamberlain) applied to a present actor or policy.",
        helpLinkUri: RuleCategories.HelpUri("RH1009"),
        customTags: RuleTags.LoweredInOpinion);

    private static readonly Lazy<AnalogyWords> Words = new(() => new AnalogyWords(
        TaggedLexicon.Load(RuleLexicons.Store, "historical_analogies"), TaggedLexicon.Load(RuleLexicons.Store, "tyrants_wordnet"),
        TaggedLexicon.Load(RuleLexicons.Store, "historical_catastrophes_wordnet")));

    /// <summary>Words that anchor a sentence in the present: a weak cue ("like Munich") compares only there.</summary>
    private static readonly FrozenSet<string> PresentAnchors = TaggedLexicon.Load(RuleLexicons.Store, "historical_analogies").Words("present-anchor");

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
            if (!tokens[i].IsWord && tokens[i].Kind != TokenKind.Number) continue;
            var hit = Diminished(words, tokens, sentence, i) ?? VictimsAsked(words, document, sentence, i) ?? Recalled(words, document, sentence, i)
                ?? Analogy(words, document, sentence, i) ?? Appeasement(words, document.Actors, tokens, sentence, i)
                ?? MethodOwned(words, tokens, sentence, i) ?? RepeatedDisaster(document, sentence, i)
                ?? (SlowMotionAnalogies.At(tokens, sentence, i) is (int slowFirst, int slowEnd) ? new Hit(slowFirst, slowEnd) : (Hit?)null)
                ?? (ImplicitAnalogies.At(document, sentence, i) is (int first, int last) ? new Hit(first, last) : (Hit?)null)
                ?? (TakenBack.At(tokens, sentence, i) is (int takenFirst, int takenEnd) ? new Hit(takenFirst, takenEnd) : null);
            if (hit is not { } found) continue;
            // "They promised peace in 1938, too": the old assurance is reported, the "too" that sets it beside today is the writer's.
            var authors = found.RepeatsAssurance ? document.Voices[sentence.FirstToken] == Voice.Author : ImageryContext.IsAuthors(document, found.First, found.End);
            if (!authors || document.IsNegated(found.First)
                || ImageryContext.IsMentioned(tokens, sentence, found.First, found.End) || IsDisanalogy(words, tokens, sentence, found.First)
                || IsAverted(tokens, sentence, found.First))
                continue;

            var span = document.SpanOf(found.First, found.End);
            var rewrite = Rewrite.Template("State the shared feature and the difference", span,
                "As in [historical case], [shared feature]; unlike it, [key difference]");
            context.Report(Descriptor, ImageryContext.SeverityAt(document, sentence, i, Descriptor.DefaultSeverity, hedgeLowers: false),
                span, [rewrite], document.Excerpt(span));
            i = found.End - 1;
        }
    }

    private static Hit? Analogy(AnalogyWords words, DocumentModel document, Sentence sentence, int i)
    {
        var tokens = document.Tokens;
        if (CompoundTerm(words, tokens[i]) is { } compound)
            return compound ? new Hit(i, i + 1) : null;
        var (kind, length) = words.TermAt(tokens, sentence, i);
        if (length == 0 || IsOtherChamberlain(tokens, sentence, i)) return null;
        var end = i + length;
        var after = words.After.FirstPhraseAt(tokens, end, sentence.EndToken);
        var before = CueBefore(words, tokens, sentence, i, kind);

        switch (kind)
        {
            case TermKind.Villain:
                return ComparativeBefore(words, tokens, sentence, i) is int cue && IsPresent(words, tokens, sentence) && !HasYear(tokens, sentence)
                       && !StatesDifference(words, tokens, sentence, end)
                    ? new Hit(cue, end)
                    : null;
            case TermKind.Moment:
                if (after is ["moment"] or ["moments"])
                    return new Hit(before ?? (i > sentence.FirstToken && tokens[i - 1].Norm is "a" or "our" or "its" or "this" ? i - 1 : i), end + 1);
                return before is int b && tokens[b].Norm is "another" or "a" ? new Hit(b, end) : null;
            case TermKind.ColdWar:
                // "a new Cold War" is an analogy when asserted of today; after a hedge or as an outcome it is a forecast.
                var revived = before is int start && start < i && tokens[start].Norm is not ("our" or "today's") || after is ["2.0"] or ["ii"];
                if (!revived || document.IsHedged(i) || !IsAssertedOfPresent(tokens, sentence, before ?? i, end)) return null;
                return new Hit(before ?? i, after is null ? end : end + after.Length);
        }

        if (after is not null && !(after is ["again"] && before is null && !IsCopulaBefore(tokens, sentence, i)))
            return new Hit(before ?? (IsCopulaBefore(tokens, sentence, i) ? i : VerbBefore(words, tokens, sentence, i) ?? i), end + after.Length);
        if (before is int first)
            return tokens[first].Norm is "a" or "an" && IsAttributive(tokens, sentence, end) ? null : new Hit(first, end);
        if (VerbBefore(words, tokens, sentence, i) is int verb) return new Hit(verb, end);
        if (IsThisIs(tokens, sentence, i)) return new Hit(i - 2 >= sentence.FirstToken && tokens[i - 2].Norm is "this" or "it" or "that" or "today" ? i - 2 : i - 1, end);
        if (kind == TermKind.Plain && !tokens[i].IsYear && ThisIsTheStart(tokens, sentence, i) is int the && !IsCleft(tokens, sentence, end)
            && (!IsAttributive(tokens, sentence, end) || IsReducedPassive(tokens, sentence, end)))
            return new Hit(the, end);
        if (ThisIsHowStart(tokens, sentence, i) is int how)
            return new Hit(how, end < sentence.EndToken && tokens[end].Norm is "started" or "began" or "starts" or "begins" or "ended" ? end + 1 : end);
        if (kind == TermKind.Plain && TypedWithEnd(tokens, sentence, i, end) is int typedEnd) return new Hit(i, typedEnd);
        if (kind == TermKind.Plain && tokens[i].IsYear && RepeatedYearEnd(tokens, sentence, i, end) is int tooEnd) return new Hit(i - 1, tooEnd, RepeatsAssurance: true);
        if (WeakCueBefore(words, tokens, sentence, i) is int weak && IsPresent(words, tokens, sentence) && !StatesDifference(words, tokens, sentence, end))
            return new Hit(weak, end);
        return null;
    }

    /// <summary>
    /// A past disaster said to be repeating now: a present copula, a past disaster of <see cref="PastDisasters"/> — a year,
    /// a decade, a listed term, or a threat referent heading a definite or dated phrase — and "all over again": "This is
    /// 1973 all over again", "it's the 2008 crash all over again", "this is the Dust Bowl all over again". A year or a
    /// decade is no disaster by itself, so it needs a disaster in its sentence or a neighbouring one of the paragraph
    /// (<see cref="DisasterNearby"/>): "for the fans it is 1966 all over again" is a memory. "It was 2008 all over again" is told of the past.
    /// </summary>
    private static Hit? RepeatedDisaster(DocumentModel document, Sentence sentence, int i)
    {
        var tokens = document.Tokens;
        if (i == sentence.FirstToken || tokens[i - 1].Norm is not ("is" or "are" or "'s" or "'re" or "it's" or "that's" or "this's")) return null;
        var length = PastDisasters.LengthAt(tokens, sentence, i);
        var end = i + length;
        if (length == 0 || end + 3 > sentence.EndToken || tokens[end].Norm != "all" || tokens[end + 1].Norm != "over" || tokens[end + 2].Norm != "again") return null;
        // "1973", "the 1970s": the phrase ends on its year, with no disaster noun after it.
        if (tokens[end - 1].Norm.Length > 0 && char.IsDigit(tokens[end - 1].Norm[0]) && !DisasterNearby(document, sentence)) return null;
        var first = i - 2 >= sentence.FirstToken && tokens[i - 1].Norm is "is" or "'s" && tokens[i - 2].Norm is "this" or "it" or "that" or "today" ? i - 2 : i - 1;
        return new Hit(first, end + 3);
    }

    /// <summary>
    /// A General word of the threat model that names a threat or an opponent as such ("a threat", "the danger", "the
    /// foe"), which no year stands for; "crisis" and "emergency", also General, name states of affairs a year can.
    /// </summary>
    private static bool NamesThreatAsSuch(Token token) =>
        ThreatReferents.DomainOf(token.Norm) == ThreatDomain.General && token.Norm is not ("crisis" or "crises" or "emergency" or "emergencies");

    /// <summary>
    /// A disaster the year could stand for, in the sentence or the one before or after it in its paragraph: an adversary,
    /// an outcome, or a threat referent of a domain that names events (<see cref="PastDisasters.IsDisasterDomain"/>: a
    /// war, a crash, a flood). A word that names a threat as such ("the winger was a constant threat", "the threat of rain", "the
    /// danger of a letdown") names no event, and a sentence about sport names a match: "it is 1966 all over again" after a
    /// cup win recalls a triumph, not a catastrophe.
    /// </summary>
    private static bool DisasterNearby(DocumentModel document, Sentence sentence)
    {
        var sentences = document.Syntax.Sentences;
        for (var n = Math.Max(0, sentence.Index - 1); n <= Math.Min(sentences.Length - 1, sentence.Index + 1); n++)
            if (sentences[n].ParagraphIndex == sentence.ParagraphIndex && NamesDisaster(document, sentences[n])) return true;
        return false;
    }

    private static bool NamesDisaster(DocumentModel document, Sentence sentence)
    {
        var tokens = document.Tokens;
        if (SportContext.IsAboutSport(tokens, sentence)) return false;
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            if (!ThreatReferents.IsAt(document.Actors, tokens, sentence, k, out _) || NamesThreatAsSuch(tokens[k])) continue;
            // An adversary, an outcome ("power cuts") or a referent of a domain of events.
            if (ThreatReferents.NounAt(tokens, k, sentence.EndToken) is not { Domain: var domain } || PastDisasters.IsDisasterDomain(domain)) return true;
        }
        return false;
    }

    /// <summary>
    /// The analogy by diminution: a past disaster (<see cref="PastDisasters"/>) made small beside what is coming, so the
    /// present inherits a worse ending than the old one had. Three shapes:
    /// - a causative "make" in the present or future: "will make 1987 look like a garden party", "makes the Great Depression
    ///   seem tame";
    /// - the disaster as the subject of a future "look"/"seem": "the dot-com crash will look like child's play";
    /// - the disaster as the subject of a copula, with a trivial noun: "the last pandemic was only a dress rehearsal".
    /// "made 2008 look small" compares two past events and is left alone.
    /// </summary>
    private static Hit? Diminished(AnalogyWords words, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var end = sentence.EndToken;
        var make = tokens[i].Norm is "will" or "would" or "could" ? i + 1 : i;
        if (make < end && tokens[make].Norm is "make" or "makes" or "making")
            return PastDisasters.LengthAt(tokens, sentence, make + 1) is > 0 and var named && MadeSmallEnd(words, tokens, sentence, make + 1 + named) is int madeEnd
                ? new Hit(i, madeEnd)
                : null;
        if (i > sentence.FirstToken && tokens[i - 1].IsWord && !FunctionWords.NounPhraseBreakers.Contains(tokens[i - 1])) return null;
        if (PastDisasters.LengthAt(tokens, sentence, i) is not (> 0 and var length)) return null;
        var k = i + length;
        if (k + 1 >= end) return null;
        if (tokens[k].Norm is "will" or "would" && words.SeemVerbs.Contains(tokens[k + 1].Norm))
            return MadeSmallEnd(words, tokens, sentence, k + 1) is int seemEnd ? new Hit(i, seemEnd) : null;
        if (tokens[k].Norm is "will" or "would" && tokens[k + 1].Norm == "be") k += 2;
        else if (tokens[k].Norm is "was" or "is") k++;
        else return null;
        var diminisher = words.Diminishers.LongestAt(tokens, k, end);
        k += diminisher;
        return TrivialEnd(words, tokens, sentence, k) is int trivialEnd && (diminisher > 0 || words.Rehearsals.LongestAt(tokens, IndefiniteSkipped(tokens, k), end) > 0)
            ? new Hit(i, trivialEnd)
            : null;
    }

    /// <summary>"look like a picnic", "seem tame", "feel positively quaint": the end of the appearance, or null.</summary>
    private static int? MadeSmallEnd(AnalogyWords words, ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        var end = sentence.EndToken;
        if (k >= end || !words.SeemVerbs.Contains(tokens[k].Norm)) return null;
        k++;
        if (k < end && (tokens[k].Norm is "almost" or "positively" or "downright" or "rather" or "quite" or "pretty")) k++;
        if (k < end && tokens[k].Norm == "like") return TrivialEnd(words, tokens, sentence, k + 1);
        return k < end && words.Small.Contains(tokens[k].Norm) ? k + 1 : null;
    }

    /// <summary>"a picnic", "child's play", "a dress rehearsal": the end of a trivial noun phrase at <paramref name="k"/>, or null.</summary>
    private static int? TrivialEnd(AnalogyWords words, ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        k = IndefiniteSkipped(tokens, k);
        return words.Trivial.LongestAt(tokens, k, sentence.EndToken) is > 0 and var length ? k + length : null;
    }

    private static int IndefiniteSkipped(ImmutableArray<Token> tokens, int k) =>
        k < tokens.Length && tokens[k].Norm is "a" or "an" ? k + 1 : k;

    /// <summary>How far after "who" the past disaster of <see cref="VictimsAsked"/> may be named.</summary>
    private const int VictimClauseReach = 10;

    /// <summary>
    /// The analogy by testimony: an imperative "ask" that opens the sentence and points at the people who went through a
    /// past disaster, whose fate the reader is to expect ("Ask the families who lost everything in the 2011 floods",
    /// "just ask anyone who lived through 1929"). The disaster is named (<see cref="PastDisasters"/>); a year alone
    /// names one after a verb of going through it ("lived through", "survived", "lost") or as the answer to a question
    /// the sentence before asks ("Sure it could never happen here? Ask the families who bought shares in 1987."). An ask that
    /// goes on to a question of its own ("… what they remember", "… how they rebuilt") is an open inquiry.
    /// </summary>
    private static Hit? VictimsAsked(AnalogyWords words, DocumentModel document, Sentence sentence, int i)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        if (tokens[i].Norm != "ask" || !OpensImperative(tokens, sentence, i)) return null;
        var who = -1;
        for (var k = i + 1; k < end && k - i <= 4 && tokens[k].IsWord; k++)
            if (tokens[k].Norm == "who")
            {
                who = k;
                break;
            }
        if (who < 0 || tokens[i + 1].Norm is not ("the" or "anyone" or "anybody" or "those" or "any" or "people" or "everyone")) return null;
        var endured = false;
        var hitEnd = -1;
        for (var k = who + 1; k < end && k - who <= VictimClauseReach; k++)
        {
            if (tokens[k].Text is "," or ";" or ":" || tokens[k].Kind == TokenKind.Dash) break;
            if (tokens[k].Norm is "what" or "how" or "whether" or "why" or "if" or "about") return null;
            endured |= words.Endured.LongestAt(tokens, k, end) > 0;
            if (PastDisasters.LengthAt(tokens, sentence, k) is not (> 0 and var length)) continue;
            if (tokens[k].IsYear && !endured && !FollowsQuestion(document, sentence)) continue;
            hitEnd = k + length;
            k = hitEnd - 1;
        }
        return hitEnd > 0 ? new Hit(i > sentence.FirstToken && tokens[i - 1].Norm == "just" ? i - 1 : i, hitEnd) : null;
    }

    /// <summary>
    /// The analogy by memory: "Anyone who remembers Weimar knows how this ends", "those who lived through 1929 know where
    /// this leads". Everyone who went through a past disaster (<see cref="PastDisasters"/>: a term, a disaster, a
    /// definite threat referent; a year or a decade only with a disaster near it, as <see cref="RepeatedDisaster"/>
    /// reads it) is said to know — "know" and a question word — what comes next, so the present inherits the old ending.
    /// "Anyone who remembers Weimar will enjoy the exhibition" knows nothing, and "anyone who remembers 1966 knows how
    /// the final ended" names no disaster. Returns the range from the quantifier to "know" and the outcome clause's
    /// opening ("how this ends").
    /// </summary>
    private static Hit? Recalled(AnalogyWords words, DocumentModel document, Sentence sentence, int i)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        if (tokens[i].Norm is not ("anyone" or "anybody" or "everyone" or "everybody" or "those" or "whoever")) return null;
        var k = tokens[i].Norm == "whoever" ? i + 1 : i + 2;
        if (k >= end || k == i + 2 && tokens[i + 1].Norm != "who") return null;
        if (words.Endured.LongestAt(tokens, k, end) is not (> 0 and var verb)) return null;
        k += verb;
        if (PastDisasters.LengthAt(tokens, sentence, k) is not (> 0 and var length)) return null;
        var named = k + length;
        if (char.IsDigit(tokens[named - 1].Norm.FirstOrDefault()) && !DisasterNearby(document, sentence)) return null;
        if (named + 1 >= end || tokens[named].Norm is not ("knows" or "know") || tokens[named + 1].Norm is not ("how" or "where" or "what")) return null;
        if (!NamesACourse(tokens, named + 2, end)) return null;
        // "knows how this ends", "know where it leads": the outcome clause's opening joins the span.
        var hitEnd = named + 1;
        if (named + 3 < end && tokens[named + 2].Norm is "this" or "it" or "that" && tokens[named + 3].Norm is "ends" or "goes" or "leads" or "finishes")
            hitEnd = named + 4;
        return new Hit(i, hitEnd);
    }

    /// <summary>Present or bare forms of the verbs that tell a course to its end ("ends", "leads", "comes next", "is heading").</summary>
    private static readonly FrozenWordSet CourseVerbs = new[]
    {
        "end", "ends", "lead", "leads", "go", "goes", "head", "heads", "heading", "come", "comes", "happen", "happens",
        "finish", "finishes", "unfold", "unfolds",
    }.ToFrozenWordSet();

    /// <summary>How many words the question clause after "knows how/where/what" may run before its verb of course ("where a mint that prints money ends up").</summary>
    private const int CourseClauseWords = 12;

    /// <summary>
    /// Whether the question clause from <paramref name="start"/> tells where things go from here ("how this ends", "where
    /// cuts like these lead", "what comes next"): a verb of course in the present within <see cref="CourseClauseWords"/>
    /// words, before any punctuation. "knows how hard her grandparents worked" or "know what rationing tasted like"
    /// recalls the past itself, and a past verb ("how the final ended") an ending already over: no forecast is borrowed.
    /// </summary>
    private static bool NamesACourse(ImmutableArray<Token> tokens, int start, int end)
    {
        for (var k = start; k < end && k - start < CourseClauseWords && tokens[k].IsWord; k++)
            if (CourseVerbs.Contains(tokens[k])) return true;
        return false;
    }

    /// <summary>Whether "ask" at <paramref name="i"/> opens its sentence, after "just", "go", "so" or "then" at most.</summary>
    private static bool OpensImperative(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var first = sentence.FirstToken;
        while (first < i && !tokens[first].IsWord) first++;
        return first == i || first == i - 1 && tokens[first].Norm is "just" or "go" or "so" or "then";
    }

    /// <summary>Whether the sentence before, in the same paragraph, is a question.</summary>
    private static bool FollowsQuestion(DocumentModel document, Sentence sentence) =>
        sentence.Index > 0 && document.Syntax.Sentences[sentence.Index - 1] is var before && before.ParagraphIndex == sentence.ParagraphIndex
        && document.IsQuestion(before);

    /// <summary>
    /// "As in 1938, …; unlike then, …": a comparison that goes on to say how today differs is the argued analogy the
    /// rule asks for. Only a contrast counts here ("unlike", "in contrast to"); "is no", "not another" deny a term that
    /// follows them, which <see cref="IsDisanalogy"/> reads.
    /// </summary>
    private static bool StatesDifference(AnalogyWords words, ImmutableArray<Token> tokens, Sentence sentence, int from) =>
        words.Contrasts.OccursIn(tokens, from, sentence.EndToken);

    /// <summary>
    /// "a 9/11 memorial", "a Pearl Harbor survivor": the name modifies the noun after it, and the article belongs to
    /// that noun; "a cyber Pearl Harbor is coming" and "a Pearl Harbor that …" keep the name as the head.
    /// </summary>
    private static bool IsAttributive(ImmutableArray<Token> tokens, Sentence sentence, int end)
    {
        if (end >= sentence.EndToken) return false;
        var next = tokens[end];
        return next.IsWord && !next.IsCapitalized && !FunctionWords.NounPhraseBreakers.Contains(next)
            && !next.Norm.EndsWith("ing", StringComparison.Ordinal) && !next.Norm.EndsWith("ed", StringComparison.Ordinal)
            && !next.Norm.EndsWith("ly", StringComparison.Ordinal);
    }

    /// <summary>"Munich-style", "Chamberlain-like", "Hitler-esque": true when the compound is an analogy, false when it is a term ("neo-Nazi"), null when neither.</summary>
    private static bool? CompoundTerm(AnalogyWords words, Token token)
    {
        var dash = token.Norm.IndexOf('-');
        if (!token.IsWord || dash <= 0) return null;
        var stem = token.Norm[..dash];
        var suffix = token.Norm[(dash + 1)..];
        // "Nazi-like behavior", "Hitler-style rallies" describe conduct in general, "a Wuhan-style lockdown" a measure of
        // 2020; "a Munich-style deal" casts a present one.
        if (!words.SingleWordTerms.Contains(stem) || stem is "hitler" or "nazis" or "weimar" or "wuhan") return null;
        return suffix is "style" or "like" or "esque" or "type" or "era-style";
    }

    /// <summary>"Wilt Chamberlain", "Senator Ada Chamberlain": another Chamberlain than Neville.</summary>
    private static bool IsOtherChamberlain(ImmutableArray<Token> tokens, Sentence sentence, int i) =>
        tokens[i].Norm == "chamberlain" && i > sentence.FirstToken && tokens[i - 1].IsCapitalized && tokens[i - 1].Norm != "neville";

    /// <summary>
    /// The start of a cue before the term: a listed cue ("another", "a new", "our") or, before a proper name or a
    /// year, an article with optional modifiers ("a cyber Pearl Harbor"), which a name takes only as an analogy.
    /// </summary>
    private static int? CueBefore(AnalogyWords words, ImmutableArray<Token> tokens, Sentence sentence, int i, TermKind kind)
    {
        var k = i;
        while (k - 1 >= sentence.FirstToken && i - k < 2 && tokens[k - 1].IsWord && !tokens[k - 1].IsCapitalized && IsPremodifier(tokens[k - 1])) k--;
        for (var m = k; m <= i; m++)
            if (words.Before.LongestEndingAt(tokens, m, sentence.FirstToken) is { } cue)
                return m - cue.Length;
        if (kind != TermKind.Plain || k - 1 < sentence.FirstToken || tokens[k - 1].Norm is not ("a" or "an")) return null;
        return k - 1;
    }

    /// <summary>
    /// Words that make the year after them a date: "in one form or another since 1939" dates a practice; "another" there
    /// closes "one … or another" and is no cue.
    /// </summary>
    private static readonly FrozenSet<string> DateSetters = FrozenSet.ToFrozenSet(["since", "until", "till", "before", "after", "circa"], StringComparer.Ordinal);

    /// <summary>A word that can stand between an article and a name used as a type ("cyber", "digital", "economic").</summary>
    private static bool IsPremodifier(Token token) =>
        !FunctionWords.Prepositions.Contains(token) && !DateSetters.Contains(token.Norm) && !FunctionWords.Auxiliaries.Contains(token)
        && token.Norm is not ("a" or "an" or "the" or "and" or "or" or "but" or "that" or "which" or "who" or "of" or "our" or "another" or "new" or "next" or "second");

    private static int? VerbBefore(AnalogyWords words, ImmutableArray<Token> tokens, Sentence sentence, int i) =>
        i - 1 >= sentence.FirstToken && words.Verbs.Contains(tokens[i - 1].Norm) ? i - 1 : null;

    private static bool IsCopulaBefore(ImmutableArray<Token> tokens, Sentence sentence, int i) =>
        i - 1 >= sentence.FirstToken && FunctionWords.Copulas.Contains(tokens[i - 1]);

    /// <summary>"This is 1938", "it's Munich": a demonstrative or dummy subject, a copula, the term.</summary>
    private static bool IsThisIs(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (i - 1 < sentence.FirstToken) return false;
        if (tokens[i - 1].Norm is "it's" or "that's" or "this's") return true;
        return i - 2 >= sentence.FirstToken && tokens[i - 1].Norm is "is" && tokens[i - 2].Norm is "this" or "it" or "that" or "today";
    }

    /// <summary>
    /// "This is the Manhattan Project with a marketing budget", "it's the Dust Bowl run by accountants": a named event
    /// takes its article, so "this is" may stand before "the" as well as before a bare name ("this is 1938"). Returns
    /// the start of the demonstrative, or null. "The lecture is the Manhattan Project" has a subject of its own, and
    /// "this is the Manhattan Project site" a noun after the name (<see cref="IsAttributive"/>).
    /// </summary>
    private static int? ThisIsTheStart(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (i - 2 < sentence.FirstToken || tokens[i - 1].Norm != "the") return null;
        if (tokens[i - 2].Norm is "it's" or "that's" or "this's") return i - 2;
        return i - 3 >= sentence.FirstToken && tokens[i - 2].Norm == "is" && tokens[i - 3].Norm is "this" or "it" or "that" or "today" ? i - 3 : null;
    }

    /// <summary>
    /// "the Manhattan Project run by investors", "Munich staffed by accountants": a participle and "by" after the name
    /// qualify it as a reduced passive, the old case put in new hands, not a noun it modifies ("the Munich office").
    /// </summary>
    private static bool IsReducedPassive(ImmutableArray<Token> tokens, Sentence sentence, int end) =>
        end + 2 < sentence.EndToken && tokens[end].IsWord && !tokens[end].IsCapitalized && tokens[end + 1].Norm == "by" && tokens[end + 2].IsWord;

    /// <summary>"It is the Korean War that shaped him": a cleft picks the event out of history; it casts nothing as it.</summary>
    private static bool IsCleft(ImmutableArray<Token> tokens, Sentence sentence, int end) =>
        end < sentence.EndToken && tokens[end].Norm is "that" or "which" or "who" or "where" or "when";

    /// <summary>
    /// "this is how 1933 started", "that's how Munich began": the present cast as the opening of the old story.
    /// Returns the start of the demonstrative.
    /// </summary>
    private static int? ThisIsHowStart(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (i - 2 < sentence.FirstToken || tokens[i - 1].Norm != "how") return null;
        if (tokens[i - 2].Norm is "that's" or "it's") return i - 2;
        return i - 3 >= sentence.FirstToken && tokens[i - 2].Norm is "is" or "was" && tokens[i - 3].Norm is "this" or "that" or "it" ? i - 3 : null;
    }

    /// <summary>
    /// "the deal is Munich with better catering", ": Munich with a ferry timetable": after a copula or a colon, a name
    /// qualified by "with" is a type, the old case in a new costume. Returns the end of the qualifier (up to four
    /// words); "talks in Munich with the allies" has no copula before the name.
    /// </summary>
    private static int? TypedWithEnd(ImmutableArray<Token> tokens, Sentence sentence, int i, int end)
    {
        // "is the Manhattan Project run by …": a named event keeps its article after the copula.
        var article = i - 1 >= sentence.FirstToken && tokens[i - 1].Norm == "the" && !tokens[i].IsYear;
        var before = article ? i - 2 : i - 1;
        if (before < sentence.FirstToken || !(FunctionWords.Copulas.Contains(tokens[before]) || tokens[before].Text == ":")) return null;
        // "the best-known weapons programme was the Manhattan Project run by Groves": a past copula before the named
        // event identifies the event itself, history told, not the present cast as it.
        if (article && tokens[before].Norm is "was" or "were") return null;
        if (IsReducedPassive(tokens, sentence, end)) end++;
        else if (end + 1 >= sentence.EndToken || tokens[end].Norm != "with" || !tokens[end + 1].IsWord) return null;
        var k = end + 1;
        while (k < sentence.EndToken && k - end <= 4 && tokens[k].IsWord) k++;
        return k;
    }

    /// <summary>
    /// "They said the same in 1938, too": the year set beside today by "too" or "as well" at the end of the sentence is
    /// an implicit analogy. Returns the end of the cue.
    /// </summary>
    private static int? RepeatedYearEnd(ImmutableArray<Token> tokens, Sentence sentence, int i, int end)
    {
        if (i - 1 < sentence.FirstToken || tokens[i - 1].Norm != "in") return null;
        var k = end;
        if (k < sentence.EndToken && tokens[k].Text == ",") k++;
        if (k < sentence.EndToken && tokens[k].Norm == "too") k++;
        else if (k + 1 < sentence.EndToken && tokens[k].Norm == "as" && tokens[k + 1].Norm == "well") k += 2;
        else return null;
        if (k < sentence.EndToken && tokens[k].IsWord) return null;
        // The repeated thing is a claim or an assurance ("they promised peace in 1938, too"); "the river flooded in 1914,
        // too" is a date.
        for (var j = sentence.FirstToken; j < i; j++)
            if (AssuranceVerbs.Contains(tokens[j])) return k;
        return null;
    }

    /// <summary>Verbs of claiming and assuring whose repetition "in 1938, too" casts today as the old case.</summary>
    private static readonly FrozenWordSet AssuranceVerbs = TaggedLexicon.Load(RuleLexicons.Store, "historical_analogies").Words("assurance").ToFrozenWordSet();

    /// <summary>Most words (an article and modifiers) between a comparative cue and the villain it names: "worthy of a tin-pot dictator".</summary>
    private const int VillainModifiers = 3;

    /// <summary>
    /// "worthy of a dictator", "straight out of a police state", "on a par with the Titanic": a comparative cue of
    /// likeness before a villain or disaster, an article and up to two modifiers between. Returns the cue's start.
    /// </summary>
    private static int? ComparativeBefore(AnalogyWords words, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        for (var k = i; k >= sentence.FirstToken && i - k <= VillainModifiers; k--)
        {
            if (k < i && !(tokens[k].IsWord && (tokens[k].Norm is "a" or "an" or "the" or "some" || IsPremodifier(tokens[k])))) return null;
            if (words.Comparative.LongestEndingAt(tokens, k, sentence.FirstToken) is { } cue) return k - cue.Length;
        }
        return null;
    }

    /// <summary>
    /// The analogy by method: a tyranny's way of acting said of today, so the present act is cast as the old regime's.
    /// A method noun ("playbook", "tactics", "handbook") owned by a tyrant or a tyranny — a possessive ("Beria's
    /// playbook"), a modifier ("Stasi tactics", "the Nazi playbook") or an "of" phrase ("the methods of the Gestapo") —
    /// in a sentence about the present with no year: "Hitler's tactics in 1940" is history. A comparative cue, a verb of
    /// using or following, or a copula must stand before it; the cue or the verb joins the span. The token at
    /// <paramref name="i"/> is the first of the phrase.
    /// </summary>
    private static Hit? MethodOwned(AnalogyWords words, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var start = i;
        if (tokens[i].Norm is "the" or "a") i++;
        if (i + 1 >= sentence.EndToken || !tokens[i].IsWord) return null;
        int end;
        if (words.MethodOwners.Contains(tokens[i].NormWithoutPossessive) && words.Methods.Contains(tokens[i + 1].Norm))
            end = i + 2;
        else if (words.OwnerPhrases.LongestAt(tokens, i, sentence.EndToken) is > 1 and var owned && i + owned < sentence.EndToken && words.Methods.Contains(tokens[i + owned].Norm))
            end = i + owned + 1;
        else if (words.Methods.Contains(tokens[i].Norm) && tokens[i + 1].Norm == "of" && OwnerAfterOf(words, tokens, sentence, i + 2) is int owner)
            end = owner + 1;
        else
            return null;
        if (!IsPresent(words, tokens, sentence) || HasYear(tokens, sentence)) return null;
        // The method must be said of a present act: likened to it ("straight out of"), used or followed ("following the
        // Nazi playbook", "took a page from"), or predicated of an act ("these are Gestapo tactics"). "A copy of the
        // Stasi handbook" and "the item in the museum is the Gestapo handbook" are documents; "reading a page from" is a page.
        if ((words.Comparative.LongestEndingAt(tokens, start, sentence.FirstToken) ?? words.MethodCues.LongestEndingAt(tokens, start, sentence.FirstToken)) is { } cue)
            return new Hit(start - cue.Length, end);
        if (words.MethodPages.LongestEndingAt(tokens, start, sentence.FirstToken) is { } page)
            return PageTaken(words, tokens, sentence, start - page.Length) is int from ? new Hit(from, end) : null;
        return IsPredicatedOfAct(tokens, sentence, start) ? new Hit(start, end) : null;
    }

    /// <summary>
    /// "took a page from", "is a page from": the page idiom needs a verb of taking or a copula after an act before it;
    /// returns where the span starts (the verb, or the page).
    /// </summary>
    private static int? PageTaken(AnalogyWords words, ImmutableArray<Token> tokens, Sentence sentence, int page)
    {
        var k = page - 1;
        while (k >= sentence.FirstToken && tokens[k].Norm is "a" or "another" or "the" or "one" or "straight" or "right") k--;
        if (k >= sentence.FirstToken && words.MethodTakes.Contains(tokens[k].Norm)) return k;
        return IsPredicatedOfAct(tokens, sentence, k + 1) ? page : null;
    }

    /// <summary>
    /// A copula right before <paramref name="at"/> whose subject is an act: a clause led by a gerund or an infinitive
    /// ("Making stallholders inform on one another is", "To fine parents is") or a pronoun that points back at one
    /// ("tailing reporters: these are"). A noun subject ("the most chilling item in the museum is") is a thing shown.
    /// </summary>
    private static bool IsPredicatedOfAct(ImmutableArray<Token> tokens, Sentence sentence, int at)
    {
        var copula = at - 1;
        if (copula <= sentence.FirstToken || !FunctionWords.Copulas.Contains(tokens[copula])) return false;
        var first = copula - 1;
        while (first > sentence.FirstToken && tokens[first - 1].Text is not (":" or ";" or "—")) first--;
        if (first < copula && tokens[first].Norm is "and" or "but" or "so") first++;
        var head = tokens[first].Norm;
        return head is "this" or "these" or "that" or "those" or "it" or "to"
            || head.Length >= 6 && head.EndsWith("ing", StringComparison.Ordinal) && tokens[first].IsWord;
    }

    /// <summary>The owner in "the methods of the Stasi", after an optional article.</summary>
    private static int? OwnerAfterOf(AnalogyWords words, ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        if (k < sentence.EndToken && tokens[k].Norm == "the") k++;
        if (words.OwnerPhrases.LongestAt(tokens, k, sentence.EndToken) is > 1 and var owned) return k + owned - 1;
        return k < sentence.EndToken && words.MethodOwners.Contains(tokens[k].Norm) ? k : null;
    }

    /// <summary>A dated comparison ("on a par with the famine of 1846") measures against a record; it is not the analogy.</summary>
    private static bool HasYear(ImmutableArray<Token> tokens, Sentence sentence)
    {
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            if (tokens[k].IsYear) return true;
        return false;
    }

    private static int? WeakCueBefore(AnalogyWords words, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var k = i;
        if (k - 1 >= sentence.FirstToken && tokens[k - 1].Norm is "the" or "a") k--;
        if (words.Weak.LongestEndingAt(tokens, k, sentence.FirstToken) is not { } cue) return null;
        var start = k - cue.Length;
        // "cities like Munich" lists examples; "is like Munich", "feels like 1938" compares.
        if (cue is ["like"] && start > sentence.FirstToken && !LikeComparers.Contains(tokens[start - 1]) && tokens[start - 1].Text != ",") return null;
        return start;
    }

    private static readonly FrozenWordSet LikeComparers = TaggedLexicon.Load(RuleLexicons.Store, "historical_analogies").Words("like-comparer").ToFrozenWordSet();

    /// <summary>A sentence about today (a present or future verb, "now", "today") and not about the 1930s or 1940s.</summary>
    private static bool IsPresent(AnalogyWords words, ImmutableArray<Token> tokens, Sentence sentence)
    {
        if (!ImageryContext.SentenceHas(tokens, sentence, PresentAnchors)) return false;
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            if (words.History.Contains(tokens[k].Norm)) return false;
            // The years the lexicon lists as analogies ("feels like 1933") are the comparison itself, not history context.
            if (tokens[k].IsYear && int.Parse(tokens[k].Text) is >= 1900 and < 1950 && !words.SingleWordTerms.Contains(tokens[k].Norm)) return false;
        }
        return !words.HistoryPhrases.OccursIn(tokens, sentence.FirstToken, sentence.EndToken);
    }

    /// <summary>"We are in a new Cold War", "this is a new Cold War", "a new Cold War has begun".</summary>
    private static bool IsAssertedOfPresent(ImmutableArray<Token> tokens, Sentence sentence, int first, int end)
    {
        var k = first - 1;
        if (k >= sentence.FirstToken && tokens[k].Norm is "already" or "now" or "truly" or "effectively") k--;
        if (k >= sentence.FirstToken && (FunctionWords.Copulas.Contains(tokens[k]) || tokens[k].Norm is "in" or "entered" or "entering" or "waging" or "fighting"))
            return true;
        return end + 1 < sentence.EndToken && tokens[end].Norm is "has" or "is" && tokens[end + 1].Norm is "begun" or "started" or "arrived" or "here" or "underway" or "upon";
    }

    /// <summary>
    /// "is appeasement", "appeasing Beijing", "the new appeasement": appeasement said of a present policy toward a
    /// named actor; "Britain's appeasement of Germany" in the 1930s is history.
    /// </summary>
    private static Hit? Appeasement(AnalogyWords words, ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (!words.Appease.Contains(tokens[i].Norm) || !IsPresent(words, tokens, sentence)) return null;
        var k = i + 1;
        if (k < sentence.EndToken && tokens[k].Norm == "of") k++;
        if (k < sentence.EndToken && tokens[k].Norm == "the") k++;
        if (actors.Match(tokens.AsSpan(0, sentence.EndToken), k) is { } actor && tokens[k].Norm is not ("germany" or "hitler"))
            return new Hit(i, k + actor.Length);
        var before = i - 1;
        if (before >= sentence.FirstToken && tokens[before].Norm is "pure" or "naked" or "outright" or "rank" or "simply" or "just") before--;
        var copula = before >= sentence.FirstToken && (FunctionWords.Copulas.Contains(tokens[before]) || tokens[before].Norm is "to" or "of" && before - 1 >= sentence.FirstToken
            && tokens[before - 1].Norm is "amounts" or "amount" or "smacks" or "smack" or "reeks" or "tantamount");
        return copula && tokens[i].Norm == "appeasement" && ImageryContext.HasActor(actors, tokens, sentence) ? new Hit(i, i + 1) : null;
    }

    /// <summary>"how to prevent another 9/11": an outcome to avert, not a label on a present actor or policy.</summary>
    private static bool IsAverted(ImmutableArray<Token> tokens, Sentence sentence, int first) =>
        first - 1 >= sentence.FirstToken && AvertVerbs.Any(stem => tokens[first - 1].Norm.StartsWith(stem, StringComparison.Ordinal));

    private static readonly string[] AvertVerbs = [.. TaggedLexicon.Load(RuleLexicons.Store, "historical_analogies").Words("avert")];

    private static bool IsDisanalogy(AnalogyWords words, ImmutableArray<Token> tokens, Sentence sentence, int first) =>
        words.Disanalogy.OccursIn(tokens, sentence.FirstToken, first);

    private enum TermKind { Plain, Moment, ColdWar, Villain }

    private readonly record struct Hit(int First, int End, bool RepeatsAssurance = false);

    private sealed class AnalogyWords
    {
        /// <summary>The terms, longest first; <see cref="_kinds"/> holds each one's kind at its position.</summary>
        private readonly PhraseList _terms;

        private readonly TermKind[] _kinds;

        public AnalogyWords(TaggedLexicon lexicon, TaggedLexicon tyrants, TaggedLexicon catastrophes)
        {
            (string[] Words, TermKind Kind)[] terms = [.. lexicon.Entries("term").Select(t => (t, TermKind.Plain))
                .Concat(catastrophes.Entries("event").Select(t => (t, TermKind.Plain)))
                .Concat(lexicon.Entries("moment").Select(t => (t, TermKind.Moment)))
                .Concat(lexicon.Entries("coldwar").Select(t => (t, TermKind.ColdWar)))
                .Concat(lexicon.Entries("villain").Select(t => (t, TermKind.Villain)))
                .Concat(tyrants.Entries("tyrant").Select(t => (t, TermKind.Villain)))
                .OrderByDescending(t => t.Item1.Length)];
            _terms = PhraseList.From(terms.Select(t => t.Words));
            _kinds = [.. terms.Select(t => t.Kind)];
            // A villain is an analogy only after a comparative cue: "a dictator-style crackdown" is no compound analogy.
            SingleWordTerms = terms.Where(t => t.Words.Length == 1 && t.Kind != TermKind.Villain).Select(t => t.Words[0]).ToFrozenSet(StringComparer.Ordinal);
            Before = PhraseList.From(lexicon.Entries("before").OrderByDescending(c => c.Length));
            After = PhraseList.From(lexicon.Entries("after").OrderByDescending(c => c.Length));
            Verbs = lexicon.Words("verb");
            Weak = PhraseList.From(lexicon.Entries("weak").OrderByDescending(c => c.Length));
            Comparative = PhraseList.From(lexicon.Entries("comparative").OrderByDescending(c => c.Length));
            Disanalogy = PhraseList.From(lexicon.Entries("disanalogy"));
            // "is no", "not another" deny a term that follows them (IsDisanalogy); only a contrast says how today differs.
            Contrasts = PhraseList.From(lexicon.Entries("disanalogy").Where(c => c[0] is not ("is" or "was" or "not")));
            History = lexicon.Entries("history").Where(h => h.Length == 1).Select(h => h[0]).ToFrozenSet(StringComparer.Ordinal);
            HistoryPhrases = PhraseList.From(lexicon.Entries("history").Where(h => h.Length > 1));
            Appease = lexicon.Words("appease");
            Trivial = PhraseList.From(lexicon.Entries("trivial").OrderByDescending(t => t.Length));
            Rehearsals = PhraseList.From(lexicon.Entries("trivial").Where(t => RehearsalHeads.Contains(t[^1])));
            Small = lexicon.Words("small");
            SeemVerbs = lexicon.Words("seem");
            Diminishers = PhraseList.From(lexicon.Entries("diminisher").OrderByDescending(t => t.Length));
            Endured = PhraseList.From(lexicon.Entries("endured"));
            Methods = lexicon.Words("method");
            MethodCues = PhraseList.From(lexicon.Entries("method-cue").OrderByDescending(c => c.Length));
            MethodPages = PhraseList.From(lexicon.Entries("method-page").OrderByDescending(c => c.Length));
            MethodTakes = lexicon.Words("method-take");
            // Single-word owners only: "Big Tobacco" owns a playbook, "tobacco" and "oil" alone own none.
            MethodOwners = lexicon.Entries("owner").Where(o => o.Length == 1).Select(o => o[0]).Union(tyrants.Words("tyrant")).ToFrozenSet(StringComparer.Ordinal);
            OwnerPhrases = PhraseList.From(lexicon.Entries("owner").Where(o => o.Length > 1).OrderByDescending(o => o.Length));
        }

        /// <summary>
        /// The trivial nouns that cast the old disaster as practice for the new one ("was a dress rehearsal"): after a
        /// copula they diminish with no "only" ("2008 was a picnic" could be a verdict on a holiday).
        /// </summary>
        private static readonly string[] RehearsalHeads = ["rehearsal", "run", "warm-up", "warmup", "prelude", "raiser", "curtain-raiser", "foretaste", "preview"];

        public FrozenSet<string> SingleWordTerms { get; }
        /// <summary>Cues before a term, read backwards from it (<see cref="PhraseList.LongestEndingAt"/>).</summary>
        public PhraseList Before { get; }
        /// <summary>Longest first: the first that matches is the longest.</summary>
        public PhraseList After { get; }
        public FrozenSet<string> Verbs { get; }
        public PhraseList Weak { get; }
        public PhraseList Comparative { get; }
        public PhraseList Disanalogy { get; }

        /// <summary>The disanalogy cues that contrast ("unlike", "in contrast to"), which may follow the term.</summary>
        public PhraseList Contrasts { get; }
        public FrozenSet<string> History { get; }
        public PhraseList HistoryPhrases { get; }
        public FrozenSet<string> Appease { get; }

        /// <summary>What a past disaster is made to look like ("a picnic", "a dress rehearsal"), longest first.</summary>
        public PhraseList Trivial { get; }
        public PhraseList Rehearsals { get; }

        /// <summary>What a past disaster is made to seem ("tame", "minor").</summary>
        public FrozenSet<string> Small { get; }
        public FrozenSet<string> SeemVerbs { get; }
        public PhraseList Diminishers { get; }

        /// <summary>Verbs of going through a disaster ("lived through", "lost").</summary>
        public PhraseList Endured { get; }

        /// <summary>Nouns of a way of acting that a regime owns ("playbook", "tactics", "handbook").</summary>
        public FrozenSet<string> Methods { get; }

        /// <summary>Verbs and idioms that say a method is used or followed today ("following", "a page from").</summary>
        public PhraseList MethodCues { get; }
        public PhraseList MethodPages { get; }
        public FrozenSet<string> MethodTakes { get; }

        /// <summary>Tyrants and tyrannies that own a method ("Stalin's", "the Stasi", "Mussolini's").</summary>
        public FrozenSet<string> MethodOwners { get; }

        /// <summary>Owners of more than one word, which a method noun follows as a modifier ("the Big Tobacco playbook").</summary>
        public PhraseList OwnerPhrases { get; }

        public (TermKind Kind, int Length) TermAt(ImmutableArray<Token> tokens, Sentence sentence, int i)
        {
            return _terms.FirstAt(tokens, i, sentence.EndToken) is >= 0 and var term ? (_kinds[term], _terms.Phrases[term].Length) : (TermKind.Plain, 0);
        }
    }
}
