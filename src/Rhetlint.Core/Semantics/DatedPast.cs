using System.Collections.Immutable;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Semantics;

/// <summary>
/// Time expressions that date a statement: a year or a decade ("by 1943", "in the 1840s", "since it opened in 1932"),
/// a month, a calendar unit counted back from now ("last season", "two winters ago"). A claim tied to one is a record
/// of a stretch the reader can check, not a sweep over all time; in a past tense it narrates history.
/// </summary>
public static class DatedPast
{
    /// <summary>Calendar words that name a stretch without being units of <c>time_scale.txt</c>: "last season", "two winters ago".</summary>
    private static readonly HashSet<string> CalendarStretches = new(StringComparer.Ordinal)
    {
        "season", "seasons", "spring", "springs", "summer", "summers", "autumn", "autumns", "winter", "winters", "term", "terms",
    };

    /// <summary>How many words a dating phrase may run: "since the pier first opened to the public in 1932".</summary>
    private const int MaxSinceWords = 9;

    /// <summary>
    /// A "since" at or after <paramref name="from"/> in the same clause whose phrase or clause holds a date: "since
    /// 1932", "since March", "since it opened in 1932", "since the 1990s". "Since it opened" alone gives no date.
    /// </summary>
    public static bool SinceDateInClause(ImmutableArray<Token> tokens, Sentence sentence, int from)
    {
        for (var k = from; k < sentence.EndToken && !IsClauseEnd(tokens[k]); k++)
        {
            if (tokens[k].Norm != "since") continue;
            for (var d = k + 1; d < sentence.EndToken && d - k <= MaxSinceWords && !IsClauseEnd(tokens[d]) && tokens[d].Text != ","; d++)
                if (IsDate(tokens[d])) return true;
        }
        return false;
    }

    /// <summary>
    /// The clause around <paramref name="at"/> is in a past tense ("were", "was", "had") and the sentence dates it: "Enemy
    /// soldiers were in nearly every village by 1943", "hostile crowds were in almost every ground last season".
    /// </summary>
    public static bool IsDatedNarration(ImmutableArray<Token> tokens, Sentence sentence, int at) => IsToldInThePast(tokens, sentence, at) && HasDate(tokens, sentence);

    /// <summary>
    /// The clause before <paramref name="at"/> is told in the past: "was", "were" or a bare "had" ("during the purges it
    /// was open season on intellectuals"). "Has had" and "will have" are the present and the future.
    /// </summary>
    public static bool IsToldInThePast(ImmutableArray<Token> tokens, Sentence sentence, int at)
    {
        for (var k = at - 1; k >= sentence.FirstToken && !IsClauseBreak(tokens[k]); k--)
            if (tokens[k].Norm is "was" or "were" || tokens[k].Norm == "had" && !(k > sentence.FirstToken && tokens[k - 1].Norm is "has" or "have" or "'ve"))
                return true;
        return false;
    }

    private static bool IsClauseBreak(Token token) => IsClauseEnd(token) || token.Text == "," || token.Kind == TokenKind.Dash;

    private static bool HasDate(ImmutableArray<Token> tokens, Sentence sentence)
    {
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            if (tokens[k].IsYear || tokens[k].IsDecade) return true;
            // "last season", "last winter", "last year".
            if (tokens[k].Norm == "last" && k + 1 < sentence.EndToken && IsStretch(tokens[k + 1].Norm)) return true;
            // "two seasons ago", "a decade ago".
            if (tokens[k].Norm == "ago" && k - 1 >= sentence.FirstToken && IsStretch(tokens[k - 1].Norm)) return true;
        }
        return false;
    }

    private static bool IsStretch(string norm) => CalendarStretches.Contains(norm) || TimeScale.RankOf(norm) is not null;

    private static bool IsDate(Token token) => token.IsYear || token.IsDecade || token.IsWord && token.IsCapitalized && FunctionWords.Months.Contains(token.Norm);

    private static bool IsClauseEnd(Token token) => token.Text is ";" or ":" or "." or "?" or "!";
}
