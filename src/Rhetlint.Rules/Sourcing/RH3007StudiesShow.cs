using System.Collections.Frozen;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Sourcing;

/// <summary>
/// RH3007 — research appeal without citation.
///
/// What it does: flags a research noun as the subject of a finding verb — "studies show", "research has proven",
/// "science says", "the evidence suggests", "a new study proves", "polls show", "decades of research confirm",
/// "studies from around the world confirm" — when nothing says which research: no name in the phrase (author,
/// institution, journal) and no link, footnote, parenthetical citation or named source in the same or next sentence.
///
/// Why is this bad? "Studies show" borrows the authority of science without letting the reader check the studies,
/// their size or their quality. Empirical research also does not "prove" things; it finds or estimates them.
///
/// Example: Studies show that sanctions never change a regime's behavior.
/// Use instead: A 2021 review of 40 sanctions episodes by the Harlow Institute found that sanctions changed policy in 6 of them (harlow.example/sanctions).
///
/// Not flagged: a named study, author, institution or journal in the phrase ("a 2022 study by the Harlow Institute",
/// "research published in the Journal of Port Economics"); a citation or named source in the window; anaphoric
/// phrases that point back to research already cited ("the study found", "these data show", "our survey shows");
/// negated claims ("no study has shown"); quoted or reported speech. A year alone does not identify a study.
/// </summary>
public sealed class RH3007StudiesShow : RhetoricAnalyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "RH3007",
        "Research appeal without citation",
        "'{0}' appeals to research without saying which{1}; name the study (authors or institution, venue, year) or link it",
        RuleCategories.Sourcing,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A claim leans on unnamed studies, research, data or polls, with no author, institution, journal, link or citation nearby.",
        helpLinkUri: RuleCategories.HelpUri("RH3007"),
        customTags: new EvidenceWindow(2, 1, OpeningTakesParagraph: true).Tag);

    private static readonly Lazy<AppealWords> Words = new(() => new AppealWords(TaggedLexicon.Load("research_appeals")));

    /// <summary>Words that may open a short phrase between the noun and its verb ("studies from around the world").</summary>
    private static readonly FrozenSet<string> PostModifierStarts = FrozenSet.ToFrozenSet(
        ["from", "in", "on", "of", "across", "around", "by", "at", "among", "with", "into", "about", "over", "since", "throughout",
         "involving", "published", "conducted", "carried", "done", "funded", "released", "commissioned", "led", "run"],
        StringComparer.Ordinal);

    /// <summary>Auxiliaries and adverbs between the noun phrase and the finding verb ("have consistently shown").</summary>
    private static readonly FrozenSet<string> VerbPreModifiers = FrozenSet.ToFrozenSet(
        ["has", "have", "had", "do", "does", "did", "not", "never", "now", "also", "all", "long", "already", "still", "even", "both"],
        StringComparer.Ordinal);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(AnalyzeSentence);

    private static void AnalyzeSentence(SentenceContext context)
    {
        var document = context.Document;
        var sentence = context.Sentence;
        var tokens = document.Tokens;
        foreach (var appeal in Find(document, sentence))
        {
            if (!document.Voices[appeal.Start].IsWritersWords() || !document.Voices[appeal.Verb].IsWritersWords()) continue;
            if (document.IsNegated(appeal.Start) || document.IsNegated(appeal.Verb) || SourcingCues.SaysNothing(tokens, sentence, appeal.Verb)) continue;
            if (NamesItsSource(document.Actors, tokens, sentence, appeal)) continue;
            // "The data show …" right after cited data refers back to it: the engine reads the definite head as a reference.
            var claim = new Claim(ClaimKind.ResearchAppeal, appeal.Start, appeal.Verb + 1) { Head = appeal.Head };
            if (context.EvidenceFor(Descriptor, claim).Strength >= EvidenceStrength.Strong) continue;

            var span = document.SpanOf(appeal.Start, appeal.Verb + 1);
            var proveNote = Words.Value.VerbLemmas[tokens[appeal.Verb].Norm] == "prove"
                ? " (and research does not 'prove' an empirical claim: say what it found)"
                : "";
            var rewrite = Rewrite.Template("Cite the study", span, "A [year] study by [authors/institution], published in [venue], found");
            context.Report(Descriptor, span, [rewrite], document.Excerpt(span), proveNote);
        }
    }

    /// <param name="Start">First token of the research noun phrase.</param>
    /// <param name="Head">The research noun.</param>
    /// <param name="Verb">The finding verb.</param>
    /// <param name="Definite">"the science", "the evidence": may point back to cited research.</param>
    internal readonly record struct Appeal(int Start, int Head, int Verb, bool Definite);

    /// <summary>
    /// Every research noun phrase in <paramref name="sentence"/> that is the subject of a finding verb, before any
    /// condition is checked. RH3002 uses it to leave "a new study found" to this rule.
    /// </summary>
    internal static IEnumerable<Appeal> Find(DocumentModel document, Sentence sentence)
    {
        var tokens = document.Tokens;
        var actors = document.Actors;
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
        // "decades of research", "a growing body of evidence"
        if (k - 1 >= sentence.FirstToken && tokens[k].Norm == "of" && words.Quantities.Contains(tokens[k - 1].Norm))
        {
            k = SkipModifiers(actors, tokens, sentence, words, k - 2);
            kind = NounKind.Plural;
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
        return SourcingCues.IsClauseStart(tokens, sentence, start) ? (start, definite) : null;
    }

    private static int SkipModifiers(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, AppealWords words, int k)
    {
        var start = k;
        while (k >= sentence.FirstToken && start - k < 4)
        {
            var token = tokens[k];
            var isModifier = token.IsWord && (words.Modifiers.Contains(token.Norm) || SourcingCues.IsName(actors, tokens, sentence, k))
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
        if (k < sentence.EndToken && PostModifierStarts.Contains(tokens[k].Norm))
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
        for (var skipped = 0; k < sentence.EndToken && skipped < 3 && (VerbPreModifiers.Contains(tokens[k].Norm) || PassiveChain.IsInnerAdverb(tokens[k])); skipped++)
            k++;
        return k < sentence.EndToken && IsFindingVerbAt(tokens, sentence, words, k) ? k : null;
    }

    private static bool IsFindingVerbAt(ImmutableArray<Token> tokens, Sentence sentence, AppealWords words, int k)
    {
        var norm = tokens[k].Norm;
        if (words.HearerVerbs.Contains(norm)) return k + 1 < sentence.EndToken && tokens[k + 1].Norm is "us" or "me" or "you";
        return words.VerbLemmas.ContainsKey(norm);
    }

    /// <summary>A name anywhere in the phrase: an author, institution or journal ("a Harlow Institute study", "research in the Journal of X").</summary>
    private static bool NamesItsSource(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, Appeal appeal)
    {
        for (var k = appeal.Start; k < appeal.Verb; k++)
        {
            // "Decades of research", "Numerous studies": capitalized only because they open the sentence.
            if (k == sentence.FirstToken && Words.Value.IsAppealWord(tokens[k].Norm)) continue;
            if (k != appeal.Head && SourcingCues.IsName(actors, tokens, sentence, k)) return true;
        }
        return false;
    }

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
            VerbLemmas = lemmas.ToFrozenDictionary(StringComparer.Ordinal);
            HearerVerbs = lexicon.Words("verb-us");
        }

        public FrozenDictionary<string, NounKind> Nouns { get; }
        public FrozenSet<string> Modifiers { get; }
        public FrozenSet<string> Quantities { get; }
        /// <summary>Finding-verb forms to their lemma, hearer verbs ("tells") included.</summary>
        public FrozenDictionary<string, string> VerbLemmas { get; }
        public FrozenSet<string> HearerVerbs { get; }

        public bool IsAppealWord(string norm) => Nouns.ContainsKey(norm) || Modifiers.Contains(norm) || Quantities.Contains(norm);
    }
}
