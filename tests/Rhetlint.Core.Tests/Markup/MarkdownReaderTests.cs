using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Markup;
using Rhetlint.Core.Text;
using static Rhetlint.Core.Tests.Markup.MaskView;

namespace Rhetlint.Core.Tests.Markup;

public class MarkdownReaderTests
{
    [Fact]
    public void AtxHeadings()
    {
        var prose = Markdown("# Harbor plan fails\n\nBody text here.\n\n## Second take ##\n");
        Assert.Equal("· Harbor plan fails\n\nBody text here.\n\n·· Second take ··\n", Show(prose));
        Assert.Equal(
            [(BlockKind.Heading, 2, "Harbor plan fails"), (BlockKind.Paragraph, 21, "Body text here."), (BlockKind.Heading, 41, "Second take")],
            Blocks(prose));
        Assert.Equal(DocumentFormat.Markdown, prose.Format);
    }

    [Fact]
    public void SetextHeadings()
    {
        var prose = Markdown("Council vote\n============\n\nA smaller one\n---\n\nText.\n");
        Assert.Equal("Council vote\n············\n\nA smaller one\n···\n\nText.\n", Show(prose));
        Assert.Equal(
            [(BlockKind.Heading, 0, "Council vote"), (BlockKind.Heading, 27, "A smaller one"), (BlockKind.Paragraph, 46, "Text.")],
            Blocks(prose));
    }

    [Fact]
    public void BulletList()
    {
        var prose = Markdown("- first item\n* second item\n");
        Assert.Equal("· first item\n· second item\n", Show(prose));
        Assert.Equal([(BlockKind.ListItem, 2, "first item"), (BlockKind.ListItem, 15, "second item")], Blocks(prose));
    }

    [Fact]
    public void OrderedList()
    {
        var prose = Markdown("1. alpha\n2) beta\n10. gamma\n");
        Assert.Equal("·· alpha\n·· beta\n··· gamma\n", Show(prose));
        Assert.Equal([(BlockKind.ListItem, 3, "alpha"), (BlockKind.ListItem, 12, "beta"), (BlockKind.ListItem, 21, "gamma")], Blocks(prose));
    }

    [Fact]
    public void NestedList()
    {
        var prose = Markdown("- outer\n  - inner\n    1. deepest\n");
        Assert.Equal("· outer\n  · inner\n    ·· deepest\n", Show(prose));
        Assert.Equal([(BlockKind.ListItem, 2, "outer"), (BlockKind.ListItem, 12, "inner"), (BlockKind.ListItem, 25, "deepest")], Blocks(prose));
    }

    [Fact]
    public void MultiLineBlockQuote()
    {
        var prose = Markdown("> The mayor said\n> it was fine.\n\nAfter.\n");
        Assert.Equal("· The mayor said\n· it was fine.\n\nAfter.\n", Show(prose));
        Assert.Equal([(BlockKind.BlockQuote, 2, "The mayor said\n> it was fine."), (BlockKind.Paragraph, 33, "After.")], Blocks(prose));
    }

    [Fact]
    public void BlockQuoteLazyContinuation()
    {
        var prose = Markdown("> quoted start\nlazy end\n");
        Assert.Equal("· quoted start\nlazy end\n", Show(prose));
        Assert.Equal([(BlockKind.BlockQuote, 2, "quoted start\nlazy end")], Blocks(prose));
    }

    [Fact]
    public void InnermostContainerDecidesKind()
    {
        var prose = Markdown("> - listed in a quote\n\n- item\n\n  > quoted in an item\n");
        Assert.Equal("· · listed in a quote\n\n· item\n\n  · quoted in an item\n", Show(prose));
        Assert.Equal(
            [(BlockKind.ListItem, 4, "listed in a quote"), (BlockKind.ListItem, 25, "item"), (BlockKind.BlockQuote, 35, "quoted in an item")],
            Blocks(prose));
    }

