using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Superlatives;

/// <summary>RH2006 — claimed universal agreement.</summary>
public sealed class RH2006ConsensusClaim : RhetoricAnalyzer
{
    public override RuleDocumentation Documentation { get; } = new(Descriptor)
    {
        WhatItDoes = """
            Flags the writer's own claim that everybody already agrees. It is a pattern, not a phrase list: a
            universally quantified subject ("everyone", "every trader on the exchange", "all experts", "brokers
            everywhere", "we all", "any serious economist") with a present verb of knowing, agreeing or accepting, or a
            negative universal ("nobody", "no one", "no serious analyst") with a verb of doubting or denying. The
            universal may be narrowed by a relative clause of any length ("Anyone who rides the night bus knows…",
            "Everyone who works on the wards knows…", "Every nurse who has worked a night shift on the children's ward
            in winter knows…"), by a scope and then a relative clause ("Everyone in the valley who has read the forecast
            knows…") or by a "with" phrase ("Anyone
            with a calculator can see that …"), and the known proposition may follow a colon or an adverbial ("Every sailor
            knows the warning: …", "We all know by now that …") or be a clause without "that" whose present verb keeps
            its own object ("Every gardener knows the frost kills the seedlings") or a noun that stands for a proposition,
            completed by what it is true of ("Every cook knows the value of a sharp knife", "Every farmer knows the
            truth about the dam"), or a question, whatever its question word ("Everyone in Harlow knows which streets to
            avoid", "knows when the council will cave"), or a pro-form for the claim just made ("everybody who has
            walked it knows as much", "anyone who has sat in it knows better", "Every parent knows the answer to this
            one"); "people everywhere understand" counts
            like "brokers everywhere agree". A negative universal narrowed by a relative clause denies every dissenter
            ("Nobody who has read the audit can doubt …"), and so does denying that one exists: "There is no serious
            economist in Varn who disagrees", "There is not a ferryman alive who doesn't know …". Knowing that "someone
            who …" exists is a proposition, not an acquaintance ("Everybody in Tarnby knows someone who lost a roof").
            A universal whose members all report one view in the present claims unanimity: "every shopper we talk to
            tells us the same thing". An imagined witness counts too: "As any plumber would tell you". A universal with
            a scope of place, group or institution claims a whole crowd's mind even in the past, when a clause follows
            the verb ("Everyone at the Orsk depot knew the night line was finished"). What is "obvious", "clear" or
            "plain" to a universal, after a present copula, is claimed to be seen by everybody ("The plan is obvious to
            anyone who has read the budgets", "It is clear to every ferry user that …"). It also
            flags the impersonal forms "it is beyond dispute/doubt/question", "it is undeniable that", "it goes without
            saying", "there is a (broad) consensus", "there is no denying" and a sentence opened by "Undeniably,".
            """,
        WhyIsThisBad = """
            An appeal to what everybody knows replaces the argument with a show of hands nobody counted, and casts
            anyone who disagrees as unserious (SemEval-2023 "appeal to popularity" and "conversation killer").
            """,
        NotFlagged = """
            - A count in the sentence (usually the survey the agreement rests on), or a citation or named source in the
              sentence or the next one. A figure inside what everybody is said to know ("knows someone who got two
              ballots") or in a clause joined before the claim ("… built 90 locks, and every pilot knows …") counts
              something else and does not back it.
            - Quoted or reported speech ("Ilse Brandt said everyone knows…").
            - Advice on what to find out: "Anyone with a heart condition should know that the climb is steep", "ought
              to know", "needs to know".
            - Negated, softened or hypothetical forms: "not everyone agrees", "almost everyone", "if everyone agrees",
              "I hope everyone agrees";
              questions; past narration without a scope ("everyone knew", "everyone I spoke to said the same"), and
              a scene narrated with "was clear to everyone in the room"; "made it clear to everyone" (a message, not
              evidentness); the writer's own household ("everyone in my family knows", "everybody in our house agrees"),
              a handful of people the writer can vouch for, where "everyone on my estate" is a crowd; "all" as a pronoun for a
              set just named ("All see a path to victory"); "knows" with a plain object ("everyone knows his name",
              "everyone knows the house rules", "everyone knows the film star the papers love", "every contestant knows the
              answer to the first question", "the mayor knows as much about tides as any pilot");
              "every year" and other time adverbials; "beyond reasonable doubt"; a universal narrowed by a clause that
              recalls a historical analogy ("Anyone who remembers Munich knows where appeasement leads"), which applies
              the analogy to the present, threat inflation that [RH1009](RH1009.md) owns; "every" with a thing and a relative
              clause ("every report that the agency publishes acknowledges…"), since only people claim to know.
            - The writer's own sample, a group narrowed by whom the writer reached and asked ("Everyone I interviewed at
              the depot agrees", "every stallholder we've talked to says"): unnamed sources, which the Sourcing family
              reviews. People the writer merely meets or knows ("every voter we meet tells us", "everyone I know agrees")
              still stand for a whole group.
            - Overlaps with the Sourcing family are reported once: "it is common knowledge", "it is widely agreed" are
              RH3006 (agentless attribution); "analysts agree" is RH3001 (vague source); "research has proven it beyond
              doubt" is RH3007. RH3001 leaves universal groups ("all experts agree", "economists everywhere agree") to
              this rule.

            A hedge on the verb lowers the finding to a suggestion.
            """,
        Examples = ["[[Everyone knows]] the harbor levy has failed."],
        UseInstead = ["In a 2024 Harlow Institute survey, 31 of 40 port economists said the harbor levy had failed."],
        Rewrite = "Display-only template that asks who was surveyed, how many agreed, and the source.",
    };

