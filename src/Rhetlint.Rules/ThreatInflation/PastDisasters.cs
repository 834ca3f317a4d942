using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// A past disaster named as a noun phrase, the old case of an analogy that makes it small ("will make 2008 look like a
/// picnic") or points at its victims ("ask anyone who lived through the Dust Bowl"). It is a class, not a list of
/// events: a year or a decade standing alone ("2008", "the 1970s"), a term or disaster of
/// <c>historical_analogies.txt</c> ("Chernobyl", "the Great Depression", "the Titanic"), a named war, massacre or camp
/// of <c>historical_catastrophes_wordnet.txt</c> ("the Korean War", "Dachau"), or a threat referent of the
/// threat model heading a definite, dated or named phrase ("the financial crisis", "the 2008 crash", "the last
/// pandemic", "Covid").
/// </summary>
internal static class PastDisasters
{
    /// <summary>How many modifiers may stand between "the" and the referent: "the great 1929 stock market crash".</summary>
    private const int MaxModifiers = 3;

    /// <summary>The number of tokens of the past disaster named at <paramref name="i"/>, or 0.</summary>
    public static int LengthAt(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var end = sentence.EndToken;
        if (i >= end) return 0;
        if (tokens[i].IsYear || tokens[i].IsDecade) return 1;
        var k = i;
        var definite = tokens[k].Norm is "the" or "that";
        if (definite) k++;
        if (k >= end) return 0;
        if (HistoricalNames.Events.Value.FirstPhraseAt(tokens, k, end) is { } name) return k + name.Length - i;
        for (var head = k; head < end && head - k <= MaxModifiers; head++)
        {
            // A bare common noun ("make recessions look …") names no event; a definite, modified or capitalized one does.
            if (ThreatReferents.NounAt(tokens, head, end) is { Domain: var domain, Length: var length } && IsDisasterDomain(domain)
                && (definite || head > k || tokens[head].IsCapitalized))
                return head + length - i;
            if (!IsModifier(tokens[head])) break;
        }
        // "the 1970s" as an era, when no disaster noun follows it ("the 1970s energy crisis").
        return definite && tokens[k].IsDecade ? k + 1 - i : 0;
    }

    /// <summary>A year, a name or a lower-case word before the head ("the 2008 crash", "the Spanish flu", "the last recession").</summary>
    private static bool IsModifier(Token token) =>
        token.IsYear || token.IsDecade || token.IsWord && !FunctionWords.NounPhraseBreakers.Contains(token) && !FunctionWords.Definite.Contains(token)
            && !FunctionWords.Possessive.Contains(token) && token.Norm is not ("a" or "an");

    /// <summary>Disasters an analogy can name; risk, politics, technology and migration name no event that happened.</summary>
    public static bool IsDisasterDomain(ThreatDomain domain) =>
        domain is not (ThreatDomain.Risk or ThreatDomain.Politics or ThreatDomain.Technology or ThreatDomain.Migration);
}
