extern alias OpenXml;

using OpenXml::DocumentFormat.OpenXml;
using OpenXml::DocumentFormat.OpenXml.Packaging;
using W = OpenXml::DocumentFormat.OpenXml.Wordprocessing;

namespace Rhetlint.Tests.Shared;

/// <summary>
/// Small Word documents built in code with the Open XML SDK, for tests: paragraphs are given as lists of blocks, each
/// made of runs, so a test can say exactly what the XML holds (styles, tables, tracked changes, fields, footnotes).
/// </summary>
internal static class WordDocuments
{
    /// <summary>The bytes of a .docx whose body is <paramref name="body"/> (paragraphs and tables, in order).</summary>
    /// <param name="footnotes">Footnote paragraphs' texts, each a footnote of its own.</param>
    public static byte[] Build(IEnumerable<OpenXmlElement> body, IEnumerable<string>? footnotes = null,
        WordprocessingDocumentType type = WordprocessingDocumentType.Document)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, type))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new W.Document(new W.Body(body));
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new W.Styles(
                new W.Style(new W.StyleName { Val = "Normal" }) { Type = W.StyleValues.Paragraph, StyleId = "Normal" },
                // A translated id, as German Word writes it: the name and outline level say it is a heading.
                new W.Style(new W.StyleName { Val = "heading 1" }, new W.BasedOn { Val = "Normal" },
                    new W.StyleParagraphProperties(new W.OutlineLevel { Val = 0 })) { Type = W.StyleValues.Paragraph, StyleId = "berschrift1" },
                new W.Style(new W.StyleName { Val = "heading 2" }) { Type = W.StyleValues.Paragraph, StyleId = "Heading2" });
            if (footnotes is not null)
            {
                var notes = main.AddNewPart<FootnotesPart>();
                notes.Footnotes = new W.Footnotes(
                    new W.Footnote(new W.Paragraph(new W.Run(new W.SeparatorMark()))) { Type = W.FootnoteEndnoteValues.Separator, Id = -1 });
                var id = 1;
                foreach (var note in footnotes) notes.Footnotes.Append(new W.Footnote(Paragraph(note)) { Id = id++ });
            }
        }
        return stream.ToArray();
    }

    public static W.Paragraph Paragraph(string text) => new(Run(text));

    public static W.Paragraph Paragraph(params OpenXmlElement[] content) => new(content);

    /// <summary>A paragraph in the style with id <paramref name="styleId"/> ("berschrift1": heading 1 by name; "Heading2").</summary>
    public static W.Paragraph Styled(string styleId, string text) =>
        new(new W.ParagraphProperties(new W.ParagraphStyleId { Val = styleId }), Run(text));

    public static W.Run Run(string text) => new(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve });

    public static W.Run Bold(string text) => new(new W.RunProperties(new W.Bold()), new W.Text(text) { Space = SpaceProcessingModeValues.Preserve });

    public static W.Run Italic(string text) => new(new W.RunProperties(new W.Italic()), new W.Text(text) { Space = SpaceProcessingModeValues.Preserve });

    public static W.Run LineBreak() => new(new W.Break());

    public static W.InsertedRun Inserted(string text) => new(Run(text)) { Id = "1", Author = "Editor" };

    public static W.DeletedRun Deleted(string text) =>
        new(new W.Run(new W.DeletedText(text) { Space = SpaceProcessingModeValues.Preserve })) { Id = "2", Author = "Editor" };

    /// <summary>A complex field: its code (never read) and its result (read).</summary>
    public static OpenXmlElement[] Field(string code, string result) =>
    [
        new W.Run(new W.FieldChar { FieldCharType = W.FieldCharValues.Begin }),
        new W.Run(new W.FieldCode(code) { Space = SpaceProcessingModeValues.Preserve }),
        new W.Run(new W.FieldChar { FieldCharType = W.FieldCharValues.Separate }),
        Run(result),
        new W.Run(new W.FieldChar { FieldCharType = W.FieldCharValues.End }),
    ];

    /// <summary>A comment's anchors and reference in the text (the comment's own text lives in a part that is never read).</summary>
    public static OpenXmlElement[] CommentAnchors() =>
        [new W.CommentRangeStart { Id = "0" }, new W.CommentRangeEnd { Id = "0" }, new W.Run(new W.CommentReference { Id = "0" })];

    public static W.Table Table(params string[][] rows) =>
        new(rows.Select(cells => new W.TableRow(cells.Select(cell => new W.TableCell(Paragraph(cell))))));
}
