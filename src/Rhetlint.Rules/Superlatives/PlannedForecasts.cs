using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Superlatives;

/// <summary>
/// "Under the plan, Marlow Road would become the town's most important bus corridor by 2030", "The council hopes the
/// library will be the borough's most welcoming space", "Salford will be the region's best-connected town once the tram
/// opens": a forecast inside a plan, a hope or a schedule states an aim someone has set, not the writer's verdict on
/// the subject. A bare forecast ("This bypass would be Devon's most destructive road scheme") still ranks.
/// </summary>
internal static class PlannedForecasts
{
    private static readonly TaggedLexicon Cues = TaggedLexicon.Load(RuleLexicons.Store, "plan_cues_wordnet");

    /// <summary>Verbs of a set aim, a hope or an expectation in every form: "plans", "hoped", "expects", "is aiming" (<c>plan_cues_wordnet.txt</c>).</summary>
    private static readonly Lazy<FrozenWordSet> PlanVerbs = new(() => Cues.Words("verb").SelectMany(Inflections.VerbForms).ToFrozenWordSet());

    /// <summary>Nouns of a set aim in both numbers: "under the plan", "the trust's goal", "its objectives" (<c>plan_cues_wordnet.txt</c>).</summary>
    private static readonly Lazy<FrozenWordSet> PlanNouns = new(() => Cues.Words("noun").SelectMany(Inflections.NounForms).ToFrozenWordSet());

    public static bool IsPlanned(ImmutableArray<Token> tokens, Sentence sentence)
    {
        if (HasPlanCue(tokens, sentence)) return true;
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            // "by 2030", "in 2028": a year schedules the forecast; "once the tram opens" times it.
            if (tokens[k].Norm == "once" || tokens[k].Kind == TokenKind.Number && Token.IsYearText(tokens[k].Text)) return true;
        return false;
    }

    /// <summary>
    /// A verb or a noun of a set aim, a hope or an expectation in the sentence ("the trust plans", "under the plan", "the
    /// council expects"), which puts a forecast inside someone's plan. Also read by RH1003's dire forecasts, for which a
    /// year alone is no plan.
    /// </summary>
    public static bool HasPlanCue(ImmutableArray<Token> tokens, Sentence sentence)
    {
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            if (PlanVerbs.Value.Contains(tokens[k]) || PlanNouns.Value.Contains(tokens[k]) && !IsForecastSubject(tokens, sentence, k)) return true;
        return false;
    }

    /// <summary>
    /// A plan noun before the forecast's modal is what the forecast ranks ("The plan would be Devon's most destructive
    /// road scheme"), not a plan the forecast is told inside.
    /// </summary>
    private static bool IsForecastSubject(ImmutableArray<Token> tokens, Sentence sentence, int k) =>
        sentence.NormAt(tokens, k + 1) is "will" or "would" or "could" or "might" or "may" or "can" or "should" or "must";
}
