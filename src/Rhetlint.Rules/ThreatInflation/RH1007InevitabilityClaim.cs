using System.Collections.Frozen;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;
using Rhetlint.Rules.Superlatives;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>RH1007 — inevitability claim.</summary>
public sealed class RH1007InevitabilityClaim : RhetoricAnalyzer
{
    public override RuleDocumentation Documentation { get; } = new(Descriptor)
    {
        WhatItDoes = """
            Flags an inevitability cue — inevitable, inevitably,
            inexorably, "only a matter of time before", "sooner or later", "bound to", "destined to", "not if but when",
            "a matter of when, not if", "not a matter of if but of weeks" — in the writer's voice, when a threat outcome
            is in the same clause: a threat referent (an actor or a threat noun) or a catastrophe, in any domain (war,
            disease, crime, markets, technology, climate).

            "A matter of time" is also said with the time scale cut to a unit ("only a matter of weeks before"), and its
            "before"/"until" clause may name a death of people the threat model has no noun for: "it is only a matter
            of time until a cyclist is killed on that bend", "just a matter of days until patients die on trolleys".
            The verb is a death verb (die, perish, starve, in the present) or "is/gets" and a killing verb's participle,
            and its subject names people: a collective, "someone", or a person noun (cyclist, patient, child).

            "Not if but when" is also found split around the clause it is about ("not if the levee fails, but when"): the
            "if" clause is a possibility, the "but when" that follows takes the possibility away. The threat inside the
            "if" clause counts, and "whether" does the work of "if" ("not a matter of whether the dam causes a flood, but
            when"). Inside the frame a collapse or failure of the subject (go under, go bankrupt, run dry, collapse,
            starve: the intransitive outcomes of the catastrophe lexicon) is the threat whatever the subject's size,
            since the frame itself makes it certain: "it is not if the credit union goes under, but when". A personal
            thing is no threat ("not if your hard drive dies, but when" is a backup tip).

            The frame also spans two sentences: "The question is not whether the reservoir runs dry. It is when." The
            first holds nothing before "not" but a dummy subject or "the question is", its "whether" clause runs to its
            end, and the next sentence of the paragraph answers with "when" and such a frame alone ("It is when.",
            "It's when."). The finding is the "not whether" clause.

            A cue that makes up its sentence alone, with a dummy subject and a present copula at most ("It is only a
            matter of time.", "It's not if, but when.", "The only question is when."), points back: the threat it calls
            inevitable is named in the sentence before, in the same paragraph ("A ransomware attack on the hospital is
            coming. It is only a matter of time.").

            A question that asks only when a catastrophe comes takes its coming as given: "How long before famine
            reaches the valley?", "How long will it be before rolling blackouts hit every town?". The catastrophe is an
            outcome of the threat model after "how long before/until"; the question is the claim, so it keeps the
            warning. RH1007 owns it rather than RH1003 because it presupposes that the outcome comes, not how it ends.

            Helplessness is the same claim from the other side: the threat cannot be stopped, so nothing can be done:
            - "there is no way to stop it", "there's no way of halting them";
            - "nothing can stop them", "nobody can stop what is coming", "no force on earth can halt it";
            - "the outbreak cannot be contained", "these gangs can't be stopped";
            - "unstoppable" said of a threat in the present: "the flood of fake invoices is unstoppable", "an
              unstoppable wave of burglaries";
            - "we are powerless against", "we are helpless to stop".
            The threat referent must be the subject, or, for a pronoun or no subject, in the sentence or the one before.
            An actor's forces called unstoppable ("Kestria's hackers are unstoppable", "the gangs are unstoppable") are
            a capability claim, RH1011's, and are left to it.
            """,
        WhyIsThisBad = """
            "Inevitable" closes the question of how likely a conflict is, and with it the question of what could prevent
            it. It is a certainty booster applied to the worst case.
            """,
        NotFlagged = """
            - negation ("no war is inevitable") and denial ("historians reject the idea that the war was inevitable",
              "the myth that …");
            - outcomes that are no threat ("some delay is inevitable", "prices are bound to rise"), and risks ("an
              inevitable risk" admits uncertainty; "inevitably risks losing" is a verb);
            - history: a past verb in the claim's clause ("the 1871 dispute made the war inevitable", "a ban was
              inevitable") or right after "the inevitable X" ("as the inevitable collapse unfolded"); "has made war
              inevitable" still predicts;
            - "bound to" as obligation ("bound to the treaty");
            - quoted or reported claims;
            - "will inevitably" before a catastrophe: RH1003 reports the whole prediction once;
            - helplessness that is hedged ("there may be no way to stop it"), negated ("the outbreak is not
              unstoppable"), past ("the striker was unstoppable"), about sport ("the winger is unstoppable this
              season"), about no threat ("nothing can stop the new tram line"), or told of the past ("there was no way
              to stop it");
            - a bare cue after a sentence with no threat ("The band is touring again. It is only a matter of time."), in
              the past ("It was only a matter of time."), under a hedge ("It is probably only a matter of time."), or
              after a sentence that already makes the claim ("War is inevitable. The only question is when." is one
              finding);
            - a "matter of time" clause about no threat or about a thing: "before the café reopens", "until the old
              elm dies", "before my phone battery dies";
            - a threat said to end ("sooner or later the drought will end", "just a matter of months until the
              recession eases"): relief, not harm;
            - a cue inside what a report or a warning says ("reports that an outbreak on the coast is a matter of
              time", "warnings that war is inevitable"): the words are reported.

            - "how long before" about no catastrophe ("How long before the new bridge opens?"), or answered in the next
              sentence with a figure, a date or a source ("How long before the storm reaches the coast? Forecasters
              expect landfall on Friday."), and quoted questions.

            A hedge or a question lowers the finding to a suggestion, except a "how long before" question.
            """,
        Examples =
        [
            "[[War with Kestria is inevitable]]; the only question is when.",
            "The next [[outbreak is not a matter of if but]] of months.",
            "It is [[not if a pandemic reaches Dunmore, but when]].",
            "The ransomware gangs are getting bolder, and [[nothing can stop them]].",
            "A crash is coming for every pension fund in Harlow. [[The only question is when]].",
        ],
        UseInstead =
        [
            "War with Kestria becomes more likely if the border talks fail, the Harlow Institute argues.",
            "Ransomware attacks on Dunmore firms fell by a third after the 2025 backup rules, the Dunmore Cyber Unit says.",
        ],
        Rewrite = "Display-only template `[outcome] becomes more likely if [conditions], [source] argues`.",
    };

