using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// A named catastrophe said to be happening now, slowly (issue 16): "the water cuts are the Great Depression in slow
/// motion", "this is Chernobyl in slow motion". The frame is structural — a present copula, a name of the gazetteer
/// and "in slow motion" — and the gazetteer is RH1009's: the terms and villains of <c>historical_analogies.txt</c> and
/// the WordNet events and places of <c>historical_catastrophes_wordnet.txt</c>. Only a name: "a car crash in slow
/// motion" is a fiasco idiom, and "the replay showed the crash in slow motion" is film.
/// </summary>
internal static class SlowMotionAnalogies
{
    /// <summary>
    /// The range of "is [the|a] NAME in slow motion" with the name at <paramref name="i"/> or after an article there,
    /// from the subject pronoun or the copula to "motion", or null. The copula is present: "the 1930s were the Great
    /// Depression in slow motion" tells the past.
    /// </summary>
    public static (int First, int End)? At(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var end = sentence.EndToken;
        if (i == sentence.FirstToken || tokens[i - 1].Norm is not ("is" or "are" or "'s" or "'re")) return null;
        var k = tokens[i].Norm is "the" or "a" or "an" ? i + 1 : i;
        if (k >= end || HistoricalNames.EventsAndPlaces.Value.FirstPhraseAt(tokens, k, end) is not { } name) return null;
        if (SlowMotionEnd(tokens, k + name.Length, end) is not int tail) return null;
        var first = i - 2 >= sentence.FirstToken && tokens[i - 2].Norm is "this" or "it" or "that" or "today" ? i - 2 : i - 1;
        return (first, tail);
    }

    /// <summary>The end of "in slow motion" or "in slow-motion" at <paramref name="k"/>, or null.</summary>
    private static int? SlowMotionEnd(ImmutableArray<Token> tokens, int k, int end)
    {
        if (k + 1 >= end || tokens[k].Norm != "in") return null;
        if (tokens[k + 1].Norm == "slow-motion") return k + 2;
        return k + 2 < end && tokens[k + 1].Norm == "slow" && tokens[k + 2].Norm == "motion" ? k + 3 : null;
    }
}
