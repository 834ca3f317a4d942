using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Superlatives;

/// <summary>
/// "Britain's most trusted GP", "the county's finest bakery", "the industry's most reliable tracker": a possessor that
/// is a place or a field names the set compared, as "in Britain" or "in the industry" does, and owns nothing. An owner
/// ("Brenn's boldest budget", "the club's most loyal fans") bounds the set by its own record; a place does not, so a
/// judged rank after it still needs support (the guidelines: a scope names the set but supports no claim). A measured
/// rank ("the country's largest carmaker", "Kestria's busiest port") is a fact of record a reader can look up, and
/// stays bounded as before. Only a predicate is read so: "Vantor is the UK's most advanced platform" ranks its
/// subject, while wire copy names a referent with such a phrase ("quoted the nation's most prominent radio host", "the
/// NRA, the nation's most influential gun group,") and picks out a set with it ("the state's most powerful politicians").
/// The copula must state the rank as a present fact or a bare forecast: a past one is history or the record ("In 1910
/// the Brandling was Europe's most advanced locomotive"), and a forecast inside a plan, a hope or a schedule ("will be
/// the borough's most welcoming space once it opens in 2028") describes an aim, not a judgement of the subject.
/// </summary>
internal static class PlaceScopes
{
    /// <summary>Proper names of places from WordNet and the actor gazetteer, less given names (<c>place_names.txt</c>).</summary>
    private static readonly Lazy<FrozenWordSet> PlaceNames = new(() => RuleLexicons.Store.Set("place_names"));

    /// <summary>Common nouns of an area a writer ranks within ("the county's", "the state's"), beside the fields of <see cref="RankAdjectives.FieldPossessors"/>.</summary>
    private static readonly FrozenSet<string> AreaPossessors = FrozenSet.ToFrozenSet(
        ["county's", "state's", "city's", "town's", "borough's", "province's", "district's", "island's", "sector's"], StringComparer.Ordinal);

    /// <summary>
    /// Whether the possessor at <paramref name="possessor"/> scopes the judged superlative whose last word is at
    /// <paramref name="degree"/>: a place or field, and a degree that measures nothing.
    /// </summary>
    public static bool ScopesJudgedRank(DocumentModel document, int possessor, int degree)
    {
        var tokens = document.Tokens;
        if (Vocabulary.IsMeasurableDegree(tokens[degree]) || CompassDegrees.Contains(tokens[degree].Norm)) return false;
        if (!IsPlaceOrField(tokens, possessor) || CopulaBefore(tokens, possessor) is not int copula) return false;
        if (PastCopulas.Contains(tokens[copula].Norm)) return false;
        var sentence = document.SentenceOf(possessor);
        if (IsForecast(tokens, copula) && PlannedForecasts.IsPlanned(tokens, sentence)) return false;
        return !FollowsWithFigure(tokens, sentence, degree);
    }

    /// <summary>"most northerly", "most westerly": a literal bearing, measured on a map.</summary>
    internal static readonly FrozenSet<string> CompassDegrees = FrozenSet.ToFrozenSet(
        ["northerly", "southerly", "easterly", "westerly", "northern", "southern", "eastern", "western"], StringComparer.Ordinal);

    /// <summary>"was", "were", "became": a rank held in the past is history or the record, not the writer's judgement now.</summary>
    private static readonly FrozenSet<string> PastCopulas = FrozenSet.ToFrozenSet(
        ["was", "were", "been", "became", "remained", "seemed", "looked", "proved"], StringComparer.Ordinal);

    /// <summary>"will be", "would become", "could be": a modal before the copula.</summary>
    private static bool IsForecast(ImmutableArray<Token> tokens, int copula) =>
        copula > 0 && tokens[copula].Norm is "be" or "become" && tokens[copula - 1].Norm is "will" or "would" or "could" or "may" or "might" or "shall" or "'ll";

    /// <summary>"is Britain's", "are the county's", "may be America's", "is now the UK's": the phrase completes a copula, whose index is returned.</summary>
    private static int? CopulaBefore(ImmutableArray<Token> tokens, int possessor)
    {
        var k = possessor - 1;
        if (k >= 0 && tokens[k].Norm == "the") k--;
        if (k >= 0 && (tokens[k].Norm is "now" or "still" or "already" or "also" or "arguably" or "easily" or "simply")) k--;
        return k >= 0 && FunctionWords.Copulas.Contains(tokens[k]) ? k : null;
    }

    /// <summary>
    /// "the city's most successful club, with 14 league titles": a "with" phrase later in the sentence that counts
    /// something gives the measure the rank rests on.
    /// </summary>
    internal static bool FollowsWithFigure(ImmutableArray<Token> tokens, Sentence sentence, int degree)
    {
        for (var k = degree + 1; k + 1 < sentence.EndToken; k++)
        {
            if (tokens[k].Norm != "with") continue;
            for (var f = k + 1; f < sentence.EndToken && f <= k + 3; f++)
                if (tokens[f].Kind == TokenKind.Number || IsCountWord(tokens[f].Norm)) return true;
        }
        return false;
    }

    /// <summary>A number word or its plural of scale: "with six titles", "with a dozen caps", "with thousands of members".</summary>
    private static bool IsCountWord(string norm) => FunctionWords.IsCardinal(norm) || norm.EndsWith('s') && FunctionWords.IsCardinal(norm[..^1]);

    internal static bool IsPlaceOrField(ImmutableArray<Token> tokens, int possessor)
    {
        var token = tokens[possessor];
        if (!token.HasPossessiveEnding) return false;
        // "the country's", "the county's": a common noun names an area only after "the".
        if (possessor > 0 && tokens[possessor - 1].Norm == "the" && !token.IsCapitalized)
            return RankAdjectives.FieldPossessors.Contains(token.Norm) || AreaPossessors.Contains(token.Norm);
        if (!token.IsCapitalized) return false;
        var name = Token.Create(TokenKind.Word, token.Span, token.Text[..^(token.Norm.EndsWith("'s", StringComparison.Ordinal) ? 2 : 1)]);
        return PlaceNames.Value.Contains(name);
    }
}
