using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// Moments of a readiness adjunct beside "the minute they can" (issue 16), a closed set of clause shapes after "the
/// minute/moment/second/instant": one unwatched, when the writer's side or the reader looks away ("the minute our
/// backs are turned", "the moment your back is turned"), and one sealed, when a deal
/// is signed ("the moment the ink is dry"). Acting the instant no one watches imputes bad faith by itself, so an
/// unwatched moment widens the harm <see cref="ReadinessFrames"/> reads to a group or a public stake ("bulldoze the
/// meadow"), not any act ("raid the fridge"); a sealed one only says how soon, and narrows it to a group of people
/// ("sack every worker", not "sack the manager").
/// </summary>
internal static class FurtiveMoments
{

    /// <summary>
    /// The end of an unwatched moment at <paramref name="i"/>: "the minute our/your/their backs are turned", "the
    /// moment your back is turned". ("The second nobody is looking" says the same, but its own "nobody" reads as a
    /// negation of the claim, which the rule then drops.)
    /// </summary>
    public static int? UnwatchedEnd(ImmutableArray<Token> tokens, int i, int end)
    {
        string Norm(int k) => k < end ? tokens[k].Norm : "";
        if (Norm(i) != "the" || !ReadinessFrames.InstantNouns.Contains(Norm(i + 1))) return null;
        var k = Norm(i + 2) == "that" ? i + 3 : i + 2;
        return Norm(k) is "our" or "your" or "their" or "my" && Norm(k + 1) is "back" or "backs" && Norm(k + 2) is "is" or "are" && Norm(k + 3) == "turned"
            ? k + 4
            : null;
    }

    /// <summary>The end of a sealed moment at <paramref name="i"/>: "the moment the ink is dry".</summary>
    public static int? SealedEnd(ImmutableArray<Token> tokens, int i, int end)
    {
        string Norm(int k) => k < end ? tokens[k].Norm : "";
        if (Norm(i) != "the" || !ReadinessFrames.InstantNouns.Contains(Norm(i + 1))) return null;
        var k = Norm(i + 2) == "that" ? i + 3 : i + 2;
        return Norm(k) == "the" && Norm(k + 1) == "ink" && Norm(k + 2) == "is" && Norm(k + 3) == "dry" ? k + 4 : null;
    }
}
