using System.Collections.Frozen;
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
/// skill ("the fastest winger"), which rank a player rather than count what an agent does. The agent noun must end the
/// phrase: in "the biggest donor list" or "the highest voter turnout" it only modifies the noun ranked. An appositive
/// ("Vesta Oil, the biggest polluter, wants a tax break") names its holder as a copula does, and still ranks.
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
        if (IsAppositive(tokens, sentence, start, head)) return false;
        if (head + 1 >= sentence.EndToken) return true;
        var next = tokens[head + 1];
        return !IsScope(next) && !FunctionWords.Copulas.Contains(next) && !IsCompoundHead(next);
    }

    /// <summary>
    /// ", the biggest polluter,", ", the biggest earners from the subsidy,", "— the largest donor.": set off by a comma or
    /// dash and closed by one (or the sentence end), with at most a prepositional phrase after the head and no verb.
    /// </summary>
    private static bool IsAppositive(ImmutableArray<Token> tokens, Sentence sentence, int start, int head)
    {
        if (start <= sentence.FirstToken || !IsBreak(tokens[start - 1])) return false;
        var k = head + 1;
        if (k < sentence.EndToken && AppositivePrepositions.Contains(tokens[k].Norm))
            while (k < sentence.EndToken && k <= head + 6 && !IsBreak(tokens[k]) && tokens[k].Kind != TokenKind.Punctuation) k++;
        return k >= sentence.EndToken || IsBreak(tokens[k]) || tokens[k].Kind == TokenKind.Punctuation && tokens[k].Text is "." or ")" or ";";
    }

    private static bool IsBreak(Token token) => token.Text == "," || token.Kind == TokenKind.Dash || token.Text == "(";

    private static readonly FrozenSet<string> AppositivePrepositions = FrozenSet.ToFrozenSet(
        ["from", "in", "at", "of", "on", "among", "across", "for", "by", "with", "to"], StringComparer.Ordinal);

    /// <summary>"donor list", "voter turnout": a lower-case noun after the agent noun is the head it modifies.</summary>
    private static bool IsCompoundHead(Token token) => token.IsWord && !token.IsCapitalized && NounTypes.Of(token) is not null;

    /// <summary>A person noun in -er or -or, singular or plural: "bidder", "earners", "donor", "taxpayers".</summary>
    private static bool IsAgentNoun(Token token)
    {
        if (SourceNouns.Of(token) is not { Kind: SourceNounKind.Person }) return false;
        var norm = token.Norm.EndsWith('s') ? token.Norm[..^1] : token.Norm;
        return norm.EndsWith("er", StringComparison.Ordinal) || norm.EndsWith("or", StringComparison.Ordinal);
    }
}
