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
    [InlineData("Smugglers are inside one in four of our harbours.", SetStatement.Proportion, "harbours")]
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

    /// <summary>Whether the first set in the sentence is a stake of the readers (<see cref="SetExtents.IsStake"/>).</summary>
    private static bool FirstIsStake(string text, bool departs)
    {
        var model = Linter.BuildModel("test.txt", SourceText.From(text), DocumentFormat.PlainText);
        var sentence = Assert.Single(model.Syntax.Sentences);
        var tokens = model.Syntax.Tokens;
        var set = SetExtents.In(tokens, sentence, sentence.FirstToken, sentence.EndToken);
        Assert.NotNull(set);
        return SetExtents.IsStake(tokens, sentence, set.Value, departs);
    }

    [Theory]
    [InlineData("Half the village schools will close.", false)]
    [InlineData("A third of our hospitals will close.", false)]
    [InlineData("Most of the coral reefs will die.", false)]
    [InlineData("A generation of nurses will leave.", false)]
    [InlineData("Half our market towns will empty.", true)]
    [InlineData("Most of the county's ports will be gone.", true)]
    public void People_places_buildings_and_bodies_are_stakes(string text, bool departs) => Assert.True(FirstIsStake(text, departs));

    [Theory]
    [InlineData("Half the cake will be gone.", false)]
    [InlineData("Most of the tickets will be gone.", true)]
    [InlineData("Half the kittens will be gone.", true)]
    [InlineData("A third of the seedlings will die.", false)]
    [InlineData("Most of our phones will be dead.", false)]
    [InlineData("Half the crowd will be gone.", true)]
    [InlineData("Most of the guests will be gone.", true)]
    [InlineData("Half the seats will be gone.", true)]
    public void Food_stock_pets_plants_gadgets_and_those_who_left_are_no_stakes(string text, bool departs) => Assert.False(FirstIsStake(text, departs));
}
