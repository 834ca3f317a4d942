using System.Collections.Frozen;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;
using Rhetlint.Rules.Superlatives;

namespace Rhetlint.Rules.Hedging;

/// <summary>RH4001 — certainty booster.</summary>
public sealed class RH4001CertaintyBooster : RhetoricAnalyzer
{
    public override RuleDocumentation Documentation { get; } = new(Descriptor)
    {
        WhatItDoes = """
            Flags a stance adverb or phrase by which the writer declares a claim certain: "clearly", "obviously",
            "undoubtedly", "surely", "of course", "no doubt",
            "without question", "make no mistake", "the truth is", "the fact is", "there is no doubt that", "it is clear
            that". Only
            the sentence-level use counts: at the start of a clause, as a parenthetical, or between the subject and the
            verb ("Varn obviously wants war").

            A supporting signal: like every RH4 rule it looks only at the writer's own words (not quoted, reported or
            mentioned) and skips negated matches.
            """,
        WhyIsThisBad = """
            A booster asks the reader to accept a claim because the writer is sure of it (Hyland's boosters). If the
            claim is contestable, evidence should do that work; if it is not, the booster adds nothing.
            """,
        NotFlagged = """
            - Manner and degree uses: "The sign was clearly visible", "she spoke plainly".
            - A claim that carries its own evidence in its clause (a figure it measures, a named source or dataset):
              "Customs data clearly show a 12% drop in exports since March." A date places a claim in time and supports
              none of it.
            - Quoted or reported words; negation ("it is not clear that"); questions; "Brandt had no doubt that …"
              (someone else's certainty); "no doubt about the date"; "slowly but surely"; "almost certainly" and "nearly
              certainly", which estimate the odds rather than boost them.
            - Owned by RH2006: "Undeniably," opening a sentence and "beyond dispute" (claimed universal agreement).
            """,
        Examples = ["[[Clearly]], Kestria never meant to honor the ceasefire."],
        UseInstead =
        [
            """
            Kestria moved artillery to the border two days after signing the ceasefire, satellite images show.
            """,
        ],
        Rewrite = """
            An unsafe deletion of the booster with its comma or colon (the next word is capitalized when it moves to the
            front); a display-only template asking for the evidence.
            """,
    };

    public static readonly DiagnosticDescriptor Descriptor = new(
        "RH4001",
        "Certainty booster",
        "'{0}' declares the claim certain instead of showing why; give the evidence or drop the booster",
        RuleCategories.Hedging,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "A certainty booster (clearly, obviously, undoubtedly, make no mistake, there is no doubt that) in the writer's voice on a claim the sentence does not support.",
        helpLinkUri: RuleCategories.HelpUri("RH4001"),
        customTags: [RuleCategories.FixableTag, EvidenceWindow.Sentence.Tag]);

    private static readonly Lazy<Boosters> Lexicon = new(() => new Boosters(TaggedLexicon.Load(RuleLexicons.Store, "boosters")));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(AnalyzeSentence);

