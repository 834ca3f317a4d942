using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Lexicons;
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
            Flags the writer asserting what an actor secretly wants — a gazetteer actor (`rules/lexicons/actors.txt`,
            generated from open data, and `rules/lexicons/actors_curated.txt`: states, institutions, leaders by title,
            armed groups, out-groups, parties, companies, criminal organisations, and the company, party and gang names
            the text introduces) followed by a hostile-intent predicate (`rules/lexicons/rules/hostile_intent_predicates.txt`,
            stored as lemmas and inflected). Predicates that name harm or a disposition to force ("seeks to destroy",
            "is bent on crushing", "understands only force", "will stop at nothing to") are flagged whoever the actor;
            wanting and plotting ("covets", "is bent on", "has designs on", "plots to") only in an adversary — a state,
            an armed group, an out-group or a criminal organisation — since a party or a company wanting more is the
            ordinary business of politics and markets. Also an insinuated purpose: "their warships are not out there
            for fishing" denies the innocent purpose to suggest a hostile one.

            The subject may be the actor itself, the actor with a place ("the regime in Tehran"), "it"/"they" whose
            antecedent is an actor in the same or the two previous sentences, or — for insinuations — "its"/"their" +
            noun with such an antecedent.
            """,
        WhyIsThisBad = """
            Intent is the hardest thing to know about an adversary and the easiest to assert. Threat inflation swaps
            observable capability and action for imputed motive.
            """,
        NotFlagged = """
            - The claim is quoted, or reported from a source ("Brandt said that …", "according to …"): the sourcing
              rules judge the source instead.
            - The claim is negated or denied ("there is no evidence that Moscow covets …"), perceived ("in the minds of
              the planners, Moscow covets …") or rebutted by the writer ("Such fears are overblown.").
            - The previous, same or next sentence carries strong evidence: a link, a citation, a named source, or the
              actor's own document.

            A hedge ("may seek to dominate") or a question lowers the finding to a suggestion.
            """,
        Examples = ["Make no mistake: [[Iran is bent on]] dominating the Gulf."],
        UseInstead =
        [
            """
            Iran has tripled its fast-attack boat fleet since 2019, according to the IISS, which the analyst Mara Vance
            reads as an aim to control the strait.
            """,
        ],
        Rewrite = """
            Display-only template
            `ACTOR has [observable action] ([source]), which [named analyst] reads as an aim to [goal]`.
            """,
    };

    public static readonly DiagnosticDescriptor Descriptor = new(
        "RH1004",
        "Hostile intent attributed without evidence",
        "'{0}' asserts what {1} intends without evidence; show what it has done, or cite who says so",
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

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(AnalyzeSentence);

    private static void AnalyzeSentence(SentenceContext context)
    {
        var document = context.Document;
        var sentence = context.Sentence;
        var tokens = document.Tokens;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var harm = HarmPredicates.Value.LongestAt(tokens, i, sentence.EndToken);
            var wish = AdversaryPredicates.Value.LongestAt(tokens, i, sentence.EndToken);
            var length = Math.Max(harm, wish);
            var insinuation = false;
            if (length == 0 && InsinuatedPurposeLength(tokens, sentence, i) is int purpose)
            {
                length = purpose;
                insinuation = true;
            }
            if (length == 0) continue;
            if (document.Voices[i] != Voice.Author || document.IsNegated(i)) continue;
            if (FindSubject(document, sentence, i, allowPossessive: insinuation) is not var (subjectStart, actor, actorClass)) continue;
            // Wanting, plotting and insinuated purposes are hostile in an adversary ("Iran is bent on"); a party or a
            // company must be said to mean harm ("Harbrook Holdings is bent on crushing").
            if (!actorClass.IsAdversary())
            {
                if (harm == 0) continue;
                length = harm;
            }
            else if (wish > 0) length = wish;
            if (context.EvidenceFor(Descriptor, new Claim(ClaimKind.Intent, subjectStart, i + length)).Strength >= EvidenceStrength.Strong) continue;

            var span = document.SpanOf(subjectStart, i + length);
            var hedged = document.IsHedged(i) || document.IsQuestion(sentence);
            var rewrite = Rewrite.Template("Replace imputed intent with observed action and a source", span,
                $"{actor} has [observable action] ([source]), which [named analyst] reads as an aim to [goal]");
            context.Report(Descriptor, hedged ? DiagnosticSeverity.Info : Descriptor.DefaultSeverity, span, [rewrite], document.Excerpt(span), actor);
            i += length - 1;
        }
    }

    /// <summary>
    /// "… are not out there for fishing", "… is not here to trade": denying the innocent purpose insinuates a
    /// hostile one. The length runs through the purpose word.
    /// </summary>
    private static int? InsinuatedPurposeLength(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (tokens[i].Norm is not ("is" or "are" or "was" or "were") || i + 4 >= sentence.EndToken) return null;
        var k = i + 1;
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
        var span = tokens.AsSpan(0, sentence.EndToken);
        // Earliest first, so "the regime in Tehran" wins over "Tehran".
        for (var start = Math.Max(sentence.FirstToken, end - 6); start < end; start++)
        {
            if (document.Actors.Match(span, start) is not { } actor) continue;
            var actorEnd = start + actor.Length;
            if (actorEnd == end || IsPlaceModifier(tokens, actorEnd, end))
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
