using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Semantics;

/// <summary>
/// What a threat claim is about: an actor from the gazetteer ("Kestria", "the Kremlin", "militants") or a noun
/// that names a threat or risk (<c>threat_nouns.txt</c>: war, missiles, pandemic, recession). RULES.md asks the
/// threat-inflation rules for such a referent near a metaphor or a prediction, so that "storm clouds over the
/// coast" stays weather and "a ticking time bomb under the alliance" reads as a threat claim.
/// </summary>
public static class ThreatReferents
{
    private static readonly Lazy<FrozenWordSet> Nouns = new(() => LexiconStore.Set("threat_nouns"));

    /// <summary>Whether a referent (an actor of <paramref name="actors"/>, the document's gazetteer, or a threat noun) starts at <paramref name="index"/>; <paramref name="length"/> is its token count.</summary>
    public static bool IsAt(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int index, out int length)
    {
        length = 0;
        if (index >= sentence.EndToken || !tokens[index].IsWord) return false;
        if (actors.Match(tokens.AsSpan(0, sentence.EndToken), index) is { } actor)
        {
            length = actor.Length;
            return true;
        }
        if (!IsThreatNoun(tokens[index])) return false;
        length = 1;
        return true;
    }

    /// <summary>The first referent in the sentence at or after <paramref name="from"/> and before <paramref name="end"/>, or null.</summary>
    public static int? FindIn(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence, int from, int end)
    {
        for (var k = Math.Max(from, sentence.FirstToken); k < Math.Min(end, sentence.EndToken); k++)
            if (IsAt(actors, tokens, sentence, k, out _)) return k;
        return null;
    }

    /// <summary>Whether the sentence names any referent.</summary>
    public static bool InSentence(ActorGazetteer actors, ImmutableArray<Token> tokens, Sentence sentence) =>
        FindIn(actors, tokens, sentence, sentence.FirstToken, sentence.EndToken) is not null;

    /// <summary>A threat noun, singular or with a regular plural ("missiles", "militias", "crises").</summary>
    public static bool IsThreatNoun(Token token)
    {
        var norm = token.Norm;
        if (Nouns.Value.Contains(norm)) return true;
        if (norm.Length < 4 || norm[^1] != 's') return false;
        if (Nouns.Value.Contains(norm[..^1])) return true;
        if (norm.EndsWith("ies", StringComparison.Ordinal) && Nouns.Value.Contains(norm[..^3] + "y")) return true;
        if (norm.EndsWith("es", StringComparison.Ordinal) && Nouns.Value.Contains(norm[..^2])) return true;
        // "crises" → "crisis".
        return norm.EndsWith("ses", StringComparison.Ordinal) && Nouns.Value.Contains(norm[..^2] + "is");
    }
}