    private static void AnalyzeSentence(SentenceContext context)
    {
        var document = context.Document;
        var sentence = context.Sentence;
        var tokens = document.Tokens;
        if (document.IsQuestion(sentence)) return;
        var boosters = Lexicon.Value;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (!tokens[i].IsWord || document.Voices[i] != Voice.Author) continue;
            if (Find(tokens, sentence, boosters, i) is not { } hit) continue;
            if (!HedgingVoice.IsAuthorAssertion(document, i, hit.End)) continue;
            // A claim with a figure or a source for it in its clause already shows why; the booster is then a style matter.
            if (context.EvidenceFor(Descriptor, new Claim(ClaimKind.Assertion, i, hit.End)).Strength >= EvidenceStrength.Medium) continue;

            var span = document.SpanOf(i, hit.End);
            var text = document.Excerpt(span);
            ImmutableArray<Rewrite> rewrites =
            [
                new Rewrite($"Delete '{text}'", [StanceSlots.Delete(document, sentence, i, hit.End, hit.Slot)], Applicability.Unsafe),
                Rewrite.Template("Show the evidence", span, "[claim] ([evidence: a figure, a document, a named source])"),
            ];
            context.Report(Descriptor, span, rewrites, text);
            i = hit.End - 1;
        }
    }

    private readonly record struct Hit(int End, StanceSlots.Slot Slot);

    private static Hit? Find(ImmutableArray<Token> tokens, Sentence sentence, Boosters boosters, int i)
    {
        var norm = tokens[i].Norm;
        // Capitalized inside a sentence, a stance word is part of a name or title.
        if (tokens[i].IsCapitalized && i > sentence.FirstToken && !StanceSlots.IsClauseStart(tokens, sentence, i)) return null;

        var frame = boosters.Frames.LongestAt(tokens, i, sentence.EndToken);
        if (frame > 0 && StanceSlots.IsClauseStart(tokens, sentence, i) && i + frame < sentence.EndToken && tokens[i + frame].Norm == "that")
            return new Hit(i + frame + 1, StanceSlots.Slot.ClauseStart);

        var phrase = boosters.Phrases.LongestAt(tokens, i, sentence.EndToken);
        if (phrase > 0)
        {
            var end = i + phrase;
            // "there is no doubt that …", "make no mistake: …", "no doubt" before the verb: all sentence-level.
            var slot = tokens[i].Norm is "there" or "make" or "the" or "it" or "it's"
                ? (StanceSlots.IsClauseStart(tokens, sentence, i) ? StanceSlots.Slot.ClauseStart : StanceSlots.Slot.None)
                : StanceSlots.Of(tokens, sentence, i, end, setOffOnly: norm != "no");
            if (slot == StanceSlots.Slot.None || !CompletesPhrase(tokens, sentence, i, end)) return null;
            if (end < sentence.EndToken && tokens[end].Norm == "that" && tokens[i].Norm is "there" or "it" or "it's") end++;
            return new Hit(end, slot);
        }

        var manner = boosters.Manner.Contains(norm);
        if (!manner && !boosters.Adverbs.Contains(norm)) return null;
        if (IsOwnedByConsensusRule(tokens, sentence, i) || norm == "surely" && i - 2 >= sentence.FirstToken && tokens[i - 1].Norm == "but") return null;
        // "will almost certainly fail" is an estimate of odds, the calibrated wording the rewrite itself asks for.
        if (i > sentence.FirstToken && tokens[i - 1].Norm is "almost" or "nearly") return null;
        var adverbSlot = StanceSlots.Of(tokens, sentence, i, i + 1, setOffOnly: false);
        if (adverbSlot == StanceSlots.Slot.None) return null;
        if (manner && adverbSlot == StanceSlots.Slot.BeforeVerb && i + 1 < sentence.EndToken && boosters.Perceived.Contains(tokens[i + 1].Norm)) return null;
        return new Hit(i + 1, adverbSlot);
    }

    /// <summary>"Undeniably, …" at the sentence start is a claim of universal agreement, RH2006's.</summary>
    private static bool IsOwnedByConsensusRule(ImmutableArray<Token> tokens, Sentence sentence, int i) =>
        i == sentence.FirstToken && UniversalCues.Is("undeniably", tokens[i]) && i + 1 < sentence.EndToken && tokens[i + 1].Text == ",";

    /// <summary>
    /// Whether the phrase is a booster here and not part of a plain statement: "no doubt about the figures", "of
    /// course work", "Brandt had no doubt", "the truth is grim", "there is no doubt about the date" are not.
    /// </summary>
    private static bool CompletesPhrase(ImmutableArray<Token> tokens, Sentence sentence, int start, int end)
    {
        Token? next = end < sentence.EndToken ? tokens[end] : null;
        return tokens[start].Norm switch
        {
            "no" => next?.Norm is not ("about" or "of" or "as" or "whether" or "who" or "what")
                && (start == sentence.FirstToken || tokens[start - 1].Norm is not ("had" or "have" or "has" or "having")),
            "of" => next is null || !ModifierSlots.IsContentWordAt(tokens, sentence, end),
            "the" or "there" or "it" or "it's" => next is not { } following || following.Norm == "that" || following.Text is "," or ":" || following.Kind == TokenKind.Dash
                || StanceSlots.EndsClause(tokens, sentence, end) || tokens[start].Norm == "the" && StanceSlots.OpensClause(tokens, sentence, end),
            _ => true,
        };
    }

    private sealed class Boosters(TaggedLexicon lexicon)
    {
        public FrozenSet<string> Adverbs { get; } = lexicon.Words("adverb");
        public FrozenSet<string> Manner { get; } = lexicon.Words("manner");
        public FrozenSet<string> Perceived { get; } = lexicon.Words("perceived");
        public PhraseList Phrases { get; } = PhraseList.From(lexicon.Entries("phrase"));
        public PhraseList Frames { get; } = PhraseList.From(lexicon.Entries("frame"));
    }
}
