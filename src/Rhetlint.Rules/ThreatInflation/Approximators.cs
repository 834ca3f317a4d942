using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// Adverbs that stop a universal just short of all and keep it universal in effect ("virtually every hospital", "nearly
/// every county"): WordNet's almost.r.01 (almost, nearly, virtually, well-nigh; "about", "most", "near" and "nigh" are
/// left out, "near every school" is a place) and practically.r.01, and "just about". A claim that a threat is inside
/// nearly every network is the same ubiquity as "every network".
/// </summary>
internal static class Approximators
{
    private static readonly FrozenSet<string> Words = new[] { "almost", "nearly", "virtually", "practically", "well-nigh" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The length of the approximator at <paramref name="k"/> (one word, or "just about"), or 0.</summary>
    public static int LengthAt(ImmutableArray<Token> tokens, int k, int end)
    {
        if (k >= end) return 0;
        if (Words.Contains(tokens[k].Norm)) return 1;
        return k + 1 < end && tokens[k].Norm == "just" && tokens[k + 1].Norm == "about" ? 2 : 0;
    }
}
