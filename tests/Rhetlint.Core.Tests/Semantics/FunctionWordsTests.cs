using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Markup;
using Rhetlint.Core.Semantics;

namespace Rhetlint.Core.Tests.Semantics;

public class FunctionWordsTests
{
    /// <summary>The texts of the tokens <see cref="FunctionWords.IsPercentSign"/> accepts in <paramref name="text"/>.</summary>
    private static string[] PercentSigns(string text)
    {
        var tokens = Linter.BuildModel("test.txt", SourceText.From(text), DocumentFormat.PlainText).Tokens;
        return [.. Enumerable.Range(0, tokens.Length).Where(k => FunctionWords.IsPercentSign(tokens, 0, k)).Select(k => tokens[k].Text)];
    }

    [Theory]
    [InlineData("Turnout rose 12% in Dunmere.", "%")]
    [InlineData("Turnout rose 12 percent in Dunmere.", "percent")]
    [InlineData("Turnout rose 12 per cent in Dunmere.", "cent")]
    public void Each_spelling_of_a_percentage_closes_it(string text, string sign) =>
        Assert.Equal([sign], PercentSigns(text));

    [Theory]
    [InlineData("The cent coin was withdrawn.")]
    [InlineData("Cent by cent, the fund grew.")]
    [InlineData("Fares rose by a third per journey.")]
    public void A_cent_without_per_is_money_not_a_percentage(string text) =>
        Assert.Empty(PercentSigns(text));
}
