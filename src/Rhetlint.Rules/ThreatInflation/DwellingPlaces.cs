using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// The place a good of living somewhere is denied in (denied_goods_wordnet.txt's dwell): "not one young family will live
/// in the harbour streets", "no young couple will live in Carrow", "no one will inhabit the old quarter". Living is a good only
/// in a place: "no child will live in poverty", "no family will live in a hostel" deny a hardship, which is a pledge. The
/// place follows a locative preposition or the verb itself, and its head is one WordNet files as a location, a natural
/// object or a group, a name, or a definite artifact or structure ("the old walls", "the harbour streets"); a condition or a feeling
/// ("poverty", "fear"), a threat noun, and an indefinite or bare lodging ("a hostel", "temporary accommodation") are not.
/// </summary>
internal static class DwellingPlaces
{
    private static readonly FrozenSet<string> Locatives = FrozenSet.ToFrozenSet(
        ["in", "inside", "within", "on", "at", "near", "around", "beside"], StringComparer.Ordinal);

    /// <summary>Just past the place after the verb of living whose next token is <paramref name="k"/>, or null.</summary>
    public static int? EndAt(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        if (k >= sentence.EndToken) return null;
        if (tokens[k].Norm is "here" or "there") return k + 1;
        var from = Locatives.Contains(tokens[k].Norm) ? k + 1 : k;
        var end = Catastrophes.ObjectEnd(tokens, sentence, from);
        if (end <= from || Catastrophes.IsHeadedByHarm(tokens, from, end)) return null;
        // The head is the last word before the first preposition: "in fear of the river" is a fear, not a river.
        var head = end - 1;
        for (var j = from + 1; j < end; j++)
            if (FunctionWords.Prepositions.Contains(tokens[j])) { head = j - 1; break; }
        return NounTypes.OfHead(tokens, sentence, head) switch
        {
            NounType.Location or NounType.Object or NounType.Group or NounType.Name => end,
            NounType.Artifact or NounType.Structure when FunctionWords.Definite.Contains(tokens[from]) || FunctionWords.Possessive.Contains(tokens[from]) => end,
            _ => null,
        };
    }
}
