using System.Collections.Immutable;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// The start of a forecast's subject when a universal opens it further back than the subject window of
/// <see cref="Catastrophes.SubjectStart"/> reaches (six words): "every public science lab in the county will be derelict",
/// "all the village schools on the Carrow estate will be derelict". A set with its place runs long, and a window that
/// cuts off its "every" reads the set as a plain noun phrase (issue 16). Only "every" and "all" as determiners, in the
/// same clause: the reach stops at punctuation and at the clause openers the window stops at.
/// </summary>
internal static class UniversalSubjects
{
    /// <summary>How far back from its modal a subject opened by a universal may run, as <see cref="UniversalStakeChanges"/> reads it.</summary>
    private const int ClauseWords = 10;

    /// <summary>The universal opening the subject of the modal at <paramref name="modal"/> before <paramref name="start"/>, or <paramref name="start"/>.</summary>
    public static int StartBefore(ImmutableArray<Token> tokens, Sentence sentence, int modal, int start)
    {
        for (var k = start - 1; k >= sentence.FirstToken && modal - k <= ClauseWords && tokens[k].IsWord; k--)
        {
            if (tokens[k].Norm is "and" or "but" or "that" or "when" or "if" or "once" or "then") break;
            if (tokens[k].Norm is "every" or "all" && k + 1 < modal && tokens[k + 1].IsWord) return k;
        }
        return start;
    }
}
