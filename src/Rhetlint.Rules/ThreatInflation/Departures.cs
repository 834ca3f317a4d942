using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// A "gone" that is a trip, not a loss (issue 16): a set that is gone somewhere is away for a while ("half the town will
/// be gone to the coast for the bank holiday", "most of the staff will be gone on leave", "the swallows will be gone
/// south"). The word after "gone" sends the set on its way: "on", "away", "abroad", "home", "overseas", a compass point,
/// or "to" and a place — a name, or a place or natural feature by its WordNet type ("to Spain", "to the coast").
/// "Gone to the dogs", "gone to seed", "gone to the wall" and "gone for good" go nowhere, and stay losses.
/// </summary>
internal static class Departures
{
    private static readonly FrozenSet<string> Ways = FrozenSet.ToFrozenSet(
        ["on", "away", "abroad", "home", "overseas", "south", "north", "east", "west"], StringComparer.Ordinal);

    /// <summary>Whether the words from <paramref name="end"/>, right after "gone", send the set on a trip.</summary>
    public static bool IsTrip(ImmutableArray<Token> tokens, Sentence sentence, int end)
    {
        if (end >= sentence.EndToken || !tokens[end].IsWord) return false;
        if (Ways.Contains(tokens[end].Norm)) return true;
        if (tokens[end].Norm != "to" || end + 1 >= sentence.EndToken || !tokens[end + 1].IsWord) return false;
        if (tokens[end + 1].IsCapitalized) return true;
        var head = tokens[end + 1].Norm is "the" or "a" or "an" ? end + 2 : -1;
        return head > 0 && head < sentence.EndToken && NounTypes.OfHead(tokens, sentence, head) is NounType.Location or NounType.Object;
    }
}
