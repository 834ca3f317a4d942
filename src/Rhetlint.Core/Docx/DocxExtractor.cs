extern alias OpenXml;

using System.Collections.Immutable;
using System.Text;
using OpenXml::DocumentFormat.OpenXml;
using OpenXml::DocumentFormat.OpenXml.Packaging;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Markup;
using Rhetlint.Core.Text;
using W = OpenXml::DocumentFormat.OpenXml.Wordprocessing;

namespace Rhetlint.Core.Docx;

/// <summary>
/// Takes the prose out of a Word document, in reading order: the body's paragraphs and tables (each cell's paragraphs
/// in turn, nested tables too, content controls opened), then footnotes and endnotes. The text is what the document
/// reads as with its tracked changes accepted: insertions and moves in are read, deletions and moves out are not.
/// Fields give their result, never their code. Comments, headers and footers (page furniture), text boxes, drawings
/// and equations are left out. A tab or a line break inside a paragraph is a space: a paragraph stays one line.
/// </summary>
internal sealed class DocxExtractor
{
    private readonly StringBuilder _text = new();
    private readonly ImmutableArray<DocxParagraph>.Builder _paragraphs = ImmutableArray.CreateBuilder<DocxParagraph>();
    private readonly HeadingStyles _headings;
    /// <summary>One entry per complex field open (<c>w:fldChar</c>): true while in its code, false once in its result.</summary>
    private readonly Stack<bool> _fields = new();
    private List<DocxPiece> _pieces = [];
    private int _run;

    private DocxExtractor(HeadingStyles headings) => _headings = headings;

    /// <exception cref="InputException">The text is larger than Rhetlint checks.</exception>
    public static DocxText Extract(WordprocessingDocument document)
    {
        var main = document.MainDocumentPart ?? throw new InputException("not a Word document (no main document part)");
        var extractor = new DocxExtractor(HeadingStyles.Of(main.StyleDefinitionsPart?.Styles));
        if (main.Document?.Body is { } body) extractor.Blocks(body, inTable: false);
        foreach (var note in main.FootnotesPart?.Footnotes?.Elements<W.Footnote>() ?? [])
            if (IsNote(note.Type)) extractor.Blocks(note, inTable: false);
        foreach (var note in main.EndnotesPart?.Endnotes?.Elements<W.Endnote>() ?? [])
            if (IsNote(note.Type)) extractor.Blocks(note, inTable: false);
        return new DocxText(SourceText.From(extractor._text.ToString()), extractor._paragraphs.ToImmutable());
    }

    /// <summary>Separators and continuation notices are Word's furniture, not notes.</summary>
    private static bool IsNote(EnumValue<W.FootnoteEndnoteValues>? type) => type?.Value is null || type.Value == W.FootnoteEndnoteValues.Normal;

    private void Blocks(OpenXmlElement container, bool inTable)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case W.Paragraph paragraph:
                    Paragraph(paragraph, inTable);
                    break;
                case W.Table:
                    Blocks(child, inTable: true);
                    break;
                case W.TableRow or W.TableCell or W.SdtBlock or W.SdtContentBlock or W.SdtRow or W.SdtContentRow or W.SdtCell or W.SdtContentCell
                    or W.CustomXmlBlock or W.CustomXmlRow or W.CustomXmlCell:
                    Blocks(child, inTable);
                    break;
            }
        }
    }

    private void Paragraph(W.Paragraph paragraph, bool inTable)
    {
        var start = _text.Length;
        _pieces = [];
        _run = 0;
        Inline(paragraph);
        if (_text.Length > SourceReader.MaxInputBytes)
            throw new InputException($"its text is larger than {SourceReader.MaxInputBytes / (1024 * 1024)} MB; Rhetlint checks drafts up to that size (split the document)");
        _paragraphs.Add(new DocxParagraph(start, _text.Length - start, [.. _pieces]));
        _text.Append(inTable ? DocxTextReader.TableCellEnd : _headings.IsHeading(paragraph) ? DocxTextReader.HeadingEnd : DocxTextReader.ParagraphEnd);
    }

    private void Inline(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case W.Run run:
                    Run(run);
                    break;
                // Read: insertions, moves in, links, simple fields (their runs are the result), content controls.
                case W.InsertedRun or W.MoveToRun or W.Hyperlink or W.SimpleField or W.SdtRun or W.SdtContentRun or W.CustomXmlRun:
                    Inline(child);
                    break;
                // Everything else (deletions, moves out, properties, equations, alternate content) holds no prose of the document as it reads.
            }
        }
    }

    private void Run(W.Run run)
    {
        var index = _run++;
        foreach (var child in run.ChildElements)
        {
            switch (child)
            {
                case W.FieldChar { FieldCharType.Value: var type }:
                    if (type == W.FieldCharValues.Begin) _fields.Push(true);
                    else if (type == W.FieldCharValues.Separate && _fields.Count > 0) { _fields.Pop(); _fields.Push(false); }
                    else if (type == W.FieldCharValues.End && _fields.Count > 0) _fields.Pop();
                    break;
                case W.Text text when !InFieldCode:
                    Append(text.Text, index, text);
                    break;
                case W.TabChar or W.PositionalTab or W.Break or W.CarriageReturn when !InFieldCode:
                    Append(" ", index, null);
                    break;
                case W.NoBreakHyphen when !InFieldCode:
                    Append("\u2011", index, null);
                    break;
                // w:delText, w:instrText, soft hyphens, symbols, note references, drawings: not read.
            }
        }
    }

    private bool InFieldCode => _fields.Count > 0 && _fields.Peek();

    private void Append(string text, int run, W.Text? element)
    {
        if (text.Length == 0) return;
        _pieces.Add(new DocxPiece(_text.Length, text.Length, run, element));
        // XML text may hold line breaks and tabs; a paragraph must stay one line, and a space keeps the offsets.
        foreach (var c in text) _text.Append(c is '\r' or '\n' or '\t' ? ' ' : c);
    }
}
