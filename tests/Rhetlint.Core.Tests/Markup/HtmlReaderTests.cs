using System.Diagnostics;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Config;
using Rhetlint.Core.Markup;
using Rhetlint.Core.Syntax;
using Rhetlint.Core.Text;
using static Rhetlint.Core.Tests.Markup.MaskView;

namespace Rhetlint.Core.Tests.Markup;

public class HtmlReaderTests
{
    private static ProseText Html(string text, HtmlSelection? selection = null) => HtmlReader.Read(SourceText.From(text), selection);

    private static string[] BlockTexts(ProseText prose) => [.. prose.Blocks.Select(b => MarkupFiller.Strip(prose.Masked[b.Span.Start..b.Span.End]))];

    private static string[] Words(ProseText prose) => [.. ProseParser.Parse(prose).Tokens.Where(t => t.IsWord).Select(t => t.Text)];

    [Fact]
    public void ReadsTheArticleAndMasksThePageAroundIt()
    {
        var prose = Html("<html><head><title>Site</title></head><body><nav><a href=\"/\">Home</a></nav>\n" +
            "<article><h1>Dam vote delayed</h1><p>The board met on Tuesday.</p></article>\n<p>Outside the article.</p></body></html>");
        Assert.Equal(["Dam vote delayed", "The board met on Tuesday."], BlockTexts(prose));
        Assert.Equal([BlockKind.Heading, BlockKind.Paragraph], prose.Blocks.Select(b => b.Kind));
        Assert.Equal(DocumentFormat.Html, prose.Format);
    }

    [Fact]
    public void MainIsTheRootWhenThereIsNoArticle()
    {
        var prose = Html("<body><div>Menu text</div><main><p>Grain prices rose.</p></main></body>");
        Assert.Equal(["Grain prices rose."], BlockTexts(prose));
    }

    [Fact]
    public void WholePageIsReadWithoutArticleOrMain()
    {
        var prose = Html("<body><div>Grain prices rose.</div>Loose text at the end.</body>");
        Assert.Equal(["Grain prices rose.", "Loose text at the end."], BlockTexts(prose));
    }

    [Theory]
    [InlineData("<script>var a = \"<p>the worst ever</p>\";</script>")]
    [InlineData("<style>p::after { content: \"the worst ever\" }</style>")]
    [InlineData("<template><p>The worst ever.</p></template>")]
    [InlineData("<noscript>The worst ever.</noscript>")]
    [InlineData("<nav><ul><li>The worst ever.</li></ul></nav>")]
    [InlineData("<header>The worst ever.</header>")]
    [InlineData("<footer>The worst ever.</footer>")]
    [InlineData("<aside><p>The worst ever.</p></aside>")]
    [InlineData("<figure><img src=\"a.png\"><figcaption>The worst ever.</figcaption></figure>")]
    [InlineData("<form><label>The worst ever.</label><button>Send it now</button></form>")]
    [InlineData("<!-- The worst ever. -->")]
    [InlineData("<pre>The worst ever.</pre>")]
    public void MasksPageFurniture(string furniture)
    {
        var prose = Html($"<body><p>Rain fell on Lisk.</p>\n{furniture}\n<p>The river rose.</p></body>");
        Assert.Equal(["Rain fell on Lisk.", "The river rose."], BlockTexts(prose));
    }

    [Fact]
    public void ArticleHeaderIsPartOfTheArticle()
    {
        var prose = Html("<header>Site name</header><article><header><h1>Clinic opens</h1></header><p>Doors open at nine.</p></article>");
        Assert.Equal(["Clinic opens", "Doors open at nine."], BlockTexts(prose));
    }

    [Fact]
    public void ButtonInsideAParagraphDoesNotSplitIt()
    {
        var prose = Html("<p>The vote failed <button>Share</button> after midnight.</p>");
        Assert.Single(prose.Blocks);
        Assert.Equal(["The", "vote", "failed", "after", "midnight"], Words(prose));
    }

    [Fact]
    public void BlockKindsFollowTheElements()
    {
        var prose = Html("<h2>Heading <em>here</em></h2><ul><li>First item<li>Second item</ul><blockquote><p>Quoted words.</p></blockquote>" +
            "<table><tr><td>Cell one<td>Cell two</table><div>Loose div text.</div>");
        Assert.Equal(
            [(BlockKind.Heading, "Heading here"), (BlockKind.ListItem, "First item"), (BlockKind.ListItem, "Second item"), (BlockKind.BlockQuote, "Quoted words."),
                (BlockKind.TableCell, "Cell one"), (BlockKind.TableCell, "Cell two"), (BlockKind.Paragraph, "Loose div text.")],
            prose.Blocks.Select(b => (b.Kind, MarkupFiller.Strip(prose.Masked[b.Span.Start..b.Span.End]))));
    }

