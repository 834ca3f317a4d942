using System.Collections.Immutable;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Superlatives;

/// <summary>
/// "impervious to all but the largest shocks", "every stall except the busiest", "nothing but the cheapest cuts",
/// "apart from the biggest banks, lenders held rates": the superlative names the members an exception leaves out of a
/// claim about the rest. It marks off the far end of a set the sentence is about, as "only the most determined fans"
/// does; nothing is ranked first in the world.
/// </summary>
internal static class ExceptedExtremes
{
    /// <summary>Whether the superlative phrase opening at <paramref name="start"/> ("the …") is the object of an exception.</summary>
    public static bool IsExcepted(ImmutableArray<Token> tokens, Sentence sentence, int start)
    {
        if (start - 1 < sentence.FirstToken || tokens[start].Norm != "the") return false;
        var before = tokens[start - 1].Norm;
        if (before is "except" or "excepting") return true;
        if (start - 2 < sentence.FirstToken) return false;
        var pair = (tokens[start - 2].Norm, before);
        return pair is ("except" or "save" or "apart" or "aside", "for" or "from")
            || before == "but" && tokens[start - 2].Norm is "all" or "everything" or "everyone" or "everybody" or "anything" or "anyone" or "nothing" or "none" or "nobody";
    }
}
