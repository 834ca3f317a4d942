using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Docx;
using Rhetlint.Core.Markup;
using static Rhetlint.Tests.Shared.WordDocuments;

namespace Rhetlint.Core.Tests.Docx;

/// <summary>What text a Word document is checked as, and the way back from the text to its paragraphs and runs.</summary>
public sealed class DocxExtractionTests
{
    private static DocxText Extract(byte[] bytes)
    {
        using var document = DocxFile.Open(bytes, editable: false);
        return DocxFile.Extract(document);
    }

    /// <summary>The paragraphs' lines (the text ends with a line break, after which the text has one more, empty line).</summary>
    private static string[] Lines(DocxText text) => [.. text.Text.Lines.Take(text.Paragraphs.Length).Select(l => l.ToString())];

    [Fact]
    public void Paragraphs_are_lines_in_reading_order_with_table_cells_and_footnotes()
    {
        var text = Extract(Build(
            [Paragraph("The mill reopened in May."), Table(["Output", "Up a third"], ["Staff", "Forty"]), Paragraph("Orders came back.")],
            footnotes: ["Figures from the mill's own ledger."]));

        Assert.Equal(["The mill reopened in May.", "Output", "Up a third", "Staff", "Forty", "Orders came back.", "Figures from the mill's own ledger."], Lines(text));
    }

    [Fact]
    public void Runs_with_formatting_make_one_paragraph_and_each_character_knows_its_run()
    {
        var text = Extract(Build([Paragraph(Run("The vote was "), Bold("never"), Italic(" close."))]));

        Assert.Equal(["The vote was never close."], Lines(text));
        Assert.Equal(new DocxLocation(1, 1, 1), text.Locate(0));
        Assert.Equal(new DocxLocation(1, 14, 2), text.Locate(13));
        Assert.Equal(new DocxLocation(1, 19, 3), text.Locate(18));
    }

    [Fact]
    public void Tracked_insertions_are_read_and_deletions_are_not()
    {
        var text = Extract(Build([Paragraph(Run("The council "), Deleted("rejected"), Inserted("approved"), Run(" the budget."))]));

        Assert.Equal(["The council approved the budget."], Lines(text));
    }

    [Fact]
    public void Fields_give_their_result_and_never_their_code_and_comments_are_ignored()
    {
        var text = Extract(Build([Paragraph([Run("Turnout was "), .. Field(" DOCPROPERTY Turnout \\* MERGEFORMAT ", "low"), .. CommentAnchors(), Run(" this year.")])]));

        Assert.Equal(["Turnout was low this year."], Lines(text));
    }

    [Fact]
    public void Tabs_and_line_breaks_inside_a_paragraph_are_spaces_so_it_stays_one_line()
    {
        var paragraph = Paragraph(Run("Rain fell."), LineBreak(), Run("Roads closed.\tSchools too."));

        var text = Extract(Build([paragraph]));

        Assert.Equal(["Rain fell. Roads closed. Schools too."], Lines(text));
    }

    [Fact]
    public void Headings_are_known_by_style_name_or_outline_level_and_cells_by_their_table()
    {
        var text = Extract(Build([Styled("berschrift1", "Budget Day"), Styled("Heading2", "The Numbers"), Paragraph("Taxes rose."), Table(["Rates", "Up"])]));

        var blocks = MarkupReader.Read(text.Text, DocumentFormat.Docx).Blocks;

        Assert.Equal(
            [(BlockKind.Heading, "Budget Day"), (BlockKind.Heading, "The Numbers"), (BlockKind.Paragraph, "Taxes rose."), (BlockKind.TableCell, "Rates"), (BlockKind.TableCell, "Up")],
            blocks.Select(b => (b.Kind, text.Text.ToString(b.Span))));
    }

    [Fact]
    public void The_reading_of_the_text_depends_on_the_text_alone_so_a_section_reads_as_in_place()
    {
        var text = Extract(Build([Styled("Heading2", "Harvest"), Paragraph("Yields fell."), Table(["Wheat"])])).Text.ToString();
        var tail = text[text.IndexOf("Yields", StringComparison.Ordinal)..];

        var blocks = MarkupReader.Read(SourceText.From(tail), DocumentFormat.Docx).Blocks;

        Assert.Equal([BlockKind.Paragraph, BlockKind.TableCell], blocks.Select(b => b.Kind));
        Assert.Equal([0, tail.IndexOf("Wheat", StringComparison.Ordinal)], Chunker.Split(tail, DocumentFormat.Docx).Starts);
    }

    [Theory]
    [InlineData(0, 3, 0, 9, "paragraph 1, characters 4-9")]
    [InlineData(11, 0, 11, 1, "paragraph 12, character 1")]
    [InlineData(2, 5, 3, 4, "paragraph 3, character 6 to paragraph 4, character 4")]
    [InlineData(2, 5, 3, 0, "paragraph 3, character 6 to the end")]
    [InlineData(2, 5, 4, 0, "paragraph 3, character 6 to the end of paragraph 4")]
    public void The_locator_names_paragraph_and_characters_both_ends_included(int line, int character, int endLine, int endCharacter, string expected) =>
        Assert.Equal(expected, DocxLocator.Describe(new(new(line, character), new(endLine, endCharacter))));
}
