using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Semantics;

/// <summary>How a noun phrase states that a set is covered whole or in a large share (<see cref="SetExtents"/>).</summary>
public enum SetStatement
{
    /// <summary>A universal quantifier: "every", "each", "all", "the whole", "entire", "every last", "each and every".</summary>
    Universal,

    /// <summary>A share of a quarter or more: "half the pubs", "a third of our universities", "one in three councils", "most of the fleet".</summary>
    Proportion,

    /// <summary>A definite or possessive plural: "the orchards", "our rivers", "the county's pubs".</summary>
    DefinitePlural,

    /// <summary>A collective of a set's members: "a generation of students".</summary>
    Collective,
}

/// <summary>
/// A set named as whole or as a large share: the phrase starts at <see cref="Start"/>, its quantifying words end at
/// <see cref="QuantifierEnd"/> (a proportion's figure is its own wording, not a measurement), and its head noun is at
/// <see cref="Head"/>.
/// </summary>
public readonly record struct SetExtent(int Start, int QuantifierEnd, int Head, SetStatement How);

/// <summary>
/// The set a claim covers (issue 16), read once for every reading of totality: writers state a sweeping loss not only
/// with "every" and "all" but with a definite or possessive plural ("the orchards will be dead", "our rivers will be
/// sewers"), a proportion ("a third of our universities", "one in three councils", "half the county's pubs", "most of
/// the fleet"), a collective ("a generation of students") and the emphatic universals ("every last", "each and every").
/// The reader says how the set was stated; whether that way is sweeping enough for a claim is the reading's call, and
/// whether the claim is measured, sourced, planned or hedged is the shared layers'. A share counts from a quarter up
/// ("one in four", "a quarter of"): a tenth of the pubs is a count to be checked, not a whole set lost.
/// </summary>
public static class SetExtents
{
    /// <summary>How many words a set's phrase may run from its determiner to its head: "the independent family bakeries".</summary>
    private const int PhraseWords = 5;

    private static readonly FrozenSet<string> Universals = FrozenSet.ToFrozenSet(["every", "each", "all", "entire", "whole"], StringComparer.Ordinal);

    /// <summary>Fractions of a quarter or more, in their singular and plural: "a third", "two thirds", "three quarters".</summary>
    private static readonly FrozenSet<string> LargeFractions = FrozenSet.ToFrozenSet(["half", "third", "thirds", "quarter", "quarters"], StringComparer.Ordinal);

    /// <summary>Denominators of "one in N" from two to four: "one in three councils".</summary>
    private static readonly FrozenSet<string> LargeDenominators = FrozenSet.ToFrozenSet(["two", "three", "four", "2", "3", "4"], StringComparer.Ordinal);

    /// <summary>Words for most of a set: "most of", "the majority of", "the bulk of".</summary>
    private static readonly FrozenSet<string> Majorities = FrozenSet.ToFrozenSet(["majority", "bulk"], StringComparer.Ordinal);

    /// <summary>Prepositions of place outside <see cref="FunctionWords.Prepositions"/> that end a phrase: "the reefs off Merrow", "the farms along the river".</summary>
    private static readonly FrozenSet<string> PlacePrepositions = FrozenSet.ToFrozenSet(
        ["off", "near", "along", "around", "beside", "behind", "beyond", "outside", "inside", "like", "past", "below", "above", "up", "down"], StringComparer.Ordinal);

    /// <summary>The set whose phrase starts at <paramref name="k"/>, or null.</summary>
    public static SetExtent? At(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        if (k < sentence.FirstToken || k >= sentence.EndToken || !tokens[k].IsWord) return null;
        if (UniversalAt(tokens, sentence, k) is { } universal) return universal;
        if (ProportionEnd(tokens, sentence, k) is int share && HeadAt(tokens, sentence, share) is int sharedHead)
            return new SetExtent(k, share, sharedHead, SetStatement.Proportion);
        if (Norm(tokens, sentence, k) is "a" or "an" && Norm(tokens, sentence, k + 1) == "generation" && Norm(tokens, sentence, k + 2) == "of"
            && HeadAt(tokens, sentence, k + 3) is int member && IsPlural(tokens[member]))
            return new SetExtent(k, k + 3, member, SetStatement.Collective);
        if (DeterminerEnd(tokens, sentence, k) is int det && HeadAt(tokens, sentence, det) is int head && IsPlural(tokens[head]))
            return new SetExtent(k, det, head, SetStatement.DefinitePlural);
        return null;
    }

