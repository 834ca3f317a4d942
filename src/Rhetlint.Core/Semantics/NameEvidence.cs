using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Semantics;

/// <summary>
/// What tells a name from a common word in one document. How each word is written elsewhere in it, to tell a name
/// from a common word that is capitalized only because it opens a sentence ("Aviation experts say" vs "Pentagon
/// planners say"): a word written in lower case elsewhere is common, a word capitalized in mid-sentence is a name.
/// And the lists: the document's actor gazetteer, and the outlets configuration names ("Critics Weekly said" is a
/// publication, not critics).
/// </summary>
internal sealed class NameEvidence
{
    private readonly HashSet<string> _capitalizedInside = new(StringComparer.Ordinal);
    /// <summary>
    /// Words capitalized inside a sentence at an edge of a name: alone or last ("the Treasury", "the US Senate"), or first
    /// ("Kestrel Partners"). A word in the middle of a name ("Cascadia Transit Research Group") describes it.
    /// </summary>
    private readonly HashSet<string> _nameEdges = new(StringComparer.Ordinal);
    private readonly HashSet<string> _lowercase = new(StringComparer.Ordinal);
    /// <summary>For each token inside an outlet name, the name's token range; null elsewhere. Null when no outlet is configured.</summary>
    private readonly (int First, int End)?[]? _outlets;

    public NameEvidence(ProseDocument document, DocumentLexicons lexicons)
    {
        Actors = lexicons.Actors;
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
                {
                    _capitalizedInside.Add(token.Norm);
                    var last = i + 1 >= sentence.EndToken || !tokens[i + 1].IsWord || !tokens[i + 1].IsCapitalized;
                    var first = !tokens[i - 1].IsWord || !tokens[i - 1].IsCapitalized;
                    if (first || last) _nameEdges.Add(token.Norm);
                }
            }
        }
        if (lexicons.Outlets.IsEmpty) return;
        _outlets = new (int, int)?[tokens.Length];
        foreach (var sentence in document.Sentences)
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                var length = lexicons.Outlets.LongestAt(tokens, i, sentence.EndToken);
                if (length == 0) continue;
                for (var k = i; k < i + length; k++) _outlets[k] = (i, i + length);
                i += length - 1;
            }
    }

    public ActorGazetteer Actors { get; }

    public bool IsCapitalizedInside(Token token) => _capitalizedInside.Contains(token.Norm);

    public bool IsWrittenLowercase(Token token) => _lowercase.Contains(token.Norm);

    /// <summary>
    /// Whether a word that opens a sentence names something by itself, going by how it is written inside sentences:
    /// capitalized there, and, for a common word, alone or at an edge of a name ("Treasury officials say" after "the
    /// Treasury", "Kestrel analysts say" after "Kestrel Partners"). A common word seen only in the middle of a longer name
    /// describes that name ("Transit experts agree" after "the Cascadia Transit Research Group" names no body). A common
    /// noun is one WordNet holds as well as one the common-word list holds: that list leaves out every word SCOWL also
    /// spells as a name ("Media", "Rose"), so "Media experts agree" after "Harbor Media Group" was read as a body.
    /// </summary>
    public bool IsNameWord(Token token) =>
        _capitalizedInside.Contains(token.Norm) && (_nameEdges.Contains(token.Norm) || !Vocabulary.IsCommonWord(token) && NounTypes.Of(token) is null);

    /// <summary>The configured outlet name that <paramref name="token"/> is part of, as a token range, or null.</summary>
    public (int First, int End)? OutletAt(int token) => _outlets?[token];
}
