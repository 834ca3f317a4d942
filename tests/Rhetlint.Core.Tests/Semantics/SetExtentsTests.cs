using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Markup;
using Rhetlint.Core.Semantics;

namespace Rhetlint.Core.Tests.Semantics;

/// <summary>How a sentence states a set as whole or as a large share (issue 16): the reading every totality slot takes.</summary>
public class SetExtentsTests
{
    /// <summary>The first set in the sentence: how it is stated and its head word, or null.</summary>
    private static (SetStatement How, string Head)? FirstSet(string text)
    {
        var model = Linter.BuildModel("test.txt", SourceText.From(text), DocumentFormat.PlainText);
        var sentence = Assert.Single(model.Syntax.Sentences);
        var tokens = model.Syntax.Tokens;
        return SetExtents.In(tokens, sentence, sentence.FirstToken, sentence.EndToken) is { } set ? (set.How, tokens[set.Head].Norm) : null;
    }

    [Theory]
    [InlineData("Within a decade every last trawler in Pellow will be scrapped.", SetStatement.Universal, "trawler")]
    [InlineData("Each and every one of our branch libraries will close.", SetStatement.Universal, "libraries")]
    [InlineData("All of the ferries will stop.", SetStatement.Universal, "ferries")]
    [InlineData("Half the village pubs in the dales will shut.", SetStatement.Proportion, "pubs")]
    [InlineData("A third of our universities will go bust.", SetStatement.Proportion, "universities")]
    [InlineData("Two thirds of the coral reefs off Merrow will die.", SetStatement.Proportion, "reefs")]
    [InlineData("Gangs are inside one in three councils.", SetStatement.Proportion, "councils")]
    [InlineData("Most of the county's dairy farms will go.", SetStatement.Proportion, "farms")]
    [InlineData("The majority of our chalk streams are dry.", SetStatement.Proportion, "streams")]
    [InlineData("A generation of apprentices will lose out.", SetStatement.Collective, "apprentices")]
    [InlineData("Within a generation the orchards will be dead.", SetStatement.DefinitePlural, "orchards")]
    [InlineData("The town's independent bookshops will close.", SetStatement.DefinitePlural, "bookshops")]
    [InlineData("Our rivers will be sewers.", SetStatement.DefinitePlural, "rivers")]
    public void A_set_is_read_with_how_it_is_stated(string text, SetStatement how, string head) => Assert.Equal((how, head), FirstSet(text));

    [Theory]
    [InlineData("The ferry leaves every day at nine.")]
    [InlineData("A tenth of the stalls were empty.")]
    [InlineData("One in ten drivers failed the test.")]
    [InlineData("It took half an hour.")]
    [InlineData("The mayor will speak at noon.")]
    [InlineData("Most voters agreed.")]
    public void A_frequency_a_small_share_an_amount_or_a_singular_is_no_whole_set(string text) => Assert.Null(FirstSet(text));
}
