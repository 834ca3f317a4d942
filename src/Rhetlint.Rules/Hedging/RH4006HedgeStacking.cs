using System.Collections.Frozen;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;
using Rhetlint.Rules.Superlatives;

namespace Rhetlint.Rules.Hedging;

/// <summary>RH4006 — stacked hedges.</summary>
public sealed class RH4006HedgeStacking : RhetoricAnalyzer
{
    public override RuleDocumentation Documentation { get; } = new(Descriptor)
    {
        WhatItDoes = """
            Flags a clause in the writer's voice with three or more hedge cues (may,
            might, could, possibly, perhaps, apparently, seem, suggest, arguably, somewhat, to some extent …). A
            self-distancing frame ("it could be argued", "I would argue",
            "so to speak") counts as two cues, its modal and its distancing, so a frame plus one more hedge is a stack.

            A supporting signal: like every RH4 rule it looks only at the writer's own words (not quoted, reported or
            mentioned) and skips negated matches.
            """,
        WhyIsThisBad = """
            One hedge states how sure the writer is; three in a row say nothing, and let the writer imply a claim while
            denying they made it.
            """,
        NotFlagged = """
            - Hedges in separate clauses (split at ; : dashes, conjunctions, and commas that do not just set off a
              hedge).
            - Hedges in quoted or reported words: "Varn may reconsider if the tariff rises, the trade minister said."
            - Approximators on a number (roughly, approximately); "might" as a noun ("Varn's might"); capitalized "May".
            - "in a way" or "in a sense" as manner or meaning, not a distancing frame: "in a way that …", "in a way
              different from …".
            """,
        Examples = ["The deal [[may arguably seem somewhat]] risky."],
        UseInstead = ["The deal may be risky."],
        Rewrite = "A display-only template: keep the one hedge that matches the evidence.",
    };

    public static readonly DiagnosticDescriptor Descriptor = new(
        "RH4006",
        "Stacked hedges",
        "'{0}' stacks {1} hedges in one clause; keep the one that matches how sure you are",
        RuleCategories.Hedging,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "Three or more hedge cues in one clause of the writer's own (could possibly perhaps suggest), or a self-distancing frame with another hedge.",
        helpLinkUri: RuleCategories.HelpUri("RH4006"));

    private const int StackSize = 3;

    private static readonly Lazy<PhraseList> Hedges = new(() => PhraseList.Load(LexiconStore.Engine, "hedges"));
    private static readonly Lazy<PhraseList> Frames = new(() => PhraseList.Load(RuleLexicons.Store, "distancing_frames"));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(AnalyzeSentence);

    private static void AnalyzeSentence(SentenceContext context)
    {
        var document = context.Document;
        var sentence = context.Sentence;
        var tokens = document.Tokens;
        int count = 0, first = -1, last = -1;
        for (var i = sentence.FirstToken; i <= sentence.EndToken; i++)
        {
            if (i == sentence.EndToken || EndsClause(tokens, sentence, i))
            {
                if (count >= StackSize) Report(context, first, last, count);
                (count, first, last) = (0, -1, -1);
                continue;
            }
            if (!tokens[i].IsWord || document.Voices[i] != Voice.Author) continue;
            var (length, weight) = CueAt(tokens, sentence, i);
            if (length == 0) continue;
            if (first < 0) first = i;
            last = i + length;
            count += weight;
            i += length - 1;
        }
    }

    private static void Report(SentenceContext context, int first, int end, int count)
    {
        var document = context.Document;
        var span = document.SpanOf(first, end);
        var rewrite = Rewrite.Template("Keep one hedge", span, "[the claim with the one hedge that matches the evidence]");
        context.Report(Descriptor, span, [rewrite], document.Excerpt(span), count);
    }

    /// <summary>The hedge cue at <paramref name="i"/>: its length in tokens and how many hedges it counts for, or (0, 0).</summary>
    private static (int Length, int Weight) CueAt(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        // Cues are common words: capitalized inside a sentence they are names or months ("in May", "Will Moss").
        if (tokens[i].IsCapitalized && i > sentence.FirstToken && !StanceSlots.IsClauseStart(tokens, sentence, i)) return (0, 0);
        var frame = Frames.Value.LongestAt(tokens, i, sentence.EndToken);
        if (frame > 0) return IsMannerPhrase(tokens, sentence, i, i + frame) ? (0, 0) : (frame, 2);
        var hedge = Hedges.Value.LongestAt(tokens, i, sentence.EndToken);
        if (hedge == 0 || hedge == 1 && tokens[i].Norm is "approximately" or "roughly") return (0, 0);
        // "Varn's might", "with all its might": the noun.
        if (tokens[i].Norm == "might" && i > sentence.FirstToken && ModifierSlots.IsDeterminer(tokens[i - 1])) return (0, 0);
        return (hedge, 1);
    }

    /// <summary>Words after "in a way" / "in a sense" that make it a manner or a meaning, not a hedge: "in a way that …", "in a way different from …".</summary>
    private static readonly FrozenWordSet MannerFollowers = RuleLexicons.Store.Set("hedge_manner_followers");

    private static bool IsMannerPhrase(ImmutableArray<Token> tokens, Sentence sentence, int start, int end) =>
        tokens[start].Norm == "in" && end < sentence.EndToken && MannerFollowers.Contains(tokens[end].Norm);

    /// <summary>
    /// A clause boundary: ";", ":", a dash, a coordinating or contrasting conjunction, or a comma that does not
    /// just set off a hedge ("may, perhaps, fail" stays one clause).
    /// </summary>
    private static bool EndsClause(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var token = tokens[i];
        if (token.Text is ";" or ":" or "." or "?" or "!" || token.Kind == TokenKind.Dash) return true;
        if (token.Norm is "but" or "however" or "although" or "though" or "whereas" or "yet" or "and" or "or" or "because" or "while" or "unless") return true;
        if (token.Text != ",") return false;
        var hedgeBefore = i - 1 >= sentence.FirstToken && Hedges.Value.LongestAt(tokens, i - 1, i) > 0;
        var hedgeAfter = i + 1 < sentence.EndToken && Hedges.Value.LongestAt(tokens, i + 1, sentence.EndToken) > 0;
        return !hedgeBefore && !hedgeAfter;
    }
}
