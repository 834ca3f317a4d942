using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Fixes;
using Rhetlint.Core.Markup;

namespace Rhetlint.Core.Tests.Fixes;

public class HtmlRewritesTests
{
    private const string Page = "<p>The R&amp;D budget of Tarn&rsquo;s port is un<em>believ</em>ably large.</p>";

    private static ProseText Prose => HtmlReader.Read(SourceText.From(Page));

    private static Rewrite Replace(string old, string replacement) =>
        new("Rewrite", [new TextChange(new TextSpan(Page.IndexOf(old, StringComparison.Ordinal), old.Length), replacement)], Applicability.Safe);

    [Fact]
    public void NewTextInsideATextNodeIsEscaped()
    {
        var kept = Assert.Single(HtmlRewrites.Confine(Prose, [Replace("budget", "R&D budget < 5%")]));
        Assert.Equal("R&amp;D budget &lt; 5%", kept.Changes[0].NewText);
    }

    [Fact]
    public void EntitiesCopiedFromThePageAreNotEscapedTwice()
    {
        var kept = Assert.Single(HtmlRewrites.Confine(Prose, [Replace("budget", "Tarn&rsquo;s budget")]));
        Assert.Equal("Tarn’s budget", kept.Changes[0].NewText);
    }

    [Theory]
    [InlineData("un<em>believ</em>ably", "remarkably")]
    [InlineData("&amp;", "and")]
    [InlineData("R&amp;D", "research")]
    [InlineData("R&amp", "research")]
    [InlineData("large.</p>", "big.")]
    public void ARewriteThatTouchesATagOrAnEntityIsDropped(string old, string replacement)
    {
        Assert.Empty(HtmlRewrites.Confine(Prose, [Replace(old, replacement)]));
    }

    [Fact]
    public void NewTextCarryingATagIsDropped()
    {
        Assert.Empty(HtmlRewrites.Confine(Prose, [Replace("budget", "<em>budget</em>")]));
    }

    [Fact]
    public void OnlyTheRewritesThatCrossMarkupAreDropped()
    {
        var safe = Replace("large", "big");
        var kept = Assert.Single(HtmlRewrites.Confine(Prose, [Replace("un<em>believ</em>ably", "very"), safe]));
        Assert.Same(safe, kept);
    }
}
