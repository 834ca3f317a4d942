using System.Collections.Immutable;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Superlatives;

/// <summary>
/// Universals that advise or concede rather than claim: what a reader ought to know, and what nobody finds pleasant.
/// Both are ordinary opinion or advice (guidelines, general rule 5), not a claim about what a group knows or does.
/// </summary>
internal static class NormativeReadings
{
    /// <summary>
    /// "Anyone with a bad knee should know that the path is steep", "everyone who rents ought to know …": a deontic
    /// modal before the verb of knowing tells the reader what to find out; it does not claim that anybody knows it.
    /// "Everyone must know by now" stays a claim: "must" there is an inference about what people know.
    /// </summary>
    public static bool IsAdviceToKnow(ImmutableArray<Token> tokens, Sentence sentence, int verb) =>
        sentence.NormAt(tokens, verb - 1) == "should"
        || sentence.NormAt(tokens, verb - 1) == "to" && sentence.NormAt(tokens, verb - 2) is "ought" or "need" or "needs";

    /// <summary>
    /// "Nobody enjoys paying a fine", "no one likes being told to wait", "nobody relishes telling a client": a negative
    /// universal with no scope, a verb of finding something pleasant (universal_claims.txt, preference) and an activity
    /// after it is a truism of feeling, mostly a concession before the cost the writer accepts. A thing as the object
    /// ("nobody likes a toll road", "nobody likes the new mayor") or a scope on the subject ("nobody in Harlow likes the
    /// levy") says what a group thinks of something, and stays a claim.
    /// </summary>
    public static bool IsPreferenceTruism(ImmutableArray<Token> tokens, Sentence sentence, int verb, bool scoped)
    {
        if (scoped || !UniversalCues.Is("preference", tokens[verb])) return false;
        var next = sentence.NormAt(tokens, verb + 1);
        if (next is "being" or "to") return true;
        return next.Length > 4 && next.EndsWith("ing", StringComparison.Ordinal) && !tokens[verb + 1].IsCapitalized;
    }
}
