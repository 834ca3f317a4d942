using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Superlatives;

/// <summary>
/// A rank bounded by one person's own record, which a relative clause names: "the most telling promise Mrs. Brenn has
/// made", "more candid than any other speech he has given", "broader than anything Ilse Vale achieved". The set is
/// what that person has done, as in "the boldest budget of her career" (<see cref="SuperlativeReadings.IsWithinOwnRecord"/>),
/// and the record lets a reader check it.
/// The reading is narrow on purpose, since each step outside it ranks a wider set:
/// - the subject is "he", "she" or a person's name; "we", "you", "anyone", a place or a body ("the most important vote
///   Harlow County will cast") speak for more than one person's record;
/// - the verb is in the perfect or the simple past: a modal ranks all that could be done ("the single best investment
///   Brenn could make"), a future what is yet to come;
/// - the verb is one of doing, not of knowing, perceiving or undergoing ("the worst plan she has seen", "the deadliest
///   storm he has covered", "the most dangerous place she has visited" rank public things);
/// - the adjective is not one of worth (<c>merit_adjectives_wordnet.txt</c>): "the bravest thing Ilse Vale has done",
///   "the best speech he has given" and "the most important vote she has cast" stay verdicts the record does not measure.
/// </summary>
internal static class HoldersOwnRecord
{
    private static readonly Lazy<FrozenSet<string>> MeritAdjectives = new(() =>
        RuleLexicons.Store.Lines("merit_adjectives_wordnet").Select(Token.Normalize).ToFrozenSet(StringComparer.Ordinal));

    /// <summary>
    /// Whether the relative clause that starts at <paramref name="k"/> (the first token after the head noun, or after
    /// "anything"/"any other N") bounds the rank graded by the adjective at <paramref name="degree"/> to one person's own doings.
    /// </summary>
    public static bool Bounds(DocumentModel document, Sentence sentence, int degree, int k)
    {
        var tokens = document.Tokens;
        if (IsMerit(tokens[degree])) return false;
        if (k < sentence.EndToken && tokens[k].Norm == "that") k++;
        if (k >= sentence.EndToken || !tokens[k].IsWord) return false;
        if (tokens[k].Norm is "he" or "she") k++;
        else if (PersonNameEnd(document, sentence, k) is int nameEnd) k = nameEnd;
        else return false;
        return IsPastOrPerfectDeed(tokens, sentence, k);
    }

    /// <summary>
    /// "more presidential than any other he has given": "any other" took the pronoun for its noun, so the clause starts at it.
    /// <paramref name="end"/> is the end of the standard.
    /// </summary>
    public static bool BoundsStandard(DocumentModel document, Sentence sentence, int degree, int end)
    {
        var tokens = document.Tokens;
        if (Bounds(document, sentence, degree, end)) return true;
        return end - 3 > sentence.FirstToken && tokens[end - 1].Norm is "he" or "she" && tokens[end - 2].Norm == "other" && tokens[end - 3].Norm == "any"
            && Bounds(document, sentence, degree, end - 1);
    }

    /// <summary>"best" is read as "good", "most candid" by "candid"; a hyphenated compound by its first part.</summary>
    private static bool IsMerit(Token token)
    {
        var word = token.Norm;
        var hyphen = word.IndexOf('-');
        if (hyphen > 0) word = word[..hyphen];
        return MeritAdjectives.Value.Contains(word) || AdjectiveForms.BaseOf(word) is { } baseForm && MeritAdjectives.Value.Contains(baseForm);
    }

    /// <summary>
    /// "has made", "had ever delivered", "achieved", "ever really got": a perfect or a simple past of a verb of doing,
    /// with "ever" or an adverb in "-ly" before it; "had" alone is a past too ("the busiest year she had"), but not
    /// "had to". <paramref name="k"/> is the first token after the subject.
    /// </summary>
    private static bool IsPastOrPerfectDeed(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        var perfect = k < sentence.EndToken && tokens[k].Norm is "has" or "have" or "had";
        var auxiliary = k;
        if (perfect) k++;
        while (k < sentence.EndToken && tokens[k].IsWord && (tokens[k].Norm is "ever" or "yet" or "already" || tokens[k].Norm.EndsWith("ly", StringComparison.Ordinal) && !tokens[k].IsCapitalized)) k++;
        if (k < sentence.EndToken && IsDeed(tokens[k])) return true;
        // "the busiest year she had": "had" is the verb; "the best chance he has" is a present and ranks what is to come.
        return perfect && tokens[auxiliary].Norm == "had" && k == auxiliary + 1 && (k >= sentence.EndToken || !tokens[k].IsWord || tokens[k].Norm != "to");
    }

    /// <summary>A past form ("made", "delivered") that is not a copula, a noun-phrase breaker or a verb of knowing, perceiving, undergoing, believing or saying.</summary>
    private static bool IsDeed(Token verb) =>
        verb.IsWord && !verb.IsCapitalized
        && (verb.Norm.EndsWith("ed", StringComparison.Ordinal) || Inflections.IsIrregularVerbForm(verb.Norm))
        && !FunctionWords.Auxiliaries.Contains(verb) && !FunctionWords.Copulas.Contains(verb) && !FunctionWords.NounPhraseBreakers.Contains(verb)
        && !CognitionVerbs.Contains(verb) && !ExperienceVerbs.Is(verb) && !Vocabulary.IsBeliefVerb(verb) && !Vocabulary.IsReportingVerb(verb);

    /// <summary>
    /// The end of a person's name at <paramref name="k"/>: an optional honorific and one to three capitalized words
    /// ("Mrs. Brenn", "Ilse Vale"), not a state, party, company or other actor the gazetteer knows, nor a place or a
    /// body named by its head noun ("Harlow County", "the Varn Harbour Board"), which act for many people.
    /// </summary>
    private static int? PersonNameEnd(DocumentModel document, Sentence sentence, int k)
    {
        var tokens = document.Tokens;
        if (tokens[k].Norm.TrimEnd('.') is "mr" or "mrs" or "ms" or "dr")
        {
            k++;
            if (k < sentence.EndToken && tokens[k].Text == ".") k++;
        }
        var first = k;
        while (k < sentence.EndToken && k - first < 3 && tokens[k].IsWord && tokens[k].IsCapitalized && !tokens[k].HasPossessiveEnding) k++;
        if (k == first || document.Actors.Match(tokens.AsSpan(), first) is not null || document.Actors.IsPlaceWord(tokens[first])) return null;
        if (NounTypes.Of(tokens[k - 1]) is NounType.Location or NounType.Group || Vocabulary.IsOrganizationNoun(tokens[k - 1])) return null;
        return k;
    }
}
