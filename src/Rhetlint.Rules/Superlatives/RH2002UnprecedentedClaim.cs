using System.Collections.Frozen;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Superlatives;

/// <summary>RH2002 — novelty or record claim.</summary>
public sealed class RH2002UnprecedentedClaim : RhetoricAnalyzer
{
    public override RuleDocumentation Documentation { get; } = new(Descriptor)
    {
        WhatItDoes = """
            Flags the writer's own claim that something has never happened or never been equalled: "unprecedented",
            "unparalleled", "unrivaled", "without precedent", "second to none", an inverted "Never before has …", "like
            never before", "for the first time in history", "the first-ever …", and evaluative "historic" ("a historic
            deal", "the vote was historic").
            """,
        WhyIsThisBad = """
            A record claim says the writer has checked all of history. Without the period and the record it beats, the
            reader cannot check it, and it reads as hype.
            """,
        NotFlagged = """
            - A bound follows: "unprecedented since 1945", "unmatched in the
              league".
            - A definite record: "an unprecedented third term", "the club's first-ever title" (a possessive bounds it).
            - Support in the sentence or the next one: a citation or link, a named source ("according to the electoral
              office"), or a next sentence with strong evidence. A figure beside the product's own name in the claim's
              sentence is not support ("an unrivaled cooling system and a 120 Hz screen").
            - First-person experience and plain dated facts: only the inverted "Never before has …" is matched, and not
              with "I" as its subject, so "I had never before seen the harbor so empty", "Never before had I felt so
              tired" and "the committee had never before met in June" stay quiet.
            - Literal "historic" ("the historic district", "a historic building"): "historic" counts only before an
              event noun (deal, vote, victory, moment …) or alone after a copula.
            - "Historic" beside the definite record that makes it so, in its sentence or one next to it in the
              paragraph: "It was a historic night for the Rovers: their first league title since 1952", "The vote was
              historic: for the first time, the council elected a mayor under 30", "her historic win of a third
              title". "For the first time in history" is no such record.
            - Literal "unmatched" ("unmatched socks", "unmatched funds"); names and titles; quoted or reported words;
              negation.
            - A record about a threat ("an unprecedented threat"): when [RH1010](RH1010.md) runs, its finding supersedes
              this one.

            "Almost", "nearly", "arguably", a hedge or a question lowers the finding to a suggestion.
            """,
        Examples = ["The minister's response to the floods was [[unprecedented]]."],
        UseInstead =
        [
            """
            It was the first emergency budget passed within a week of a flood since 1998, according to the parliamentary
            library.
            """,
        ],
        Rewrite = """
            Display-only template "the first [event] since [year], according to [source]".
            """,
    };

    public static readonly DiagnosticDescriptor Descriptor = new(
        "RH2002",
        "Novelty or record claim without support",
        "'{0}' claims a record nothing backs; say since when, compared with what, and according to whom",
        RuleCategories.Superlatives,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A claim in the writer's voice that something has never happened or been equalled, with no bound and no citation nearby.",
        helpLinkUri: RuleCategories.HelpUri("RH2002"),
        customTags: [RuleTags.LoweredInOpinion, EvidenceWindow.NextSentence.Tag]);

    private static readonly Lazy<NoveltyWords> Words = new(() => new NoveltyWords(TaggedLexicon.Load(RuleLexicons.Store, "novelty_claims")));

    private static readonly FrozenSet<string> Ordinals = FrozenSet.ToFrozenSet(
        ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "2nd", "3rd", "4th", "5th", "6th"], StringComparer.Ordinal);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(AnalyzeSentence, word => Words.Value.MayStartClaim(word));

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
            if (claimEnd < sentence.EndToken && Ordinals.Contains(tokens[claimEnd].Norm))
            {
                i = end - 1;
                continue;
            }
            // "a historic night: their first title since 1952": the record that makes it historic is stated beside it.
            if (tokens[i].Norm == "historic" && HistoricRecords.IsTiedToRecord(document, sentence, i))
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
            var softened = IsApproximated(tokens, sentence, i) || document.IsHedged(i) || document.IsQuestion(sentence);
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
        foreach (var position in words.Inverted.PositionsOfMatchesAt(tokens, i, sentence.EndToken))
        {
            var length = words.Inverted.Phrases[position].Length;
            if (OpensInversion(tokens, sentence, i, i + length)) return (i + length, i + length);
        }
        if (words.Phrases.LongestAt(tokens, i, sentence.EndToken) is > 0 and var phrase) return (i + phrase, i + phrase);
        var first = words.First.LongestAt(tokens, i, sentence.EndToken);
        if (first == 0) return null;
        if (i > sentence.FirstToken && (ModifierSlots.IsPossessiveNoun(tokens[i - 1]) || FunctionWords.Possessive.Contains(tokens[i - 1]))) return null;
        var claimEnd = i + first;
        return (ModifierSlots.HeadEnd(tokens, sentence, claimEnd, 2), claimEnd);
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
        if (!opens || end >= sentence.EndToken || !FunctionWords.Auxiliaries.Contains(tokens[end])) return false;
        // "Never before had I felt so tired": the writer's own experience, not a record.
        return end + 1 >= sentence.EndToken || tokens[end + 1].Norm != "i";
    }

    private static bool IsApproximated(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var k = i - 1;
        if (k >= sentence.FirstToken && tokens[k].Norm is "a" or "an" or "the") k--;
        return k >= sentence.FirstToken && tokens[k].Norm is "almost" or "nearly" or "virtually" or "practically" or "largely" or "arguably";
    }

    private sealed class NoveltyWords(TaggedLexicon lexicon)
    {
        /// <summary>Each novelty adjective with the heads for which it is literal.</summary>
        public FrozenDictionary<string, FrozenSet<string>> Adjectives { get; } = lexicon.Entries("adjective")
            .ToFrozenDictionary(e => e[0], e => e.Skip(1).ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);

        public PhraseList Inverted { get; } = PhraseList.From(lexicon.Entries("inverted"));
        public PhraseList Phrases { get; } = PhraseList.From(lexicon.Entries("phrase"));
        public PhraseList First { get; } = PhraseList.From(lexicon.Entries("first"));
        public FrozenSet<string> HistoricHeads { get; } = lexicon.Words("historic");

        /// <summary>Whether a claim can start at a word (every branch of <see cref="Match"/> tests the word at its start first): the rule's sentence cue.</summary>
        public bool MayStartClaim(string word) =>
            Adjectives.ContainsKey(word) || word == "historic" || Inverted.CanStartWith(word) || Phrases.CanStartWith(word) || First.CanStartWith(word);
    }
}
