using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// A forecast whose universal subject acts rather than falls: "tomorrow every player remaining in the squad will fly
/// home", "every class in the district will sing at the town hall", "every branch will open on Sundays". A domino's
/// members share the first target's fate, so its forecast is undergone: a copula or a passive ("will be swallowed",
/// "will be up for sale"), a verb of closure or dying-off or of going next (<c>escalation_cues.txt</c> kinds
/// <c>loss</c> and <c>succession</c>: "will close", "will follow"), "the same" fate ("will meet the same end"), or a
/// tribute paid ("every shop on the parade will pay them for protection", <see cref="ClaimsOnCommunity"/>). Any other
/// verb in the active voice is something the members do.
/// </summary>
internal static class ActingSubjects
{
    private static readonly Lazy<FrozenSet<string>> FallingVerbs = new(() =>
    {
        var cues = TaggedLexicon.Load(RuleLexicons.Store, "escalation_cues");
        return cues.Words("loss").Concat(cues.Words("succession")).ToFrozenSet(StringComparer.Ordinal);
    });

    /// <summary>Whether the predicate after the modal at <paramref name="modal"/>, up to <paramref name="last"/>, is an act of the subject.</summary>
    public static bool ActAfter(ImmutableArray<Token> tokens, int modal, int last)
    {
        var verb = modal + 1;
        // "will be packing up": the progressive keeps the active verb.
        if (verb + 1 < last && tokens[verb].Norm == "be" && tokens[verb + 1].Norm.EndsWith("ing", StringComparison.Ordinal)) verb++;
        if (verb >= last || tokens[verb].Norm is "be" or "have" or "get" or "become" or "all" || FallingVerbs.Value.Contains(tokens[verb].Norm)) return false;
        var pays = ClaimsOnCommunity.IsPayVerb(tokens[verb]);
        for (var k = verb + 1; k < last; k++)
            if (tokens[k].Norm == "same" || pays && ClaimsOnCommunity.IsTributeNoun(tokens[k])) return false;
        return true;
    }
}
