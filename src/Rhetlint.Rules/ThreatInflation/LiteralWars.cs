using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// Whether a war waged on a place may be a real one, told as history: the sentence dates it (a year, or a span of
/// centuries: "waged war on these coasts for two centuries"), or the one who wages it before the war fields forces (a
/// state, its people or leader, an armed group: "Germany declared war on this country") or is an armed force by its
/// noun ("the cavalry", "the legions"). A war on "rural Kellshire" is a figure only where none of these holds; a war on
/// people by role ("a war on pensioners") reads the same either way and does not ask.
/// </summary>
internal static class LiteralWars
{
    /// <summary>
    /// Armed forces by their noun (a closed class, WordNet's armed_forces.n.01 and military_unit.n.01 heads that type as
    /// a group by their first sense rather than as <see cref="NounType.Military"/>).
    /// </summary>
    private static readonly HashSet<string> ForceNouns = new(StringComparer.Ordinal)
    {
        "army", "armies", "navy", "navies", "cavalry", "troops", "soldiers", "legion", "legions", "militia", "militias", "marines", "invaders",
    };

    /// <summary>Whether the war at <paramref name="war"/> may be literal: see <see cref="LiteralWars"/>.</summary>
    public static bool IsLiteral(DocumentModel document, Sentence sentence, int war)
    {
        var tokens = document.Tokens;
        if (DomainMismatch.HasYear(tokens, sentence)) return true;
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            if (tokens[k].Norm is "century" or "centuries") return true;
        for (var k = sentence.FirstToken; k < war; k++)
        {
            if (ForceNouns.Contains(tokens[k].Norm) || NounTypes.Of(tokens[k]) is NounType.Military) return true;
            if (document.Actors.Match(tokens.AsSpan(0, sentence.EndToken), k) is { } actor && actor.Class.FieldsForces()) return true;
        }
        return false;
    }
}