    [Fact]
    public void PipeTableCells()
    {
        var prose = Markdown("| Name | Votes |\n|------|-------|\n| Ada *Lee* | 12 |\n");
        Assert.Equal("· Name · Votes ·\n················\n· Ada ·Lee· · 12 ·\n", Show(prose));
        Assert.Equal(
            [(BlockKind.TableCell, 2, "Name"), (BlockKind.TableCell, 9, "Votes"),
             (BlockKind.TableCell, 36, "Ada *Lee"), (BlockKind.TableCell, 48, "12")],
            Blocks(prose));
    }

    [Fact]
    public void EmphasisAndStrong()
    {
        var prose = Markdown("This is *very* and **truly** _odd_, ***both***.\n");
        Assert.Equal("This is ·very· and ··truly·· ·odd·, ···both···.\n", Show(prose));
        Assert.Equal("very", prose.Masked.Substring(9, 4));
        Assert.Equal([(BlockKind.Paragraph, 0, "This is *very* and **truly** _odd_, ***both***.")], Blocks(prose));
    }

    [Fact]
    public void UnmatchedEmphasisDelimiterIsProse()
    {
        var prose = Markdown("Rates rose 5 * 3 times\n");
        Assert.Equal("Rates rose 5 * 3 times\n", Show(prose));
    }

    [Fact]
    public void InlineLinkKeepsLabelAndMasksDestination()
    {
        var prose = Markdown("Read [the *full* report](https://example.org/r \"Title\") today.\n");
        Assert.Equal("Read ·the ·full· report······················· ········ today.\n", Show(prose));
        Assert.Equal([(5, "[the *full* report](https://example.org/r \"Title\")", "https://example.org/r")], Links(prose));
    }

    // reliability.md #12: "[a](" thousands of times took quadratic time in Markdig; the run reads as it did, as text.
    [Fact]
    public void A_runaway_link_destination_reads_as_text_and_a_real_link_beside_it_still_links()
    {
        var runaway = string.Concat(Enumerable.Repeat("[a](", 2000));
        var prose = Markdown($"Read [the report](https://example.org/r) first. {runaway}\n");
        Assert.Equal([(5, "[the report](https://example.org/r)", "https://example.org/r")], Links(prose));
        var block = Assert.Single(prose.Blocks);
        Assert.EndsWith(runaway, prose.Source.ToString(block.Span), StringComparison.Ordinal);
        // Read as literal text, as a short run of unclosed openers is.
        Assert.Equal(runaway + "\n", Show(prose)[^(runaway.Length + 1)..]);
    }

    [Fact]
    public void ReferenceLinkAndDefinition()
    {
        var prose = Markdown("See [the memo][m] now.\n\n[m]: https://example.org/memo \"Memo\"\n");
        Assert.Equal("See ·the memo···· now.\n\n···· ························ ······\n", Show(prose));
        Assert.Equal([(4, "[the memo][m]", "https://example.org/memo")], Links(prose));
        Assert.Equal([(BlockKind.Paragraph, 0, "See [the memo][m] now.")], Blocks(prose));
    }

    [Fact]
    public void AutolinksAndBareUrlsAreMasked()
    {
        var prose = Markdown("Mail <ed@example.com>, see <https://example.org/a> or www.example.net or https://example.com/x?y=1.\n");
        Assert.Equal("Mail ················, see ······················· or ··············· or ·························.\n", Show(prose));
        Assert.Equal(
            [(5, "<ed@example.com>", "mailto:ed@example.com"), (27, "<https://example.org/a>", "https://example.org/a"),
             (54, "www.example.net", "http://www.example.net"), (73, "https://example.com/x?y=1", "https://example.com/x?y=1")],
            Links(prose));
    }

    [Fact]
    public void ParagraphOfOnlyAUrlHasALinkButNoBlock()
    {
        var prose = Markdown("https://example.org/only\n");
        Assert.Empty(prose.Blocks);
        Assert.Single(prose.Links);
    }

    [Fact]
    public void InlineCode()
    {
        var prose = Markdown("Run `make all` now.\n");
        Assert.Equal("Run ····· ···· now.\n", Show(prose));
        Assert.Equal([(BlockKind.Paragraph, 0, "Run `make all` now.")], Blocks(prose));
    }

