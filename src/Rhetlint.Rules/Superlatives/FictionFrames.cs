using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Superlatives;

/// <summary>
/// "In the film, everyone in the village fears the stranger", "In Act Two, everybody at the court distrusts the new
/// queen": a sentence that opens by naming a work of fiction, or a part of one, summarises its plot; the attitudes it
/// reports belong to characters, not to a real group the writer generalises about.
/// </summary>
internal static class FictionFrames
{
    /// <summary>Works whose plot a review retells.</summary>
    private static readonly FrozenSet<string> Works = FrozenSet.ToFrozenSet(
        ["film", "movie", "novel", "play", "story", "book", "series", "episode", "musical", "opera", "sequel", "drama", "comedy", "thriller", "sitcom", "ballet"],
        StringComparer.Ordinal);

    /// <summary>Numbered parts of a work: "Act Two", "Chapter 3", "Scene IV".</summary>
    private static readonly FrozenSet<string> Parts = FrozenSet.ToFrozenSet(["act", "chapter", "scene", "episode", "part"], StringComparer.Ordinal);

    /// <summary>How many words may come between "In" and the work: "the new film", "her latest novel".</summary>
    private const int MaxWords = 3;

    /// <summary>Whether the sentence opens with "In the film," or "In Act Two,".</summary>
    public static bool OpensWithPlot(ImmutableArray<Token> tokens, Sentence sentence)
    {
        var first = sentence.FirstToken;
        if (first + 2 >= sentence.EndToken || tokens[first].Norm != "in") return false;
        if (Parts.Contains(tokens[first + 1].Norm) && tokens[first + 1].IsCapitalized && first + 3 < sentence.EndToken && tokens[first + 3].Text == ",") return true;
        if (tokens[first + 1].Norm is not ("the" or "this" or "her" or "his" or "its" or "their")) return false;
        for (var k = first + 2; k < sentence.EndToken && k - first <= MaxWords + 1 && tokens[k].IsWord; k++)
            if (Works.Contains(tokens[k].Norm)) return k + 1 < sentence.EndToken && tokens[k + 1].Text == ",";
        return false;
    }
}
