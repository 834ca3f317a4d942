using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Markup;
using Rhetlint.Core.Semantics;

namespace Rhetlint.Core.Tests.Semantics;

public class CrimeTermsTests
{
    private static DocumentModel Model(string text) => Linter.BuildModel("test.txt", SourceText.From(text), DocumentFormat.PlainText);

    /// <summary>Whether a crime word is in the clause of the first token whose text is <paramref name="word"/>.</summary>
    private static bool CrimeInClauseOf(string text, string word)
    {
        var model = Model(text);
        var index = model.Tokens.IndexOf(model.Tokens.First(t => t.Text == word));
        return CrimeTerms.InClauseOf(model.Tokens, model.Syntax.Sentences[0], index);
    }

    [Theory]
    // Lemmas inflected through the irregular forms and the suffix rules.
    [InlineData("stole")]
    [InlineData("stolen")]
    [InlineData("shot")]
    [InlineData("robbed")]
    [InlineData("kidnapping")]
    [InlineData("robberies")]
    [InlineData("embezzled")]
    [InlineData("fraud")]
    public void Knows_crime_words_in_their_forms(string word) =>
        Assert.True(CrimeTerms.IsCrimeWord(Model(word).Tokens[0]));

    [Theory]
    // Senses mostly figurative or everyday in news are left out by the generator.
    [InlineData("attacked")]
    [InlineData("hit")]
    [InlineData("violation")]
    [InlineData("cheated")]
    [InlineData("charge")]
    [InlineData("raid")]
    public void Leaves_out_words_whose_news_sense_is_no_crime(string word) =>
        Assert.False(CrimeTerms.IsCrimeWord(Model(word).Tokens[0]));

    [Theory]
    [InlineData("The porter allegedly robbed the guests, and then he left town.", "allegedly", true)]
    [InlineData("The porter allegedly left town; the guests were robbed later.", "allegedly", false)]
    [InlineData("The porter allegedly left town, but the guests were robbed later.", "allegedly", false)]
    public void Looks_only_in_the_clause_of_the_word(string text, string word, bool expected) =>
        Assert.Equal(expected, CrimeInClauseOf(text, word));
}