    [Fact]
    public void FencedCodeBlock()
    {
        var prose = Markdown("Before.\n\n```text\nnever prose\n```\n\n~~~\nnor this\n~~~\nAfter.\n");
        Assert.Equal("Before.\n\n·······\n····· ·····\n···\n\n···\n··· ····\n···\nAfter.\n", Show(prose));
        Assert.Equal([(BlockKind.Paragraph, 0, "Before."), (BlockKind.Paragraph, 51, "After.")], Blocks(prose));
    }

    [Fact]
    public void IndentedCodeBlock()
    {
        var prose = Markdown("Before.\n\n    var x = 1;\n\nAfter.\n");
        Assert.Equal("Before.\n\n    ··· · · ··\n\nAfter.\n", Show(prose));
        Assert.Equal([(BlockKind.Paragraph, 0, "Before."), (BlockKind.Paragraph, 25, "After.")], Blocks(prose));
    }

    [Fact]
    public void HtmlBlockAndComment()
    {
        var prose = Markdown("<div>\nhidden words\n</div>\n\n<!-- rhetlint-disable RH2001 -->\nVisible.\n");
        Assert.Equal("·····\n······ ·····\n······\n\n···· ················ ······ ···\nVisible.\n", Show(prose));
        Assert.Equal([(BlockKind.Paragraph, 60, "Visible.")], Blocks(prose));
    }

    [Fact]
    public void InlineHtml()
    {
        var prose = Markdown("Some <b class=\"x\">bold</b> text.\n");
        Assert.Equal("Some ·· ··········bold···· text.\n", Show(prose));
    }

    [Fact]
    public void HtmlEntityIsMasked()
    {
        var prose = Markdown("Tom &amp; Jerry&#33;\n");
        Assert.Equal("Tom ····· Jerry·····\n", Show(prose));
    }

    [Fact]
    public void YamlFrontMatter()
    {
        var prose = Markdown("---\ntitle: Secret words\n---\nBody.\n");
        Assert.Equal("···\n······ ······ ·····\n···\nBody.\n", Show(prose));
        Assert.Equal([(BlockKind.Paragraph, 28, "Body.")], Blocks(prose));
    }

    [Fact]
    public void ImagesAreMaskedWhole()
    {
        var prose = Markdown("See ![a *chart* of votes](chart.png \"t\") here.\n");
        Assert.Equal("See ··· ······· ·· ················ ···· here.\n", Show(prose));
        Assert.Empty(prose.Links);
        Assert.Equal([(BlockKind.Paragraph, 0, "See ![a *chart* of votes](chart.png \"t\") here.")], Blocks(prose));
    }

    [Fact]
    public void LinkAroundImage()
    {
        var prose = Markdown("[![logo](l.png) Home](https://example.org)\n");
        Assert.Equal("··············· Home······················\n", Show(prose));
        Assert.Equal([(0, "[![logo](l.png) Home](https://example.org)", "https://example.org")], Links(prose));
    }

    [Fact]
    public void EscapedCharactersKeepTheCharacterAndMaskTheBackslash()
    {
        // Markdig gives these literals a span that includes the backslash while the content does not.
        var prose = Markdown("Price \\*not\\* emphasis, a \\\\ backslash, \\_x\\_.\n");
        Assert.Equal("Price ·*not·* emphasis, a ·\\ backslash, ·_x·_.\n", Show(prose));
        Assert.Equal("*not", prose.Masked.Substring(7, 4));
    }

    [Fact]
    public void TabAfterHeadingMarkerDoesNotShiftProse()
    {
        // Markdig reports these literal spans one character early; the content is found where it really is.
        var prose = Markdown("# \tTitle *x* end\n");
        Assert.Equal("· ·Title ·x· end\n", Show(prose));
        Assert.Equal([(BlockKind.Heading, 3, "Title *x* end")], Blocks(prose));
    }

