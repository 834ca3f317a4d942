using System.Collections.Frozen;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Superlatives;

/// <summary>RH2003 — peacock term.</summary>
public sealed class RH2003PeacockTerm : RhetoricAnalyzer
{
    public override RuleDocumentation Documentation { get; } = new(Descriptor)
    {
        WhatItDoes = """
            Flags promotional wording in the writer's voice that praises a person, group, product or policy without
            saying what earns the praise:
            - an adjective before its noun or after a copula: "a legendary diplomat", "a best-in-class screen", "her
              plan is flawless";
            - a promotional noun: "a game-changer", "a living legend";
            - a verb promising a transformation: "will revolutionize travel", "redefines the category", "redefines what a
              budget airline can be";
            - a claim to set the standard every rival is judged by: "sets a new standard for the entire industry",
              "raises the bar for kitchen appliances";
            - a certain prediction of wholesale transformation for a whole domain, in any field: "will transform grocery
              shopping forever", "will cure baldness", "will change the way every farmer sells grain";
            - a certain prediction of universal adoption of a named product: "every dentist in the state will be using
              Brightbite", "all ferry operators will run on Seaframe".
            """,
        WhyIsThisBad = """
            Puffery asks the reader to take the praise on trust. The fact behind it (an award, a result, a number) is
            more convincing and can be checked.
            """,
        NotFlagged = """
            - Names and titles: capitalized mid-sentence ("the Landmark Theatre") or before another capitalized word at
              the sentence start ("Iconic Records").
            - Literal senses: "landmark" and "revolutionary" count only before the heads listed in the lexicon ("a
              landmark ruling" is flagged; "a landmark building", a building that is a landmark, and "the revolutionary
              war" are not).
            - Participles that are also past tenses ("celebrated", "acclaimed") count only after a determiner or
              preposition, so "fans celebrated wins" stays quiet; after a copula they are passive verbs ("the mass is
              celebrated in private", "the win should be celebrated", "she is revered as a pioneer"), which credit the
              praise to nobody (RH3006) rather than give it.
            - Past-tense verbs ("the press revolutionized printing"): usually settled history.
            - Standards without an article or "new" ("the council sets standards for membership"), the work of a
              standards body, and a standard in a sentence with a figure ("a new standard for arsenic of 10 parts per
              billion"), a regulator's limit.
            - A prediction about a thing the writer can point at ("will transform the depot into flats"), a course of
              treatment ("will cure infections in a week"), and "change" without "the way" or "forever" ("the timetable
              will change in May").
            - A plan for a group with no product named ("all staff will use the new portal from Monday"), a present habit
              ("every dentist who tried it uses Brightbite") and a forecast someone is reported to make.
            - A peacock noun completing a crediting passive ("has been hailed as a game-changer"): RH3006 reports the
              view credited to nobody.
            - Quoted or reported words, negation ("far from flawless", "anything but iconic", "less than flawless").
            - Owned by other rules: "the most iconic" (RH2001); a credential puff on a role noun when the person is
              named (RH2004) or is the source of a claim (RH3001/RH3002).
            - Ordinary evaluation is not in the lexicon at all (brilliant, stunning, remarkable, impressive,
              innovative).
            """,
        Examples = ["The [[legendary]] diplomat brokered yet another deal."],
        UseInstead = ["The diplomat, who brokered the 2019 and 2022 ceasefires, brokered another deal."],
        Rewrite = """
            For an adjective before its noun, an unsafe deletion of the adjective (the article is fixed: "an iconic
            builder" → "a builder"); always a display-only template asking for the award, result or number.
            """,
    };

    public static readonly DiagnosticDescriptor Descriptor = new(
        "RH2003",
        "Peacock term",
        "'{0}' praises without saying why; replace it with the fact that earns the praise",
        RuleCategories.Superlatives,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "A promotional adjective, noun or verb in the writer's voice (legendary, world-class, game-changer, will revolutionize).",
        helpLinkUri: RuleCategories.HelpUri("RH2003"),
        customTags: [RuleCategories.FixableTag, RuleTags.LoweredInOpinion]);

