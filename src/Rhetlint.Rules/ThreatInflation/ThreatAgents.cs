using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// What the capability and ubiquity rules look for: what an actor fields (<c>capability_nouns.txt</c>: army,
/// arsenal, missiles, hackers), who or what infiltrates or strikes (<c>threat_agents.txt</c>: agents, cells,
/// terrorists), and whose they are.
/// </summary>
public static class ThreatAgents
{
    private static readonly Lazy<PhraseList> Capabilities = new(() => PhraseList.LoadLemmas(RuleLexicons.Store, "capability_nouns", Inflections.PartOfSpeech.Noun));
    private static readonly Lazy<PhraseList> Agents = new(() => PhraseList.LoadLemmas(RuleLexicons.Store, "threat_agents", Inflections.PartOfSpeech.Noun));

    /// <summary>The length of the capability noun phrase at <paramref name="start"/> ("cyber army", "missiles"), or 0.</summary>
    public static int CapabilityAt(ImmutableArray<Token> tokens, int start, int limit) => Capabilities.Value.LongestAt(tokens, start, limit);

    /// <summary>The length of the agent noun phrase at <paramref name="start"/> ("sleeper cells", "agents"), or 0.</summary>
    public static int AgentAt(ImmutableArray<Token> tokens, int start, int limit) => Agents.Value.LongestAt(tokens, start, limit);

    /// <summary>
    /// Whether the token names who owns a capability: an actor of the document's gazetteer, a name written as one ("Kestria's",
    /// "Kestrian", "Chinese"), or "the regime's"/"the enemy's". Fictional and unlisted states count when capitalized
    /// inside the sentence, or as a possessive at its start.
    /// </summary>
    public static bool IsOwner(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int index)
    {
        var token = tokens[index];
        if (!token.IsWord) return false;
        if (token.Norm is "regime's" or "enemy's" or "junta's" or "adversary's" or "adversaries'" or "enemies'") return true;
        // The cheap tests first: most owners are capitalized, and the actor lookup is the costly one.
        if (token.IsCapitalized && (index > sentence.FirstToken || token.Norm.EndsWith("'s", StringComparison.Ordinal))) return true;
        return actors.Match(tokens.AsSpan(0, sentence.EndToken), index) is not null;
    }
}