    [Fact]
    public void ImpliedParagraphEndsSeparateBlocks()
    {
        var prose = Html("<p>First paragraph.<p>Second paragraph.<div>A div.</div>");
        Assert.Equal(["First paragraph.", "Second paragraph.", "A div."], BlockTexts(prose));
    }

    [Fact]
    public void EntitiesAreDecodedAtTheirFirstOffsetAndKeepTheWord()
    {
        const string text = "<p>The council&rsquo;s AT&amp;T deal &mdash; don&#8217;t caf&eacute;s&nbsp;close?</p>";
        var prose = Html(text);
        Assert.Equal(text.Length, prose.Masked.Length);
        var apostrophe = text.IndexOf("&rsquo;", StringComparison.Ordinal);
        Assert.Equal('’', prose.Masked[apostrophe]);
        Assert.All(Enumerable.Range(apostrophe + 1, "&rsquo;".Length - 1), k => Assert.Equal(MarkupFiller.EntityTail, prose.Masked[k]));
        Assert.Equal(["The", "council’s", "AT", "T", "deal", "don’t", "cafés", "close"], Words(prose));

        var tokens = ProseParser.Parse(prose).Tokens;
        var council = tokens.Single(t => t.Text == "council’s");
        Assert.Equal("council&rsquo;s", text[council.Span.Start..council.Span.End]);
        // A token that ends in an entity covers the whole entity.
        var ampersand = tokens.Single(t => t.Text == "&");
        Assert.Equal("&amp;", text[ampersand.Span.Start..ampersand.Span.End]);
        var dash = tokens.Single(t => t.Kind == TokenKind.Dash);
        Assert.Equal("&mdash;", text[dash.Span.Start..dash.Span.End]);
    }

    [Fact]
    public void UnknownEntityAndBareAmpersandStayText()
    {
        var prose = Html("<p>Salt &bogus; and pepper & oil.</p>");
        Assert.Equal(["Salt &bogus; and pepper & oil."], BlockTexts(prose));
    }

    [Fact]
    public void InlineTagsInsideAWordDoNotSplitIt()
    {
        const string text = "<p>It was un<em>believ</em>able and <b>bold</b>.</p>";
        var prose = Html(text);
        var word = ProseParser.Parse(prose).Tokens.Single(t => t.Text == "unbelievable");
        Assert.Equal("un<em>believ</em>able", text[word.Span.Start..word.Span.End]);
        Assert.Equal(["It", "was", "unbelievable", "and", "bold"], Words(prose));
    }

    [Fact]
    public void LineBreakTagSeparatesWords()
    {
        Assert.Equal(["one", "two"], Words(Html("<p>one<br>two</p>")));
    }

    [Fact]
    public void QuotationMarksFromEntitiesPairAroundTheirWords()
    {
        var prose = Html("<p>She said &quot;the dam will hold&quot; on Friday.</p>");
        var quotation = Assert.Single(ProseParser.Parse(prose).Quotations);
        Assert.Equal("&quot;the dam will hold&quot;", prose.Source.ToString(quotation.Span));
    }

    [Fact]
    public void LinksAreRecordedWithDecodedDestinations()
    {
        const string text = "<p>See <a href=\"https://example.org/r?a=1&amp;b=2\">the report</a> and <a href='/n'>notes</a>.</p><nav><a href=\"/x\">Nav</a></nav>";
        var prose = Html(text);
        Assert.Equal(
            [(text.IndexOf("<a href=\"https", StringComparison.Ordinal), "<a href=\"https://example.org/r?a=1&amp;b=2\">the report</a>", "https://example.org/r?a=1&b=2"),
                (text.IndexOf("<a href='", StringComparison.Ordinal), "<a href='/n'>notes</a>", "/n")],
            Links(prose));
    }

    [Fact]
    public void CommentsAreKeptForDirectives()
    {
        const string text = "<p>One.</p><!-- rhetlint-disable-next-line RH2001 --><p>Two.</p>";
        var comment = Assert.Single(Html(text).Comments);
        Assert.Equal("<!-- rhetlint-disable-next-line RH2001 -->", comment.Text);
        Assert.Equal(text.IndexOf("<!--", StringComparison.Ordinal), comment.Span.Start);
    }

