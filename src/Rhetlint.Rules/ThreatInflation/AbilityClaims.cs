using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// A limitless ability claimed for a capability or an actor: "its missiles can now incinerate any city at will",
/// "Kestria could shut down the grid whenever it likes". RH1011 reports it as inflated capability; RH1012 does not read
/// the reach inside it ("anywhere", "at any time") as a second, ubiquitous threat.
/// </summary>
internal static class AbilityClaims
{
    private static readonly Lazy<PhraseList> Reaches = new(() => TaggedLexicon.Load("omnipotence_terms").Phrases("REACH"));

    /// <summary>Verbs of striking, reaching or disabling whose ability, made limitless, is an omnipotence claim.</summary>
    private static readonly FrozenSet<string> StrikeVerbs = TaggedLexicon.Load("omnipotence_terms").Words("STRIKE");

    private static readonly FrozenSet<string> ModalAdverbs = TaggedLexicon.Load("omnipotence_terms").Words("ADVERB");

    /// <summary>
    /// "its missiles can now incinerate any city at will", "Kestria could shut down the grid whenever it likes": a
    /// "can/could" at <paramref name="i"/> whose subject is a capability or an actor, a striking verb, and a marker
    /// that makes the reach limitless. Returns the range from the modal to the last marker.
    /// </summary>
    /// <param name="previous">The sentence before, in the same paragraph, where "it"/"they" may find the capability it
    /// stands for ("Varn has built four hundred drones. They can clear our skies in a single night.").</param>
    public static (int Start, int End)? At(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int i, Sentence? previous = null)
    {
        var end = sentence.EndToken;
        if (tokens[i].Norm is not ("can" or "could") || !HasCapableSubject(actors, tokens, sentence, i, previous)) return null;
        var verb = i + 1;
        while (verb < end && ModalAdverbs.Contains(tokens[verb].Norm)) verb++;
        if (verb >= end || !StrikeVerbs.Contains(tokens[verb].Norm)) return null;
        var claimEnd = -1;
        for (var k = verb + 1; k < end && k - verb <= 8; k++)
        {
            if (tokens[k].Text is "," or ";" or ":" || tokens[k].Norm is "but" or "although" or "if" or "unless") break;
            if (Reaches.Value.LongestAt(tokens, k, end) is not (> 0 and var length)) continue;
            // "any" and "every" need their noun ("any American city"); the rest are whole markers ("at will").
            claimEnd = tokens[k].Norm is "any" or "every" ? NounRunEnd(tokens, sentence, k + 1) : k + length;
            k = claimEnd - 1;
        }
        return claimEnd > 0 ? (i, claimEnd) : null;
    }

    private static bool HasCapableSubject(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int modal, Sentence? previous)
    {
        for (var k = modal - 1; k >= sentence.FirstToken && modal - k <= 6; k--)
        {
            if (tokens[k].Text is "," or ";" or ":") return false;
            if (ThreatAgents.CapabilityAt(tokens, k, modal) > 0) return true;
            // A state or its capital; "Terrorists could strike anywhere" is ubiquity (RH1012), not a state's capability.
            if (actors.Match(tokens.AsSpan(0, modal), k) is { } actor && actor.Class.FieldsForces() && tokens[k].IsCapitalized) return true;
            // "it can shut down the grid whenever it likes": a pronoun whose antecedent the sentence makes a threat.
            if (tokens[k].Norm is "regime" or "enemy" or "adversary" or "it" or "they" && ThreatReferents.InSentence(actors, tokens, sentence)) return true;
            // Capability stated in a separate clause from its owner: "They" right before the modal, the owned capability in the sentence before.
            if (tokens[k].Norm is "it" or "they" && k == modal - 1 && previous is not null && HasOwnedCapability(actors, tokens, previous)) return true;
        }
        return false;
    }

    /// <summary>
    /// An uncounted capability noun with an owner before it in <paramref name="sentence"/> ("Kestria's engineers have
    /// finished a new drone fleet"); "Kestria has 40 attack drones" counts what the next sentence's "they" can do.
    /// </summary>
    private static bool HasOwnedCapability(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence)
    {
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            if (tokens[k].Kind == TokenKind.Number) return false;
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            if (ThreatAgents.CapabilityAt(tokens, k, sentence.EndToken) == 0) continue;
            for (var owner = k - 1; owner >= sentence.FirstToken && k - owner <= 6; owner--)
                if (ThreatAgents.IsOwner(actors, tokens, sentence, owner)) return true;
        }
        return false;
    }

    /// <summary>The end of the noun phrase after "any"/"every": up to three words, stopping at prepositions ("any city at will").</summary>
    private static int NounRunEnd(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        var j = k;
        while (j < sentence.EndToken && j - k < 3 && tokens[j].IsWord && tokens[j].Norm is not ("at" or "in" or "on" or "within" or "whenever" or "and" or "or" or "with" or "from" or "by"))
            j++;
        return j;
    }
}
