using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Semantics;

/// <summary>The families of catastrophic outcome the threat model knows (<c>threat_outcomes*.txt</c>).</summary>
public enum OutcomeFamily
{
    /// <summary>War and its escalation to open war: all-out war, civil war, hostilities.</summary>
    War,
    /// <summary>Killing on a mass scale: massacre, genocide, mass casualties.</summary>
    MassDeath,
    /// <summary>Catastrophe with no domain: catastrophe, apocalypse, chaos, collapse.</summary>
    Doom,
    /// <summary>Economic and financial collapse: depression, financial meltdown, hyperinflation.</summary>
    Economic,
    /// <summary>Loss of power or networks: blackouts, power cuts, grid failure.</summary>
    Outage,
    /// <summary>Running out of food, fuel, water or medicine: famine, mass starvation, food shortages.</summary>
    Shortage,
    /// <summary>Poisoning of people, water or land: mass poisoning, contamination, nuclear fallout.</summary>
    Contamination,
    /// <summary>Crime out of control: crime wave, lawlessness, gang war.</summary>
    Crime,
    /// <summary>Epidemic disease: epidemic, pandemic, plague.</summary>
    Disease,
    /// <summary>Loss of control of a technology, or of people to one: loss of control, robot takeover, runaway AI.</summary>
    Control,
    /// <summary>The end of free government: tyranny, police state, martial law, coup.</summary>
    Tyranny,
    /// <summary>Environmental and climate collapse: mass extinction, ecological collapse, desertification.</summary>
    Environment,
}

/// <summary>
/// Catastrophic outcomes by family, for every domain a threat claim may be about: what a worst case predicts ("will
/// end in all-out war", "will mean blackouts"), the last link of an escalation chain, and what an inevitability claim
/// calls certain. <c>threat_outcomes_wordnet.txt</c> is generated from WordNet hyponym trees
/// (tools/gen_threat_lexicons.py), <c>threat_outcomes.txt</c> is curated. Every outcome is also a threat referent
/// (<see cref="ThreatReferents"/>).
/// </summary>
public static class ThreatOutcomes
{
    private static readonly Lazy<TaggedNouns<OutcomeFamily>> Nouns = new(() => TaggedNouns<OutcomeFamily>.Load(LexiconStore.Engine, "threat_outcomes", "threat_outcomes_wordnet"));

    /// <summary>The longest outcome at <paramref name="start"/> that ends by <paramref name="limit"/>: its family and token count, or null.</summary>
    public static (OutcomeFamily Family, int Length)? At(ImmutableArray<Token> tokens, int start, int limit) =>
        Nouns.Value.LongestAt(tokens, start, limit) is var (family, length) ? (family, length) : null;

    /// <summary>Whether the token alone is an outcome ("famine", "blackouts").</summary>
    public static bool IsOutcomeWord(Token token) => token.IsWord && Nouns.Value.WordKind(token) is not null;
}
