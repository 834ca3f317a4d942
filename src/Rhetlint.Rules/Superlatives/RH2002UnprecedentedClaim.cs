using System.Collections.Frozen;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Superlatives;

/// <summary>
/// RH2002 — novelty or record claim.
///
/// What it does: flags the writer's own claim that something has never happened or been equalled before:
/// "unprecedented", "unparalleled", "unrivaled", "without precedent", "second to none", "Never before has …",
/// "like never before", "for the first time in history", "the first-ever", and evaluative "historic" ("a
/// historic deal") — when nothing bounds the claim and no citation or figure with a source is in the same or
/// the next sentence.
///
/// Why is this bad? A record claim says the writer checked all of history. Without the period and the record
/// it beats, the reader cannot check it, and it reads as hype.
///
/// Example: The minister's response to the floods was unprecedented.
/// Use instead: It was the first emergency budget passed within a week of a flood since 1998, according to the
/// parliamentary library.
///
/// Not flagged: a bounded claim ("unprecedented since 1945", "unmatched in the league"); a definite record ("an
/// unprecedented third term", "the club's first-ever title"); first-person experience and plain dated facts
/// ("I had never before seen …", "the committee had never before met in June": only the inverted "Never before
/// has …" is matched); literal "historic" ("the historic district"); names and titles; quoted or reported words;
/// negated claims; records about a threat ("an unprecedented threat"), which belong to the threat-inflation family.
/// "Almost", "nearly", hedges and questions lower the finding to a suggestion.
/// </summary>
public sealed class RH2002UnprecedentedClaim : RhetoricAnalyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "RH2002",
        "Novelty or record claim without support",
        "'{0}' claims a record nothing backs; say since when, compared with what, and according to whom",
        RuleCategories.Superlatives,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A claim in the writer's voice that something has never happened or been equalled, with no bound and no citation nearby.",
        helpLinkUri: RuleCategories.HelpUri("RH2002"),
        customTags: EvidenceWindow.NextSentence.Tag);

    private static readonly Lazy<NoveltyWords> Words = new(() => new NoveltyWords(TaggedLexicon.Load("novelty_claims")));

    private static readonly FrozenSet<string> Ordinals = FrozenSet.ToFrozenSet(
        ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "2nd", "3rd", "4th", "5th", "6th"], StringComparer.Ordinal);

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
            if (!tokens[i].IsWord || document.Voices[i] != Voice.Author) continue;
            if (Match(words, tokens, sentence, i) is not { } match) continue;
            var (end, claimEnd) = match;
            if (ModifierSlots.IsNameOrTitle(tokens, sentence, i) || document.IsNegated(i)) continue;
            if (claimEnd < sentence.EndToken && (Ordinals.Contains(tokens[claimEnd].Norm) || ThreatInflation.RH1010UnprecedentedThreat.IsUnprecedentedThreatHead(HeadWord(tokens, sentence, end))))
            {
                i = end - 1;
                continue;
            }
            var claim = new Claim(ClaimKind.Rank, i, end) { Degree = i, Head = end > claimEnd ? end - 1 : null };
            if (ClaimScope.IsBounded(tokens, sentence, claimEnd) || context.EvidenceFor(Descriptor, claim).Strength >= EvidenceStrength.Strong)
            {
                i = end - 1;
                continue;
            }

            var span = document.SpanOf(i, end);
            var softened = IsApproximated(tokens, sentence, i) || document.IsHedged(i) || ClaimScope.EndsWithQuestion(tokens, sentence);
            var rewrite = Rewrite.Template("Name the record and its source", span,
                "the first [event] since [year], according to [source]");
            context.Report(Descriptor, softened ? ClaimScope.Lowered(Descriptor.DefaultSeverity) : Descriptor.DefaultSeverity, span, [rewrite], document.Excerpt(span));
            i = end - 1;
        }
    }

    /// <summary>
    /// The claim at <paramref name="i"/>: <c>End</c> is the end of the reported span (the word or phrase plus its
    /// head noun), <c>ClaimEnd</c> the end of the novelty wording itself, where a bound or an ordinal would follow.
    /// </summary>
    private static (int End, int ClaimEnd)? Match(NoveltyWords words, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var token = tokens[i];
        if (words.Adjectives.TryGetValue(token.Norm, out var literalHeads))
        {
            var headEnd = ModifierSlots.HeadEnd(tokens, sentence, i + 1, 2);
            if (headEnd > i + 1 && literalHeads.Contains(tokens[headEnd - 1].Norm)) return null;
            return (headEnd, i + 1);
        }
        if (token.Norm == "historic") return MatchHistoric(words, tokens, sentence, i);
        foreach (var phrase in words.Inverted)
            if (PhraseList.MatchesAt(tokens, i, sentence.EndToken, phrase) && OpensInversion(tokens, sentence, i, i + phrase.Length))
                return (i + phrase.Length, i + phrase.Length);
        foreach (var phrase in words.Phrases)
            if (PhraseList.MatchesAt(tokens, i, sentence.EndToken, phrase))
                return (i + phrase.Length, i + phrase.Length);
        foreach (var phrase in words.First)
        {
            if (!PhraseList.MatchesAt(tokens, i, sentence.EndToken, phrase)) continue;
            if (i > sentence.FirstToken && (ModifierSlots.IsPossessiveNoun(tokens[i - 1]) || FunctionWords.Possessive.Contains(tokens[i - 1].Norm))) return null;
            var claimEnd = i + phrase.Length;
            return (ModifierSlots.HeadEnd(tokens, sentence, claimEnd, 2), claimEnd);
        }
        return null;
    }

    /// <summary>"a historic deal", "the vote was historic": evaluative only before an event noun or alone after a copula.</summary>
    private static (int, int)? MatchHistoric(NoveltyWords words, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (i + 1 < sentence.EndToken && words.HistoricHeads.Contains(tokens[i + 1].Norm)) return (i + 2, i + 2);
        if (ModifierSlots.FollowsCopula(tokens, sentence, i) && ModifierSlots.ClauseEndsAt(tokens, sentence, i + 1)) return (i + 1, i + 1);
        return null;
    }

    /// <summary>"Never before has …", "And never before have …": the phrase opens the clause and an auxiliary follows it, with a subject other than "I".</summary>
    private static bool OpensInversion(ImmutableArray<Token> tokens, Sentence sentence, int start, int end)
    {
        var opens = start == sentence.FirstToken || tokens[start - 1].Norm is "and" or "but" or "yet"
            || tokens[start - 1].Kind is TokenKind.Punctuation or TokenKind.Dash;
        if (!opens || end >= sentence.EndToken || !FunctionWords.Auxiliaries.Contains(tokens[end].Norm)) return false;
        // "Never before had I felt so tired": the writer's own experience, not a record.
        return end + 1 >= sentence.EndToken || tokens[end + 1].Norm != "i";
    }

    private static bool IsApproximated(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var k = i - 1;
        if (k >= sentence.FirstToken && tokens[k].Norm is "a" or "an" or "the") k--;
        return k >= sentence.FirstToken && tokens[k].Norm is "almost" or "nearly" or "virtually" or "practically" or "largely" or "arguably";
    }

    private static string HeadWord(ImmutableArray<Token> tokens, Sentence sentence, int end) =>
        end > sentence.FirstToken ? tokens[end - 1].Norm : "";

    private sealed class NoveltyWords(TaggedLexicon lexicon)
    {
        /// <summary>Each novelty adjective with the heads for which it is literal.</summary>
        public FrozenDictionary<string, FrozenSet<string>> Adjectives { get; } = lexicon.Entries("adjective")
            .ToFrozenDictionary(e => e[0], e => e.Skip(1).ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);

        public string[][] Inverted { get; } = [.. lexicon.Entries("inverted")];
        public string[][] Phrases { get; } = [.. lexicon.Entries("phrase").OrderByDescending(p => p.Length)];
        public string[][] First { get; } = [.. lexicon.Entries("first").OrderByDescending(p => p.Length)];
        public FrozenSet<string> HistoricHeads { get; } = lexicon.Words("historic");
    }
}
