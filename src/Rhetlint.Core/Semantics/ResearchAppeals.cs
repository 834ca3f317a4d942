using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Semantics;

/// <summary>
/// An appeal to research: a research noun as the subject of a finding verb ("studies show", "a new study found",
/// "decades of research confirm"). What follows the verb is the research's finding, reported as "experts say that …"
/// reports (<c>AttributionFinder.ResearchReports</c>), so the rhetoric rules leave it alone. RH3007 reports the
/// appeals that do not say which research; RH3002 does not read the study as an unnamed single source, since a
/// research appeal has its own citation test.
/// </summary>
public static class ResearchAppeals
{
    private static readonly Lazy<AppealWords> Words = new(() => new AppealWords(TaggedLexicon.Load(LexiconStore.Engine, "research_appeals")));

    /// <summary>Words that may open a short phrase between the noun and its verb ("studies from around the world").</summary>
    private static readonly FrozenWordSet PostModifierStarts = TaggedLexicon.Load(LexiconStore.Engine, "research_appeals").Words("post-modifier").ToFrozenWordSet();

    /// <summary>Auxiliaries and adverbs between the noun phrase and the finding verb ("have consistently shown").</summary>
    private static readonly FrozenWordSet VerbPreModifiers = TaggedLexicon.Load(LexiconStore.Engine, "research_appeals").Words("pre-verb").ToFrozenWordSet();

    /// <param name="Start">First token of the research noun phrase.</param>
    /// <param name="Head">The research noun.</param>
    /// <param name="Verb">The finding verb.</param>
    /// <param name="Definite">"the science", "the evidence": may point back to cited research.</param>
    public readonly record struct Appeal(int Start, int Head, int Verb, bool Definite);

    /// <summary>
    /// Every research noun phrase in <paramref name="sentence"/> that is the subject of a finding verb, before any
    /// condition (voice, negation, citation) is checked.
    /// </summary>
    public static IEnumerable<Appeal> Find(DocumentModel document, Sentence sentence) => Find(document.Tokens, document.Actors, sentence);

    /// <inheritdoc cref="Find(DocumentModel, Sentence)"/>
    public static IEnumerable<Appeal> Find(ImmutableArray<Token> tokens, ActorGazetteer actors, Sentence sentence)
    {
        var words = Words.Value;
        for (var h = sentence.FirstToken; h < sentence.EndToken; h++)
        {
            var noun = tokens[h];
            if (!noun.IsWord || !words.Nouns.TryGetValue(noun.Norm, out var kind)) continue;
            if (SubjectStart(actors, tokens, sentence, words, h, kind) is not var (start, definite)) continue;
            if (FindingVerb(tokens, sentence, words, h) is not int verb) continue;
            yield return new Appeal(start, h, verb, definite);
            h = verb;
        }
    }

    /// <summary>The start of the subject phrase ending at <paramref name="head"/>, or null when the noun is not a subject or refers back.</summary>
    private static (int Start, bool Definite)? SubjectStart(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, AppealWords words, int head, NounKind kind)
    {
        var k = head - 1;
        k = SkipModifiers(actors, tokens, sentence, words, k);
        // "decades of research", "a growing body of evidence": the determiner agrees with the counting noun, so "a body of"
        // takes "a" as "a study" does, and "decades of" none, as "studies" does.
        if (k - 1 >= sentence.FirstToken && tokens[k].Norm == "of" && words.Quantities.Contains(tokens[k - 1].Norm))
        {
            kind = tokens[k - 1].Norm.EndsWith('s') ? NounKind.Plural : NounKind.Singular;
            k = SkipModifiers(actors, tokens, sentence, words, k - 2);
        }
        var definite = false;
        if (k >= sentence.FirstToken)
        {
            var determiner = tokens[k].Norm;
            if (FunctionWords.IndefiniteSingular.Contains(determiner))
            {
                if (kind == NounKind.Plural) return null;
                k--;
            }
            else if (determiner == "the" && kind == NounKind.Mass)
            {
                definite = true;
                k--;
            }
            else if (FunctionWords.Definite.Contains(determiner) || FunctionWords.Possessive.Contains(determiner)
                || determiner.EndsWith("'s", StringComparison.Ordinal))
            {
                // "the study", "these data", "our survey", "Varn's study": research already introduced or owned.
                return null;
            }
        }
        var start = k + 1;
        if (kind == NounKind.Singular && start == head && head != sentence.FirstToken) return null;
        return SubjectCues.IsClauseStart(tokens, sentence, start) ? (start, definite) : null;
    }

    private static int SkipModifiers(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, AppealWords words, int k)
    {
        var start = k;
        while (k >= sentence.FirstToken && start - k < 4)
        {
            var token = tokens[k];
            var isModifier = token.IsWord && (words.Modifiers.Contains(token.Norm) || SubjectCues.IsName(actors, tokens, sentence, k))
                || token.Kind == TokenKind.Number;
            if (!isModifier) break;
            k--;
        }
        return k;
    }

