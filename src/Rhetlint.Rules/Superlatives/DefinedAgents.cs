using System.Collections.Immutable;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Superlatives;

/// <summary>
/// "sold to the highest bidder", "the highest earners repay less", "the contract goes to the lowest bidder": a
/// superlative of amount on a noun of a person who does something (an agent in -er or -or) defines whoever does it
/// most, as "whoever bids highest" does; it ranks no one the text names. Next to a copula ("Brenn was the biggest
/// donor", "The largest shareholder is Brekke") or with a scope after the head ("the biggest spender in the league") it
/// ranks its holder and is still a claim, and so are a judged degree ("the best bidder") and a degree of speed or
/// skill ("the fastest winger"), which rank a player rather than count what an agent does.
/// </summary>
internal static class DefinedAgents
{
    /// <summary>Prepositions and adverbs after the head that widen the set compared ("in the league", "ever").</summary>
    private static bool IsScope(Token token) => token.Norm is "in" or "on" or "across" or "of" or "ever" or "since" or "among" or "anywhere";

    public static bool DefinesAgent(ImmutableArray<Token> tokens, Sentence sentence, int start, int degree, int adjectiveEnd)
    {
        if (tokens[start].Norm != "the" || !Vocabulary.DimensionsOf(tokens[degree]).Any(d => d is Dimension.Amount or Dimension.Money)) return false;
        if (start > sentence.FirstToken && FunctionWords.Copulas.Contains(tokens[start - 1])) return false;
        var head = adjectiveEnd;
        if (head >= sentence.EndToken || !IsAgentNoun(tokens[head])) return false;
        return head + 1 >= sentence.EndToken || !IsScope(tokens[head + 1]) && !FunctionWords.Copulas.Contains(tokens[head + 1]);
    }

    /// <summary>A person noun in -er or -or, singular or plural: "bidder", "earners", "donor", "taxpayers".</summary>
    private static bool IsAgentNoun(Token token)
    {
        if (SourceNouns.Of(token) is not { Kind: SourceNounKind.Person }) return false;
        var norm = token.Norm.EndsWith('s') ? token.Norm[..^1] : token.Norm;
        return norm.EndsWith("er", StringComparison.Ordinal) || norm.EndsWith("or", StringComparison.Ordinal);
    }
}
