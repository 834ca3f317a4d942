using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// A want of defeat over a stake named any way (issue 16): "the budget cutters want British farming on its knees",
/// "the funds want the Harbour Trust at their mercy". <see cref="OpenStakeFrames.WishEnd"/> reads a want over the
/// reader's, the writer's side's or a universal set; a posture of defeat (the <c>subjugation</c> kind of
/// open_stake_frames.txt: on its knees, at their mercy) wished on an institution, a field or a place is ruinous
/// whatever names it. Not on people or a group of them, whose kneeling may be literal ("the instructor wants the
/// class on its knees", "the priest wants the congregation on its knees"), nor on animals.
/// </summary>
internal static class SubjugatedStakes
{
    private static readonly Lazy<PhraseList> Subjugation = new(() => TaggedLexicon.Load(RuleLexicons.Store, "open_stake_frames").Phrases("subjugation"));

    /// <summary>How many words the stake may run to before the posture ("the whole county council").</summary>
    private const int StakeWords = 3;

    /// <summary>
    /// The end of a posture of defeat after a stake of up to <see cref="StakeWords"/> words at <paramref name="k"/>
    /// (words only, no auxiliary, no "to"), whose head is no person, group or animal; or null.
    /// </summary>
    public static int? End(ImmutableArray<Token> tokens, Sentence sentence, int k, int end)
    {
        for (var posture = k + 1; posture < end && posture - k <= StakeWords; posture++)
        {
            var head = posture - 1;
            if (!tokens[head].IsWord || FunctionWords.Auxiliaries.Contains(tokens[head]) || tokens[head].Norm == "to") return null;
            if (Subjugation.Value.LongestAt(tokens, posture, end) is not (> 0 and var length)) continue;
            if (tokens[head].Norm is "them" or "him" or "her" or "me" || NounTypes.OfHead(tokens, sentence, head) is NounType.Person or NounType.Group or NounType.Animal) return null;
            return posture + length;
        }
        return null;
    }
}
