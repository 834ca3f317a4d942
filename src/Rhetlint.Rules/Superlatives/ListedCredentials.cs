using System.Collections.Immutable;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Superlatives;

/// <summary>
/// Credentials that state a fact rather than ask for deference. "Bestselling" and "award-winning" say that a person's
/// work sold well or won something (a sales list, a prize the reader can look up): a fact of a list, not a claim of
/// standing the text would have to support. A "-winning" compound is an open class ("prize-winning", "Emmy-winning",
/// "Pulitzer-winning"), read by its ending. "Top" before a role noun completed by its owner after "on", "for", "at"
/// or "with" ("the top strategist on Vale's campaign", "a top lobbyist for the Harbour Board") names the highest post
/// on that owner's staff, as "Vale's top strategist" does.
/// </summary>
internal static class ListedCredentials
{
    /// <summary>"bestselling", "best-selling", "award-winning", "prize-winning", "Emmy-winning".</summary>
    public static bool IsListed(Token puff) =>
        puff.Norm is "bestselling" or "best-selling" || puff.Norm.Length > "-winning".Length && puff.Norm.EndsWith("-winning", StringComparison.Ordinal);

    /// <summary>
    /// Whether the role noun ending at <paramref name="roleEnd"/> is completed by its owner: "on", "for", "at" or
    /// "with" and a name, a possessive or a definite organization ("for the Harbour Board", "on Vale's campaign", "at
    /// the agency"). A place or a field after "in" ranks the field ("a top economist in Germany") and is no owner.
    /// </summary>
    public static bool HasOwnerAfter(DocumentModel document, Sentence sentence, int roleEnd)
    {
        var tokens = document.Tokens;
        if (roleEnd + 1 >= sentence.EndToken || tokens[roleEnd].Norm is not ("on" or "for" or "at" or "with")) return false;
        var owner = roleEnd + 1;
        if (FunctionWords.Definite.Contains(tokens[owner]) && owner + 1 < sentence.EndToken) owner++;
        for (var k = owner; k < sentence.EndToken && k - owner < 4 && tokens[k].IsWord; k++)
        {
            if (tokens[k].Norm.EndsWith("'s", StringComparison.Ordinal) || tokens[k].Norm.EndsWith("s'", StringComparison.Ordinal)) return true;
            if (Vocabulary.IsOrganizationNoun(tokens[k]) || SubjectCues.IsName(document.Actors, tokens, sentence, k)) return true;
            if (!tokens[k].IsCapitalized) return false;
        }
        return false;
    }
}
