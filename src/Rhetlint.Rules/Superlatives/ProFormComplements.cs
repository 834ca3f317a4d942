using System.Collections.Immutable;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Superlatives;

/// <summary>
/// A complement of "knows" that stands in for a proposition the text has just stated, so the universal subject is
/// said to hold the writer's claim: a pro-form of degree ("knows as much", "knows as well"), the idiom "knows better"
/// (that the claim before it is false), and the answer to a question the writer has just asked ("knows the answer to
/// this one", "knows the answer to that"). "Knows the answer to the quiz" is acquaintance with a fact one can look
/// up, so only a demonstrative or "it" after "to" points back.
/// </summary>
internal static class ProFormComplements
{
    public static bool At(ImmutableArray<Token> tokens, Sentence sentence, int verb)
    {
        if (tokens[verb].Norm is not ("know" or "knows")) return false;
        var next = verb + 1;
        var limit = sentence.EndToken;
        string Norm(int index) => index < limit ? tokens[index].Norm : "";
        if (Norm(next) == "as" && Norm(next + 1) is "much" or "well") return EndsClause(tokens, sentence, next + 2);
        if (Norm(next) == "better") return EndsClause(tokens, sentence, next + 1) || Norm(next + 1) == "than";
        return Norm(next) == "the" && Norm(next + 1) is "answer" or "answers" && Norm(next + 2) == "to" && Norm(next + 3) is "this" or "that" or "these" or "it";
    }

    /// <summary>Nothing of the clause follows: the sentence ends, or punctuation or a conjunction comes next.</summary>
    private static bool EndsClause(ImmutableArray<Token> tokens, Sentence sentence, int k) =>
        k >= sentence.EndToken || !tokens[k].IsWord || tokens[k].Norm is "and" or "but" or "so" or "yet";
}
