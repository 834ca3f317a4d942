using System.Collections.Immutable;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Superlatives;

/// <summary>
/// A comparison appended to a figure: "She has won 7 of her 9 finals, a better record than anyone on the tour",
/// "exports will reach 40% of output by 2030, higher than at any point in the port's history", "212 seats are
/// contested in the north — more than in any other region". The comparative opens an appositive after a comma or dash and ranks the
/// quantity the clause before it has just measured, so the reader is given the number to check the rank against; it
/// is a measured record, not a bare boast. Without a figure in that clause ("She works hard, harder than anyone") the
/// rank stands alone.
/// </summary>
internal static class FigureAppositives
{
    /// <summary>How far back from the appositive's comma or dash the figure may stand in its clause.</summary>
    private const int FigureReach = 8;

    public static bool RanksStatedFigure(ImmutableArray<Token> tokens, Sentence sentence, int comparative)
    {
        // ", higher than", ", a better rate than", "— more than": at most an article and nothing else before the comparative.
        var k = comparative - 1;
        if (k >= sentence.FirstToken && tokens[k].Norm is "a" or "an") k--;
        if (k <= sentence.FirstToken || !(tokens[k].Text == "," || tokens[k].Kind == TokenKind.Dash)) return false;
        for (var f = k - 1; f >= sentence.FirstToken && k - f <= FigureReach; f--)
        {
            var token = tokens[f];
            if (token.Kind is TokenKind.Punctuation or TokenKind.Dash or TokenKind.Quote) return false;
            if (token.Kind == TokenKind.Number && !IsBareYear(tokens, f)) return true;
        }
        return false;
    }

    /// <summary>"by 2035", "in 1998": a four-digit year dates the clause and measures nothing.</summary>
    private static bool IsBareYear(ImmutableArray<Token> tokens, int k) =>
        tokens[k].Text.Length == 4 && int.TryParse(tokens[k].Text, out var year) && year is >= 1800 and <= 2100
        && (k + 1 >= tokens.Length || tokens[k + 1].Kind != TokenKind.Symbol);
}
