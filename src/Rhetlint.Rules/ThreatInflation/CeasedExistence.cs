using System.Collections.Immutable;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// "will cease to exist", "would cease to exist": the positive paraphrase of a stake that "will not survive" (issue 16),
/// read with the same subject tests (a stake, an institution or a whole: "our town as we know it will cease to exist",
/// "the free press would cease to exist"). Only a forecast modal before it: "ceased to exist in 1991" is history and
/// "may" or "could cease to exist" a hedged possibility.
/// </summary>
internal static class CeasedExistence
{
    /// <summary>The end of "cease to exist" after the forecast modal at <paramref name="i"/>, or null.</summary>
    public static int? At(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var k = i + 1;
        if (tokens[i].Norm is not ("will" or "would" or "shall") || k + 2 >= sentence.EndToken) return null;
        if (tokens[k].Norm is "simply" or "effectively" or "soon") k++;
        return k + 2 < sentence.EndToken && tokens[k].Norm == "cease" && tokens[k + 1].Norm == "to" && tokens[k + 2].Norm == "exist" ? k + 3 : null;
    }
}
