using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Markup;
using Rhetlint.Core.Semantics;

namespace Rhetlint.Core.Tests.Semantics;

public class ThreatOutcomesTests
{
    /// <summary>The family and words of the outcome at the first token whose text is <paramref name="word"/>.</summary>
    private static (OutcomeFamily Family, string Words)? OutcomeAt(string text, string word)
    {
        var tokens = Linter.BuildModel("test.txt", SourceText.From(text), DocumentFormat.PlainText).Tokens;
        var index = tokens.IndexOf(tokens.First(t => t.Text == word));
        return ThreatOutcomes.At(tokens, index, tokens.Length) is var (family, length)
            ? (family, string.Join(' ', tokens[index..(index + length)].Select(t => t.Text)))
            : null;
    }

    [Theory]
    [InlineData("It would end in all-out war.", "all-out", OutcomeFamily.War, "all-out war")]
    [InlineData("It would end in genocide.", "genocide", OutcomeFamily.MassDeath, "genocide")]
    [InlineData("It would end in catastrophe.", "catastrophe", OutcomeFamily.Doom, "catastrophe")]
    [InlineData("It would end in economic collapse.", "economic", OutcomeFamily.Economic, "economic collapse")]
    [InlineData("It would mean rolling blackouts.", "rolling", OutcomeFamily.Outage, "rolling blackouts")]
    [InlineData("It would mean power cuts.", "power", OutcomeFamily.Outage, "power cuts")]
    [InlineData("It would mean mass starvation.", "mass", OutcomeFamily.Shortage, "mass starvation")]
    [InlineData("It would mean famine.", "famine", OutcomeFamily.Shortage, "famine")]
    [InlineData("It would mean mercury poisoning.", "mercury", OutcomeFamily.Contamination, "mercury poisoning")]
    [InlineData("It would mean a crime wave.", "crime", OutcomeFamily.Crime, "crime wave")]
    [InlineData("It would mean a pandemic.", "pandemic", OutcomeFamily.Disease, "pandemic")]
    [InlineData("It would mean a loss of control.", "loss", OutcomeFamily.Control, "loss of control")]
    [InlineData("It would mean martial law.", "martial", OutcomeFamily.Tyranny, "martial law")]
    [InlineData("It would mean mass extinction.", "mass", OutcomeFamily.Environment, "mass extinction")]
    public void Reads_each_family(string text, string word, OutcomeFamily family, string words) =>
        Assert.Equal((family, words), OutcomeAt(text, word));

    [Theory]
    [InlineData("It would mean a recession.", "recession")]
    [InlineData("It would mean an outbreak.", "outbreak")]
    [InlineData("It would mean pollution.", "pollution")]
    [InlineData("It would mean a tragedy.", "tragedy")]
    [InlineData("It would mean a slump.", "slump")]
    public void Ordinary_setbacks_are_no_catastrophe(string text, string word) => Assert.Null(OutcomeAt(text, word));
}
