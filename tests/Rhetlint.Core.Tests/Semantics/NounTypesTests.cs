using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Markup;
using Rhetlint.Core.Semantics;

namespace Rhetlint.Core.Tests.Semantics;

public class NounTypesTests
{
    /// <summary>The type of the first token whose text is <paramref name="word"/>, read as the head of a predication.</summary>
    private static NounType? TypeOf(string text, string word)
    {
        var model = Linter.BuildModel("test.txt", SourceText.From(text), DocumentFormat.PlainText);
        var index = model.Tokens.IndexOf(model.Tokens.First(t => t.Text == word));
        return NounTypes.OfHead(model.Tokens, model.Syntax.Sentences[0], index);
    }

    [Theory]
    [InlineData("The wolves crossed the ridge.", "wolves", NounType.Animal)]
    [InlineData("The animals crossed the ridge.", "animals", NounType.Animal)]
    [InlineData("The heroin was seized at the port.", "heroin", NounType.Drug)]
    [InlineData("The old building fell down.", "building", NounType.Structure)]
    [InlineData("The new policy starts in May.", "policy", NounType.Cognition)]
    [InlineData("The new tax starts in May.", "tax", NounType.Possession)]
    [InlineData("The army left the town.", "army", NounType.Group)]
    public void A_common_noun_has_the_type_of_its_most_frequent_sense(string text, string word, NounType expected) =>
        Assert.Equal(expected, TypeOf(text, word));

    [Theory]
    [InlineData("They are everywhere.", "They", NounType.Person)]
    [InlineData("The board met Varnex on Monday.", "Varnex", NounType.Name)]
    public void People_pronouns_are_people_and_capitals_inside_a_sentence_are_names(string text, string word, NounType expected) =>
        Assert.Equal(expected, TypeOf(text, word));

    [Theory]
    [InlineData("It is everywhere.", "It")]
    [InlineData("Varnex met the board on Monday.", "Varnex")]
    [InlineData("The glorp is everywhere.", "glorp")]
    public void Other_pronouns_sentence_initial_names_and_unknown_words_have_no_type(string text, string word) =>
        Assert.Null(TypeOf(text, word));

    [Theory]
    [InlineData("The workers left.", "workers", true)]
    [InlineData("The bodies were found.", "bodies", true)]
    [InlineData("The churches closed.", "churches", true)]
    [InlineData("The children left.", "children", true)]
    [InlineData("The boss left.", "boss", false)]
    [InlineData("The press left.", "press", false)]
    [InlineData("The business closed.", "business", false)]
    [InlineData("The manager left.", "manager", false)]
    public void A_noun_is_plural_by_the_inflection_data_not_by_its_last_letter(string text, string word, bool expected)
    {
        var model = Linter.BuildModel("test.txt", SourceText.From(text), DocumentFormat.PlainText);
        Assert.Equal(expected, NounTypes.IsPlural(model.Tokens.First(t => t.Text == word)));
    }
}
