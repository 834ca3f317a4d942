using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// A forecast told as a plan being carried out, not a worst case: an adverbial of conformity to a plan ("on
/// schedule", "ahead of schedule", "as planned", "as scheduled", "according to plan") — "By the winter the demolition
/// crews will have reduced the tower to rubble, on schedule" — or a closing tag that gives the plan to a body ("…, the
/// council plans.", "…, the trust intends."). The writer reports an intended result, which a reader checks against
/// the plan; a worst case stated as certain has no plan behind it.
/// </summary>
internal static class ScheduledWork
{
    /// <summary>Nouns of a timetable after "on", "behind", "ahead of", "according to": "on schedule", "according to plan".</summary>
    private static readonly FrozenWordSet PlanNouns = new[] { "schedule", "plan", "timetable", "programme", "program" }.ToFrozenWordSet();

    /// <summary>Participles of planning after "as": "as planned", "as scheduled", "as intended".</summary>
    private static readonly FrozenWordSet PlannedParticiples = new[] { "planned", "scheduled", "intended", "agreed", "designed", "programmed" }.ToFrozenWordSet();

    /// <summary>Verbs of planning that close a sentence after their subject: "the council plans".</summary>
    private static readonly FrozenWordSet PlanningVerbs = new[] { "plans", "planned", "intends", "intended", "proposes", "proposed", "schedules", "scheduled" }
        .ToFrozenWordSet();

    /// <summary>How many words a closing tag's subject may hold: "the county housing trust".</summary>
    private const int MaxTagWords = 5;

    public static bool Covers(ImmutableArray<Token> tokens, Sentence sentence)
    {
        for (var k = sentence.FirstToken + 1; k < sentence.EndToken; k++)
        {
            var before = tokens[k - 1].Norm;
            var twoBefore = k - 2 >= sentence.FirstToken ? tokens[k - 2].Norm : "";
            var conforms = PlanNouns.Contains(tokens[k]) && (before is "on" or "behind" || before == "of" && twoBefore == "ahead" || before == "to" && twoBefore == "according")
                           || before == "as" && PlannedParticiples.Contains(tokens[k]);
            if (conforms && NamesPlanner(tokens, sentence, k)) return true;
        }
        return PlanTagCloses(tokens, sentence);
    }

    /// <summary>
    /// A conformity adverbial follows a plan only when the sentence says whose or which: a planner as subject ("the contractors",
    /// "the wrecking crews", "the council") or a plan noun of its own ("the closure plan"). "They will destroy everything
    /// we love, ahead of schedule" has neither: the schedule is the writer's irony on a worst case.
    /// </summary>
    private static bool NamesPlanner(ImmutableArray<Token> tokens, Sentence sentence, int adverbial)
    {
        // The planner is the subject, before the first auxiliary: "everything our grandparents built" names no planner.
        var subject = true;
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            subject &= !FunctionWords.Auxiliaries.Contains(tokens[k]);
            if (Math.Abs(k - adverbial) > 1 && (subject && SourceNouns.Of(tokens[k]) is not null || PlanNouns.Contains(tokens[k]))) return true;
        }
        return false;
    }

    /// <summary>"…, the council plans.": a comma, a determiner phrase, a verb of planning and the end of the sentence.</summary>
    private static bool PlanTagCloses(ImmutableArray<Token> tokens, Sentence sentence)
    {
        var last = sentence.EndToken - 1;
        while (last > sentence.FirstToken && !tokens[last].IsWord) last--;
        if (!PlanningVerbs.Contains(tokens[last])) return false;
        for (var k = last - 1; k > sentence.FirstToken && last - k <= MaxTagWords; k--)
        {
            if (!tokens[k].IsWord) return false;
            if (tokens[k].Norm is "the" or "its" or "their") return tokens[k - 1].Text == ",";
        }
        return false;
    }
}
