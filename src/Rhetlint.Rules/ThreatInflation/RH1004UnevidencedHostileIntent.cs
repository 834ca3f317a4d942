using System.Collections.Frozen;
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
            antecedent is an actor in the same or the two previous sentences, a relative pronoun after an actor ("gangs
            who are bent on"), or — for insinuations — "its"/"their" + noun with such an antecedent. "Bent on" also
            as a reduced relative ("a cartel bent on owning the port"), and an adversary's maximal wish ("wants nothing
            less than the whole coast").

            Intent stated as a noun (`rules/lexicons/rules/hostile_intent_nouns.txt`), for any owner but the
            writer's side:
            - an aim the writer claims to reveal — a hidden or single aim ("real", "true", "secret", "one", "sole")
              whose content is a harm verb: "the cartel's real goal is to crush the dockers", "their chairman has one
              ambition: to destroy the cooperative";
            - a want made limitless: "Varn's appetite for land knows no limit", "the syndicate's greed is insatiable".

            A purpose clause whose harm verb is aimed at the reader or the writer's side imputes a motive to the
            action before it: "their lobbyists are drafting these rules to bury you", "funds are buying up our ports to
            strangle our trade". Not after "threatens", "enough", "likely" and the like (a likelihood or a capacity),
            nor when the writer's side is the subject.
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

            - The writer's own aim ("our only aim is to …"), a benign aim ("the scheme's real goal is to cut waiting
              lists"), a stated aim ("its stated goal"), or "to" after a likelihood ("the storm threatens to ruin our
              harvest", "strong enough to").

            A hedge ("may seek to dominate") or a question lowers the finding to a suggestion.
            """,
        Examples =
        [
            "Make no mistake: [[Iran is bent on]] dominating the Gulf.",
            "[[The Brackwater cartel's real goal is to crush]] the dockers' union.",
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

    /// <summary>Harm verbs after an intent noun ("one ambition: to erase") or in a purpose clause aimed at the reader ("to bury you").</summary>
    private static readonly Lazy<PhraseList> PurposeVerbs = new(() => PhraseList.From(LemmaPhrases.LoadKind(RuleLexicons.Store, "hostile_intent_predicates", "purpose", Inflections.PartOfSpeech.Verb)));

    private static readonly Lazy<TaggedLexicon> IntentWords = new(() => TaggedLexicon.Load("hostile_intent_nouns"));

    /// <summary>Nouns that name an aim ("goal", "ambition", "agenda").</summary>
    private static readonly Lazy<FrozenSet<string>> IntentNouns = new(() => IntentWords.Value.Words("aim"));

    /// <summary>Modifiers that make an aim hidden or single ("real", "secret", "one", "sole"): the writer claims to know it.</summary>
    private static readonly Lazy<FrozenSet<string>> RevealingModifiers = new(() => IntentWords.Value.Words("revealing"));

    /// <summary>Nouns of wanting whose limitlessness is asserted ("appetite", "greed", "ambitions").</summary>
    private static readonly Lazy<FrozenSet<string>> AppetiteNouns = new(() => IntentWords.Value.Words("appetite"));

    /// <summary>Predicates that make a want limitless ("knows no limits", "has no end", "is insatiable").</summary>
    private static readonly Lazy<PhraseList> LimitlessPredicates = new(() => IntentWords.Value.Phrases("limitless"));

    /// <summary>Words before "to" that make it a likelihood or a capacity, not a purpose ("threatens to", "enough to").</summary>
    private static readonly Lazy<FrozenSet<string>> NonPurposeHeads = new(() => IntentWords.Value.Words("not-purpose"));

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
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var limitless = LimitlessAppetite(document, sentence, i);
            if ((IntentNounClaim(document, sentence, i) ?? limitless ?? PurposeAgainstUs(document, sentence, i)) is not var (start, end, owner)) continue;
            // "knows no limit" carries its own "no": the negation that matters is of the owner's clause.
            if (document.Voices[start] != Voice.Author || document.Voices[end - 1] != Voice.Author || document.IsNegated(start) || limitless is null && document.IsNegated(end - 1)) continue;
            if (context.EvidenceFor(Descriptor, new Claim(ClaimKind.Intent, start, end)).Strength >= EvidenceStrength.Strong) continue;
            var span = document.SpanOf(start, end);
            var hedged = document.IsHedged(end - 1) || document.IsQuestion(sentence);
            var rewrite = Rewrite.Template("Replace imputed intent with observed action and a source", span,
                $"{owner} has [observable action] ([source]), which [named analyst] reads as an aim to [goal]");
            context.Report(Descriptor, hedged ? DiagnosticSeverity.Info : Descriptor.DefaultSeverity, span, [rewrite], document.Excerpt(span), owner);
            i = end - 1;
        }
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
        if (!IntentNouns.Value.Contains(tokens[i].Norm) || i - 2 < sentence.FirstToken || !RevealingModifiers.Value.Contains(tokens[i - 1].Norm)) return null;
        var ownerEnd = tokens[i - 2].Norm is "a" ? i - 2 : i - 1;
        if (OwnerBefore(document, sentence, ownerEnd) is not var (ownerStart, owner)) return null;
        var k = i + 1;
        if (k < end && (tokens[k].Text is ":" or "," or "—" || tokens[k].Norm is "is" or "was" or "remains")) k++;
        if (k < end && tokens[k].Norm is "simply" or "just" or "plainly") k++;
        if (k >= end || tokens[k].Norm != "to") return null;
        return PurposeVerbs.Value.LongestAt(tokens, k + 1, end) is > 0 and var verb ? (ownerStart, k + 1 + verb, owner) : null;
    }

    /// <summary>
    /// "Varn's appetite for land knows no limit", "their ambitions have no end": an owned want made limitless. Returns
    /// the owner's start, the predicate's end and the owner's words.
    /// </summary>
    private static (int Start, int End, string Owner)? LimitlessAppetite(DocumentModel document, Sentence sentence, int i)
    {
        var tokens = document.Tokens;
        if (!AppetiteNouns.Value.Contains(tokens[i].Norm)) return null;
        var ownerEnd = i;
        if (ownerEnd - 1 >= sentence.FirstToken && tokens[ownerEnd - 1].IsWord && !IsPossessive(tokens[ownerEnd - 1])) ownerEnd--;
        if (OwnerBefore(document, sentence, ownerEnd) is not var (ownerStart, owner)) return null;
        for (var k = i + 1; k < sentence.EndToken && k - i <= 5; k++)
        {
            if (!tokens[k].IsWord) return null;
            if (LimitlessPredicates.Value.LongestAt(tokens, k, sentence.EndToken) is > 0 and var length) return (ownerStart, k + length, owner);
        }
        return null;
    }

    /// <summary>
    /// "their lobbyists are drafting these rules to bury you", "buying up our ports to strangle our trade": a
    /// purpose clause whose harm verb is aimed at the reader or the writer's side. Not "threatens to", "enough to",
    /// "likely to": a likelihood or a capacity is no purpose. Returns the clause's start, the end of the object and
    /// the clause's subject.
    /// </summary>
    private static (int Start, int End, string Owner)? PurposeAgainstUs(DocumentModel document, Sentence sentence, int i)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        if (tokens[i].Norm != "to" || i - 1 < sentence.FirstToken || NonPurposeHeads.Value.Contains(tokens[i - 1].Norm)) return null;
        if (PurposeVerbs.Value.LongestAt(tokens, i + 1, end) is not (> 0 and var verb)) return null;
        var target = i + 1 + verb;
        if (target >= end || tokens[target].Norm is not ("us" or "you" or "our" or "your")) return null;
        var targetEnd = tokens[target].Norm is "our" or "your" && target + 1 < end && tokens[target + 1].IsWord ? target + 2 : target + 1;
        var clause = i - 1;
        while (clause - 1 >= sentence.FirstToken && tokens[clause - 1].Text is not ("," or ";" or ":" or "—")) clause--;
        // The writer's own side acting ("we are working to crush you") is not an imputed motive.
        if (tokens[clause].Norm is "we" or "i" or "we're" or "i'm") return null;
        var subjectEnd = clause;
        while (subjectEnd < i && subjectEnd - clause < 4 && !FunctionWords.Auxiliaries.Contains(tokens[subjectEnd].Norm)) subjectEnd++;
        return subjectEnd > clause ? (clause, targetEnd, document.Excerpt(document.SpanOf(clause, subjectEnd))) : null;
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
        while (start - 1 >= sentence.FirstToken && last - start < 2 && tokens[start - 1].IsWord && !FunctionWords.Auxiliaries.Contains(tokens[start - 1].Norm)
            && tokens[start].Norm is not ("their" or "its" or "his" or "her" or "whose") && !(tokens[start - 1].Norm is "and" or "but" or "that" or "which" or "who"))
            start--;
        if (tokens[start].Norm is "our" or "my") return null;
        if (start == last && tokens[last].Norm is "their" or "its" or "his" or "her" or "whose")
            return (start, tokens[last].Norm switch { "its" => "it", "his" => "him", "her" => "her", _ => "them" });
        var owner = document.Excerpt(document.SpanOf(start, last + 1));
        // The message names the owner, not its possessive: "asserts what the board intends".
        return (start, owner.EndsWith("'s", StringComparison.Ordinal) || owner.EndsWith("’s", StringComparison.Ordinal) ? owner[..^2] : owner.TrimEnd('\'', '’'));
    }

    private static bool IsPossessive(Token token) =>
        token.Norm is "their" or "its" or "his" or "her" or "whose" || token.Norm.EndsWith("'s", StringComparison.Ordinal) || token.Norm.EndsWith("s'", StringComparison.Ordinal);

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
        // "smuggling gangs who are bent on …": a relative pronoun stands for the actor before it.
        if (end - 1 > sentence.FirstToken && tokens[end - 1].Norm is "who" or "that" or "which") end--;
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
