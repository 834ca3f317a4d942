using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Markup;
using static Rhetlint.Core.Tests.Markup.MaskView;

namespace Rhetlint.Core.Tests.Markup;

public class PlainTextReaderTests
{
    private static ProseText Read(string text) => PlainTextReader.Read(SourceText.From(text));

    [Fact]
    public void BlankLinesSeparateParagraphs()
    {
        var prose = Read("First line\nstill first.\n\nSecond *paragraph* with `code`.\n");
        Assert.Equal("First line\nstill first.\n\nSecond *paragraph* with `code`.\n", prose.Masked);
        Assert.Equal(
            [(BlockKind.Paragraph, 0, "First line\nstill first."), (BlockKind.Paragraph, 25, "Second *paragraph* with `code`.")],
            Blocks(prose));
        Assert.Empty(prose.Links);
        Assert.Equal(DocumentFormat.PlainText, prose.Format);
    }

    [Fact]
    public void WhitespaceOnlyLinesSeparateParagraphs()
    {
        var prose = Read("one\n \t \ntwo");
        Assert.Equal([(BlockKind.Paragraph, 0, "one"), (BlockKind.Paragraph, 8, "two")], Blocks(prose));
    }

    [Fact]
    public void BlockSpansAreTrimmed()
    {
        var prose = Read("\n\n   Indented start\n  and end.   \n\n\t tabbed \t\n\n\n");
        Assert.Equal([(BlockKind.Paragraph, 5, "Indented start\n  and end."), (BlockKind.Paragraph, 37, "tabbed")], Blocks(prose));
    }

    [Fact]
    public void CrLfLineEndings()
    {
        var prose = Read("Alpha one\r\nalpha two\r\n\r\nBeta\r\n");
        Assert.Equal("Alpha one\r\nalpha two\r\n\r\nBeta\r\n", prose.Masked);
        Assert.Equal([(BlockKind.Paragraph, 0, "Alpha one\r\nalpha two"), (BlockKind.Paragraph, 24, "Beta")], Blocks(prose));
    }

    [Fact]
    public void MarkdownSyntaxIsProse()
    {
        var prose = Read("# Not a heading\n- not a list");
        Assert.Equal([(BlockKind.Paragraph, 0, "# Not a heading\n- not a list")], Blocks(prose));
    }

    [Fact]
    public void NoTrailingNewline()
    {
        Assert.Equal([(BlockKind.Paragraph, 0, "Last words")], Blocks(Read("Last words")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("  \r\n\t\r\n")]
    public void EmptyOrBlankInputHasNoBlocks(string text)
    {
        var prose = Read(text);
        Assert.Empty(prose.Blocks);
        Assert.Equal(text, prose.Masked);
    }
}
