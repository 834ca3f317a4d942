using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// The readings of <see cref="BodyCaptiveImages"/> that make a body, prey or captive image news rather than alarm: a
/// scene told in the past, a trade or a show dying with no public stake, a natural agent preying, a person's mind
/// preyed on, and a signed agreement binding a party.
/// </summary>
internal static class BodyCaptiveGates
{
    /// <summary>Words that give the reader or a community a share in the holder: "our hospital", "local democracy", "the public library".</summary>
    private static readonly FrozenSet<string> SharedMarkers = FrozenSet.ToFrozenSet(["our", "your", "local", "public", "national", "community"], StringComparer.Ordinal);

    /// <summary>What preys by nature, not by design: pests, rot, disease, weather, a plant or an animal.</summary>
    private static readonly FrozenSet<NounType> NaturalAgents =
        [NounType.Animal, NounType.Plant, NounType.State, NounType.Phenomenon, NounType.Substance, NounType.Process, NounType.Body];

    /// <summary>
    /// The image's verb group is in the simple past: "was on life support for a decade", "Vikings preyed on", "the ink bled
    /// out". A past scene is history or a report; "has put", "have shackled" and "is dying" are the present.
    /// </summary>
    public static bool IsToldInThePast(ImmutableArray<Token> tokens, int verbStart)
    {
        var first = tokens[verbStart].Norm;
        if (first is "was" or "were" or "had" or "did") return true;
        if (FunctionWords.Auxiliaries.Contains(tokens[verbStart]) || first is "am" or "been") return false;
        // An irregular past from WordNet's exception list ("bled", "kept", "held", "left"), or a regular one: "bleed" ends in
        // "-ed" and is no past, and the readings' verbs have no other "-eed" base.
        return Inflections.IsIrregularVerbForm(first) || first.EndsWith("ed", StringComparison.Ordinal) && !first.EndsWith("eed", StringComparison.Ordinal);
    }

    /// <summary>
    /// A dying holder the reader or a community shares: a place or an idea ("the town", "local democracy"), or a
    /// subject phrase from <paramref name="start"/> to the verb that makes it ours, local or public, owned by a place or
    /// a community ("the county's bus network", "the villages of Penmor"), or left to die by someone ("has been left to
    /// bleed out"). A firm, a franchise or a show dying without one is news of decline.
    /// </summary>
    public static bool HasSharedStake(ImmutableArray<Token> tokens, Sentence sentence, int head, int verb)
    {
        if (NounTypes.OfHead(tokens, sentence, head) is NounType.Location or NounType.Cognition) return true;
        var start = head;
        while (start - 1 >= sentence.FirstToken && tokens[start - 1].IsWord && !FunctionWords.NounPhraseBreakers.Contains(tokens[start - 1])) start--;
        for (var k = start; k < verb; k++)
        {
            if (SharedMarkers.Contains(tokens[k].Norm) || tokens[k].Norm is "left" or "allowed" && k + 1 < verb && tokens[k + 1].Norm == "to") return true;
            if (Superlatives.ModifierSlots.IsPossessiveNoun(tokens[k]) && k != head
                && NounTypes.OfWord(tokens[k].Norm.EndsWith("s'", StringComparison.Ordinal) ? tokens[k].Norm[..^1] : tokens[k].Norm[..^2]) is NounType.Location or NounType.Group)
                return true;
            if (k > head && tokens[k].Norm is "of" or "in" && k + 1 < verb && tokens[k + 1].IsCapitalized) return true;
        }
        return false;
    }

    /// <summary>Pests, rot, disease and animals prey by nature: "dry rot preys on old timber buildings".</summary>
    public static bool IsNaturalAgent(ImmutableArray<Token> tokens, Sentence sentence, int subject) =>
        NounTypes.OfHead(tokens, sentence, subject) is { } type && NaturalAgents.Contains(type);

    /// <summary>"preyed on her mind", "preys on our minds": worry, an idiom of no attack, when a person owns the mind.</summary>
    public static bool IsPersonsMind(ImmutableArray<Token> tokens, Sentence sentence, int objectStart, int head) =>
        NounTypes.OfHead(tokens, sentence, head) is NounType.Cognition
        && (tokens[objectStart].Norm is "his" or "her" or "their" or "my" or "your" or "our"
            || Superlatives.ModifierSlots.IsPossessiveNoun(tokens[objectStart]) && NounTypes.OfWord(tokens[objectStart].Norm[..^2]) is NounType.Person);
}
