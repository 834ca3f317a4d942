using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// Objects of "coming for" that the audience does not hold as its own good but owes or is prized for: what it owes
/// ("the tax office is coming for your unpaid bills") is collected, and the ones it is best at ("scouts are coming for
/// our best players") are wanted for their worth. Neither imputes an aim at the community: a creditor's claim and a
/// rival's offer are the ordinary business of debts and contests.
/// </summary>
internal static class FairClaims
{
    /// <summary>Adjectives of a debt not yet settled (WordNet's unpaid.a.01 and its similar senses): what the holder owes, not owns.</summary>
    private static readonly FrozenWordSet OwedAdjectives = new[] { "unpaid", "overdue", "outstanding", "owed", "unsettled", "delinquent", "payable", "due" }
        .ToFrozenWordSet();

    /// <summary>Whether the object [<paramref name="start"/>, <paramref name="end"/>) is owed, or ranked by a superlative right after its possessive.</summary>
    public static bool Covers(ImmutableArray<Token> tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
            if (OwedAdjectives.Contains(tokens[k])) return true;
        var rank = start + 1;
        // The superlative ranks a noun after it: "our best players", not "your harvest".
        return tokens[start].Norm is "your" or "our" && rank + 1 < end && IsSuperlative(tokens[rank]) && tokens[rank + 1].IsWord;
    }

    /// <summary>"best", "top", "brightest", "finest": a superlative that ranks the people or things owned.</summary>
    private static bool IsSuperlative(Token token) => token.Norm is "top" or "most" || AdjectiveForms.IsSuperlative(token);
}
