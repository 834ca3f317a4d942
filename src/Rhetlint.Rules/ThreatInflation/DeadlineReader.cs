using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// The deadline slot of the forecast readings (issue 16), read once for all of them: besides DireForecasts' spans and
/// near points, a forecast is dated by an event or the end of a period without a number ("before the next election",
/// "by the end of this parliament", "before this decade is out", "by the time your children leave school", "come the
/// winter") and by a bare year ("by 2030"). A year makes the forecast a schedule only with a plan, an aim or an owner's
/// programme in the sentence (<see cref="IsSchedule"/>): "the library will close in 2027 under the council's plan" is a
/// timetable, "by 2030 every reservoir in the county will be bone dry" a forecast.
/// </summary>
internal static class DeadlineReader
{
    private static readonly TaggedLexicon Events = TaggedLexicon.Load(RuleLexicons.Store, "deadline_events_wordnet");

    /// <summary>Events and periods a deadline names without a number: "election", "parliament", "decade" (<c>deadline_events_wordnet.txt</c>).</summary>
    private static readonly Lazy<FrozenWordSet> EventNouns = new(() => Events.Words("event", "period").SelectMany(Inflections.NounForms).ToFrozenWordSet());

    private static readonly TaggedLexicon PlanCues = TaggedLexicon.Load(RuleLexicons.Store, "plan_cues_wordnet");

    /// <summary>Verbs of a set aim or an expectation in every form: "plans", "expects", "is aiming" (<c>plan_cues_wordnet.txt</c>).</summary>
    private static readonly Lazy<FrozenWordSet> PlanVerbs = new(() => PlanCues.Words("verb").SelectMany(Inflections.VerbForms).ToFrozenWordSet());

    /// <summary>Nouns of a set aim in both numbers: "plan", "goals", "programme" (<c>plan_cues_wordnet.txt</c>, with the British spelling).</summary>
    private static readonly Lazy<FrozenWordSet> PlanNouns = new(() =>
        PlanCues.Words("noun").Append("programme").SelectMany(Inflections.NounForms).ToFrozenWordSet());

    /// <summary>The seasons (WordNet's season.n.02): "come the winter".</summary>
    private static readonly FrozenSet<string> Seasons = FrozenSet.ToFrozenSet(["spring", "summer", "autumn", "fall", "winter"], StringComparer.Ordinal);

    /// <summary>
    /// The end of a deadline of an event or a period starting at <paramref name="k"/>, or null: "by"/"before" a bare
    /// year, an event or a period with its determiner ("before the next election", "by the end of this parliament",
    /// "before this decade is out"), "by the time" and its clause, "come" and a season or an event ("come the winter").
    /// </summary>
    public static int? EndAt(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        string Norm(int j) => sentence.NormAt(tokens, j);
        switch (Norm(k))
        {
            case "by" or "before" when k + 1 < sentence.EndToken && tokens[k + 1].IsYear:
                return k + 2;
            case "by" when Norm(k + 1) == "the" && Norm(k + 2) == "time":
                return TimeClauseEnd(tokens, sentence, k + 3);
            case "by" or "before":
                var n = k + 1;
                if (Norm(n) == "the" && Norm(n + 1) == "end" && Norm(n + 2) == "of") n += 3;
                return NamedPeriodEnd(tokens, sentence, n);
            // "Come the winter, …", "come the election": only opening the clause, where "come" is no verb of motion.
            case "come" when k == sentence.FirstToken || tokens[k - 1].Text == ",":
                var s = Norm(k + 1) == "the" ? k + 2 : k + 1;
                return s < sentence.EndToken && (Seasons.Contains(Norm(s)) || EventNouns.Value.Contains(tokens[s])) ? s + 1 : null;
            default:
                return null;
        }
    }

    /// <summary>Whether the deadline names an event or a period of <c>deadline_events_wordnet.txt</c>: "before the next election", "by the end of this parliament".</summary>
    public static bool NamesEvent(ImmutableArray<Token> tokens, (int Start, int End) deadline)
    {
        for (var k = deadline.Start; k < deadline.End; k++)
            if (EventNouns.Value.Contains(tokens[k])) return true;
        return false;
    }

    /// <summary>
    /// "the next election", "this parliament", "the next general election", "this decade is out": a determiner, at most
    /// one modifier, an event or a period noun, and "is out"/"is over" after it.
    /// </summary>
    private static int? NamedPeriodEnd(ImmutableArray<Token> tokens, Sentence sentence, int n)
    {
        string Norm(int j) => sentence.NormAt(tokens, j);
        if (Norm(n) is not ("the" or "this" or "next" or "our" or "their" or "your")) return null;
        var head = n + 1;
        if (Norm(head) == "next") head++;
        if (head < sentence.EndToken && !EventNouns.Value.Contains(tokens[head]) && tokens[head].IsWord && !tokens[head].IsCapitalized) head++;
        if (head >= sentence.EndToken || !EventNouns.Value.Contains(tokens[head])) return null;
        return Norm(head + 1) == "is" && Norm(head + 2) is "out" or "over" or "done" ? head + 3 : head + 1;
    }

    /// <summary>
    /// The clause after "by the time": to a comma, or to the main clause's opener ("there", a universal) when no comma
    /// sets it off ("by the time you retire there will be no pension left").
    /// </summary>
    private static int TimeClauseEnd(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        var end = k;
        while (end < sentence.EndToken && (tokens[end].IsWord || tokens[end].Kind == TokenKind.Number || tokens[end].Text is "'" or "’" or "-"))
        {
            if (end > k + 1 && tokens[end].Norm is "there" or "every" or "all" or "no" or "nobody" or "none") break;
            end++;
        }
        return end;
    }

    /// <summary>
    /// A year that schedules the sentence rather than dating a forecast: a year outside "by"/"before" ("in 2027",
    /// "since 2019": a timetable or history), or any year with a plan, an aim or an expectation in the sentence ("plans",
    /// "under the council's programme", "the bakery expects"). A bare "by 2030" leaves a sweeping forecast a forecast.
    /// </summary>
    public static bool IsSchedule(ImmutableArray<Token> tokens, Sentence sentence)
    {
        var year = false;
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            if (!tokens[k].IsYear) continue;
            if (k == sentence.FirstToken || tokens[k - 1].Norm is not ("by" or "before")) return true;
            year = true;
        }
        return year && HasPlanCue(tokens, sentence);
    }

    /// <summary>A verb or noun of a plan or an aim anywhere in the sentence, or "under" a plan (<see cref="DireForecasts.IsUnderPlan"/>).</summary>
    private static bool HasPlanCue(ImmutableArray<Token> tokens, Sentence sentence)
    {
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            if (PlanVerbs.Value.Contains(tokens[k]) || PlanNouns.Value.Contains(tokens[k])) return true;
        return DireForecasts.IsUnderPlan(tokens, sentence);
    }
}
