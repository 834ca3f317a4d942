using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Superlatives;

/// <summary>
/// What the superlative and absolute rules share: whether a rank claim names its comparison set, whether the
/// writer softened it ("arguably", "one of the"), and the one-level severity drop that softening earns.
/// </summary>
public static class ClaimScope
{
    private static readonly Lazy<PhraseList> Bounds = new(() => PhraseList.Load("comparison_bounds"));

    /// <summary>
    /// A bounding cue within six tokens after <paramref name="from"/>: "in the province", "on record", "of the three",
    /// "since 1990". "of the" bounds only with a count, "since" only with a point in time.
    /// </summary>
    public static bool IsBounded(ImmutableArray<Token> tokens, Sentence sentence, int from)
    {
        for (var k = from; k < sentence.EndToken && k - from <= 6; k++)
        {
            foreach (var bound in Bounds.Value.Phrases)
            {
                if (!PhraseList.MatchesAt(tokens, k, sentence.EndToken, bound)) continue;
                var after = k + bound.Length;
                if (bound is ["of", "the"] ? IsCount(tokens, sentence, after) : bound is ["since"] ? IsPointInTime(tokens, sentence, after) : true)
                    return true;
            }
        }
        return false;
    }

    private static bool IsCount(ImmutableArray<Token> tokens, Sentence sentence, int k) =>
        k < sentence.EndToken && (tokens[k].Kind == TokenKind.Number || IsNumberWord(tokens[k]));

    /// <summary>"since 1990", "since September", "since Brexit", "since last year" — not the causal "since it costs less".</summary>
    private static bool IsPointInTime(ImmutableArray<Token> tokens, Sentence sentence, int k) =>
        IsCount(tokens, sentence, k) || k < sentence.EndToken && (tokens[k].IsCapitalized || tokens[k].Norm is "last" or "records");

    /// <summary>"arguably the best", "one of the best": the writer already concedes the rank is an opinion or shared.</summary>
    public static bool IsSoftenedBefore(ImmutableArray<Token> tokens, Sentence sentence, int start)
    {
        var k = start - 1;
        if (k >= sentence.FirstToken && tokens[k].Norm is "arguably" or "perhaps" or "possibly" or "probably") return true;
        return k - 1 >= sentence.FirstToken && tokens[k].Norm == "of" && tokens[k - 1].Norm == "one";
    }

    /// <summary>One level down (RULES.md §1: hedges and questions lower a finding); a suggestion stays a suggestion.</summary>
    public static DiagnosticSeverity Lowered(DiagnosticSeverity severity) =>
        severity == DiagnosticSeverity.Error ? DiagnosticSeverity.Warning : DiagnosticSeverity.Info;

    public static bool IsNumberWord(Token token) =>
        token.Norm is "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten" or "dozen" or "twelve" or "twenty";
}
