using Rhetlint.Core.Syntax;
using static Rhetlint.Core.Tests.Syntax.SyntaxTestHelpers;

namespace Rhetlint.Core.Tests.Syntax;

public class QuotationPairerTests
{
    private const string Unclosed = "unclosed quotation mark";
    private const string Stray = "closing quotation mark without an opening one";

    [Theory]
    [InlineData("Brandt said “Varn will fall” today.", "“Varn will fall”", "Varn will fall")]
    [InlineData("Brandt said \"Varn will fall\" today.", "\"Varn will fall\"", "Varn will fall")]
    [InlineData("Brandt said «Varn will fall» today.", "«Varn will fall»", "Varn will fall")]
    [InlineData("Brandt said „Varn will fall“ today.", "„Varn will fall“", "Varn will fall")]
    [InlineData("Brandt said ‘Varn will fall’ today.", "‘Varn will fall’", "Varn will fall")]
    [InlineData("Brandt said 'Varn will fall' today.", "'Varn will fall'", "Varn will fall")]
    public void Pairs_straight_and_curly_marks(string text, string quotation, string content)
    {
        var doc = Parse(text);
        var q = Assert.Single(doc.Quotations);
        Assert.Equal(quotation, text[q.Span.Start..q.Span.End]);
        Assert.Equal(content, text[q.ContentSpan.Start..q.ContentSpan.End]);
        Assert.True(q.IsClosed);
        Assert.Equal(0, q.Depth);
        Assert.Null(q.ParentIndex);
        Assert.Equal(doc.Tokens[q.OpenToken].Span.Start, q.Span.Start);
        Assert.Equal(doc.Tokens[q.CloseToken!.Value].Span.End, q.Span.End);
        Assert.Empty(doc.Issues);
    }

    [Theory]
    [InlineData("“Varn”", QuoteMarkStyle.Double)]
    [InlineData("\"Varn\"", QuoteMarkStyle.Double)]
    [InlineData("‘Varn’", QuoteMarkStyle.Single)]
    [InlineData("«Varn»", QuoteMarkStyle.Guillemet)]
    [InlineData("‹Varn›", QuoteMarkStyle.Guillemet)]
    public void Style_follows_the_opening_mark(string text, QuoteMarkStyle style) => Assert.Equal(style, Assert.Single(Parse(text).Quotations).Style);

    [Theory]
    [InlineData("“She called it ‘historic,’ then left.”", "‘historic,’")]
    [InlineData("\"She called it 'historic,' then left.\"", "'historic,'")]
    [InlineData("‘She called it “historic,” then left.’", "“historic,”")]
    public void Nested_quotes_get_a_parent(string text, string inner)
    {
        var doc = Parse(text);
        Assert.Equal(new[] { text, inner }, QuotationTexts(doc, text));
        Assert.Equal(1, doc.Quotations[1].Depth);
        Assert.Equal(0, doc.Quotations[1].ParentIndex);
        Assert.Empty(doc.Issues);
    }

    [Fact]
    public void Nested_quote_right_after_the_opening_mark()
    {
        const string text = "\"'Never,' she wrote, is a long time.\"";
        var doc = Parse(text);
        Assert.Equal(new[] { text, "'Never,'" }, QuotationTexts(doc, text));
        Assert.Empty(doc.Issues);
    }

    [Fact]
    public void A_quote_may_span_sentences()
    {
        const string text = "Brandt said: “Varn will fall. Kestria will not.” Osk disagreed.";
        var doc = Parse(text);
        Assert.Equal(new[] { "“Varn will fall. Kestria will not.”" }, QuotationTexts(doc, text));
        Assert.Equal(3, doc.Sentences.Length);
    }

    [Fact]
    public void Quotations_are_ordered_by_opening_mark()
    {
        const string text = "“A,” said Osk, “B ‘c’ d.” ‘E’";
        Assert.Equal(new[] { "“A,”", "“B ‘c’ d.”", "‘c’", "‘E’" }, QuotationTexts(Parse(text), text));
    }

