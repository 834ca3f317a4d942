using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>What a doom noun of RH1001's nominal reading ends: a life by order, a kind, or a thing by force.</summary>
internal enum DoomKind
{
    /// <summary>The written order of an execution: "a death sentence", "a death warrant".</summary>
    Order,

    /// <summary>A kind's end: "extinction", "an extinction-level event".</summary>
    End,

    /// <summary>Total destruction: "annihilation", "obliteration".</summary>
    Ruin,
}

/// <summary>
/// The stake of a doom noun with its own complement ("a death sentence for local radio", "the annihilation of our
/// seaside culture", "our high street's death warrant") and whether its type (<see cref="NounTypes"/>) is one the
/// noun does not literally take: a person gets a death sentence and a crime carries one, a species goes extinct, a
/// city or an army is annihilated in war; a bookshop, a tradition or a town's culture only in a figure.
/// </summary>
internal static class DoomStakes
{
    /// <summary>
    /// The stake types each kind takes only as a figure. An order's stake may be anything but a person, an animal or a
    /// crime; a kind's end anything not alive and no language (language death is a linguistics term); destruction only
    /// what no bomb reaches — an idea, a quality, a state, a group or a place, the last two read only in peace.
    /// </summary>
    private static readonly FrozenDictionary<DoomKind, FrozenSet<NounType>> StakeTypes = new Dictionary<DoomKind, FrozenSet<NounType>>
    {
        [DoomKind.Order] = [NounType.Group, NounType.Location, NounType.Cognition, NounType.Attribute, NounType.Communication,
            NounType.Possession, NounType.State, NounType.Artifact, NounType.Structure, NounType.Time],
        [DoomKind.End] = [NounType.Cognition, NounType.Attribute, NounType.Artifact, NounType.Structure, NounType.Location,
            NounType.Act, NounType.Time],
        [DoomKind.Ruin] = [NounType.Cognition, NounType.Attribute, NounType.Communication, NounType.State, NounType.Feeling,
            NounType.Group, NounType.Location, NounType.Time, NounType.Act],
    }.ToFrozenDictionary();

    /// <summary>
    /// The prepositions that attach a stake to a doom noun. "to" and "on" are left out: after these nouns they name a
    /// cause or a target the sentence attributes the end to ("attributes the extinction to hunting", real text), not
    /// what ends.
    /// </summary>
    private static readonly FrozenSet<string> Links = FrozenSet.ToFrozenSet(["of", "for"], StringComparer.Ordinal);

    /// <summary>Whether a stake of type <paramref name="type"/> makes a doom noun of <paramref name="kind"/> a figure.</summary>
    public static bool Clashes(DoomKind kind, NounType? type) => type is { } t && StakeTypes[kind].Contains(t);

    /// <summary>
    /// The head of the stake after the doom noun that ends before <paramref name="k"/>, when "of" or "for" opens it, or
    /// null: past a determiner, a figure and up to three modifiers to the last word before a
    /// preposition, a clause or the sentence's end ("for the village post office", "of our seaside towns"). A measure
    /// ("142 years of history", "a century of folk music") stands for what it measures, and a time or an amount with
    /// nothing measured is a duration or a size ("for centuries"). A capitalized head is a name,
    /// whose type the lexicon cannot tell.
    /// </summary>
    public static int? HeadAfter(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        if (k >= sentence.EndToken || !Links.Contains(tokens[k].Norm)) return null;
        for (var measures = 0; measures < 2; measures++)
        {
            k++;
            while (k < sentence.EndToken && (tokens[k].Kind == TokenKind.Number || IsDeterminer(tokens[k].Norm))) k++;
            var head = -1;
            for (var m = k; m < sentence.EndToken && m - k < 4 && tokens[m].IsWord && !FunctionWords.NounPhraseBreakers.Contains(tokens[m]); m++)
            {
                if (m > k && IsClauseVerb(tokens[m])) break;
                head = m;
            }
            if (head < 0 || tokens[head].IsCapitalized || head + 1 < sentence.EndToken && tokens[head + 1].Norm == "'s") return null;
            if (measures > 0 || NounTypes.Of(tokens[head]) is not (NounType.Time or NounType.Quantity)) return head;
            // A time or an amount names a stake only as a measure of one: "for centuries" is how long, "of history" what.
            if (head + 1 >= sentence.EndToken || tokens[head + 1].Norm != "of") return null;
            k = head + 1;
        }
        return null;
    }

    /// <summary>
    /// A past verb that is no noun after the stake's first word: the doom noun is the subject and the stake ends where
    /// its verb begins ("the extinction of the dodo followed the arrival of sailors" ends the dodo, not the arrival).
    /// </summary>
    private static bool IsClauseVerb(Token token) =>
        !token.IsCapitalized && NounTypes.OfWord(token.Norm) is null
        && (token.Norm.Length > 3 && token.Norm.EndsWith("ed", StringComparison.Ordinal) || Inflections.IsIrregularVerbForm(token.Norm));

    /// <summary>The type of a lower-case possessive owner right before <paramref name="doom"/> ("our high street's death warrant"), or null.</summary>
    public static NounType? OwnerType(ImmutableArray<Token> tokens, Sentence sentence, int doom)
    {
        if (doom - 1 < sentence.FirstToken) return null;
        var owner = tokens[doom - 1];
        if (!owner.IsWord || owner.IsCapitalized || !Superlatives.ModifierSlots.IsPossessiveNoun(owner)) return null;
        var norm = owner.Norm.EndsWith("s'", StringComparison.Ordinal) ? owner.Norm[..^1] : owner.Norm[..^2];
        return NounTypes.OfWord(norm);
    }

    private static bool IsDeterminer(string norm) =>
        FunctionWords.Definite.Contains(norm) || FunctionWords.Possessive.Contains(norm)
        || norm is "a" or "an" or "every" or "each" or "all" or "whole" or "entire";
}
