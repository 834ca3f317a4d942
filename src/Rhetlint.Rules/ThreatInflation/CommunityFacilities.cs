using System.Collections.Immutable;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;
using Rhetlint.Rules.Superlatives;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// A building that a community holds (issue 16): a head WordNet files as a structure (a hospital, a library, a post
/// office, a pub) owned or placed by a place or a community — a possessive ("the town's hospital"), a noun modifier
/// ("the village post office") or a place after "in" or "of" ("the last bank in town"). Its end is the community's
/// loss, so it is a stake a lasting closure or a state of ruin can fall on; a structure alone ("the old mill", "the
/// cinema") is one owner's building, and a firm or a side as owner ("the club's stadium") is one owner's news.
/// </summary>
internal static class CommunityFacilities
{
    /// <summary>Whether the subject [<paramref name="from"/>, <paramref name="to"/>), headed at <paramref name="head"/>, names a community's building.</summary>
    public static bool Has(ImmutableArray<Token> tokens, Sentence sentence, int from, int to, int head)
    {
        if (head < from || head >= to || NounTypes.OfHead(tokens, sentence, head) is not NounType.Structure) return false;
        for (var k = from; k < head; k++)
            if (IsCommunity(tokens[k])) return true;
        for (var k = head + 1; k + 1 < to; k++)
        {
            if (tokens[k].Norm is not ("in" or "of")) continue;
            for (var j = k + 1; j < to; j++)
                if (IsCommunity(tokens[j])) return true;
        }
        return false;
    }

    /// <summary>A place or a community by its noun's first sense ("town", "village", "county"), bare or possessive, never a name.</summary>
    private static bool IsCommunity(Token token)
    {
        if (!token.IsWord || token.IsCapitalized) return false;
        var norm = ModifierSlots.IsPossessiveNoun(token) && token.Norm.EndsWith("'s", StringComparison.Ordinal) ? token.Norm[..^2] : token.Norm;
        return NounTypes.OfWord(norm) is NounType.Location or NounType.Group && !DireForecasts.IsFirmWord(norm);
    }
}