    /// <summary>The first set whose phrase starts in [<paramref name="from"/>, <paramref name="to"/>) and whose head is before <paramref name="to"/>.</summary>
    public static SetExtent? In(ImmutableArray<Token> tokens, Sentence sentence, int from, int to)
    {
        for (var k = Math.Max(from, sentence.FirstToken); k < to; k++)
        {
            if (At(tokens, sentence, k) is not { } set || set.Head >= to) continue;
            // "a tenth of the stalls", "two thirds of the reefs": a plural after "of" is what a share is taken from, so it
            // is read with the share before it, and not at all when that share is small.
            if (set.How == SetStatement.DefinitePlural && k > sentence.FirstToken && tokens[k - 1].Norm == "of") return ShareOver(tokens, sentence, set);
            return set;
        }
        return null;
    }

    /// <summary>The share that ends just before the plural <paramref name="set"/> ("two thirds of", "most of"), or null.</summary>
    private static SetExtent? ShareOver(ImmutableArray<Token> tokens, Sentence sentence, SetExtent set)
    {
        for (var j = set.Start - 2; j >= sentence.FirstToken && set.Start - j <= 4; j--)
            if (At(tokens, sentence, j) is { How: SetStatement.Proportion } share && share.Head == set.Head) return share;
        return null;
    }

    /// <summary>
    /// Whether the set's head names a stake of the readers, as the readings take a plain plural's or an "every" head's:
    /// people, a place or a natural feature, a building, or a body of people (<see cref="Parties.IsBodyNoun"/>: a school,
    /// a council, a club) — WordNet's person, location, object and structure, and a group only as such a body ("our
    /// rivers", "half the village schools", "a third of our hospitals", "a generation of nurses"). Food, stock, animals,
    /// plants, made things and crowds are no stake: "half the cake", "most of the tickets", "the kittens", "half the
    /// seedlings", "our phones", "half the crowd". A set that <paramref name="departs"/> ("will be gone") is people who
    /// left or places taken ("most of the guests", "half the seats"), unless the places are the readers' own ("our
    /// towns", "the county's ports").
    /// </summary>
    public static bool IsStake(ImmutableArray<Token> tokens, Sentence sentence, SetExtent set, bool departs) =>
        NounTypes.OfHead(tokens, sentence, set.Head) switch
        {
            NounType.Person => !departs,
            NounType.Location => !departs || IsOwned(tokens, set),
            NounType.Object or NounType.Structure => true,
            NounType.Group => Parties.IsBodyNoun(tokens[set.Head]),
            _ => false,
        };

    /// <summary>Whether the set is the readers' or a place's own: "our", "your" or a possessive noun before its head.</summary>
    private static bool IsOwned(ImmutableArray<Token> tokens, SetExtent set)
    {
        for (var k = set.Start; k < set.Head; k++)
            if (tokens[k].Norm is "our" or "your" || tokens[k].HasPossessiveEnding && !FunctionWords.IsPronounContraction(tokens[k])) return true;
        return false;
    }

    private static string Norm(ImmutableArray<Token> tokens, Sentence sentence, int k) => sentence.NormAt(tokens, k);

    /// <summary>"every (last|single) X", "each and every (one of) X", "each X", "all (of) (the|our) X", "the whole/entire X".</summary>
    private static SetExtent? UniversalAt(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        var norm = Norm(tokens, sentence, k);
        var next = k + 1;
        if (norm == "each" && Norm(tokens, sentence, next) == "and" && Norm(tokens, sentence, next + 1) == "every") next += 2;
        else if (norm == "the" && Norm(tokens, sentence, next) is "whole" or "entire") next++;
        else if (!Universals.Contains(norm) || norm is "whole" or "entire") return null;
        if (Norm(tokens, sentence, k) is not ("all" or "the") && Norm(tokens, sentence, next) is "last" or "single") next++;
        if (Norm(tokens, sentence, next) == "one" && Norm(tokens, sentence, next + 1) == "of") next += 2;
        else if (Norm(tokens, sentence, next) == "of") next++;
        if (DeterminerEnd(tokens, sentence, next) is int det) next = det;
        return HeadAt(tokens, sentence, next) is int head && NounTypes.Of(tokens[head]) is not NounType.Time ? new SetExtent(k, next, head, SetStatement.Universal) : null;
    }

