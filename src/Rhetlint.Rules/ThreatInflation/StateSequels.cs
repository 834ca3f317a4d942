using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// What follows an end state and makes it news rather than a worst case (<see cref="EndStateReader.IsNotice"/>): a
/// successor, a purpose, or a narrated close. Successors: ", replaced by …", "to make way for …" (replace.v.01,
/// make_way.v.01), "after the clearance sale", "once the lease runs out"; a purpose: "ahead of refurbishment", "ready
/// for the new owners"; a clause of moving to a destination (end_states_wordnet.txt's move): "as residents move to the
/// new block", "with births moved to the Royal". A narrated close is a participle clause of ending (its end): ", ending
/// two centuries of mining".
/// </summary>
internal static class StateSequels
{
    private static readonly Lazy<FrozenSet<string>> Moving = new(() => EndStateReader.VerbFormsOf("move"));

    private static readonly Lazy<FrozenSet<string>> Ending = new(() => EndStateReader.VerbFormsOf("end"));

    /// <summary>Words that name where a move goes: "to the new block", "into the new wing", "online".</summary>
    private static readonly FrozenSet<string> Destinations = FrozenSet.ToFrozenSet(["to", "into", "onto", "online"], StringComparer.Ordinal);

    /// <summary>How far a clause of moving may run from "as" or "with" to its verb ("as the last few residents move").</summary>
    private const int ClauseReach = 6;

    public static bool IsSuccessorOrNews(ImmutableArray<Token> tokens, Sentence sentence, int from)
    {
        string Norm(int j) => sentence.NormAt(tokens, j);
        var comma = from < sentence.EndToken && tokens[from].Text == ",";
        var k = comma ? from + 1 : from;
        if (comma && k < sentence.EndToken && Norm(k).EndsWith("ing", StringComparison.Ordinal) && Ending.Value.Contains(Norm(k))) return true;
        if (Norm(k) is "and") k++;
        return Norm(k) is "replaced" or "once" or "after" || Norm(k) == "to" && Norm(k + 1) == "make" && Norm(k + 2) == "way"
            || Norm(k) == "ahead" && Norm(k + 1) == "of" || Norm(k) == "ready" && Norm(k + 1) == "for"
            || Norm(k) is "as" or "with" && IsMoveToDestination(tokens, sentence, k + 1);
    }

    /// <summary>
    /// A clause of moving somewhere within reach: a verb of moving followed by its destination, perhaps past its object
    /// ("move its services online"); "as families move away" names no successor, and is the harm itself.
    /// </summary>
    private static bool IsMoveToDestination(ImmutableArray<Token> tokens, Sentence sentence, int start)
    {
        for (var j = start; j < Math.Min(sentence.EndToken, start + ClauseReach); j++)
        {
            if (!tokens[j].IsWord) return false;
            if (!Moving.Value.Contains(tokens[j].Norm)) continue;
            for (var d = j + 1; d < Math.Min(sentence.EndToken, j + 5) && tokens[d].IsWord; d++)
            {
                if (tokens[d].Norm is "away" or "out" or "abroad") return false;
                if (Destinations.Contains(tokens[d].Norm)) return true;
            }
            return false;
        }
        return false;
    }
}
