using System.Collections.Immutable;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Semantics;

/// <summary>
/// A content clause that opens without "that", after a verb or adjective of belief or fear: "suspect the vote was rigged",
/// "doubt the council would act", "are convinced the levy will fail". Without "that" the clause shows itself by its
/// subject, a noun phrase opened by a definite determiner or a possessive, and that subject's finite auxiliary or modal
/// straight after it. An object phrase has no auxiliary of its own ("fear the quota", "doubt the figures"), and a pronoun
/// or a relative word inside the phrase opens a relative clause on an object ("doubt the figures they were given").
/// </summary>
internal static class BareContentClause
{
    /// <summary>How many words the clause's subject may take after its determiner: "the new harbour toll will".</summary>
    private const int MaxSubjectWords = 4;

    /// <summary>Whether a that-less content clause starts at <paramref name="k"/>.</summary>
    public static bool At(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        if (k >= sentence.EndToken) return false;
        var first = tokens[k].Norm;
        if (!(FunctionWords.Definite.Contains(first) && first != "that" || FunctionWords.Possessive.Contains(first))) return false;
        for (var j = k + 1; j < sentence.EndToken && j - k <= MaxSubjectWords + 1; j++)
        {
            var word = tokens[j];
            if (!word.IsWord || FunctionWords.PersonPronouns.Contains(word) || FunctionWords.AuthorPronouns.Contains(word)
                || word.Norm is "that" or "which" or "who" or "you") return false;
            if (FunctionWords.Auxiliaries.Contains(word)) return j > k + 1;
        }
        return false;
    }
}
