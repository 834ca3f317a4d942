using System.Collections.Immutable;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// The totality slot of the threat-inflation readings (issue 16), in one place: which ways of stating a set
/// (<see cref="SetExtents"/>) a reading of a sweeping loss takes besides "every" and "all". A universal, a share of a
/// quarter or more and a collective of members cover the set as stated; a definite or possessive plural covers it when
/// its head is something a community holds in common (a place, an institution, a building: "the orchards", "our
/// chalk streams"), since "the tickets" or "the leaves" are things whose going is ordinary news. The readings' own
/// outcome predicates, and the shared voice, evidence, plan and hedge layers, still decide whether the claim is made.
/// </summary>
internal static class StatedSets
{
    /// <summary>The set in [<paramref name="from"/>, <paramref name="to"/>) that covers a whole or a large share, or null.</summary>
    public static SetExtent? CoveringIn(ImmutableArray<Token> tokens, Sentence sentence, int from, int to) =>
        SetExtents.In(tokens, sentence, from, to) is { } set && Covers(tokens, sentence, set) ? set : null;

    /// <summary>
    /// Whether [<paramref name="from"/>, <paramref name="to"/>) states a set covered whole or in a large share; a plain
    /// definite plural only when <paramref name="plainPlural"/>, for a state of death or ruin of what never lived: "the
    /// portable cabins will be gone within a month" is a site cleared and "the tomato plants will die" a garden's
    /// news, "the orchards will be dead" a loss.
    /// </summary>
    public static bool Covers(ImmutableArray<Token> tokens, Sentence sentence, int from, int to, bool plainPlural) =>
        CoveringIn(tokens, sentence, from, to) is { } set && (plainPlural || set.How != SetStatement.DefinitePlural);

    /// <summary>Whether the phrase at <paramref name="k"/> is a covered set other than by "every"/"all", the readings' own quantifiers: its head, or null.</summary>
    public static int? WideningAt(ImmutableArray<Token> tokens, Sentence sentence, int k) =>
        SetExtents.At(tokens, sentence, k) is { How: not SetStatement.Universal } set && Covers(tokens, sentence, set) ? set.Head : null;

    /// <summary>
    /// The end of a place stated as a large share at <paramref name="k"/>, or of a plural place owned by one ("one in
    /// three councils", "half our hospitals", "the payroll systems of one in four water boards"), for the readings of a threat
    /// everywhere; null otherwise. A plain definite plural ("the schools") is left out: a threat in them is not one
    /// everywhere.
    /// </summary>
    public static int? ShareEnd(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        if (SetExtents.At(tokens, sentence, k) is not { } set) return null;
        if (set.How == SetStatement.DefinitePlural && sentence.NormAt(tokens, set.Head + 1) == "of") return ShareEnd(tokens, sentence, set.Head + 2);
        return set.How == SetStatement.Proportion ? set.Head + 1 : null;
    }

    /// <summary>
    /// The start of a set taken by an unnamed force in [<paramref name="from"/>, <paramref name="to"/>) other than by
    /// "every"/"all": a large share, a collective, or the writer's and reader's own plural ("our playing fields",
    /// "your libraries"). A plain definite plural after "they will" is as often a plan's works ("they will open the new
    /// wards"), so it is left out.
    /// </summary>
    public static int? TakenSetIn(ImmutableArray<Token> tokens, Sentence sentence, int from, int to) =>
        CoveringIn(tokens, sentence, from, to) is { } set && (set.How != SetStatement.DefinitePlural || sentence.NormAt(tokens, set.Start) is "our" or "your") ? set.Start : null;

    /// <summary>
    /// Whether [<paramref name="from"/>, <paramref name="to"/>) states a large share or a collective of members ("half
    /// the family bakeries", "a third of our cheese makers", "a generation of students"): the object a verb of ruin
    /// takes as large, as it takes "every". A definite plural alone is not large: "will destroy the orchards" is as
    /// often a storm's or a developer's literal act.
    /// </summary>
    public static bool HasShareIn(ImmutableArray<Token> tokens, Sentence sentence, int from, int to) =>
        SetExtents.In(tokens, sentence, from, to) is { How: SetStatement.Proportion or SetStatement.Collective };

    /// <summary>
    /// A count in [<paramref name="from"/>, <paramref name="to"/>) other than a share's own figure ("one in three",
    /// "two thirds of"), which is how the set is stated, not a measurement of it.
    /// </summary>
    public static bool HasCount(ImmutableArray<Token> tokens, Sentence sentence, int from, int to)
    {
        if (SetExtents.In(tokens, sentence, from, to) is { How: SetStatement.Proportion } share)
            return DireForecasts.HasCount(tokens, from, share.Start) || DireForecasts.HasCount(tokens, share.QuantifierEnd, to);
        return DireForecasts.HasCount(tokens, from, to);
    }

    private static bool Covers(ImmutableArray<Token> tokens, Sentence sentence, SetExtent set) =>
        set.How != SetStatement.DefinitePlural || SetExtents.IsHeldInCommon(tokens, sentence, set);
}
