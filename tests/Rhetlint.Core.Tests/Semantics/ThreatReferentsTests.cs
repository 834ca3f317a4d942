using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Markup;
using Rhetlint.Core.Semantics;

namespace Rhetlint.Core.Tests.Semantics;

public class ThreatReferentsTests
{
    private static bool HasReferent(string text)
    {
        var model = Linter.BuildModel("test.txt", SourceText.From(text), DocumentFormat.PlainText);
        return ThreatReferents.InSentence(model.Actors, model.Tokens, model.Syntax.Sentences[0]);
    }

    [Theory]
    [InlineData("The port dispute could end in war.")]
    [InlineData("Its missiles now reach the coast.")]
    [InlineData("Two crises hit the region at once.")]
    [InlineData("The Kremlin answered within hours.")]
    [InlineData("Militias took the bridge.")]
    public void Finds_actors_and_threat_nouns(string text) => Assert.True(HasReferent(text));

    [Theory]
    [InlineData("Forecasters expect storm clouds over the coast by Friday.")]
    [InlineData("The bakery sells fresh bread every morning.")]
    public void Finds_none_in_ordinary_sentences(string text) => Assert.False(HasReferent(text));
}
