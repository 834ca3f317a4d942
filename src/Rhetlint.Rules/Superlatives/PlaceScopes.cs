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
/// </summary>
internal static class PlaceScopes
{
    /// <summary>Proper names of places from WordNet (<c>place_names.txt</c>); the actor gazetteer adds the states of the world.</summary>
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
        if (Vocabulary.IsMeasurableDegree(tokens[degree])) return false;
        return IsPlaceOrField(document, tokens, possessor) && IsPredicate(tokens, possessor);
    }

    /// <summary>"is Britain's", "are the county's", "may be America's", "is now the UK's": the phrase completes a copula.</summary>
    private static bool IsPredicate(ImmutableArray<Token> tokens, int possessor)
    {
        var k = possessor - 1;
        if (k >= 0 && tokens[k].Norm == "the") k--;
        if (k >= 0 && (tokens[k].Norm is "now" or "still" or "already" or "also" or "arguably" or "easily" or "simply")) k--;
        return k >= 0 && FunctionWords.Copulas.Contains(tokens[k]);
    }

    private static bool IsPlaceOrField(DocumentModel document, ImmutableArray<Token> tokens, int possessor)
    {
        var token = tokens[possessor];
        if (!token.HasPossessiveEnding) return false;
        // "the country's", "the county's": a common noun names an area only after "the".
        if (possessor > 0 && tokens[possessor - 1].Norm == "the" && !token.IsCapitalized)
            return RankAdjectives.FieldPossessors.Contains(token.Norm) || AreaPossessors.Contains(token.Norm);
        if (!token.IsCapitalized) return false;
        var name = Token.Create(TokenKind.Word, token.Span, token.Text[..^(token.Norm.EndsWith("'s", StringComparison.Ordinal) ? 2 : 1)]);
        return document.Actors.IsPlaceWord(name) || PlaceNames.Value.Contains(name);
    }
}
