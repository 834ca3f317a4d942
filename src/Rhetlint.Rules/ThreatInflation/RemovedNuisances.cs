using System.Collections.Immutable;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// What a universal's change of state removes decides whether wanting it gone is hostile: "until every corner shop is
/// gone" ends a good the community holds, "until every leaf is gone from the paths", "every stain", "every case of
/// measles" ends a growth, a mark or a condition. The head noun's WordNet type tells them apart (<see cref="NounTypes"/>):
/// a plant, an attribute, a state, a phenomenon, a feeling or a part of the body, as an animal already is, is no one's
/// loss. Natural objects (rivers, coasts, reefs) and substances (water, coal) stay losses.
/// </summary>
internal static class RemovedNuisances
{
    /// <summary>Words between the head and the state of loss: "is gone", "has been cleared", "are all gone".</summary>
    private static readonly HashSet<string> LinkWords = new(StringComparer.Ordinal)
    {
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "all", "finally", "now", "completely",
    };

    /// <summary>Whether the head of the subject that ends before the state of loss at <paramref name="state"/> (after <paramref name="from"/>) names no one's loss.</summary>
    public static bool IsNuisanceBefore(ImmutableArray<Token> tokens, int from, int state)
    {
        var head = state - 1;
        while (head > from && LinkWords.Contains(tokens[head].Norm)) head--;
        return head > from && NounTypes.Of(tokens[head]) is NounType.Plant or NounType.Attribute or NounType.State or NounType.Phenomenon
            or NounType.Feeling or NounType.Body;
    }
}
