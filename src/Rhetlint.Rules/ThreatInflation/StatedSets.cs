using System.Collections.Immutable;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// The totality slot of the threat-inflation readings (issue 16), in one place: which ways of stating a set
/// (<see cref="SetExtents"/>) a reading of a sweeping loss takes besides "every" and "all". A share of a quarter or
/// more, a collective of members and a definite or possessive plural cover a set only where the readings would take
/// its head as a plain plural's: a stake of the readers (<see cref="SetExtents.IsStake"/>: people, places, buildings,
/// institutions), not food, stock, pets, plants, pests or gadgets ("half the cake", "most of the tickets", "half your
/// lettuces", "our phones"), and not a side or a fixture on a sport page ("half the league", "half their top order",
/// <see cref="SportContext"/>). A plain definite plural covers less still: a place, a building or a body held in
/// common, and only for a state of death or ruin. The readings' own outcome predicates, and the shared voice,
/// evidence, plan and hedge layers, still decide whether the claim is made.
/// </summary>
internal static class StatedSets
{
    /// <summary>
    /// The set in [<paramref name="from"/>, <paramref name="to"/>) that covers a stake whole or in a large share, or
    /// null; <paramref name="departs"/> when the set's outcome is that it is gone (<see cref="SetExtents.IsStake"/>).
    /// </summary>
    public static SetExtent? CoveringIn(ImmutableArray<Token> tokens, Sentence sentence, int from, int to, bool departs = false) =>
        SetExtents.In(tokens, sentence, from, to) is { } set && IsStakeSet(tokens, sentence, set, departs) ? set : null;

    /// <summary>
    /// Whether [<paramref name="from"/>, <paramref name="to"/>) states a stake covered whole or in a large share; a plain
    /// definite plural only when <paramref name="plainPlural"/>, for a state of death or ruin of what never lived: "the
    /// portable cabins will be gone within a month" is a site cleared and "the tomato plants will die" a garden's
    /// news, "the orchards will be dead" a loss. <paramref name="departs"/> when the outcome is that the set is gone.
    /// </summary>
    public static bool Covers(ImmutableArray<Token> tokens, Sentence sentence, int from, int to, bool plainPlural, bool departs) =>
        CoveringIn(tokens, sentence, from, to, departs) is { } set && (plainPlural || set.How != SetStatement.DefinitePlural);

    /// <summary>
    /// The end of a place stated as a large share at <paramref name="k"/>, or of a plural place owned by one ("one in
    /// three councils", "half our hospitals", "the payroll systems of one in four water boards"), for the readings of a threat
    /// everywhere; null otherwise. A plain definite plural ("the schools") is left out: a threat in them is not one
    /// everywhere. The share must be of a stake: "one in three garden sheds" is no everywhere.
    /// </summary>
    public static int? ShareEnd(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        if (SetExtents.At(tokens, sentence, k) is not { } set) return null;
        if (set.How == SetStatement.DefinitePlural && sentence.NormAt(tokens, set.Head + 1) == "of") return ShareEnd(tokens, sentence, set.Head + 2);
        return set.How == SetStatement.Proportion && IsStakeSet(tokens, sentence, set, departs: false) ? set.Head + 1 : null;
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
    /// Whether [<paramref name="from"/>, <paramref name="to"/>) states a large share or a collective of a stake ("half
    /// the family bakeries", "a third of our cheese makers", "a generation of students"): the object a verb of ruin
    /// takes as large, as it takes "every". A definite plural alone is not large: "will destroy the orchards" is as
    /// often a storm's or a developer's literal act; nor is a share of a crop, a garden or a side ("will wipe out half
    /// your brassicas", "will destroy half the league").
    /// </summary>
    public static bool HasShareIn(ImmutableArray<Token> tokens, Sentence sentence, int from, int to) =>
        CoveringIn(tokens, sentence, from, to) is { How: SetStatement.Proportion or SetStatement.Collective };

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

    /// <summary>
    /// A stake (<see cref="SetExtents.IsStake"/>) off the sport page: a side, a player or a fixture there is a contest's
    /// ("half the league", "most of the squad"), and so is any set in a sentence about sport. People in a plain plural
    /// are read by each reading's own victim lists ("the nurses" is as often one ward's staff).
    /// </summary>
    private static bool IsStakeSet(ImmutableArray<Token> tokens, Sentence sentence, SetExtent set, bool departs) =>
        !SportContext.IsWord(tokens[set.Head]) && !SportContext.IsAboutSport(tokens, sentence) && SetExtents.IsStake(tokens, sentence, set, departs)
        && !(set.How == SetStatement.DefinitePlural && NounTypes.OfHead(tokens, sentence, set.Head) is NounType.Person);
}
