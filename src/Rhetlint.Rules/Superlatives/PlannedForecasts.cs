using System.Collections.Frozen;
using System.Collections.Immutable;
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
    /// <summary>Words that put a forecast inside a plan, an aim or a schedule.</summary>
    private static readonly FrozenSet<string> PlanCues = FrozenSet.ToFrozenSet(
        ["plan", "plans", "planned", "hope", "hopes", "hoped", "hoping", "aim", "aims", "aimed", "intend", "intends",
         "intended", "expect", "expects", "expected", "target", "goal", "once"], StringComparer.Ordinal);

    public static bool IsPlanned(ImmutableArray<Token> tokens, Sentence sentence)
    {
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            // "by 2030", "in 2028": a year schedules the forecast.
            if (PlanCues.Contains(tokens[k].Norm) || tokens[k].Kind == TokenKind.Number && Token.IsYearText(tokens[k].Text)) return true;
        return false;
    }
}
