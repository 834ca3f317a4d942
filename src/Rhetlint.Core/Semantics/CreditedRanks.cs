using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Semantics;

/// <summary>
/// A rank credited to nobody by a verb that names or holds up: "Kestrel, referred to as the deadliest archer in the
/// regiment, …", "thrift is held up as the single most useful virtue", "a court known as the most cautious in the
/// land". Alone these verbs name ("referred to as the Dreamers", "known as the Narrows") or display ("held up as an
/// example"); with a rank after "as" the rank is a reputation someone holds, as after "hailed as" or "widely seen as".
/// The annotation guidelines flag such weasel passives as a sourcing gap (QS: "has been hailed") and annotate the
/// view once, so the rank is reported content (no RH2001) and RH3006 reads the passive.
/// </summary>
public static class CreditedRanks
{
    /// <summary>
    /// The phrases, as WordNet has them: refer.v.03 ("refer to as"), hold_up.v.02 ("to be presented as an example"),
    /// know.v.05 in the passive ("be known as", be familiar by repute). Each ends before "as".
    /// </summary>
    private static readonly string[][] Phrases = [["referred", "to"], ["held", "up"], ["known"]];

    /// <summary>Words a rank may run over after "as" before its superlative: "one of the", "among the", "the world's", "the single".</summary>
    private const int MaxRankLeadTokens = 4;

    /// <summary>
    /// The credited phrase at <paramref name="i"/> when a rank follows its "as": (first token of the phrase, "as",
    /// first token of the rank). The phrase opens the sentence or follows a form of "be", an adverb or a comma, as a
    /// reduced or finite passive does ("Known as the finest …, Lund …", "Kestrel, often referred to as", "is widely known
    /// as"); "the man they referred to as" is active.
    /// </summary>
    public static (int Phrase, int As, int Rank)? At(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        foreach (var words in Phrases)
        {
            if (!PhraseList.MatchesAt(tokens, i, sentence.EndToken, words)) continue;
            var asAt = i + words.Length;
            if (asAt + 1 >= sentence.EndToken || tokens[asAt].Norm != "as" || !RankFollows(tokens, sentence, asAt + 1)) return null;
            if (i == sentence.FirstToken) return (i, asAt, asAt + 1);
            var before = tokens[i - 1];
            return before.Text == "," || PassiveChain.IsInnerAdverb(before) || before.Norm is "is" or "are" or "was" or "were" or "been" or "being" or "be"
                ? (i, asAt, asAt + 1) : null;
        }
        return null;
    }

    /// <summary>
    /// "the deadliest sniper", "one of the best players", "the single most important test", "the region's largest": a
    /// superlative (or "most", "least") after "the" or a possessive, within a few words. A capitalized superlative is a
    /// name ("known as the Greatest Generation").
    /// </summary>
    private static bool RankFollows(ImmutableArray<Token> tokens, Sentence sentence, int first)
    {
        var determined = false;
        for (var k = first; k < sentence.EndToken && k - first <= MaxRankLeadTokens && tokens[k].IsWord; k++)
        {
            var token = tokens[k];
            if (determined && (AdjectiveForms.IsSuperlative(token) || token.Norm is "most" or "least")) return !token.IsCapitalized;
            determined |= token.Norm == "the" || token.HasPossessiveEnding;
        }
        return false;
    }
}
