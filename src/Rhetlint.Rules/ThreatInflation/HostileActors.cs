using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// A collective made an adversary by its modifier: "hostile states", "hostile foreign intelligence services", "enemy
/// powers". The gazetteer holds named actors and the agent list holds agents by trade (spies, hackers); an adjective of
/// enmity (WordNet's hostile.a.01 and its satellites antagonistic, inimical, belligerent, and the attributive "enemy")
/// on a plural noun names an opponent just as well. Predicative "hostile to" is a stance, and a singular ("a hostile
/// takeover", "a hostile workplace") names a kind of act or place, not a body of people.
/// </summary>
internal static class HostileActors
{
    private static readonly FrozenWordSet Modifiers = new[] { "hostile", "enemy", "antagonistic", "inimical", "belligerent" }.ToFrozenWordSet();

    /// <summary>
    /// The second words of WordNet's noun compounds on these adjectives (hostile takeover, hostile fire, hostile witness,
    /// hostile expedition, antagonistic muscle): terms of trade, law or war, not a body of people ("hostile takeover
    /// bids are common in almost every sector").
    /// </summary>
    private static readonly FrozenWordSet Compounds = new[] { "takeover", "takeovers", "fire", "witness", "witnesses", "expedition", "expeditions", "muscle", "muscles" }.ToFrozenWordSet();

    /// <summary>Most words after the adjective up to the plural head: "foreign intelligence services".</summary>
    private const int HeadReach = 3;

    /// <summary>Whether an adjective of enmity at <paramref name="k"/> qualifies a plural head before <paramref name="limit"/>.</summary>
    public static bool At(ImmutableArray<Token> tokens, int k, int limit)
    {
        if (!Modifiers.Contains(tokens[k]) || k + 1 < limit && Compounds.Contains(tokens[k + 1])) return false;
        for (var head = k + 1; head < limit && head - k <= HeadReach && tokens[head].IsWord; head++)
        {
            if (FunctionWords.Auxiliaries.Contains(tokens[head]) || FunctionWords.Copulas.Contains(tokens[head]) || FunctionWords.Prepositions.Contains(tokens[head])) return false;
            if (EndsSubject(tokens, head + 1, limit)) return IsPlural(tokens[head].Norm);
        }
        return false;
    }

    /// <summary>The subject ends before <paramref name="next"/>: a verb's auxiliary or copula, an adverb of time, or no word.</summary>
    private static bool EndsSubject(ImmutableArray<Token> tokens, int next, int limit) =>
        next >= limit || !tokens[next].IsWord || FunctionWords.Auxiliaries.Contains(tokens[next]) || FunctionWords.Copulas.Contains(tokens[next])
        || tokens[next].Norm is "now" or "already";

    private static bool IsPlural(string norm) => norm.Length > 3 && norm.EndsWith('s') && !norm.EndsWith("ss", StringComparison.Ordinal);
}
