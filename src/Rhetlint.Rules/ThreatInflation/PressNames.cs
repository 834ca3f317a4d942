using System.Collections.Frozen;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// A press outlet called by the short form of its name: "Kittering has become a propaganda arm" where the document
/// names "Kittering Public Media" or "the Harlow Evening News". RH1005's press labels are said of the press; a name is
/// of the press when, somewhere in the document, its word starts a name of up to four capitalized words that ends in a
/// press noun.
/// </summary>
internal static class PressNames
{
    /// <summary>How many words before the copula the name may stand, past an auxiliary and an adverb ("Kittering has now become").</summary>
    private const int SubjectReach = 3;

    /// <summary>How many capitalized words may follow the short name in the full one: "Kittering Public Media", "Harlow Evening Post".</summary>
    private const int NameWords = 3;

    /// <summary>Whether the subject right before the copula at <paramref name="copula"/> is a name the document gives to a press outlet.</summary>
    public static bool IsPressName(DocumentModel document, Sentence sentence, int copula, FrozenSet<string> pressNouns)
    {
        var tokens = document.Tokens;
        for (var k = copula - 1; k >= sentence.FirstToken && copula - k <= SubjectReach && tokens[k].IsWord; k--)
        {
            if (!tokens[k].IsCapitalized) continue;
            for (var m = 0; m + 1 < tokens.Length; m++)
            {
                if (tokens[m].Norm != tokens[k].Norm) continue;
                for (var n = m + 1; n < tokens.Length && n - m <= NameWords && tokens[n].IsWord && tokens[n].IsCapitalized; n++)
                    if (pressNouns.Contains(tokens[n].Norm)) return true;
            }
            return false;
        }
        return false;
    }
}
