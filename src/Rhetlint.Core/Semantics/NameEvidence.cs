using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Semantics;

/// <summary>
/// How each word is written elsewhere in the document, to tell a name from a common word that is capitalized
/// only because it opens a sentence ("Aviation experts say" vs "Pentagon planners say"): a word written in lower
/// case elsewhere is common, a word capitalized in mid-sentence is a name.
/// </summary>
internal sealed class NameEvidence
{
    private readonly HashSet<string> _capitalizedInside = new(StringComparer.Ordinal);
    private readonly HashSet<string> _lowercase = new(StringComparer.Ordinal);

    public NameEvidence(ProseDocument document)
    {
        var tokens = document.Tokens;
        foreach (var sentence in document.Sentences)
        {
            // Headlines capitalize every word, so they say nothing about which words are names.
            if (document.IsTitleCase(sentence)) continue;
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                var token = tokens[i];
                if (!token.IsWord || !char.IsLetter(token.Text[0])) continue;
                if (!token.IsCapitalized) _lowercase.Add(token.Norm);
                else if (i > sentence.FirstToken && tokens[i - 1].Kind != TokenKind.Quote && tokens[i - 1].Text is not (":" or "(" or "—"))
                    _capitalizedInside.Add(token.Norm);
            }
        }
    }

    public bool IsCapitalizedInside(Token token) => _capitalizedInside.Contains(token.Norm);

    public bool IsWrittenLowercase(Token token) => _lowercase.Contains(token.Norm);
}
