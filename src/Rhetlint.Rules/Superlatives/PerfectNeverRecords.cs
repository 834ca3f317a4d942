using System.Collections.Immutable;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Superlatives;

/// <summary>
/// A perfect "never" that keeps a record instead of sweeping over all cases, even when a minimizer such as "such"
/// follows: the writer's own record ("I have never asked for such a levy"), which the writer can vouch for, and a first
/// time closed by "before" ("the bell has never been lowered to such a depth before"), which names the one event
/// that breaks the record. A verb of experience keeps none (<see cref="ExperienceVerbs"/>): "We have never faced such a
/// threat", "Tarnby has never seen such chaos before" sweep over the world the holder met. A "since" with a date
/// ("has never once shut since it opened in 1932") bounds the record to a stretch a reader can check.
/// </summary>
internal static class PerfectNeverRecords
{
    public static bool IsRecord(ImmutableArray<Token> tokens, Sentence sentence, int auxiliary) =>
        !IsExperience(tokens, sentence, auxiliary + 2)
        && (auxiliary - 1 >= sentence.FirstToken && FunctionWords.AuthorPronouns.Contains(tokens[auxiliary - 1])
        || ClauseClosesWithBefore(tokens, sentence, auxiliary + 1) || DatedPast.SinceDateInClause(tokens, sentence, auxiliary + 1));

    /// <summary>"have never faced such a threat", "has never seen such chaos before": a thing met, not done, keeps no record.</summary>
    private static bool IsExperience(ImmutableArray<Token> tokens, Sentence sentence, int verb) =>
        verb < sentence.EndToken && ExperienceVerbs.Is(tokens[verb]);

    private static bool ClauseClosesWithBefore(ImmutableArray<Token> tokens, Sentence sentence, int from)
    {
        var k = from;
        while (k < sentence.EndToken && tokens[k].Text is not ("," or ";" or ":") && tokens[k].Kind != TokenKind.Dash) k++;
        // Step back over the sentence's closing punctuation and quote marks to the clause's last word.
        var last = k - 1;
        while (last > from && !tokens[last].IsWord) last--;
        return last > from && tokens[last].Norm == "before";
    }
}
