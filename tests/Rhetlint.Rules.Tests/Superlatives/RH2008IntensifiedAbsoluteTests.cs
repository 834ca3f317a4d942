using Rhetlint.Core.Analysis;
using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Superlatives;

public class RH2008IntensifiedAbsoluteTests
{
    [Theory]
    [InlineData("It was a very unique chance to contain Varn.", "very unique")]
    [InlineData("This is the most unprecedented crisis of our time.", "most unprecedented")]
    [InlineData("A deal now looks increasingly inevitable.", "increasingly inevitable")]
    [InlineData("Crossing the pass in winter is quite impossible.", "quite impossible")]
    public void Flags_an_intensified_absolute(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2008", text));

    [Theory]
    [InlineData("The vote was unique in the chamber's history: the first tie since 1911.")]
    [InlineData("A more complete dataset arrives next month.")]
    [InlineData("The site drew more unique visitors in May.")]
    [InlineData("The plan is not very unique.")]
    [InlineData("“It was a very unique chance,” said the envoy, Ilse Brandt.")]
    public void Does_not_flag_plain_absolutes_gradable_words_counts_or_quotes(string text) =>
        Assert.Empty(Flagged("RH2008", text));

    [Fact]
    public void RH2002_still_judges_the_absolute_that_remains() =>
        Assert.Equal(["unprecedented budget"], Flagged("RH2002", "This is the most unprecedented budget of our time."));

    [Fact]
    public void The_fix_deletes_the_intensifier_and_is_unsafe()
    {
        const string text = "It was a very unique chance.";
        var rewrite = Assert.Single(Single("RH2008", text).Rewrites);
        Assert.Equal(Applicability.Unsafe, rewrite.Applicability);
        var change = Assert.Single(rewrite.Changes);
        Assert.Equal("It was a unique chance.", text[..change.Span.Start] + change.NewText + text[change.Span.End..]);
    }
}
