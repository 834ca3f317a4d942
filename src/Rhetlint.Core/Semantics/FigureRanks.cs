using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Semantics;

/// <summary>
/// A rank that ranks a figure: set off right after the figure with no noun of its own ("left the average at 237,000,
/// the strongest since last spring", "fell 2%, the worst since 2009"). What it grades is the figure's level, so a
/// degree of strength or worth (<c>level_adjectives.txt</c>) is measured there, as "largest" or "lowest" is anywhere;
/// a degree of character or taste ("the most reckless since 1990") stays a judgement.
/// </summary>
internal static class FigureRanks
{
    private static readonly Lazy<FrozenWordSet> LevelAdjectives = new(() => LexiconStore.Engine.Set("level_adjectives"));

    /// <summary>Whether the graded word is one of level: "strongest", "weaker", "best", "worst", "poorest".</summary>
    public static bool IsLevelDegree(Token token) =>
        token.IsWord && LevelAdjectives.Value.Contains(AdjectiveForms.BaseOf(token.Norm) ?? token.Norm);

    /// <summary>A figure that can be ranked as a level: not a date, an age or a model number, which place or name a thing.</summary>
    public static bool IsLevel(EvidenceItem figure) =>
        figure.Kind == EvidenceKind.Figure && figure.Figure is not (FigureKind.Date or FigureKind.Age or FigureKind.ModelNumber);
}