    [Fact]
    public void Apostrophes_are_never_quotes()
    {
        const string text = "“The students’ union isn’t the ’90s one,” said O’Hara’s aide. 'Twas 'em.";
        var doc = Parse(text);
        Assert.Equal(new[] { "“The students’ union isn’t the ’90s one,”" }, QuotationTexts(doc, text));
        Assert.Empty(doc.Issues);
    }

    [Fact]
    public void Plural_possessive_inside_a_single_quote_closes_it()
    {
        const string text = "He called it ‘a matter for the students’ and left.";
        var doc = Parse(text);
        Assert.Equal(new[] { "‘a matter for the students’" }, QuotationTexts(doc, text));
        Assert.Empty(doc.Issues);
    }

    [Theory]
    [InlineData("‘The students’ union is strong,’ he said.", "‘The students’ union is strong,’")]
    [InlineData("'The students' union is strong,' he said.", "'The students' union is strong,'")]
    [InlineData("‘Ask the students’ she said, ‘they know.’", "‘Ask the students’", "‘they know.’")]
    public void Plural_possessive_inside_a_single_quote_before_its_closing_mark(string text, params string[] quotations)
    {
        var doc = Parse(text);
        Assert.Equal(quotations, QuotationTexts(doc, text));
        Assert.Empty(doc.Issues);
    }

    [Fact]
    public void Continues_across_paragraphs()
    {
        const string text = "“Varn will fall,” Brandt said. “Then Kestria.\n\n“After that, Osk.”\n\nShe stopped.";
        var doc = Parse(text);
        Assert.Equal(new[] { "“Varn will fall,”", "“Then Kestria.\n\n“After that, Osk.”" }, QuotationTexts(doc, text));
        var continued = doc.Quotations[1];
        Assert.Equal((0, 1), (continued.FirstParagraph, continued.LastParagraph));
        Assert.Equal("Then Kestria.\n\n“After that, Osk.", text[continued.ContentSpan.Start..continued.ContentSpan.End]);
        Assert.True(continued.IsClosed);
        Assert.Empty(doc.Issues);
    }

    [Fact]
    public void Continues_across_three_paragraphs_with_straight_marks()
    {
        const string text = "\"One.\n\n\"Two.\n\n\"Three.\"";
        var doc = Parse(text);
        var q = Assert.Single(doc.Quotations);
        Assert.Equal(text, text[q.Span.Start..q.Span.End]);
        Assert.Equal((0, 2), (q.FirstParagraph, q.LastParagraph));
        Assert.Empty(doc.Issues);
    }

    [Fact]
    public void Unclosed_mark_gives_one_issue_and_later_quotes_still_pair()
    {
        const string text = "Brandt said “Varn will fall. Osk agreed “loudly” too.\n\nLater, “Kestria” replied.";
        var doc = Parse(text);
        var issue = Assert.Single(doc.Issues);
        Assert.Equal(Unclosed, issue.Message);
        Assert.Equal("“", text[issue.Span.Start..issue.Span.End]);
        Assert.Equal(12, issue.Span.Start);
        Assert.Equal(new[] { "“Varn will fall. Osk agreed “loudly” too.", "“loudly”", "“Kestria”" }, QuotationTexts(doc, text));
        Assert.False(doc.Quotations[0].IsClosed);
        Assert.Equal(0, doc.Quotations[1].ParentIndex);
        Assert.True(doc.Quotations[2].IsClosed);
        Assert.Equal((1, 0), (doc.Quotations[2].FirstParagraph, doc.Quotations[2].Depth));
    }

    [Fact]
    public void Unclosed_straight_mark_at_end_of_paragraph_is_not_continued_by_a_different_style()
    {
        const string text = "She said \"Varn.\n\n‘Kestria,’ he said.";
        var doc = Parse(text);
        Assert.Equal(Unclosed, Assert.Single(doc.Issues).Message);
        Assert.Equal(new[] { "\"Varn.", "‘Kestria,’" }, QuotationTexts(doc, text));
        Assert.Equal((0, 0), (doc.Quotations[0].FirstParagraph, doc.Quotations[0].LastParagraph));
    }

