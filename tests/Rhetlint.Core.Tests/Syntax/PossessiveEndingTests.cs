using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Tests.Syntax;

public class PossessiveEndingTests
{
    private static Token Word(string text) => Token.Create(TokenKind.Word, default, text);

    [Theory]
    [InlineData("cartel's", "cartel")]
    [InlineData("Cartel’s", "cartel")]
    [InlineData("ferrymen's", "ferrymen")]
    [InlineData("pilots'", "pilots")]
    [InlineData("pilots’", "pilots")]
    public void A_possessive_ending_is_stripped_to_its_owner(string text, string owner)
    {
        Assert.True(Word(text).HasPossessiveEnding);
        Assert.Equal(owner, Word(text).NormWithoutPossessive);
    }

    [Theory]
    [InlineData("harbour")]
    [InlineData("pilots")]
    [InlineData("o'clock")]
    public void A_word_without_the_ending_stays_as_it_is(string text)
    {
        Assert.False(Word(text).HasPossessiveEnding);
        Assert.Equal(Token.Normalize(text), Word(text).NormWithoutPossessive);
    }
}
