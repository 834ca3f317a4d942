using Rhetlint.Core.Semantics;

namespace Rhetlint.Rules.Sourcing;

/// <summary>
/// "Mr. Lind and other council leaders have said …", "Brandt and others argue …": a named speaker coordinated with
/// "other(s)" of their kind says it with them, so the claim has a named source and the others are the named one's
/// peers (real news, issue 17: two of 40 sampled RH3001 findings were of this shape). A group coordinated with another
/// unnamed group ("farmers and other critics say") names nobody and is still flagged.
/// </summary>
internal static class NamedCompanions
{
    public static bool LeadTheGroup(DocumentModel document, AttributionFrame frame)
    {
        var tokens = document.Tokens;
        var start = frame.SourceStart;
        if (tokens[start].Norm is not ("other" or "others") || start < 2 || tokens[start - 1].Norm != "and") return false;
        var name = tokens[start - 2];
        if (!name.IsWord || !name.IsCapitalized || FunctionWords.AuthorPronouns.Contains(name)) return false;
        // The sentence's first word is capitalized whatever it is: there it must not be a common word or a source noun ("Farmers").
        return start - 2 > document.SentenceOf(start).FirstToken
            || !Vocabulary.IsCommonWord(name) && SourceNouns.OfSentenceStart(name) is null;
    }
}
