using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Packs.Matching;

/// <summary>How a pack compares a written word with a word in the text: case, and whether inflected forms count.</summary>
internal sealed record WordTest(bool IgnoreCase, bool Inflect)
{
    public bool Matches(Token token, string word)
    {
        if (IgnoreCase)
        {
            var wanted = Token.Normalize(word);
            return token.Norm == wanted || Inflect && token.IsWord && Inflections.IsFormOf(token.Norm, wanted);
        }
        return token.Text == word || Inflect && token.IsWord && char.IsUpper(token.Text[0]) == char.IsUpper(word[0])
            && Inflections.IsFormOf(token.Norm, Token.Normalize(word));
    }
}
