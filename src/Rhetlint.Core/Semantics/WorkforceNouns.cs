using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Semantics;

/// <summary>
/// The people of a workplace as one collective noun: WordNet's staff.n.01 ("personnel who assist their superior"),
/// personnel (force.n.04), workforce.n.01 and crew.n.01 ("the men and women who man a vehicle") — the lemmas of
/// force.n.04's tree that name a workplace's people rather than an armed or police body, which speaks as one.
/// </summary>
public static class WorkforceNouns
{
    private static readonly FrozenWordSet Nouns = new[] { "staff", "personnel", "workforce", "crew" }.ToFrozenWordSet();

    /// <summary>
    /// [<paramref name="start"/>, <paramref name="headEnd"/>) is such a noun with no determiner, after lower-case modifiers
    /// only ("village staff", "Staff"): it takes a plural verb and stands for several people; "the staff" and "its crew"
    /// refer back to a body the story has named, and "Harlow staff" is scoped by a name.
    /// </summary>
    public static bool IsBare(ImmutableArray<Token> tokens, int sentenceStart, int start, int headEnd)
    {
        if (!Nouns.Contains(tokens[headEnd - 1]) || !tokens[start].IsWord || FunctionWords.Possessive.Contains(tokens[start])
            || FunctionWords.Definite.Contains(tokens[start]) || FunctionWords.IndefiniteSingular.Contains(tokens[start])
            || FunctionWords.VagueQuantifiers.Contains(tokens[start])) return false;
        for (var k = start; k < headEnd - 1; k++)
            if (!tokens[k].IsWord || tokens[k].IsCapitalized && k != sentenceStart || FunctionWords.IsCardinal(tokens[k])) return false;
        return true;
    }
}