    [Fact]
    public void IncludeSelectorChoosesWhatIsRead()
    {
        const string text = "<body><div class=\"story\"><p>Story text.</p><aside class=\"note\">Note text.</aside></div><div>Other text.</div></body>";
        Assert.Equal(["Story text."], BlockTexts(Html(text, new HtmlSelection(".story", null))));
        // An included element is read even where the defaults would mask it.
        Assert.Equal(["Story text.", "Note text."], BlockTexts(Html(text, new HtmlSelection(".story, aside.note", null))));
    }

    [Fact]
    public void ExcludeSelectorMasksMore()
    {
        const string text = "<article><p>Story text.</p><p class=\"promo\">Subscribe today.</p><div id=\"related\"><p>Related text.</p></div></article>";
        Assert.Equal(["Story text."], BlockTexts(Html(text, new HtmlSelection(null, ".promo, #related"))));
    }

    [Fact]
    public void InvalidSelectorIsAConfigError()
    {
        var error = Assert.Throws<ConfigException>(() => Html("<p>Text.</p>", new HtmlSelection("p[[", null)));
        Assert.Contains("'p[[' is not a valid CSS selector list", error.Message);
        Assert.NotNull(HtmlSelection.Problem("p[["));
        Assert.Null(HtmlSelection.Problem("article > p.lead, #body"));
    }

    [Fact]
    public void DeepNestingIsRefusedQuickly()
    {
        var text = string.Concat(Enumerable.Repeat("<div>", 100_000)) + "Deep." + string.Concat(Enumerable.Repeat("</div>", 100_000));
        var watch = Stopwatch.StartNew();
        var error = Assert.Throws<InputException>(() => Html(text));
        Assert.Contains("nested too deeply", error.Message);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void ManyUnclosedParagraphsAreNotDeepNesting()
    {
        var text = string.Concat(Enumerable.Repeat("<p>Line of text.", 5_000));
        Assert.Equal(5_000, Html(text).Blocks.Length);
    }

    [Fact]
    public void AQuoteInsideAnUnquotedValueOpensNoValue()
    {
        Assert.Equal(["Read it.", "The ferry left."], BlockTexts(Html("<p><a href=/it's>Read it.</a></p><p>The ferry left.</p><p title='x>y'></p>")));
    }

    [Fact]
    public void AbruptlyClosedCommentsEndAtOnce()
    {
        Assert.Equal(["One.", "Two."], BlockTexts(Html("<p>One.</p><!--><p>Two.</p><!--->")));
    }

    [Fact]
    public void MalformedMarkupIsReadWithoutError()
    {
        var prose = Html("<p>Open <b>bold <i>both</b> close</i> <div <p>text</p></span></table> < not a tag &#xZZ; &#99999999;");
        Assert.NotEmpty(prose.Blocks);
    }

    private static readonly string[] Pieces =
    [
        "word", "Quill", "naïve", "😀", " ", "\n", "\r\n", "\n\n", "<p>", "</p>", "<div>", "</div>", "<em>", "</em>", "<br>", "<a href=\"x\">", "</a>",
        "<script>", "</script>", "<!-- c -->", "<!--", "-->", "&amp;", "&rsquo;", "&#33;", "&#x1F600;", "&bogus;", "&", "<", ">", "\"", "'", "“", ".",
        "<li>", "<td>", "<h2>", "</h2>", "<nav>", "</nav>", "<article>", "</article>", "<img src=x>", "<p class='a>b'>", "un", "able", "\u2060", "\uE000",
    ];

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(0, 30)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void MaskingKeepsOffsets(int seed)
    {
        var random = new Random(seed);
        for (var n = 0; n < 100; n++)
        {
            var builder = new StringBuilder();
            for (int i = 0, count = random.Next(1, 60); i < count; i++) builder.Append(Pieces[random.Next(Pieces.Length)]);
            var text = builder.ToString();
            var prose = Html(text);
            Assert.Equal(text.Length, prose.Masked.Length);
            for (var i = 0; i < text.Length; i++)
                if (text[i] is '\r' or '\n') Assert.Equal(text[i], prose.Masked[i]);
            var previousEnd = 0;
            foreach (var block in prose.Blocks)
            {
                Assert.True(block.Span.Start >= previousEnd && !block.Span.IsEmpty);
                Assert.False(char.IsWhiteSpace(prose.Masked[block.Span.Start]) || MarkupFiller.IsFiller(prose.Masked[block.Span.Start]));
                Assert.False(char.IsWhiteSpace(prose.Masked[block.Span.End - 1]) || MarkupFiller.IsFiller(prose.Masked[block.Span.End - 1]));
                previousEnd = block.Span.End;
            }
            foreach (var token in ProseParser.Parse(prose).Tokens)
                Assert.False(token.Text.Length == 0 || token.Text.Any(MarkupFiller.IsFiller), $"token {token} in {text}");
        }
    }
}
