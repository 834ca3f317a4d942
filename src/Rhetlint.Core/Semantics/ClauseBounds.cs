using System.Collections.Immutable;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Semantics;

/// <summary>The clause around a token, as far as punctuation and contrast words show it.</summary>
internal static class ClauseBounds
{
    /// <summary>The first token of the clause holding <paramref name="token"/>: just after ";", ":", a dash or a contrast word.</summary>
    public static int Start(ImmutableArray<Token> tokens, Sentence sentence, int token)
    {
        for (var k = token - 1; k >= sentence.FirstToken; k--)
            if (IsBoundary(tokens, sentence, k)) return k + 1;
        return sentence.FirstToken;
    }

    /// <summary>Just past the last token of the clause holding <paramref name="token"/>.</summary>
    public static int End(ImmutableArray<Token> tokens, Sentence sentence, int token)
    {
        for (var k = token + 1; k < sentence.EndToken; k++)
            if (IsBoundary(tokens, sentence, k)) return k;
        return sentence.EndToken;
    }

    /// <summary>
    /// The first token of the condition holding <paramref name="token"/> ("if turnout drops below 30 per cent", "unless
    /// fares rise 10%"): an "if" or "unless" before it with no comma or clause boundary between. What a condition says is
    /// supposed, not stated. Null outside a condition, and after "as if", which compares.
    /// </summary>
    public static int? ConditionStart(ImmutableArray<Token> tokens, Sentence sentence, int token)
    {
        for (var k = token - 1; k >= sentence.FirstToken; k--)
        {
            if (tokens[k].Text == "," || IsBoundary(tokens, sentence, k)) return null;
            if (tokens[k].Norm is "if" or "unless") return k > sentence.FirstToken && tokens[k - 1].Norm == "as" ? null : k;
        }
        return null;
    }

    /// <summary>"yet" joins clauses only after a comma ("…, yet the council"); elsewhere it is the adverb ("the largest yet", "not yet").</summary>
    private static bool IsBoundary(ImmutableArray<Token> tokens, Sentence sentence, int k) =>
        tokens[k].Text is ";" or ":" || tokens[k].Kind == TokenKind.Dash || tokens[k].Norm is "but" or "however" or "whereas"
        || tokens[k].Norm == "yet" && k > sentence.FirstToken && tokens[k - 1].Text == ",";
}
