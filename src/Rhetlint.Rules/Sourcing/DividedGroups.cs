using Rhetlint.Core.Semantics;

namespace Rhetlint.Rules.Sourcing;

/// <summary>
/// "Analysts were divided on the merger. Hana Brück, an economist at the Harlow Institute, said it would cut prices":
/// a group said to be split claims nothing of its own that a member could repeat; it announces sides, and the named
/// speakers after it are those sides (topics8 flagged a must-not-flag of this shape). So any named speaker who follows
/// identifies it, as names that follow "critics" do (the annotation guidelines' "critics followed straight away by
/// names"). Without one, "voters are divided on the tax" stays a view put in an unnamed crowd's mouth.
/// </summary>
internal static class DividedGroups
{
    /// <summary>The adjectives and verbs of a group's division: WordNet's divided/split ("having been divided; not united"), torn, disagree, differ.</summary>
    private static readonly HashSet<string> DivisionWords = new(StringComparer.Ordinal)
        { "divided", "split", "torn", "disagree", "disagreed", "disagrees", "differ", "differed", "differs" };

    public static bool IsSplit(DocumentModel document, AttributionFrame frame) =>
        DivisionWords.Contains(document.Tokens[frame.CueToken].Norm);
}
