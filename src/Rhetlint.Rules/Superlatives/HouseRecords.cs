using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Superlatives;

/// <summary>
/// "the loudest small speaker we have put through our lab this year", "the fullest run of any play we have staged since
/// the auditorium was rebuilt": a rank bounded by what the writer's own house has done in a stated period. The set is
/// the house's own work since a point it names, as "the boldest budget of her career" is one person's record
/// (<see cref="HoldersOwnRecord"/>), and the house can show it. "We" alone speaks for everyone ("the most important vote
/// we have ever cast"), so the reading asks for all of:
/// - "we have" or "we've" and a past participle of doing, not of knowing, perceiving or undergoing (<see cref="HoldersOwnRecord.IsDoing"/>):
///   "the worst storm we have faced since 1987" ranks the world;
/// - a period after it: "this year", "this season", "so far", or "since" a point — "ever" or no period leaves the set
///   open;
/// - an adjective that is not one of worth: "the best play we have staged this year" stays a verdict.
/// The clause may follow the head or "of any" and its noun ("of any play we have staged").
/// </summary>
internal static class HouseRecords
{
    /// <summary>How far after the participle the period may start: "put through our lab this year" (4).</summary>
    private const int PeriodReach = 5;

    public static bool Bounds(ImmutableArray<Token> tokens, Sentence sentence, int degree, int end)
    {
        if (HoldersOwnRecord.IsMerit(tokens[degree])) return false;
        var k = end;
        // "the fullest run of any play we have staged": the clause bounds the set "any" names.
        if (sentence.NormAt(tokens, k) == "of" && sentence.NormAt(tokens, k + 1) == "any") k += 3;
        if (sentence.NormAt(tokens, k) == "that") k++;
        if (sentence.NormAt(tokens, k) == "we've") k++;
        else if (sentence.NormAt(tokens, k) == "we" && sentence.NormAt(tokens, k + 1) == "have") k += 2;
        else return false;
        // "put", "staged", "tested": a participle of doing ("put" is one of the zero-change verbs Participles knows).
        if (k >= sentence.EndToken || !tokens[k].IsWord || tokens[k].IsCapitalized || tokens[k].Norm is "ever" or "had"
            || tokens[k].Norm.EndsWith("ing", StringComparison.Ordinal) || !Participles.IsParticiple(tokens[k].Norm) || !HoldersOwnRecord.IsDoing(tokens[k])) return false;
        for (var p = k + 1; p < sentence.EndToken && p - k <= PeriodReach && tokens[p].IsWord; p++)
        {
            if (tokens[p].Norm == "ever") return false;
            if (IsPeriod(tokens, sentence, p)) return true;
        }
        return false;
    }

    /// <summary>"this year", "this spring", "so far", "since 2011", "since the hall reopened".</summary>
    private static bool IsPeriod(ImmutableArray<Token> tokens, Sentence sentence, int p) =>
        tokens[p].Norm == "since" && p + 1 < sentence.EndToken
        || tokens[p].Norm == "so" && sentence.NormAt(tokens, p + 1) == "far"
        || tokens[p].Norm == "this" && p + 1 < sentence.EndToken
            && (FunctionWords.DemonstrativeTimeNouns.Contains(tokens[p + 1]) || FunctionWords.Seasons.Contains(tokens[p + 1]));
}
