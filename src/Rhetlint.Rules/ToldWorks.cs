using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules;

/// <summary>
/// Whether a sentence retells a work of fiction or a hypothetical ("In the novel, …", "In Act Three …"), whose threats,
/// attitudes and ranks belong to its characters, not to the world the writer describes. Shared by the families.
/// </summary>
internal static class ToldWorks
{
    /// <summary>Works and hypotheticals whose "where …" or "in which …" clause tells a story rather than asserts it.</summary>
    internal static readonly FrozenWordSet DepictionHeads = TaggedLexicon.Load(RuleLexicons.Store, "imagery_context").Words("depiction-head").ToFrozenWordSet();

    /// <summary>How many words may stand between "In" and the work that frames a sentence ("in her new novel").</summary>
    private const int WorkFrameReach = 3;

    /// <summary>
    /// Whether the sentence opens with a work or a hypothetical that frames what follows as told, before
    /// <paramref name="first"/>: "In the novel, the landlords are trying to starve the tenants", "In the film, the aliens
    /// plan to enslave the villagers". "In" and, within a few words, a depiction head (the same works as "a novel in
    /// which …") closed by a comma, or by a determiner that opens the told clause's subject ("In the novel the city will
    /// be a slum", where "the" shows the work's phrase has ended: "in the film industry jobs …" has none); "In the valley,
    /// …" names a place and stays a claim.
    /// </summary>
    public static bool IsToldInAWork(ImmutableArray<Token> tokens, Sentence sentence, int first)
    {
        // "In Act Three the fire will …", "By the end of the novel …": a part of a work frames a plot without a comma.
        if (WorkParts.Open(tokens, sentence, DepictionHeads)) return true;
        var k = sentence.FirstToken;
        if (tokens[k].Norm == "in")
            for (var j = k + 1; j < first && j - k <= WorkFrameReach + 1 && tokens[j].IsWord; j++)
                if (DepictionHeads.Contains(tokens[j]))
                    return j + 1 < first && (tokens[j + 1].Text == "," || FunctionWords.Definite.Contains(tokens[j + 1]) || FunctionWords.Possessive.Contains(tokens[j + 1]));
        return IsToldInTheSubject(tokens, sentence, first);
    }

    /// <summary>
    /// "The rebels in the film want a war", "the landlord in Mara Holt's novel will not rest until …": the work frames
    /// the subject itself, "in" and within a few words a depiction head, all before <paramref name="first"/> in one
    /// stretch of words.
    /// </summary>
    private static bool IsToldInTheSubject(ImmutableArray<Token> tokens, Sentence sentence, int first)
    {
        for (var k = sentence.FirstToken + 1; k < first; k++)
        {
            if (!tokens[k].IsWord) return false;
            if (tokens[k].Norm != "in") continue;
            for (var j = k + 1; j < first && j - k <= WorkFrameReach + 1 && tokens[j].IsWord; j++)
                if (DepictionHeads.Contains(tokens[j])) return true;
        }
        return false;
    }
}