    /// <summary>The finding verb after the noun, past an optional short post-modifier and auxiliaries ("studies in three countries have shown").</summary>
    private static int? FindingVerb(ImmutableArray<Token> tokens, Sentence sentence, AppealWords words, int head)
    {
        var k = head + 1;
        if (k < sentence.EndToken && PostModifierStarts.Contains(tokens[k]))
        {
            var phraseEnd = Math.Min(sentence.EndToken, k + 9);
            for (k++; k < phraseEnd; k++)
            {
                var token = tokens[k];
                if (IsFindingVerbAt(tokens, sentence, words, k) || token.Norm is "has" or "have" or "had" or "do" or "does" or "did" or "not" or "never") break;
                var inPhrase = token.IsWord && token.Norm is not ("that" or "which" or "who" or "whose" or "where")
                    || token.Kind == TokenKind.Number || token.Kind == TokenKind.Quote && token.Text is "’" or "'";
                if (!inPhrase) return null;
            }
        }
        for (var skipped = 0; k < sentence.EndToken && skipped < 3 && (VerbPreModifiers.Contains(tokens[k]) || PassiveChain.IsInnerAdverb(tokens[k])); skipped++)
            k++;
        if (k >= sentence.EndToken) return null;
        // "Studies keep finding …": the gerund after a verb of continuing or beginning is the finding verb.
        if (AspectualGerunds.GerundAfter(tokens, sentence, k) is int gerund) return words.GerundLemmas.ContainsKey(tokens[gerund].Norm) ? gerund : null;
        return IsFindingVerbAt(tokens, sentence, words, k) ? k : null;
    }

    private static bool IsFindingVerbAt(ImmutableArray<Token> tokens, Sentence sentence, AppealWords words, int k)
    {
        var norm = tokens[k].Norm;
        if (words.HearerVerbs.Contains(norm)) return k + 1 < sentence.EndToken && tokens[k + 1].Norm is "us" or "me" or "you";
        if (words.LinkVerbs.Contains(norm)) return LinksObject(tokens, sentence, k);
        return words.VerbLemmas.ContainsKey(norm);
    }

    /// <summary>How far the "to" or "with" of an association may follow its verb: "have linked heavy use of the app to".</summary>
    private const int MaxLinkedObjectTokens = 8;

    /// <summary>"linked the sweetener to migraines": an object, then "to" or "with"; "linked to the ministry" is a participle.</summary>
    private static bool LinksObject(ImmutableArray<Token> tokens, Sentence sentence, int verb)
    {
        if (verb + 1 >= sentence.EndToken || tokens[verb + 1].Norm is "to" or "with" or "by" || !tokens[verb + 1].IsWord) return false;
        for (var k = verb + 2; k < sentence.EndToken && k - verb <= MaxLinkedObjectTokens; k++)
        {
            if (tokens[k].Norm is "to" or "with") return true;
            if (!tokens[k].IsWord && tokens[k].Kind != TokenKind.Number) return false;
        }
        return false;
    }

    /// <summary>A research noun, or a word that modifies or counts one ("new", "decades"): it may open a sentence capitalized.</summary>
    public static bool IsAppealWord(Token token) => Words.Value.IsAppealWord(token.Norm);

    /// <summary>The lemma of the finding verb at an appeal's <see cref="Appeal.Verb"/> ("proves" → "prove").</summary>
    public static string VerbLemma(Token verb) =>
        Words.Value.VerbLemmas.TryGetValue(verb.Norm, out var lemma) ? lemma : Words.Value.GerundLemmas[verb.Norm];

    private enum NounKind { Mass, Singular, Plural }

    private sealed class AppealWords
    {
        public AppealWords(TaggedLexicon lexicon)
        {
            var nouns = new Dictionary<string, NounKind>(StringComparer.Ordinal);
            foreach (var mass in lexicon.Entries("mass")) nouns.TryAdd(mass[0], NounKind.Mass);
            foreach (var count in lexicon.Entries("count"))
            {
                nouns.TryAdd(count[0], NounKind.Singular);
                if (count.Length > 1) nouns.TryAdd(count[1], NounKind.Plural);
            }
            Nouns = nouns.ToFrozenDictionary(StringComparer.Ordinal);
            Modifiers = lexicon.Words("modifier");
            Quantities = lexicon.Words("quantity");
            var lemmas = lexicon.Lemmas("verb").ToDictionary(StringComparer.Ordinal);
            foreach (var (form, lemma) in lexicon.Lemmas("verb-us")) lemmas.TryAdd(form, lemma);
            foreach (var (form, lemma) in lexicon.Lemmas("verb-link")) lemmas.TryAdd(form, lemma);
            VerbLemmas = lemmas.ToFrozenDictionary(StringComparer.Ordinal);
            GerundLemmas = lexicon.Lemmas("verb").Values.Distinct(StringComparer.Ordinal)
                .SelectMany(lemma => Inflections.VerbForms(lemma).Where(form => form.EndsWith("ing", StringComparison.Ordinal)).Select(form => (form, lemma)))
                .ToFrozenDictionary(pair => pair.form, pair => pair.lemma, StringComparer.Ordinal);
            HearerVerbs = lexicon.Words("verb-us");
            LinkVerbs = lexicon.Words("verb-link");
        }

        public FrozenDictionary<string, NounKind> Nouns { get; }
        public FrozenSet<string> Modifiers { get; }
        public FrozenSet<string> Quantities { get; }
        /// <summary>Finding-verb forms to their lemma, hearer verbs ("tells") included.</summary>
        public FrozenDictionary<string, string> VerbLemmas { get; }
        /// <summary>
        /// The -ing forms of the finding verbs to their lemma ("finding" → "find"): a finding verb only after a verb of
        /// continuing or beginning; alone, the form modifies a noun ("the finding study").
        /// </summary>
        public FrozenDictionary<string, string> GerundLemmas { get; }
        public FrozenSet<string> HearerVerbs { get; }
        /// <summary>Verbs of association, findings only with an object and "to"/"with" ("linked the drug to").</summary>
        public FrozenSet<string> LinkVerbs { get; }

        public bool IsAppealWord(string norm) => Nouns.ContainsKey(norm) || Modifiers.Contains(norm) || Quantities.Contains(norm);
    }
}
