using System.Collections.Immutable;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// "to get this right", "to get it right": succeeding at the matter in hand, a call to act as much as "to fix it". The
/// object must be the matter itself (this, it, that, things); "to get the costumes right" is a task with its own object.
/// Beside a countdown ("we have ten years to get it right") it makes the countdown a time budget for action,
/// as "to get ready" does.
/// </summary>
internal static class SuccessIdioms
{
    public static bool At(ImmutableArray<Token> tokens, Sentence sentence, int k) =>
        sentence.NormAt(tokens, k) is "get" or "getting" && sentence.NormAt(tokens, k + 1) is "this" or "it" or "that" or "things"
        && sentence.NormAt(tokens, k + 2) == "right";
}
