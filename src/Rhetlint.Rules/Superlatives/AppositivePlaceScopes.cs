using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Superlatives;

/// <summary>
/// "Mara Lind, Norway's most gifted striker, signed on Friday", "we ate at Pellow's, the county's finest bakery.": a
/// judged rank after a place or a field, set off by a comma after the noun it describes, ranks that noun as "Pellow's
/// is the county's finest bakery" does (<see cref="PlaceScopes"/>); the place names the set and supports nothing.
/// The phrase must close at a comma or the sentence's end, so a scope or clause after it is read by the other gates.
/// Wire copy describes its sources with such a phrase ("The Harlow Trust, the county's most influential housing
/// charity, said it would appeal"): inside an attribution frame's source the rank is a credential, which RH2004 and the
/// sourcing rules judge. A plan, a hope, a schedule or a year in the sentence dates or aims the rank, and a later
/// "with" phrase that counts ("with 112 caps") measures it, as for the predicate. A degree of standing — renown,
/// power, seniority, experience, success — describes the referent as wire copy does ("Tom Reese, the city's most senior
/// officer,", "Arlo, the borough's most famous cat,", "the Rovers, the county's most successful club,"): a record or
/// public fame, not the writer's verdict (<c>standing_adjectives_wordnet.txt</c>). So does a degree that is a count, a
/// record or an official status ("the country's most cited economist", "the county's most threatened bird", "the
/// district's most deprived ward", "Japan's most active volcano": <c>measured_participles_wordnet.txt</c>).
/// </summary>
internal static class AppositivePlaceScopes
{
    private static readonly Lazy<FrozenSet<string>> StandingAdjectives = new(() =>
        RuleLexicons.Store.Lines("standing_adjectives_wordnet").Select(Token.Normalize).ToFrozenSet(StringComparer.Ordinal));

    private static readonly Lazy<FrozenSet<string>> MeasuredParticiples = new(() =>
        RuleLexicons.Store.Lines("measured_participles_wordnet").Select(Token.Normalize).ToFrozenSet(StringComparer.Ordinal));

    /// <summary>
    /// "the most cited", "the most visited", "the most decorated", "the most threatened", "the most active": a count
    /// someone keeps or a grade on an official scale, which ranks as a measure does.
    /// </summary>
    private static bool IsCountedOrStatus(Token degree) => degree.Norm == "active" || MeasuredParticiples.Value.Contains(degree.Norm);

    /// <summary>
    /// Whether the possessor at <paramref name="possessor"/> scopes the judged superlative at <paramref name="degree"/>
    /// in an appositive that ends at <paramref name="end"/>.
    /// </summary>
    public static bool ScopesJudgedRank(DocumentModel document, int possessor, int degree, int end)
    {
        var tokens = document.Tokens;
        if (Vocabulary.IsMeasurableDegree(tokens[degree]) || IsCountedOrStatus(tokens[degree]) || PlaceScopes.CompassDegrees.Contains(tokens[degree].Norm)) return false;
        if (!PlaceScopes.IsPlaceOrField(tokens, possessor) || StandingAdjectives.Value.Contains(AdjectiveForms.BaseOf(tokens[degree].Norm) ?? tokens[degree].Norm)) return false;
        var sentence = document.SentenceOf(possessor);
        var open = possessor > sentence.FirstToken && tokens[possessor - 1].Norm == "the" ? possessor - 1 : possessor;
        if (!IsAppositive(tokens, sentence, open, end)) return false;
        if (PlannedForecasts.IsPlanned(tokens, sentence) || PlaceScopes.FollowsWithFigure(tokens, sentence, degree)) return false;
        foreach (var frame in document.FramesIn(sentence))
            if (frame.SourceStart <= open && open < frame.SourceEnd) return false;
        return true;
    }

    /// <summary>", the county's finest bakery," after a word: the phrase follows a comma and closes the clause's noun.</summary>
    private static bool IsAppositive(ImmutableArray<Token> tokens, Sentence sentence, int open, int end)
    {
        if (open - 2 < sentence.FirstToken || tokens[open - 1].Text != "," || !tokens[open - 2].IsWord) return false;
        // "Britain's most trusted GP": a head in capitals, which the phrase reader leaves out as a name.
        while (end < sentence.EndToken && tokens[end].IsWord && tokens[end].IsCapitalized) end++;
        return end >= sentence.EndToken || !tokens[end].IsWord;
    }
}