    /// <summary>
    /// The end of a share of a quarter or more at <paramref name="k"/>, past "of" and a determiner: "half (of) (the)",
    /// "a third of", "two thirds of", "one in three", "most of the", "the majority of". Null otherwise.
    /// </summary>
    private static int? ProportionEnd(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        string N(int j) => Norm(tokens, sentence, j);
        int next;
        if (N(k) == "half") next = k + 1;
        else if (N(k) is "a" or "one" or "two" or "three" && LargeFractions.Contains(N(k + 1)) && N(k + 1) != "half" && N(k + 2) == "of") next = k + 2;
        else if (N(k) is "one" && N(k + 1) is "in" or "out" && (N(k + 1) == "in" ? k + 2 : N(k + 2) == "of" ? k + 3 : -1) is var d and > 0 && LargeDenominators.Contains(N(d)))
        {
            // "one in three councils" names its set at once; "one in three of our ports" takes it from a determiner.
            if (N(d + 1) != "of") return d + 1;
            next = d + 1;
        }
        else if (N(k) == "most" && N(k + 1) == "of") next = k + 1;
        else if (N(k) == "the" && Majorities.Contains(N(k + 1)) && N(k + 2) == "of") next = k + 2;
        else return null;
        if (N(next) == "of") next++;
        // "half the pubs", "a third of our universities": the share is of a named set, not of an amount ("half an hour").
        return DeterminerEnd(tokens, sentence, next) is int det ? det : null;
    }

    /// <summary>
    /// The end of a definite or possessive determiner at <paramref name="k"/>: "the", "our", "your", "their", "these",
    /// a possessive noun ("the county's", "Carrow's"). Null for anything else.
    /// </summary>
    private static int? DeterminerEnd(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        var norm = Norm(tokens, sentence, k);
        int next;
        if (norm is "the" or "these" or "our" or "your" or "their") next = k + 1;
        else if (k < sentence.EndToken && tokens[k].IsWord && tokens[k].HasPossessiveEnding && !FunctionWords.IsPronounContraction(tokens[k])) return k + 1;
        else return null;
        // "the county's pubs": a possessive noun after the article is part of the determiner.
        for (var j = next; j < sentence.EndToken && j - next < 2 && tokens[j].IsWord; j++)
            if (tokens[j].HasPossessiveEnding && !FunctionWords.IsPronounContraction(tokens[j])) return j + 1;
        return next;
    }

    /// <summary>
    /// The head noun of the phrase whose first word after the determiner is <paramref name="k"/>: the last word before a
    /// preposition, a verb's auxiliary, a conjunction or punctuation, within <see cref="PhraseWords"/> words. Null when
    /// the first word already ends the phrase.
    /// </summary>
    private static int? HeadAt(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        var j = k;
        while (j < sentence.EndToken && j - k < PhraseWords && tokens[j].IsWord && !FunctionWords.NounPhraseBreakers.Contains(tokens[j])
               && !FunctionWords.Prepositions.Contains(tokens[j]) && !PlacePrepositions.Contains(tokens[j].Norm)
               && !FunctionWords.Definite.Contains(tokens[j]) && !FunctionWords.Possessive.Contains(tokens[j]) && !tokens[j].HasPossessiveEnding)
            j++;
        return j > k ? j - 1 : null;
    }

    /// <summary>A plural noun: an irregular plural ("children", "fish" aside), or a known noun in "-s" that is not a singular in "-ss", "-us", "-is".</summary>
    private static bool IsPlural(Token token)
    {
        var norm = token.Norm;
        if (Inflections.IsIrregularPlural(norm)) return true;
        return norm.Length > 3 && norm.EndsWith('s') && !norm.EndsWith("ss", StringComparison.Ordinal) && !norm.EndsWith("us", StringComparison.Ordinal)
               && !norm.EndsWith("is", StringComparison.Ordinal) && NounTypes.Of(token) is not null;
    }
}