    [Fact]
    public void TabAfterLaterHeadingMarkerDoesNotMoveProse()
    {
        // Here Markdig's literal spans even count from the heading's line start (xoofx/markdig#2: tabs).
        var prose = Markdown("Lead.\n\n# \tTitle *x* end\n");
        Assert.Equal("Lead.\n\n· ·Title ·x· end\n", Show(prose));
        Assert.Equal([(BlockKind.Paragraph, 0, "Lead."), (BlockKind.Heading, 10, "Title *x* end")], Blocks(prose));
    }

    [Fact]
    public void TableCellPaddingIsNotPartOfTheLiteral()
    {
        // Markdig gives the cell literal the padded span " b " but the content "b".
        var prose = Markdown("|a| b |\n|-|-|\n");
        Assert.Equal("·a· b ·\n·····\n", Show(prose));
        Assert.Equal([(BlockKind.TableCell, 1, "a"), (BlockKind.TableCell, 4, "b")], Blocks(prose));
    }

    [Fact]
    public void HardLineBreaksAreNotProse()
    {
        var prose = Markdown("one  \ntwo\\\nthree\n");
        Assert.Equal("one  \ntwo·\nthree\n", Show(prose));
        Assert.Equal([(BlockKind.Paragraph, 0, "one  \ntwo\\\nthree")], Blocks(prose));
    }

    [Fact]
    public void CrLfLineEndingsMapExactly()
    {
        var prose = Markdown("# Head\r\n\r\n> Line *one*\r\n> line two\r\n\r\n- item\r\n");
        Assert.Equal("· Head\r\n\r\n· Line ·one·\r\n· line two\r\n\r\n· item\r\n", Show(prose));
        Assert.Equal(
            [(BlockKind.Heading, 2, "Head"), (BlockKind.BlockQuote, 12, "Line *one*\r\n> line two"), (BlockKind.ListItem, 40, "item")],
            Blocks(prose));
        Assert.Equal("one", prose.Masked.Substring(18, 3));
    }

    [Fact]
    public void CrLfTableAndSetextHeading()
    {
        var prose = Markdown("Title\r\n=====\r\n\r\n| a | b |\r\n|---|---|\r\n| cc | dd |\r\n");
        Assert.Equal("Title\r\n·····\r\n\r\n· a · b ·\r\n·········\r\n· cc · dd ·\r\n", Show(prose));
        Assert.Equal(
            [(BlockKind.Heading, 0, "Title"), (BlockKind.TableCell, 18, "a"), (BlockKind.TableCell, 22, "b"),
             (BlockKind.TableCell, 40, "cc"), (BlockKind.TableCell, 45, "dd")],
            Blocks(prose));
    }

    [Fact]
    public void Utf8BomFileOffsetsCountFromAfterTheBom()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "# Title\n\nBody *very* good.\n"u8];
        var prose = MarkupReader.Read(SourceReader.Decode(bytes), DocumentFormat.Markdown);
        Assert.Equal("· Title\n\nBody ·very· good.\n", Show(prose));
        Assert.Equal([(BlockKind.Heading, 2, "Title"), (BlockKind.Paragraph, 9, "Body *very* good.")], Blocks(prose));
        Assert.Equal("very", prose.Masked.Substring(15, 4));
    }

    [Fact]
    public void EmptyDocument()
    {
        var prose = Markdown("");
        Assert.Equal("", prose.Masked);
        Assert.Empty(prose.Blocks);
        Assert.Empty(prose.Links);
    }

    [Fact]
    public void NonAsciiProseSurvives()
    {
        var prose = Markdown("“Zoë’s claim” — *naïve* 😀\n");
        Assert.Equal("“Zoë’s claim” — ·naïve· 😀\n", Show(prose));
    }

    [Fact]
    public void MarkupReaderDispatchesOnFormat()
    {
        var source = SourceText.From("*x*");
        Assert.Equal(" x ", MarkupReader.Read(source, DocumentFormat.Markdown).Masked);
        Assert.Equal("*x*", MarkupReader.Read(source, DocumentFormat.PlainText).Masked);
    }
}