    public static readonly DiagnosticDescriptor Descriptor = new(
        "RH2006",
        "Claimed universal agreement",
        "'{0}' claims everyone agrees instead of showing who does; cite who was asked and how many agreed, or argue the point",
        RuleCategories.Superlatives,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The writer asserts that everyone knows or agrees, or that nobody disputes, with no survey or source nearby.",
        helpLinkUri: RuleCategories.HelpUri("RH2006"),
        customTags: [RuleTags.LoweredInOpinion, EvidenceWindow.NextSentence.Tag]);

    /// <summary>Words allowed between a universal subject and its verb ("everyone now agrees", "no one can seriously dispute").</summary>
    private static readonly FrozenWordSet PreVerbWords = TaggedLexicon.Load(RuleLexicons.Store, "universal_claims").Words("pre-verb").ToFrozenWordSet();

    private enum Polarity { Positive, Negative, NegativeSerious }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(AnalyzeSentence);

    private static void AnalyzeSentence(SentenceContext context)
    {
        var document = context.Document;
        var sentence = context.Sentence;
        var tokens = document.Tokens;
        if (document.IsQuestion(sentence)) return;

        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var match = ItIsBeyondDispute(tokens, sentence, i) ?? ItGoesWithoutSaying(tokens, sentence, i) ?? ThereIsConsensus(tokens, sentence, i)
                ?? UndeniablyOpening(tokens, sentence, i) ?? UniversalAgreement(tokens, sentence, i) ?? AsAnyWouldTell(tokens, sentence, i)
                ?? NoDissenterExists(tokens, sentence, i) ?? EveryoneSaysTheSame(tokens, sentence, i) ?? EvidentToEveryone(tokens, sentence, i);
            if (match is not var (start, end, verb)) continue;
            if (!UniversalCues.IsAuthorVoice(document, start, end) || document.IsNegated(start) || IsSoftened(tokens, sentence, start)
                || UniversalCues.IsHypothetical(tokens, sentence, start)) continue;
            // "Anyone with a bad knee should know …": advice on what to find out, not a claim that anybody knows it.
            if (NormativeReadings.IsAdviceToKnow(tokens, sentence, verb)) continue;
            // "Everyone I interviewed agrees": agreement within the writer's own sample, reported as heard.
            if (OwnSampleUniversals.IsWritersSample(tokens, sentence, start)) continue;
            // A count or share in the claim's clause usually is the poll the agreement rests on; a citation backs it.
            if (SupportOf(context.EvidenceFor(Descriptor, new Claim(ClaimKind.Universal, start, end)), tokens, sentence, start, end) >= EvidenceStrength.Medium) continue;

            var span = document.SpanOf(start, end);
            var rewrite = Rewrite.Template("Show who agrees", span, "[N] of [M] [group] surveyed by [source] [agree/say]");
            var severity = document.IsHedged(verb) ? ClaimScope.Lowered(Descriptor.DefaultSeverity) : Descriptor.DefaultSeverity;
            context.Report(Descriptor, severity, span, [rewrite], document.Excerpt(span));
            i = end - 1;
        }
    }

    /// <summary>
    /// The strongest support linked to the claim, leaving out figures of its own sentence that count something other
    /// than the people who agree: one inside the known proposition, right after the claim with no punctuation between
    /// ("knows someone who got two ballots"), is what everybody is said to know; one in a clause joined before the
    /// claim ("… built 140 homes, and every engineer knows …") counts that clause's subject. Neither is a poll.
    /// </summary>
    private static EvidenceStrength SupportOf(ClaimEvidence evidence, ImmutableArray<Token> tokens, Sentence sentence, int start, int end)
    {
        var strength = EvidenceStrength.None;
        foreach (var link in evidence.Linked)
        {
            var item = link.Item;
            var ownSentence = item.Kind == EvidenceKind.Figure && item.SentenceIndex == sentence.Index;
            if (ownSentence && (item.First >= end && WordsOnly(tokens, end, item.First) || item.End <= start && OpensJoinedClause(tokens, sentence, start))) continue;
            if (link.Strength > strength) strength = link.Strength;
        }
        return strength;
    }

    private static bool WordsOnly(ImmutableArray<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (!tokens[k].IsWord) return false;
        return true;
    }

    /// <summary>", and every engineer …": the claim opens a clause joined to the one before it.</summary>
    private static bool OpensJoinedClause(ImmutableArray<Token> tokens, Sentence sentence, int start) =>
        start - 2 >= sentence.FirstToken && tokens[start - 1].Norm is "and" or "but" or "so" && tokens[start - 2].Text == ",";

    /// <summary>"it is beyond dispute", "her record is beyond question", "it is undeniable that".</summary>
    private static (int, int, int)? ItIsBeyondDispute(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var limit = sentence.EndToken;
        var dummyIt = tokens[i].Norm == "it's";
        if (!dummyIt && tokens[i].Norm is not ("is" or "was" or "are" or "were" or "remains" or "remain")) return null;
        var start = !dummyIt && i > sentence.FirstToken && tokens[i - 1].Norm == "it" ? i - 1 : i;
        var k = i + 1;
        if (k < limit && tokens[k].Norm == "beyond")
        {
            k++;
            if (k < limit && tokens[k].Norm is "any" or "all") k++;
            return k < limit && UniversalCues.Is("beyond", tokens[k]) ? (start, k + 1, i) : null;
        }
        var isDummy = dummyIt || start < i;
        return isDummy && k + 1 < limit && UniversalCues.Is("undeniable", tokens[k]) && tokens[k + 1].Norm == "that" ? (start, k + 1, i) : null;
    }

    private static (int, int, int)? ItGoesWithoutSaying(ImmutableArray<Token> tokens, Sentence sentence, int i) =>
        i + 3 < sentence.EndToken && tokens[i].Norm == "it" && tokens[i + 1].Norm == "goes" && tokens[i + 2].Norm == "without" && tokens[i + 3].Norm == "saying"
            ? (i, i + 4, i + 1) : null;

    /// <summary>"there is a broad consensus", "there's no denying".</summary>
    private static (int, int, int)? ThereIsConsensus(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var limit = sentence.EndToken;
        int k;
        if (tokens[i].Norm == "there's") k = i + 1;
        else if (tokens[i].Norm == "there" && i + 1 < limit && tokens[i + 1].Norm is "is" or "remains" or "exists") k = i + 2;
        else return null;
        if (k + 1 < limit && tokens[k].Norm == "no" && tokens[k + 1].Norm is "denying" or "disputing") return (i, k + 2, i);
        if (k < limit && tokens[k].Norm is "a" or "an") k++;
        for (var modifiers = 0; modifiers < 2 && k < limit && UniversalCues.Is("consensus", tokens[k]); modifiers++) k++;
        return k < limit && tokens[k].Norm == "consensus" ? (i, k + 1, i) : null;
    }

    /// <summary>
    /// "as any sailor would tell you", "as every parent will confirm": a witness the reader is told to imagine, any
    /// member of a group standing for all of it.
    /// </summary>
    private static (int, int, int)? AsAnyWouldTell(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var limit = sentence.EndToken;
        if (tokens[i].Norm != "as" || i + 3 >= limit || tokens[i + 1].Norm is not ("any" or "every")) return null;
        for (var modal = i + 3; modal < limit && modal - i <= 5; modal++)
        {
            if (!tokens[modal].IsWord) return null;
            if (tokens[modal].Norm is not ("would" or "will" or "can" or "could")) continue;
            var verb = modal + 1;
            if (verb >= limit || !(tokens[verb].Norm is "tell" or "confirm" or "attest" or "say" || UniversalCues.Is("know", tokens[verb]))) return null;
            var end = verb + 1 < limit && tokens[verb + 1].Norm is "you" or "us" ? verb + 2 : verb + 1;
            return (i, end, verb);
        }
        return null;
    }

    /// <summary>"Undeniably, …" opening a sentence.</summary>
    private static (int, int, int)? UndeniablyOpening(ImmutableArray<Token> tokens, Sentence sentence, int i) =>
        i == sentence.FirstToken && i + 1 < sentence.EndToken && UniversalCues.Is("undeniably", tokens[i]) && tokens[i + 1].Text == ","
            ? (i, i + 1, i) : null;

    /// <summary>
    /// A verb of knowing, agreeing or doubting whose subject is universal: found from the verb backwards, over
    /// pre-verb adverbs and a short scope ("every coach on tour", "everybody in tech policy").
    /// </summary>
    private static (int, int, int)? UniversalAgreement(ImmutableArray<Token> tokens, Sentence sentence, int verb)
    {
        var isKnow = UniversalCues.Is("know", tokens[verb]);
        var isDeny = UniversalCues.Is("deny", tokens[verb]);
        var isBelieve = UniversalCues.Is("believe", tokens[verb]);
        var knewPast = UniversalCues.Is("know-past", tokens[verb]);
        if (!isKnow && !isDeny && !isBelieve && !knewPast) return null;

        var k = verb - 1;
        var seriously = false;
        for (var skipped = 0; skipped < 2 && k >= sentence.FirstToken && PreVerbWords.Contains(tokens[k]); skipped++, k--)
            seriously |= tokens[k].Norm is "seriously" or "honestly";

        // "Anyone who rides the night bus knows …", "everyone who works on the wards knows …": a universal person
        // narrowed by a relative clause is still everyone in it.
        if (isKnow && (RelativeUniversalStart(tokens, sentence, k) ?? ScopedRelativeUniversals.StartBefore(tokens, sentence, k + 1)) is int relativeStart
            && HasPropositionalComplement(tokens, sentence, verb))
            // "Anyone who remembers Weimar knows how this ends": the clause recalls a historical analogy, and the sentence
            // applies it to the present — threat inflation, which the guidelines annotate once, as such.
            return NamesHistoricalAnalogy(tokens, relativeStart, k + 1) ? null : (relativeStart, verb + 1, verb);
        // "Nobody who has read the audit can doubt …": a negative universal narrowed by a relative clause still denies every dissenter.
        if ((isDeny || isBelieve && seriously) && NarrowedNegativeStart(tokens, sentence, k + 1) is int negativeStart)
            return (negativeStart, verb + 1, verb);

        for (var m = k; m >= sentence.FirstToken && k - m <= 6; m--)
        {
            if (Marker(tokens, sentence, m) is var (start, polarity))
            {
                // "Everyone at the depot knew the line was finished": past narration of a scene, unless a scope makes the
                // universal a whole crowd whose mind the writer claims to know.
                var verbFits = polarity switch
                {
                    Polarity.Positive => isKnow || knewPast && HasScope(tokens, start, verb),
                    Polarity.Negative => isDeny || isBelieve && seriously,
                    _ => isDeny || isBelieve,
                };
                if (!verbFits || !UniversalCues.OpensClause(tokens, sentence, start) || IsOwnHousehold(tokens, start, verb)) return null;
                if (polarity == Polarity.Positive && !HasPropositionalComplement(tokens, sentence, verb)) return null;
                if (start > sentence.FirstToken && tokens[start - 1].Norm == "as") start--;
                var end = verb + 1;
                if (end < sentence.EndToken && tokens[end].Norm == "it" && (end + 1 >= sentence.EndToken || !tokens[end + 1].IsWord)) end++;
                return (start, end, verb);
            }
            if (!IsScopeWord(tokens[m])) return null;
        }
        return null;
    }

    /// <summary>The appeasement, disaster and tyranny analogies RH1009 reads ("Munich", "1938", "Weimar", "Chernobyl").</summary>
    private static readonly Lazy<FrozenWordSet> HistoricalAnalogies = new(() => TaggedLexicon.Load(RuleLexicons.Store, "historical_analogies").Words("term").ToFrozenWordSet());

    /// <summary>Whether a historical analogy term (one or two words) lies between <paramref name="from"/> and <paramref name="to"/>.</summary>
    private static bool NamesHistoricalAnalogy(ImmutableArray<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (HistoricalAnalogies.Value.Contains(tokens[k]) || k + 1 < to && HistoricalAnalogies.Value.Contains(tokens[k].Norm + " " + tokens[k + 1].Norm))
                return true;
        return false;
    }

    /// <summary>
    /// The start of "everyone/anyone who …", "every nurse who …" or "anyone with eyes …" whose narrowing clause or
    /// phrase ends at <paramref name="last"/>: at most fourteen words, no punctuation, opening its own clause (a
    /// relative clause narrows the universal however long it runs: "everybody who has coached a junior side through
    /// a wet winter knows"). A
    /// "with" phrase narrows a universal person the way a relative clause does; "every" with a noun needs "who", so
    /// a thing ("every report that the agency publishes") is no person claiming to know.
    /// </summary>
    private static int? RelativeUniversalStart(ImmutableArray<Token> tokens, Sentence sentence, int last)
    {
        for (var r = last; r > sentence.FirstToken && last - r < 14 && tokens[r].IsWord; r--)
        {
            if (tokens[r].Norm is not ("who" or "that" or "with")) continue;
            var universal = r - 1;
            if (tokens[universal].Norm is "everyone" or "everybody" or "anyone" or "anybody")
                return UniversalCues.OpensClause(tokens, sentence, universal) ? universal : null;
            var quantifier = universal - 1;
            return tokens[r].Norm == "who" && quantifier >= sentence.FirstToken && tokens[quantifier].Norm is "every" or "any"
                && tokens[universal].IsWord && !tokens[universal].IsCapitalized && UniversalCues.OpensClause(tokens, sentence, quantifier) ? quantifier : null;
        }
        return null;
    }

    /// <summary>
    /// The start of a negative universal person narrowed by a relative clause ("nobody who has watched the trials", "no
    /// voter we met") whose predicate starts at <paramref name="predicate"/>, opening its own clause; or null.
    /// </summary>
    private static int? NarrowedNegativeStart(ImmutableArray<Token> tokens, Sentence sentence, int predicate)
    {
        for (var s = predicate - 1; s >= sentence.FirstToken && predicate - s <= 14; s--)
        {
            if (UniversalPhrase.At(tokens, sentence, s) is { Negative: true, Personal: true, Relative: true } phrase && phrase.End == predicate)
                return UniversalCues.OpensClause(tokens, sentence, s) ? s : null;
        }
        return null;
    }

    /// <summary>
    /// "There is no serious economist in Varn who disagrees", "there is not a ferryman alive who doesn't know": denying
    /// that a single dissenter exists claims that everybody agrees. The relative clause holds the claim: a verb of
    /// doubting, or a negated verb of knowing (everyone knows).
    /// </summary>
    private static (int, int, int)? NoDissenterExists(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var limit = sentence.EndToken;
        int k;
        if (tokens[i].Norm == "there's") k = i + 1;
        else if (tokens[i].Norm == "there" && i + 1 < limit && tokens[i + 1].Norm is "is" or "are") k = i + 2;
        else return null;
        if (k < limit && tokens[k].Norm == "no") k++;
        else if (k + 1 < limit && tokens[k].Norm == "not" && tokens[k + 1].Norm is "a" or "one") k += 2;
        else return null;
        var serious = false;
        var who = k;
        for (; who < limit && who - k <= 6 && tokens[who].Norm != "who"; who++)
        {
            if (!tokens[who].IsWord || tokens[who].Kind == TokenKind.Number || ClaimScope.IsNumberWord(tokens[who])) return null;
            serious |= UniversalCues.Is("serious", tokens[who]);
        }
        // At least the head noun stands between the quantifier and "who".
        if (who >= limit || who == k || tokens[who].Norm != "who") return null;
        var verb = who + 1;
        var negated = false;
        // "not" only: Negation.AfterAuxiliary would also take "never" ("who would never deny").
        if (verb + 1 < limit && tokens[verb].Norm is "does" or "do" or "can" or "would" && tokens[verb + 1].Norm == "not") (verb, negated) = (verb + 2, true);
        else if (verb < limit && Negation.IsNegatedAuxiliary(tokens[verb].Norm)) (verb, negated) = (verb + 1, true);
        if (verb >= limit) return null;
        var claims = negated ? UniversalCues.Is("know", tokens[verb]) : UniversalCues.Is("deny", tokens[verb]) || serious && UniversalCues.Is("believe", tokens[verb]);
        return claims ? (i, verb + 1, verb) : null;
    }

    /// <summary>
    /// "every grower we visit tells us the same", "everyone in the trade says the same": a universal whose members all
    /// report one view, in the present, claims unanimity nobody counted. "Everyone I spoke to said the same" narrates
    /// the writer's own interviews and is left alone.
    /// </summary>
    private static (int, int, int)? EveryoneSaysTheSame(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (UniversalPhrase.At(tokens, sentence, i) is not { Negative: false, Personal: true } phrase || !UniversalCues.OpensClause(tokens, sentence, i)) return null;
        var verb = phrase.End;
        if (!Vocabulary.IsReportingVerb(tokens[verb]) || UniversalCues.IsPast(tokens[verb])) return null;
        var k = verb + 1;
        if (k < sentence.EndToken && tokens[k].Norm is "us" or "me" or "you" or "them") k++;
        return k + 1 < sentence.EndToken && tokens[k].Norm == "the" && tokens[k + 1].Norm == "same" ? (i, verb + 1, verb) : null;
    }

    /// <summary>Present copulas and modal "be" before an adjective of evidentness: "is obvious", "seems plain", "must be clear".</summary>
    private static bool IsPresentCopula(ImmutableArray<Token> tokens, Sentence sentence, int k) =>
        k >= sentence.FirstToken && (tokens[k].Norm is "is" or "are" or "'s" or "it's" or "seems" or "seem" or "looks" or "becomes"
            || tokens[k].Norm == "be" && k - 1 >= sentence.FirstToken && tokens[k - 1].Norm is "must" or "should" or "will");

    /// <summary>
    /// "the scheme is obvious to anyone who has read the minutes", "it is clear to every voter that …": an adjective of
    /// evidentness whose experiencer is a universal claims that everybody sees it, as "everyone knows" does. Only a
    /// present copula asserts it now: "made it clear to everyone" reports a message, "it was clear to everyone there"
    /// narrates a scene. The span runs over the universal and its relative clause's verb ("who has watched").
    /// </summary>
    private static (int, int, int)? EvidentToEveryone(ImmutableArray<Token> tokens, Sentence sentence, int adjective)
    {
        var limit = sentence.EndToken;
        if (!UniversalCues.Is("evident", tokens[adjective]) || adjective + 2 >= limit || tokens[adjective + 1].Norm != "to") return null;
        // "is abundantly clear", "is plainly obvious": one degree adverb may stand between the copula and the adjective.
        var copula = adjective - 1;
        if (copula >= sentence.FirstToken && tokens[copula].Norm.EndsWith("ly", StringComparison.Ordinal)) copula--;
        if (!IsPresentCopula(tokens, sentence, copula)) return null;
        var k = adjective + 2;
        int end;
        // "every ferry user", "any reader": the quantifier with its head noun, up to two words.
        if (tokens[k].Norm is "any" or "every" && k + 1 < limit && !UniversalCues.Is("scope-time", tokens[k + 1]) && HeadEnd(tokens, sentence, k + 1) is int headEnd)
            end = headEnd;
        else if (tokens[k].Norm is "anyone" or "anybody" or "everyone" or "everybody" or "all") end = k + 1;
        else return null;
        // "anyone who has watched", "anyone with a bus pass": the narrowing clause's verb, or the noun after "with", joins the span.
        if (end + 1 < limit && tokens[end].Norm is "who" or "with")
        {
            var m = end + 1;
            while (m < limit && m - end <= 3 && (FunctionWords.Auxiliaries.Contains(tokens[m]) || FunctionWords.IndefiniteSingular.Contains(tokens[m])
                || FunctionWords.Definite.Contains(tokens[m]) || FunctionWords.Possessive.Contains(tokens[m]))) m++;
            if (m < limit && tokens[m].IsWord) end = tokens[end].Norm == "with" ? HeadEnd(tokens, sentence, m) ?? m + 1 : m + 1;
        }
        return (adjective, end, adjective);
    }

    /// <summary>The end of up to two lower-case content words from <paramref name="from"/> ("ferry user"), or null when there is none.</summary>
    private static int? HeadEnd(ImmutableArray<Token> tokens, Sentence sentence, int from)
    {
        var end = from;
        while (end < sentence.EndToken && end - from < 2 && tokens[end].IsWord && !tokens[end].IsCapitalized && !FunctionWords.NounPhraseBreakers.Contains(tokens[end])
               && !FunctionWords.Prepositions.Contains(tokens[end]) && !FunctionWords.Auxiliaries.Contains(tokens[end]) && tokens[end].Norm is not ("who" or "that" or "with"))
            end++;
        return end > from ? end : null;
    }

    /// <summary>The start of a universal subject whose last marker word is at <paramref name="m"/>, and its polarity.</summary>
    private static (int Start, Polarity Polarity)? Marker(ImmutableArray<Token> tokens, Sentence sentence, int m)
    {
        var word = tokens[m].Norm;
        var before = m > sentence.FirstToken ? tokens[m - 1].Norm : "";
        Token? after = m + 1 < sentence.EndToken ? tokens[m + 1] : null;
        switch (word)
        {
            case "everyone" or "everybody":
                return (m, Polarity.Positive);
            case "nobody":
                return (m, Polarity.Negative);
            case "one" when before == "no":
                return (m - 1, Polarity.Negative);
            case "every" when after is { IsWord: true } next && !UniversalCues.Is("scope-time", next):
                return (m, Polarity.Positive);
            case "all" when before is "we" or "you":
                return (m - 1, Polarity.Positive);
            // "All see a path to victory" after the candidates are listed: "all" as a pronoun stands for a set already named.
            case "all" when after is { IsWord: true } next && next.Norm != "of" && !UniversalCues.Is("know", next) && !UniversalCues.Is("deny", next) && !UniversalCues.Is("believe", next):
                return (m, Polarity.Positive);
            case "us" when before == "of" && m - 2 >= sentence.FirstToken && tokens[m - 2].Norm == "all":
                return (m - 2, Polarity.Positive);
            // "brokers everywhere", "people everywhere": a plural before it (regular, or an irregular plural of persons).
            case "everywhere" when m > sentence.FirstToken && tokens[m - 1].IsWord && (before.EndsWith('s') || before is "people" or "men" or "women" or "children" or "folk"):
                return (m - 1, Polarity.Positive);
        }
        if (!UniversalCues.Is("serious", tokens[m])) return null;
        return before switch
        {
            "no" => (m - 1, Polarity.NegativeSerious),
            "any" or "every" => (m - 1, Polarity.Positive),
            _ => null,
        };
    }

    /// <summary>A preposition of place or membership between the universal and its verb: "everyone at Cobb Street", "every clerk in the depot".</summary>
    private static bool HasScope(ImmutableArray<Token> tokens, int start, int verb)
    {
        for (var k = start + 1; k < verb; k++)
            if (tokens[k].Norm is "in" or "at" or "on" or "across" or "inside" or "within" or "throughout") return true;
        return false;
    }

    /// <summary>
    /// "Everyone in my family knows", "everybody in our house agrees": a household the writer belongs to is a handful of
    /// people the writer can vouch for, not a crowd nobody counted ("everyone on my estate" is a crowd).
    /// </summary>
    private static bool IsOwnHousehold(ImmutableArray<Token> tokens, int start, int verb)
    {
        for (var k = start + 1; k + 1 < verb; k++)
            if (tokens[k].Norm is "my" or "our" && UniversalCues.Is("circle", tokens[k + 1])) return true;
        return false;
    }

    /// <summary>A word that can sit inside a subject's scope ("coach on tour"): no clause, pronoun or number.</summary>
    private static bool IsScopeWord(Token token) =>
        token.IsWord && !FunctionWords.Auxiliaries.Contains(token) && !FunctionWords.PersonPronouns.Contains(token)
        && !FunctionWords.AuthorPronouns.Contains(token)
        && token.Norm is not ("who" or "which" or "that" or "whom" or "whose" or "and" or "or" or "but" or "if" or "when" or "because" or "than");

    /// <summary>
    /// "knows that …", "knows it", "agrees: …", "knows the plan has failed": a proposition, not a plain object
    /// ("everyone knows his name").
    /// </summary>
    private static bool HasPropositionalComplement(ImmutableArray<Token> tokens, Sentence sentence, int verb)
    {
        var next = verb + 1;
        if (next >= sentence.EndToken || !tokens[next].IsWord) return true;
        var word = tokens[next].Norm;
        // "knows which corners to avoid", "knows when the tide turns": every question word opens what is known.
        if (word is "that" or "it" or "this" or "how" or "what" or "why" or "whether" or "so" or "where" or "who" or "which" or "when") return true;
        // "knows someone who got two ballots": that such a person exists is the proposition, not an acquaintance.
        if (word is "someone" or "somebody" && next + 1 < sentence.EndToken && tokens[next + 1].Norm == "who") return true;
        if (word is "with" or "on" && tokens[verb].Norm.StartsWith("agree", StringComparison.Ordinal)) return true;
        if (OpensPresentClause(tokens, sentence, next) || ProFormComplements.At(tokens, sentence, verb)) return true;
        // "knows the value of a sharp knife", "knows the truth about the dam": a noun that stands for a proposition,
        // completed by what it is true of, states a fact everybody is said to hold ("that a sharp knife is valuable").
        if (word == "the" && next + 2 < sentence.EndToken && UniversalCues.Is("content", tokens[next + 1]) && tokens[next + 2].Norm is "of" or "about")
            return true;
        for (var k = next; k < sentence.EndToken && k - next < 8; k++)
        {
            // "knows the warning: a red sky …", "knows the rule — …": an object the colon or dash unfolds into a proposition.
            if (tokens[k].Text == ":" || tokens[k].Kind == TokenKind.Dash) return true;
            if (!tokens[k].IsWord) return false;
            // "knows by now that …": the complement clause after an adverbial.
            if (tokens[k].Norm == "that" || FunctionWords.Auxiliaries.Contains(tokens[k]) || Negation.IsContraction(tokens[k].Norm)) return true;
            // "knows the old board sent …": a finite past verb after the subject of a complement clause (not "who sent").
            if (k > next && UniversalCues.IsPast(tokens[k]) && tokens[k - 1].Norm is not ("who" or "which" or "that")) return true;
        }
        return false;
    }

    /// <summary>
    /// "knows the referees favour the big clubs", "knows the mayor lies to voters": a determined noun phrase that is
    /// the subject of a present verb, told by agreement (a plural head with a bare verb, a singular head with an -s
    /// verb) and by the verb's own object after it. Without that object ("knows the house rules", "knows the film
    /// star the papers love") a noun compound or a reduced relative reads the same, so the object is required.
    /// </summary>
    private static bool OpensPresentClause(ImmutableArray<Token> tokens, Sentence sentence, int next)
    {
        if (!FunctionWords.Definite.Contains(tokens[next]) && !FunctionWords.Possessive.Contains(tokens[next])
            && !FunctionWords.IndefiniteSingular.Contains(tokens[next])) return false;
        for (var verb = next + 2; verb + 1 < sentence.EndToken && verb - next <= 4; verb++)
        {
            var head = tokens[verb - 1];
            var candidate = tokens[verb];
            if (!head.IsWord || !candidate.IsWord || candidate.IsCapitalized || FunctionWords.NounPhraseBreakers.Contains(head)
                || FunctionWords.NounPhraseBreakers.Contains(candidate)) return false;
            var plural = head.Norm.EndsWith('s') && !head.Norm.EndsWith("ss", StringComparison.Ordinal);
            var agrees = plural != (candidate.Norm.EndsWith('s') && !candidate.Norm.EndsWith("ss", StringComparison.Ordinal));
            if (agrees && !candidate.Norm.EndsWith("ly", StringComparison.Ordinal) && OpensObject(tokens[verb + 1])) return true;
        }
        return false;
    }

    private static bool OpensObject(Token token) =>
        token.IsWord && (FunctionWords.Definite.Contains(token) && token.Norm != "that" || FunctionWords.Possessive.Contains(token)
            || FunctionWords.IndefiniteSingular.Contains(token) || token.Norm is "them" or "him" or "us" or "me" or "to");

    private static bool IsSoftened(ImmutableArray<Token> tokens, Sentence sentence, int start)
    {
        for (var length = 1; length <= 2; length++)
        {
            var from = start - length;
            if (from >= sentence.FirstToken && UniversalCues.MatchLength("softener", tokens, from, start) == length) return true;
        }
        return false;
    }
}
