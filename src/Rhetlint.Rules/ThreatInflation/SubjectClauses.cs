using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// The clause a forecast's subject runs in, read back from its modal, and the universal that opens the subject's set
/// (issue 16). One reader for the dire forecasts (<see cref="DireForecasts"/>, whose subject window of six words a set
/// with its place outruns: "every public science lab in the county will be derelict") and the whole-set changes
/// (<see cref="UniversalStakeChanges"/>: "every amateur rowing club on the river will be dark").
/// </summary>
internal static class SubjectClauses
{
    /// <summary>How far back from its modal a subject clause may run: "every amateur rowing club on the river will …".</summary>
    private const int ClauseWords = 10;

    /// <summary>The determiners that make a set whole: "every", "each", "all" (a closed grammatical class).</summary>
    private static readonly FrozenSet<string> Universals = FrozenSet.ToFrozenSet(["every", "each", "all"], StringComparer.Ordinal);

    /// <summary>
    /// Words before a universal that make it a part (closed class): "not all", "nearly all", "almost every"; and the
    /// personal pronouns "all" floats after, where it counts the speakers, not the set ("we all know", "they all said").
    /// </summary>
    private static readonly FrozenSet<string> Unmakers = FrozenSet.ToFrozenSet(
        ["not", "nearly", "almost", "we", "they", "you", "us", "them"], StringComparer.Ordinal);

    /// <summary>
    /// The start of the modal's clause: back to punctuation or a clause opener, at most <see cref="ClauseWords"/> words;
    /// a relative clause ("every porter who works at the Tamsin depot") is the set's own.
    /// </summary>
    public static int Start(ImmutableArray<Token> tokens, Sentence sentence, int modal)
    {
        var k = modal;
        while (k - 1 >= sentence.FirstToken && modal - k < ClauseWords && tokens[k - 1].IsWord && tokens[k - 1].Norm is not ("and" or "but" or "that" or "when" or "if" or "once" or "then"))
            k--;
        return k;
    }

    /// <summary>
    /// The first word in [<paramref name="from"/>, <paramref name="to"/>) that opens a whole set, or <paramref name="to"/>:
    /// a universal determiner before a word, not made a part or the speakers' by the word before it, or a word of
    /// <paramref name="alsoWhole"/> (a reader's own marks of a whole set: "the whole", "our").
    /// </summary>
    public static int UniversalAt(ImmutableArray<Token> tokens, Sentence sentence, int from, int to, FrozenSet<string>? alsoWhole = null)
    {
        for (var k = from; k < to; k++)
        {
            if (!tokens[k].IsWord) continue;
            if (alsoWhole?.Contains(tokens[k].Norm) == true) return k;
            if (Universals.Contains(tokens[k].Norm) && k + 1 < sentence.EndToken && tokens[k + 1].IsWord
                && !(k > sentence.FirstToken && Unmakers.Contains(tokens[k - 1].Norm))) return k;
        }
        return to;
    }
}
