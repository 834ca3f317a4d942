using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Superlatives;

/// <summary>
/// "The best first step is a phone call", "the safest bet is the early ferry", "the quickest route is the coast road":
/// an advice head (superlative_readings.txt) ranked as the subject of a present copula recommends what the copula
/// introduces. The superlative ranks the reader's options, as "the best way to …" does, not things in the world. A
/// past copula ranks a choice made ("the best move was hiring Lund"), a scope after the head ranks the world ("the
/// best option on the market is the Aurora"), so does an adjective that describes the world rather than grades a choice
/// ("the most dangerous place is the border crossing"), and so does a predicate that picks out a course already taken ("the best
/// approach is the one Orbita took"), and the phrase as a predicate asserts its subject's rank ("Vale is the best
/// option for the harbour").
/// </summary>
internal static class AdviceSubject
{
    private static readonly Lazy<TaggedLexicon> Lexicon = new(() => TaggedLexicon.Load(RuleLexicons.Store, "superlative_readings"));

    /// <summary>
    /// Advice heads that name an option the reader takes. "Thing" names no option: "the best thing is the silence of the
    /// ministers" ranks a feature of the world (its frames, "the best thing is to wait", are read elsewhere).
    /// </summary>
    private static readonly Lazy<FrozenSet<string>> AdviceHeads =
        new(() => Lexicon.Value.Words("advice-head").Except(["thing", "things"]).ToFrozenSet(StringComparer.Ordinal));

    /// <summary>Adjectives that grade an option for the one who chooses: "best", "safest", "quickest", "most sensible".</summary>
    private static readonly Lazy<FrozenWordSet> ChoiceDegrees = new(() => Lexicon.Value.Words("choice-degree").ToFrozenWordSet());

    /// <summary>Order words that may stand between the superlative and its head: "the best first step", "the safest next move".</summary>
    private static readonly FrozenSet<string> OrderWords = new[] { "first", "next", "last" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Whether the superlative phrase at <paramref name="start"/>, whose head follows <paramref name="adjectiveEnd"/>,
    /// opens its clause as the subject of "is" or "are" before a predicate.
    /// </summary>
    public static bool IsRecommendation(ImmutableArray<Token> tokens, Sentence sentence, int start, int adjectiveEnd)
    {
        // "The most dangerous place is the border crossing": an adjective that describes the world ranks the world.
        if (!OpensClause(tokens, sentence, start) || !ChoiceDegrees.Value.Contains(tokens[adjectiveEnd - 1])) return false;
        var head = OrderWords.Contains(sentence.NormAt(tokens, adjectiveEnd)) ? adjectiveEnd + 1 : adjectiveEnd;
        if (!AdviceHeads.Value.Contains(sentence.NormAt(tokens, head)) || sentence.NormAt(tokens, head + 1) is not ("is" or "are")) return false;
        var predicate = head + 2;
        if (predicate >= sentence.EndToken || !tokens[predicate].IsWord) return false;
        // "The best approach is the one Orbita took", "… is what Vale did": a predicate that picks out a course someone
        // already took ranks it among the others taken, a claim.
        return tokens[predicate].Norm != "what" && !(tokens[predicate].Norm == "the" && sentence.NormAt(tokens, predicate + 1) is "one" or "ones");
    }

    /// <summary>The phrase is the first word of its sentence, or follows a clause break (",", ";", ":", "and", "but", "so").</summary>
    private static bool OpensClause(ImmutableArray<Token> tokens, Sentence sentence, int start)
    {
        var k = start - 1;
        while (k >= sentence.FirstToken && !tokens[k].IsWord && tokens[k].Text is not ("," or ";" or ":")) k--;
        return k < sentence.FirstToken || tokens[k].Text is "," or ";" or ":" || tokens[k].Norm is "and" or "but" or "so";
    }
}