    public static readonly DiagnosticDescriptor Descriptor = new(
        "RH1007",
        "Inevitability claim",
        "'{0}' presents a threat as inevitable; say what would make it more or less likely, and on whose assessment",
        RuleCategories.ThreatInflation,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The writer calls a conflict or threat outcome inevitable, a matter of time, or bound to happen.",
        helpLinkUri: RuleCategories.HelpUri("RH1007"),
        customTags: RuleTags.LoweredInOpinion);

    private static readonly Lazy<PhraseList> Cues = new(() => PhraseList.Load(RuleLexicons.Store, "inevitability_cues"));

    /// <summary>How far from the cue a threat outcome may sit and still be what is called inevitable.</summary>
    private const int Scope = 10;

    /// <summary>Verbs that deny the claim they introduce ("reject the idea that …").</summary>
    private static readonly FrozenSet<string> DenialVerbs = TaggedLexicon.Load(RuleLexicons.Store, "inevitability_frames").Words("denial");

    /// <summary>Nouns that present their clause as a belief under examination ("the myth that war is inevitable").</summary>
    private static readonly FrozenSet<string> BeliefNouns = TaggedLexicon.Load(RuleLexicons.Store, "inevitability_frames").Words("belief");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(AnalyzeSentence);

    private static void AnalyzeSentence(SentenceContext context)
    {
        var document = context.Document;
        var sentence = context.Sentence;
        var tokens = document.Tokens;
        if (HowLongBefore(document, sentence) is var (askedFirst, askedEnd))
        {
            // The question is the claim: it keeps the rule's severity.
            var askedSpan = document.SpanOf(askedFirst, askedEnd);
            var askedRewrite = Rewrite.Template("Say what would make the outcome more likely, and who says so", askedSpan,
                "[outcome] becomes more likely if [conditions], [source] argues");
            context.Report(Descriptor, Descriptor.DefaultSeverity, askedSpan, [askedRewrite], document.Excerpt(askedSpan));
            return;
        }
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var claim = HelplessnessClaims.At(tokens, sentence, i);
            if (claim is { } sport && SportContext.IsAboutSport(tokens, sentence))
            {
                // "Nothing can stop Calder now; the league is theirs" is a team's form: the cue list's "nothing can
                // stop" below must not report what sport settled.
                i = sport.End - 1;
                continue;
            }
            if (claim is { } helpless && IsHelplessBeforeThreat(document, sentence, helpless))
            {
                var helplessSpan = document.SpanOf(helpless.First, helpless.End);
                var stopRewrite = Rewrite.Template("Say what could stop or slow it, and who says so", helplessSpan,
                    "[threat] can be slowed by [measures], [source] says");
                var severity = document.IsQuestion(sentence) ? ClaimScope.Lowered(Descriptor.DefaultSeverity) : Descriptor.DefaultSeverity;
                context.Report(Descriptor, severity, helplessSpan, [stopRewrite], document.Excerpt(helplessSpan));
                i = helpless.End - 1;
                continue;
            }
            var length = Cues.Value.LongestAt(tokens, i, sentence.EndToken);
            if (length == 0) length = NotIfButWhenLength(tokens, sentence, i);
            if (length == 0) length = NotWhetherThenWhenLength(document, sentence, i);
            if (length == 0) continue;
            var cueEnd = i + length;
            if (document.Voices[i] != Voice.Author || document.IsNegated(i) || IsDenied(tokens, sentence, i)) continue;
            if (tokens[i].Norm == "bound" && !IsVerbAfterTo(tokens, sentence, cueEnd)) continue;
            if (IsInsideWorstCase(document.Actors, tokens, sentence, i)) continue;
            if ((ThreatOutcome(document.Actors, tokens, sentence, i, cueEnd) ?? DeathComing(document, sentence, i, cueEnd) ?? AnaphoricOutcome(document, sentence, i, cueEnd)) is not (int first, int end)) continue;
            if (IsRetrospective(tokens, sentence, i, Math.Min(first, i), Math.Max(end, cueEnd))) continue;

            var span = document.SpanOf(Math.Min(first, i), Math.Max(end, cueEnd));
            var lowered = document.IsHedged(i) || document.IsQuestion(sentence);
            var rewrite = Rewrite.Template("Say what would make the outcome more likely, and who says so", span,
                "[outcome] becomes more likely if [conditions], [source] argues");
            context.Report(Descriptor, lowered ? ClaimScope.Lowered(Descriptor.DefaultSeverity) : Descriptor.DefaultSeverity, span, [rewrite], document.Excerpt(span));
            i = cueEnd - 1;
        }
    }

    /// <summary>Most words between "how long" and its "before"/"until" ("how long will it be before").</summary>
    private const int HowLongFiller = 4;

    /// <summary>
    /// "How long before the grid collapses?", "How long until the next pandemic?": a question that asks only when a
    /// catastrophe comes takes its coming as given, the claim "it is only a matter of time" makes. The catastrophe is
    /// an outcome of the threat model in the clause (<see cref="Catastrophes.OutcomeAt"/>), the words are the writer's,
    /// and the sentence after, in the paragraph, gives no figure and reports no one: "How long before the storm
    /// reaches the coast? Forecasters expect landfall on Friday." is a question answered. Returns the span from "how"
    /// to the catastrophe.
    /// </summary>
    private static (int First, int End)? HowLongBefore(DocumentModel document, Sentence sentence)
    {
        if (!document.IsQuestion(sentence)) return null;
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        var how = sentence.FirstToken;
        while (how < end && !tokens[how].IsWord) how++;
        if (how + 2 >= end || tokens[how].Norm != "how" || tokens[how + 1].Norm != "long") return null;
        var before = how + 2;
        while (before < end && before - how - 2 < HowLongFiller && tokens[before].IsWord && tokens[before].Norm is not ("before" or "until" or "till")) before++;
        if (before >= end || tokens[before].Norm is not ("before" or "until" or "till")) return null;
        for (var k = before + 1; k < end && k - before <= Scope; k++)
        {
            if (IsClauseBreak(tokens[k]) || tokens[k].Text == "?") return null;
            if (Catastrophes.OutcomeAt(document.Actors, tokens, sentence, k) is not int outcomeEnd) continue;
            return ImageryContext.IsAuthors(document, how, outcomeEnd) && !IsAnswered(document, sentence) ? (how, outcomeEnd) : null;
        }
        return null;
    }

    /// <summary>Whether the next sentence of the paragraph answers: a figure or a reporting verb.</summary>
    private static bool IsAnswered(DocumentModel document, Sentence sentence)
    {
        var sentences = document.Syntax.Sentences;
        if (sentence.Index + 1 >= sentences.Length || sentences[sentence.Index + 1] is not { } answer || answer.ParagraphIndex != sentence.ParagraphIndex) return false;
        for (var k = answer.FirstToken; k < answer.EndToken; k++)
            if (document.Tokens[k].Kind == TokenKind.Number || Vocabulary.IsReportingVerb(document.Tokens[k]) || FunctionWords.Months.Contains(document.Tokens[k])
                || FunctionWords.Weekdays.Contains(document.Tokens[k]))
                return true;
        return false;
    }

    /// <summary>
    /// The threat outcome the cue is about: the nearest threat referent or catastrophe term in the clause, preferring
    /// what follows the cue ("only a matter of time before Varn's drones …") over the subject before it
    /// ("War with Kestria is inevitable"). Returns the token range the finding should span with the cue.
    /// </summary>
    private static (int First, int End)? ThreatOutcome(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int cue, int cueEnd)
    {
        // "not if the levee fails, but when": the outcome sits inside the cue.
        for (var k = cue + 1; k < cueEnd; k++)
            if (IsThreatAt(actors, tokens, sentence, k, out _, allowActors: false) || IsPublicFailureAt(tokens, cue, k, cueEnd)) return (cue, cueEnd);
        for (var k = cueEnd; k < sentence.EndToken && k - cueEnd < Scope; k++)
        {
            if (tokens[k].Text is ";" or ":") break;
            // After the cue the outcome must be a danger, not just a name: "inevitably come to the Oval Office".
            if (IsThreatAt(actors, tokens, sentence, k, out var length, allowActors: false))
                return IsEndOfThreat(tokens, sentence, k + length) ? null : (cue, k + length);
        }
        // "bound to", "destined to", "inevitably" govern the verb phrase after them: "the crisis is bound to get an
        // airing" predicts an airing, not a crisis. Only predicate cues ("War is inevitable") look back to a subject.
        var last = tokens[cueEnd - 1].Norm;
        if (last == "to" || last.EndsWith("ly", StringComparison.Ordinal)) return null;
        for (var k = cue - 1; k >= sentence.FirstToken && cue - k <= Scope; k--)
        {
            if (tokens[k].Text is ";" or ":") break;
            if (IsThreatAt(actors, tokens, sentence, k, out _, allowActors: true)) return (k, cueEnd);
        }
        return null;
    }

    /// <summary>Verbs of a threat coming to its end (<c>ending</c> entries): "the drought will end", "the recession will pass".</summary>
    private static readonly FrozenWordSet EndingVerbs = TaggedLexicon.Load(RuleLexicons.Store, "inevitability_frames").Words("ending").ToFrozenWordSet();

    /// <summary>
    /// "Sooner or later the drought will end", "just a matter of months until the recession eases": the threat right
    /// before <paramref name="k"/> is the subject of a verb of ending, after an optional modal, so the cue promises
    /// relief. A particle after the verb makes it another verb: "the virus will pass to humans" spreads it.
    /// </summary>
    private static bool IsEndOfThreat(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        if (k < sentence.EndToken && tokens[k].Norm is "will" or "would" or "must" or "should" or "can" or "could") k++;
        if (k >= sentence.EndToken || !EndingVerbs.Contains(tokens[k])) return false;
        return k + 1 >= sentence.EndToken || tokens[k + 1].Norm is not ("to" or "into" or "on" or "onto" or "through" or "from" or "across");
    }

    /// <summary>Words that may stand around a cue that says nothing of its own: "It is only a matter of time."</summary>
    /// <summary>
    /// "It is merely a matter of time until a child dies on that crossing", "just a matter of weeks until someone is
    /// killed": the time frame makes certain a death of people the threat model has no noun for. Only a cue with a
    /// "before"/"until" clause after it, whose subject is people (<see cref="DireForecasts.DeathClauseAt"/>); "before
    /// the old oak dies" is no threat.
    /// </summary>
    private static (int First, int End)? DeathComing(DocumentModel document, Sentence sentence, int cue, int cueEnd)
    {
        if (cueEnd >= sentence.EndToken || document.Tokens[cueEnd].Norm is not ("before" or "until" or "till")) return null;
        return DireForecasts.DeathClauseAt(document, sentence, cueEnd + 1) is int end ? (cue, end) : null;
    }

    private static readonly FrozenWordSet EmptyFrameWords = TaggedLexicon.Load(RuleLexicons.Store, "inevitability_frames").Words("empty-frame").ToFrozenWordSet();

    /// <summary>
    /// "The levee will give way. It is only a matter of time.", "A ransomware attack on the hospital is coming. The only
    /// question is when.": a cue that fills its sentence with nothing but a dummy subject and a copula points back at
    /// the sentence before, where the threat is named. The cue alone is the finding; a sentence before that already
    /// holds a cue is one claim, reported there.
    /// </summary>
    private static (int First, int End)? AnaphoricOutcome(DocumentModel document, Sentence sentence, int cue, int cueEnd)
    {
        var tokens = document.Tokens;
        for (var k = sentence.FirstToken; k < cue; k++)
            if (tokens[k].IsWord && !EmptyFrameWords.Contains(tokens[k])) return null;
        for (var k = cueEnd; k < sentence.EndToken; k++)
            if (tokens[k].IsWord) return null;
        if (sentence.Index == 0 || document.Syntax.Sentences[sentence.Index - 1] is not { } previous || previous.ParagraphIndex != sentence.ParagraphIndex) return null;
        for (var k = previous.FirstToken; k < previous.EndToken; k++)
            if (Cues.Value.LongestAt(tokens, k, previous.EndToken) > 0 || NotIfButWhenLength(tokens, previous, k) > 0) return null;
        for (var k = previous.FirstToken; k < previous.EndToken; k++)
            if (document.Voices[k] == Voice.Author && !document.IsNegated(k) && IsThreatAt(document.Actors, tokens, previous, k, out _, allowActors: false))
                return (cue, cueEnd);
        return null;
    }

    private static bool IsThreatAt(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int k, out int length, bool allowActors)
    {
        length = 1;
        // An inevitable risk is a statement about uncertainty, and "inevitably risks losing" is a verb.
        if (tokens[k].Norm is "risk" or "risks") return false;
        if (allowActors ? ThreatReferents.IsAt(actors, tokens, sentence, k, out length) : ThreatReferents.IsThreatNoun(tokens[k])) return true;
        if (Catastrophes.NounPhraseAt(tokens, k, sentence.EndToken) is int noun)
        {
            length = noun - k;
            return true;
        }
        if ((Catastrophes.OutcomeAt(actors, tokens, sentence, k) ?? Catastrophes.LongestAt(tokens, k, sentence.EndToken, CatastropheClass.Ruin)?.End) is int end)
        {
            length = end - k;
            return true;
        }
        return false;
    }

    /// <summary>
    /// Whether a helplessness claim is the writer's, asserted and about a threat: every word in the author's voice; no
    /// hedge ("there may be no way to stop it" admits doubt); no negation before it ("it is not true that nothing can
    /// stop them"), or on it when it is not negative in form ("is not unstoppable"); and a threat referent in its
    /// subject, or, for a claim without one or a pronoun subject, in the sentence or the one before it in the
    /// paragraph, unless that sentence is about sport ("Calder's attack scored twice. Nothing can stop them now."). Sport
    /// in the claim's own sentence ("the striker is unstoppable") is settled before, for the cue list too.
    /// </summary>
    private static bool IsHelplessBeforeThreat(DocumentModel document, Sentence sentence, HelplessnessClaims.Helpless helpless)
    {
        var tokens = document.Tokens;
        for (var k = helpless.First; k < helpless.End; k++)
            if (document.Voices[k] != Voice.Author) return false;
        if (document.IsHedged(helpless.Head)) return false;
        if (document.NegationCueOf(helpless.Head) is var (cue, _) && (!helpless.NegativeForm || cue < helpless.First)) return false;
        // "Kestria's hackers are unstoppable", "the gangs are unstoppable": an adversary's force called unbeatable is a
        // capability claim, RH1011's; this rule takes the threats that are no one's force (an outbreak, a crime wave).
        if (HelplessnessClaims.IsUnstoppable(tokens[helpless.Head]) && HasActorIn(document.Actors, tokens, helpless.SubjectFirst, helpless.SubjectEnd)) return false;
        if (helpless.SubjectFirst >= 0 && ThreatReferents.FindIn(document.Actors, tokens, sentence, helpless.SubjectFirst, helpless.SubjectEnd) is not null) return true;
        if (helpless.SubjectFirst >= 0 && !IsPronounSubject(tokens, helpless)) return false;
        if (ThreatReferents.InSentence(document.Actors, tokens, sentence)) return true;
        return sentence.Index > 0 && document.Syntax.Sentences[sentence.Index - 1] is var previous && previous.ParagraphIndex == sentence.ParagraphIndex
               && ThreatReferents.InSentence(document.Actors, tokens, previous) && !SportContext.IsAboutSport(tokens, previous);
    }

    private static bool HasActorIn(ActorGazetteer actors, ImmutableArray<Token> tokens, int from, int end)
    {
        for (var k = from; k < end; k++)
            if (actors.Match(tokens.AsSpan(0, end), k) is not null) return true;
        return false;
    }

    /// <summary>"It is unstoppable", "they cannot be stopped": the threat was named before.</summary>
    private static bool IsPronounSubject(ImmutableArray<Token> tokens, HelplessnessClaims.Helpless helpless) =>
        helpless.SubjectEnd - helpless.SubjectFirst == 1 && tokens[helpless.SubjectFirst].Norm is "it" or "they" or "this" or "these";

    /// <summary>Most words an "if" clause may hold between "not if" and "but when".</summary>
    private const int IfClauseLength = 12;

    /// <summary>
    /// "not if the levee fails, but when", "not a question of if the gangs move in but when": the "not if but when"
    /// frame split by the clause it is about. Returns its length from the "not" at <paramref name="i"/>, or 0.
    /// </summary>
    private static int NotIfButWhenLength(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (tokens[i].Norm != "not") return 0;
        string Norm(int k) => sentence.NormAt(tokens, k);
        var k = i + 1;
        if (Norm(k) == "a" && Norm(k + 1) is "question" or "matter" && Norm(k + 2) == "of") k += 3;
        if (Norm(k) is not ("if" or "whether")) return 0;
        for (var j = k + 2; j + 1 < sentence.EndToken && j - k <= IfClauseLength; j++)
        {
            if (tokens[j].Text is ";" or ":" or "." or "?") return 0;
            if (Norm(j) == "but" && Norm(j + 1) == "when") return j + 2 - i;
        }
        return 0;
    }

    /// <summary>
    /// "The question is not whether the reservoir runs dry. It is when.": the "not if but when" frame split across two
    /// sentences. The first holds nothing before "not" but a dummy subject or "the (only/real) question is", and its
    /// "whether"/"if" clause runs to its end; the next sentence of the paragraph answers with nothing but such a frame
    /// and "when" ("It is when.", "Only when."). Returns the length from "not" to the end of the "if" clause, or 0.
    /// </summary>
    private static int NotWhetherThenWhenLength(DocumentModel document, Sentence sentence, int i)
    {
        var tokens = document.Tokens;
        if (tokens[i].Norm != "not") return 0;
        for (var k = sentence.FirstToken; k < i; k++)
            if (tokens[k].IsWord && !EmptyFrameWords.Contains(tokens[k]) && tokens[k].Norm is not ("question" or "only" or "real")) return 0;
        var clause = i + 1;
        if (sentence.NormAt(tokens, clause) is not ("if" or "whether")) return 0;
        var last = sentence.EndToken - 1;
        while (last > clause && !tokens[last].IsWord) last--;
        if (last - clause < 2 || last - clause > IfClauseLength) return 0;
        for (var k = clause + 1; k < last; k++)
            if (!tokens[k].IsWord && tokens[k].Text is not ("'" or "’")) return 0;
        var sentences = document.Syntax.Sentences;
        if (sentence.Index + 1 >= sentences.Length || sentences[sentence.Index + 1] is not { } answer || answer.ParagraphIndex != sentence.ParagraphIndex) return 0;
        var whens = 0;
        for (var k = answer.FirstToken; k < answer.EndToken; k++)
        {
            if (!tokens[k].IsWord) continue;
            if (tokens[k].Norm == "when") whens++;
            else if (!EmptyFrameWords.Contains(tokens[k]) && tokens[k].Norm is not ("only" or "question")) return 0;
        }
        return whens == 1 ? last + 1 - i : 0;
    }

    /// <summary>
    /// "not if the credit union goes under, but when": inside the frame, a collapse of a subject the public shares (a
    /// failure verb of <c>catastrophe_terms.txt</c>, VERB_SUBJ: go under, run dry, collapse) is the threat the frame
    /// makes certain, whatever its size; the frame is the inflation. Not a personal thing ("not if your hard drive
    /// dies, but when" is a backup tip): the subject after "if" may not open on a personal possessive.
    /// </summary>
    private static bool IsPublicFailureAt(ImmutableArray<Token> tokens, int cue, int k, int cueEnd)
    {
        if ((Catastrophes.ThirdPersonAt(tokens, k, cueEnd, CatastropheClass.VerbSubj) ?? Catastrophes.LongestAt(tokens, k, cueEnd, CatastropheClass.VerbSubj)) is null) return false;
        var subject = cue + 1;
        while (subject < k && tokens[subject].Norm is not ("if" or "whether")) subject++;
        subject++;
        return subject < k && tokens[subject].Norm is not ("my" or "your" or "his" or "her" or "i" or "you" or "he" or "she");
    }

    /// <summary>Past forms that put the inevitability in a story already told ("made the war inevitable", "was inevitable").</summary>
    private static readonly FrozenWordSet PastFinite = TaggedLexicon.Load(RuleLexicons.Store, "inevitability_frames").Words("past").ToFrozenWordSet();

    /// <summary>
    /// History, not a forecast: "the treaty made the war inevitable", "the ban was inevitable", "as the inevitable
    /// collapse unfolded". A past verb in the claim's clause, or a past verb right after "the inevitable X",
    /// describes what happened; "has made war inevitable" still predicts and stays.
    /// </summary>
    private static bool IsRetrospective(ImmutableArray<Token> tokens, Sentence sentence, int cue, int first, int end)
    {
        for (var k = first - 1; k >= sentence.FirstToken && first - k <= Scope && !IsClauseBreak(tokens[k]); k--)
            if (IsPastFinite(tokens, sentence, k)) return true;
        for (var k = first; k < end; k++)
            if (IsPastFinite(tokens, sentence, k)) return true;
        if (tokens[cue].Norm == "inevitable" && cue == first && end < sentence.EndToken && tokens[end].IsWord && tokens[end].Norm.EndsWith("ed", StringComparison.Ordinal))
            return true;
        for (var k = end; k < sentence.EndToken && k - end < 3 && !IsClauseBreak(tokens[k]); k++)
            if (IsPastFinite(tokens, sentence, k)) return true;
        return false;
    }

    private static bool IsPastFinite(ImmutableArray<Token> tokens, Sentence sentence, int k) =>
        PastFinite.Contains(tokens[k]) && !(k > sentence.FirstToken && tokens[k - 1].Norm is "has" or "have" or "will" or "would" or "could" or "may" or "might");

    private static bool IsClauseBreak(Token token) => token.Text is ";" or ":" or "," || token.Kind == TokenKind.Dash;

    /// <summary>"is bound to attack" predicts; "is bound to the treaty" and "bound to the mast" describe an obligation or a tie.</summary>
    private static bool IsVerbAfterTo(ImmutableArray<Token> tokens, Sentence sentence, int k) =>
        k < sentence.EndToken && tokens[k].IsWord && !FunctionWords.Definite.Contains(tokens[k]) && !FunctionWords.IndefiniteSingular.Contains(tokens[k])
        && !FunctionWords.Possessive.Contains(tokens[k]) && !tokens[k].IsCapitalized;

    /// <summary>"will inevitably tear our society apart": the cue is part of a worst case stated as certain, one move.</summary>
    private static bool IsInsideWorstCase(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int cue)
    {
        for (var k = cue - 1; k >= sentence.FirstToken && cue - k <= 3; k--)
            if (WorstCasePredictions.At(actors, tokens, sentence, k) is { } prediction && prediction.End > cue) return true;
        return false;
    }

    /// <summary>"Historians reject the idea that …", "the myth that …": the clause is examined, not asserted.</summary>
    private static bool IsDenied(ImmutableArray<Token> tokens, Sentence sentence, int cue)
    {
        for (var k = cue - 1; k >= sentence.FirstToken; k--)
        {
            if (tokens[k].Norm != "that" || k == sentence.FirstToken) continue;
            var before = tokens[k - 1].Norm;
            if (BeliefNouns.Contains(before) || BeliefNouns.Contains(before.TrimEnd('s'))) return true;
            if (DenialVerbs.Contains(before)) return true;
        }
        return false;
    }
}
