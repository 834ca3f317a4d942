using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Markup;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Tests.Syntax;

public class HeadlineTests
{
    private static string[] Headlines(string text, DocumentFormat format = DocumentFormat.PlainText)
    {
        var doc = ProseParser.Parse(MarkupReader.Read(SourceText.From(text), format));
        return [.. doc.Sentences.Where(doc.IsHeadline).Select(s => text[s.Span.Start..s.Span.End])];
    }

    [Theory]
    [InlineData("Acme Announces Record Profit\n\nThe firm sold two million kettles last year.\n")]
    [InlineData("Acme Announces Record Profit\nThe firm sold two million kettles last year, more than it sold in the three years before.\nIts shares rose.\n")]
    public void A_title_case_line_of_its_own_is_a_headline(string text) => Assert.Equal(["Acme Announces Record Profit"], Headlines(text));

    [Fact]
    public void A_markdown_heading_in_title_case_is_a_headline_and_one_in_sentence_case_is_not() =>
        Assert.Equal(["Meet Aurora: The Fastest Kettle Ever Made"],
            Headlines("# Meet Aurora: The Fastest Kettle Ever Made\n\n## Why the kettle boils so fast\n\nIt has two elements.\n", DocumentFormat.Markdown));

    [Theory]
    [InlineData("Acme Announces Record Profit.\n\nThe firm sold two million kettles.\n")]
    [InlineData("Shares rose. Acme Announces Record Profit\n")]
    [InlineData("Acme announces record profit\n\nThe firm sold two million kettles.\n")]
    public void A_full_stop_other_text_on_the_line_or_sentence_case_is_no_headline(string text) => Assert.Empty(Headlines(text));

    [Fact]
    public void A_list_item_in_title_case_is_no_headline() =>
        Assert.Empty(Headlines("Our range:\n\n- Aurora Kettle With Twin Elements\n- Borealis Toaster With Wide Slots\n", DocumentFormat.Markdown));
}
