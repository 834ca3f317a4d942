using System.Collections.Immutable;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// A death said through its manner (issue 16): a verb followed at once by the resultative "to death" ("will freeze to
/// death", "will starve to death", "will bleed to death", "will have choked to death"). The construction is a closed
/// grammatical class — any verb of bodily suffering becomes a death with it — so it is read by its two words, not by a
/// list of verbs. Only the intransitive verb makes a death of its subject: with an object between ("bore you to death",
/// "love it to death") or in the passive ("will be bored to death", "scared to death") it is an idiom of degree.
/// </summary>
internal static class MannerDeaths
{
    /// <summary>Just past "to death" when the word at <paramref name="k"/> is a verb followed by it, or null.</summary>
    public static int? EndAt(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        if (k + 2 >= sentence.EndToken || !tokens[k].IsWord || FunctionWords.Prepositions.Contains(tokens[k]) || tokens[k].Norm is "be" or "been") return null;
        return tokens[k + 1].Norm == "to" && tokens[k + 2].Norm == "death" ? k + 3 : null;
    }
}