    [Fact]
    public void Unclosed_inner_quote_ends_where_its_parent_closes()
    {
        const string text = "“He called it ‘odd.” Then he left.";
        var doc = Parse(text);
        var issue = Assert.Single(doc.Issues);
        Assert.Equal(Unclosed, issue.Message);
        Assert.Equal("‘", text[issue.Span.Start..issue.Span.End]);
        Assert.Equal(new[] { "“He called it ‘odd.”", "‘odd." }, QuotationTexts(doc, text));
        Assert.True(doc.Quotations[0].IsClosed);
        Assert.False(doc.Quotations[1].IsClosed);
    }

    [Fact]
    public void Stray_closing_mark_gives_one_issue_and_no_quotation()
    {
        const string text = "Varn will fall” said Brandt. Osk said “no.”";
        var doc = Parse(text);
        var issue = Assert.Single(doc.Issues);
        Assert.Equal(Stray, issue.Message);
        Assert.Equal(14, issue.Span.Start);
        Assert.Equal(new[] { "“no.”" }, QuotationTexts(doc, text));
    }

    [Fact]
    public void Straight_marks_after_digits_are_primes_unless_they_close()
    {
        const string text = "He is 6'2\" tall. \"It cost 5\" she said.";
        var doc = Parse(text);
        Assert.Equal(new[] { "\"It cost 5\"" }, QuotationTexts(doc, text));
        Assert.Equal(new[] { (TokenKind.Number, "6"), (TokenKind.Symbol, "'"), (TokenKind.Number, "2"), (TokenKind.Symbol, "\"") },
            doc.Tokens.Skip(2).Take(4).Select(t => (t.Kind, t.Text)));
        Assert.Empty(doc.Issues);
    }

    [Fact]
    public void Mixed_straight_and_curly_marks_of_one_family_pair()
    {
        const string text = "“Varn will fall,\" he said.";
        var doc = Parse(text);
        Assert.Single(doc.Quotations);
        Assert.Empty(doc.Issues);
    }

    [Fact]
    public void Issues_are_in_text_order()
    {
        const string text = "“Open here. Stray there” and ” again.";
        var doc = Parse(text);
        Assert.Equal(new[] { Stray }, doc.Issues.Select(i => i.Message));
        // The unclosed mark is only known at the paragraph end, after the stray one was seen.
        const string text2 = "“Open here ’ stray.";
        var doc2 = Parse(text2);
        Assert.Equal(new[] { (0, Unclosed), (11, Stray) }, doc2.Issues.Select(i => (i.Span.Start, i.Message)));
    }

    [Fact]
    public void Quotation_lookup_finds_the_innermost()
    {
        const string text = "Osk: “She called it ‘historic,’ then left.” Done.";
        var doc = Parse(text);
        Assert.Null(doc.QuotationAt(0));
        Assert.Equal(0, doc.QuotationAt(text.IndexOf("She"))?.Index);
        Assert.Equal(1, doc.QuotationAt(text.IndexOf("historic"))?.Index);
        Assert.Equal(0, doc.QuotationAt(text.IndexOf("then"))?.Index);
        Assert.Null(doc.QuotationAt(text.IndexOf("Done")));
    }

    [Fact]
    public void Token_and_sentence_lookup()
    {
        const string text = "Varn voted. Kestria did not.";
        var doc = Parse(text);
        int kestria = doc.TokenIndexAt(text.IndexOf("Kestria") + 2);
        Assert.Equal("Kestria", doc.Tokens[kestria].Text);
        Assert.Equal(-1, doc.TokenIndexAt(text.IndexOf(' ')));
        Assert.Equal(1, doc.SentenceOfToken(kestria).Index);
        Assert.Equal(0, doc.SentenceOfToken(2).Index);
        Assert.Equal(0, doc.ParagraphOf(doc.Sentences[1]).Index);
    }
}