    private static readonly Lazy<PeacockWords> Words = new(() => new PeacockWords(TaggedLexicon.Load(RuleLexicons.Store, "peacock_terms")));

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
            if (!tokens[i].IsWord || document.Voices[i] != Voice.Author || ModifierSlots.IsNameOrTitle(tokens, sentence, i)) continue;
            var found = FindAdjective(document, words, sentence, i) ?? FindNoun(words, tokens, sentence, i) ?? FindVerb(words, tokens, sentence, i) ?? FindPrediction(words, tokens, sentence, i)
                ?? FindAdoption(words, tokens, sentence, i) ?? FindStandardSetting(words, tokens, sentence, i);
            if (found is not { } hit || document.IsNegated(i) || IsDenied(tokens, sentence, i)) continue;

            var span = document.SpanOf(i, hit.End);
            var template = Rewrite.Template("Say what earns the praise", span, "[the award, result or number that earns the praise]");
            ImmutableArray<Rewrite> rewrites = hit.Deletable
                ? [new Rewrite($"Delete '{tokens[i].Text}'", [ModifierSlots.DeleteWord(document, i)], Applicability.Unsafe), template]
                : [template];
            context.Report(Descriptor, span, rewrites, document.Excerpt(span));
            i = hit.End - 1;
        }
    }

    /// <summary>An adjective before its noun ("a legendary diplomat") or alone after a copula ("is flawless").</summary>
    private static Hit? FindAdjective(DocumentModel document, PeacockWords words, Sentence sentence, int i)
    {
        var tokens = document.Tokens;
        var norm = tokens[i].Norm;
        var restricted = words.RestrictedHeads.TryGetValue(norm, out var heads);
        var participle = words.Participles.Contains(norm);
        if (!restricted && !participle && !words.Adjectives.Contains(norm)) return null;

        var before = ModifierSlots.PreviousSkippingAdverbs(tokens, sentence, i);
        // "the most iconic", "more acclaimed than": a rank or comparison, which RH2001 judges.
        if (before >= 0 && tokens[before].Norm is "most" or "more" or "least" or "less") return null;

        if (ModifierSlots.IsContentWordAt(tokens, sentence, i + 1) || IsMeasureAt(tokens, sentence, i + 1))
        {
            var headEnd = ModifierSlots.HeadEnd(tokens, sentence, i + 1, 2);
            if (restricted && !HasListedHead(tokens, i + 1, headEnd, heads!)) return null;
            if (participle && !(before < 0 || ModifierSlots.IsDeterminer(tokens[before]) || FunctionWords.Prepositions.Contains(tokens[before]))) return null;
            if (IsPuffedSource(document, sentence, i, headEnd)) return null;
            return new Hit(i + 1, Deletable: true);
        }
        // "is celebrated as", "Masses which are celebrated in private": after a copula the participle is a passive verb.
        if (!restricted && !participle && ModifierSlots.FollowsCopula(tokens, sentence, i) && ModifierSlots.ClauseEndsAt(tokens, sentence, i + 1))
            return new Hit(i + 1, Deletable: false);
        return null;
    }

    /// <summary>"a best-in-class 120 Hz screen": a figure between the adjective and its noun.</summary>
    private static bool IsMeasureAt(ImmutableArray<Token> tokens, Sentence sentence, int k) =>
        k + 1 < sentence.EndToken && tokens[k].Kind == TokenKind.Number && tokens[k + 1].IsWord;

    private static bool HasListedHead(ImmutableArray<Token> tokens, int from, int end, FrozenSet<string> heads)
    {
        for (var k = from; k < end; k++)
            if (heads.Contains(tokens[k].Norm)) return true;
        return false;
    }

    /// <summary>"a game-changer", "a living legend".</summary>
    private static Hit? FindNoun(PeacockWords words, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (i == sentence.FirstToken || tokens[i - 1].Norm is not ("a" or "an" or "another" or "the" or "true" or "real")) return null;
        // "has been hailed as a game-changer": a view credited to nobody, which RH3006 reports.
        if (ClaimScope.IsCreditedLabel(tokens, sentence, i - 1)) return null;
        return words.Nouns.LongestAt(tokens, i, sentence.EndToken) is > 0 and var length ? new Hit(i + length, Deletable: false) : null;
    }

    /// <summary>"will revolutionize access to space", "redefines the category".</summary>
    private static Hit? FindVerb(PeacockWords words, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var norm = tokens[i].Norm;
        if (words.Verbs.Contains(norm)) return new Hit(ObjectEnd(tokens, sentence, i + 1), Deletable: false);
        if (words.TheVerbs.Contains(norm) && RedefinedKindEnd(tokens, sentence, i + 1) is int kindEnd) return new Hit(kindEnd, Deletable: false);
        if (!words.TheVerbs.Contains(norm) || i + 2 >= sentence.EndToken || tokens[i + 1].Norm != "the") return null;
        var objectEnd = ModifierSlots.HeadEnd(tokens, sentence, i + 2, 2);
        return objectEnd > i + 2 && words.Objects.Contains(tokens[objectEnd - 1].Norm) ? new Hit(objectEnd, Deletable: false) : null;
    }

    /// <summary>
    /// "will transform grocery shopping forever", "will cure cancer", "will change the way we work": a certain future
    /// of wholesale transformation for a whole domain (a bare noun object, or "the way …"). A definite object is a
    /// plan ("will transform the depot into flats"); "change" needs "the way" or "forever".
    /// </summary>
    private static Hit? FindPrediction(PeacockWords words, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var norm = tokens[i].Norm;
        if (!words.WillVerbs.Contains(norm) || !FollowsWill(tokens, sentence, i) || i + 1 >= sentence.EndToken) return null;
        var objectEnd = ObjectEnd(tokens, sentence, i + 1);
        for (var k = i + 1; k < objectEnd; k++)
            if (tokens[k].Norm == "into") return null;
        var theWay = i + 2 < sentence.EndToken && tokens[i + 1].Norm == "the" && tokens[i + 2].Norm == "way";
        if (theWay) return new Hit(objectEnd, Deletable: false);
        var forever = objectEnd < sentence.EndToken && tokens[objectEnd].Norm == "forever" || ObjectHas(tokens, i + 1, objectEnd, "forever");
        if (norm == "change") return forever ? new Hit(objectEnd, Deletable: false) : null;
        // "will cure cancer" names a disease; "will cure infections in a week" is a course of treatment.
        if (norm == "cure" && tokens[i + 1].Norm.EndsWith('s') && !tokens[i + 1].Norm.EndsWith("ss", StringComparison.Ordinal)) return null;
        return IsBareObject(tokens[i + 1]) ? new Hit(objectEnd, Deletable: false) : null;
    }

    /// <summary>
    /// "Every clinic in the county will be booking through Carevane", "all schools will use Tallyboard": a certain future of
    /// universal adoption of a named product, a forecast no figure could show. The subject opens with "every" or "all"
    /// and reaches "will" within eight words without a clause word; the object is a capitalized name. A plan for a
    /// definite group ("all staff will use the new portal") names no product, and a sourced forecast is reported
    /// speech, which the voice check leaves out.
    /// </summary>
    private static Hit? FindAdoption(PeacockWords words, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (tokens[i].Norm is not ("every" or "all" or "everyone" or "everybody")) return null;
        for (var k = i + 1; k < sentence.EndToken && k <= i + 8; k++)
        {
            var token = tokens[k];
            if (!token.IsWord || token.Norm is "that" or "which" or "who" or "if" or "when" or "because" or "unless") return null;
            if (token.Norm is not ("will" or "'ll")) continue;
            // "will soon be using", "will quickly adopt": adverbs before the verb ("rely" only looks like one).
            var verb = k + 1;
            var length = words.Adoptions.LongestAt(tokens, verb, sentence.EndToken);
            while (length <= 0 && verb < sentence.EndToken && tokens[verb].IsWord && (tokens[verb].Norm.EndsWith("ly", StringComparison.Ordinal) || tokens[verb].Norm == "soon"))
                length = words.Adoptions.LongestAt(tokens, ++verb, sentence.EndToken);
            if (length <= 0) return null;
            var name = verb + length;
            var end = name;
            while (end < sentence.EndToken && tokens[end].IsWord && tokens[end].IsCapitalized) end++;
            return end > name ? new Hit(end, Deletable: false) : null;
        }
        return null;
    }

    /// <summary>"will transform", "will soon transform", "'ll completely reshape": "will" up to two words before.</summary>
    private static bool FollowsWill(ImmutableArray<Token> tokens, Sentence sentence, int verb)
    {
        for (var k = verb - 1; k >= sentence.FirstToken && verb - k <= 2; k--)
        {
            if (tokens[k].Norm is "will" or "'ll" || tokens[k].Norm.EndsWith("'ll", StringComparison.Ordinal)) return true;
            if (!tokens[k].IsWord || !tokens[k].Norm.EndsWith("ly", StringComparison.Ordinal) && tokens[k].Norm is not ("soon" or "forever")) return false;
        }
        return false;
    }

    private static bool ObjectHas(ImmutableArray<Token> tokens, int from, int end, string word)
    {
        for (var k = from; k < end; k++)
            if (tokens[k].Norm == word) return true;
        return false;
    }

    /// <summary>
    /// "redefines what a budget airline can be", "reinvents what a bookshop means": the verb remakes the idea of a whole
    /// kind, the same claim as "redefines the category". The "what" clause ends in "can be", "could be" or "means" within
    /// six words; returns its end, or null.
    /// </summary>
    private static int? RedefinedKindEnd(ImmutableArray<Token> tokens, Sentence sentence, int what)
    {
        if (what >= sentence.EndToken || tokens[what].Norm != "what") return null;
        for (var k = what + 1; k < sentence.EndToken && k - what <= 6 && tokens[k].IsWord; k++)
        {
            if (tokens[k].Norm is "means" or "mean") return k + 1;
            if (tokens[k].Norm is "can" or "could" && k + 1 < sentence.EndToken && tokens[k + 1].Norm == "be") return k + 2;
        }
        return null;
    }

    /// <summary>
    /// "set a new standard for the entire industry", "sets the benchmark for bookshops", "raises the bar for the
    /// genre": a claim that the subject is now the measure every rival is judged by. It needs an article or "new"
    /// before the noun: "sets standards for membership" is what a standards body does, and a figure in the sentence
    /// ("a new standard of 10 parts per billion") is a regulator's limit.
    /// </summary>
    private static Hit? FindStandardSetting(PeacockWords words, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (!words.StandardVerbs.Contains(tokens[i].Norm)) return null;
        var k = i + 1;
        var marked = false;
        if (k < sentence.EndToken && tokens[k].Norm is "a" or "the") (k, marked) = (k + 1, true);
        if (k < sentence.EndToken && tokens[k].Norm is "new" or "higher") (k, marked) = (k + 1, true);
        if (!marked || k + 2 >= sentence.EndToken || !words.StandardNouns.Contains(tokens[k].Norm) || tokens[k + 1].Norm != "for") return null;
        for (var n = sentence.FirstToken; n < sentence.EndToken; n++)
            if (tokens[n].Kind == TokenKind.Number || ClaimScope.IsNumberWord(tokens[n])) return null;
        var field = k + 2;
        if (ModifierSlots.IsDeterminer(tokens[field])) field++;
        var end = ModifierSlots.HeadEnd(tokens, sentence, field, 3);
        return end > field ? new Hit(end, Deletable: false) : null;
    }

    /// <summary>A bare noun opening the object ("grocery shopping", "cancer"): a whole domain, not a thing the writer can point at.</summary>
    private static bool IsBareObject(Token token) =>
        token.IsWord && !token.IsCapitalized && !ModifierSlots.IsDeterminer(token) && !FunctionWords.NounPhraseBreakers.Contains(token)
        && !FunctionWords.Prepositions.Contains(token) && !FunctionWords.ObjectPronouns.Contains(token) && token.Norm is not ("it" or "itself" or "themselves");

    /// <summary>The verb's object, kept short: up to four words, stopping at punctuation or a clause word.</summary>
    private static int ObjectEnd(ImmutableArray<Token> tokens, Sentence sentence, int from)
    {
        var k = from;
        while (k < sentence.EndToken && k - from < 4 && tokens[k].IsWord
               && tokens[k].Norm is not ("and" or "but" or "that" or "which" or "who" or "because" or "by" or "with" or "when" or "while"))
            k++;
        return k;
    }

    /// <summary>
    /// A credential puff on a person ("renowned strategist Tom Hale", "a renowned economist said"): RH2004 reports it
    /// when the person is named, and the sourcing rules when an unnamed person is the source of a claim.
    /// </summary>
    private static bool IsPuffedSource(DocumentModel document, Sentence sentence, int adjective, int headEnd)
    {
        var tokens = document.Tokens;
        if (!Vocabulary.IsPufferyAdjective(tokens[adjective])) return false;
        var role = adjective + 1;
        while (role < headEnd && !Vocabulary.IsRoleNoun(tokens[role]) && !Vocabulary.IsPluralRoleNoun(tokens[role])) role++;
        if (role == headEnd) return false;
        if (PuffedCredentials.IsNamed(document, sentence, adjective, role + 1)) return true;
        // "renowned economists warn": a vague source even when the frame finder missed it.
        for (var k = role + 1; k < sentence.EndToken && k <= role + 2; k++)
            if (Vocabulary.IsReportingVerb(tokens[k])) return true;
        foreach (var frame in document.FramesIn(sentence))
            if (frame.SourceStart <= adjective && adjective < frame.SourceEnd) return true;
        return false;
    }

    /// <summary>"anything but iconic", "less than flawless": a denial the negation cues do not cover.</summary>
    private static bool IsDenied(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var k = ModifierSlots.PreviousSkippingAdverbs(tokens, sentence, i);
        return k - 1 >= sentence.FirstToken && (tokens[k - 1].Norm, tokens[k].Norm) is ("anything", "but") or ("less", "than");
    }

    private readonly record struct Hit(int End, bool Deletable);

    private sealed class PeacockWords(TaggedLexicon lexicon)
    {
        public FrozenSet<string> Adjectives { get; } = lexicon.Words("adjective");

        /// <summary>Adjectives that praise only before the listed heads.</summary>
        public FrozenDictionary<string, FrozenSet<string>> RestrictedHeads { get; } = lexicon.Entries("adjective+")
            .ToFrozenDictionary(e => e[0], e => e.Skip(1).ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);

        public FrozenSet<string> Participles { get; } = lexicon.Words("participle");
        public PhraseList Nouns { get; } = PhraseList.From(lexicon.Entries("noun"));
        public FrozenSet<string> Verbs { get; } = lexicon.Words("verb");
        public FrozenSet<string> TheVerbs { get; } = lexicon.Words("verb-the");
        public FrozenSet<string> Objects { get; } = lexicon.Words("object");
        public FrozenSet<string> StandardVerbs { get; } = lexicon.Words("verb-standard");
        public FrozenSet<string> StandardNouns { get; } = lexicon.Words("standard");
        public FrozenSet<string> WillVerbs { get; } = lexicon.Words("verb-will");
        public PhraseList Adoptions { get; } = PhraseList.From(lexicon.Entries("adoption"));
    }
}
