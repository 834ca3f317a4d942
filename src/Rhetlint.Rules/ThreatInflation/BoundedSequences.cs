using System.Collections.Immutable;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// What stops a widening sequence (<see cref="WideningSequences"/>) from claiming that nothing stops: a last target
/// bounded by a purpose or a time ("then the whole town centre for the marathon", "then the whole restaurant at
/// midnight") is a closure with an end, and a sequence a record or a reporter gives after a colon ("the diaries record
/// it plainly: first they close …", "historians describe the pattern: …") is their account, not the writer's alarm.
/// </summary>
internal static class BoundedSequences
{
    /// <summary>Prepositions that bound a closure by themselves: "during the festival", "until the spring", "ahead of the visit".</summary>
    private static readonly HashSet<string> BoundingPrepositions = new(StringComparer.Ordinal) { "during", "until", "till", "throughout", "ahead", "pending" };

    /// <summary>Prepositions that bound it only before a time ("at midnight", "in the January sale", "over the weekend").</summary>
    private static readonly HashSet<string> TimePrepositions = new(StringComparer.Ordinal) { "at", "by", "in", "on", "over", "before", "after" };

    /// <summary>Most words between a time preposition and its time noun ("in the busy January sale").</summary>
    private const int TimeReach = 3;

    /// <summary>
    /// The target [<paramref name="start"/>, <paramref name="end"/>) carries a purpose or a time after its head: "for" +
    /// anything but "good" or "ever" (which make the loss lasting), a bounding preposition, or a time preposition before
    /// a noun of time, a month, a weekday or a clock time.
    /// </summary>
    public static bool EndsOnABound(ImmutableArray<Token> tokens, int start, int end)
    {
        for (var k = start + 1; k < end; k++)
        {
            var norm = tokens[k].Norm;
            if (norm == "for" && !(k + 1 < end && tokens[k + 1].Norm is "good" or "ever")) return true;
            if (BoundingPrepositions.Contains(norm)) return true;
            if (!TimePrepositions.Contains(norm)) continue;
            for (var t = k + 1; t < end && t - k <= TimeReach; t++)
                if (IsTimeWord(tokens[t])) return true;
        }
        return false;
    }

    /// <summary>A noun of time, a month, a weekday or a clock time ("midnight", "August", "Sunday", "six o'clock").</summary>
    private static bool IsTimeWord(Token token) =>
        NounTypes.Of(token) is NounType.Time || FunctionWords.Months.Contains(token) || FunctionWords.Weekdays.Contains(token) || token.Norm == "o'clock";

    /// <summary>
    /// The clause before the colon at <paramref name="colon"/> reports what follows: it holds a reporting verb
    /// ("historians describe the pattern:") or a record as the subject of a verb ("the diaries record it plainly:", "the
    /// minutes show it:"). "Make no mistake:" and "the signs are clear:" report nothing.
    /// </summary>
    public static bool IsReportedFrame(ImmutableArray<Token> tokens, Sentence sentence, int colon)
    {
        var start = colon;
        while (start > sentence.FirstToken && tokens[start - 1].Text is not (":" or ";")) start--;
        for (var k = start; k < colon; k++)
        {
            if (Vocabulary.IsReportingVerb(tokens[k])) return true;
            if (NounTypes.Of(tokens[k]) is NounType.Communication && k + 1 < colon && tokens[k + 1].IsWord
                && !FunctionWords.Copulas.Contains(tokens[k + 1]) && !FunctionWords.Auxiliaries.Contains(tokens[k + 1]) && !FunctionWords.Prepositions.Contains(tokens[k + 1]))
                return true;
        }
        return false;
    }
}
