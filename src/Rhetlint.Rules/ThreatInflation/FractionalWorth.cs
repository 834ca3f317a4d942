using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// A value cut to a fraction or to nothing, after "will be": "worth half what it is today", "worth a fraction of its
/// price", "worth a tenth", "worth nothing", "worth next to nothing", "worth less than a bus ticket". It is
/// WordNet's worthless (worthless.a.01) said by degree, a state of ruin like "worthless" itself, and weighed the same way
/// by <see cref="DireForecasts"/>: it falls only on a stake, so a house or a car losing value is no finding. A share or
/// a percentage ("worth 40 per cent less") is a measured estimate and reads as a count, and a fraction of a unit ("worth
/// half a point") is an amount.
/// </summary>
internal static class FractionalWorth
{
    /// <summary>Fractions by name (the ordinal fractions of WordNet's fraction.n.01 that prose uses for value), alone or with "a".</summary>
    private static readonly FrozenSet<string> Fractions = FrozenSet.ToFrozenSet(
        ["half", "third", "quarter", "fifth", "tenth", "hundredth", "fraction"], StringComparer.Ordinal);

    /// <summary>Just past the fractional worth starting at <paramref name="k"/> ("worth"), or null.</summary>
    public static int? EndAt(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        string Norm(int j) => sentence.NormAt(tokens, j);
        if (Norm(k) != "worth") return null;
        var j = k + 1;
        if (Norm(j) is "nothing" or "zero") return j + 1;
        if (Norm(j) is "next" && Norm(j + 1) is "to" && Norm(j + 2) is "nothing") return j + 3;
        // "worth less than the paper": the comparison is the outcome's own wording, so it ends past "than".
        if (Norm(j) is "less" && Norm(j + 1) is "than") return j + 2;
        if (Norm(j) is "a" or "one" && Fractions.Contains(Norm(j + 1))) j++;
        else if (Norm(j) != "half") return null;
        if (!Fractions.Contains(Norm(j))) return null;
        // "worth half a point", "worth half a million": a fraction of a unit is an amount, not a value cut.
        if (Norm(j + 1) is "a" or "an" || j + 1 < sentence.EndToken && tokens[j + 1].Kind == TokenKind.Number) return null;
        return Norm(j + 1) is "of" ? j + 2 : j + 1;
    }
}
