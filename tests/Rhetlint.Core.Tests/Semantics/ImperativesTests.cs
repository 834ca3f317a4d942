using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Markup;
using Rhetlint.Core.Semantics;

namespace Rhetlint.Core.Tests.Semantics;

public class ImperativesTests
{
    [Theory]
    [InlineData("Pick the cheapest fare you can find.", true)]
    [InlineData("Please call the clinic before noon.", true)]
    [InlineData("Go see it on a big screen.", true)]
    [InlineData("Share prices fell on Monday.", false)]
    [InlineData("The council will book the hall.", false)]
    [InlineData("Go to the harbour.", true)]
    public void Reads_a_command_from_the_sentence_opening(string text, bool expected)
    {
        var model = Linter.BuildModel("test.txt", SourceText.From(text), DocumentFormat.PlainText);
        Assert.Equal(expected, Imperatives.Opens(model.Tokens, Assert.Single(model.Syntax.Sentences)));
    }
}
