using System.Collections.Immutable;
using System.Text;
using System.Xml;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Markup;
using Rhetlint.Core.Text;

namespace Rhetlint.Core.Docx;

/// <summary>
/// Takes the prose out of a Word document, in reading order: the body's paragraphs and tables (each cell's paragraphs
/// in turn, nested tables too, content controls opened), then footnotes and endnotes. The text is what the document
/// reads as with its tracked changes accepted: insertions and moves in are read, deletions and moves out are not.
/// Fields give their result, never their code. Comments, headers and footers (page furniture), text boxes, drawings
/// and equations are left out. A tab or a line break inside a paragraph is a space: a paragraph stays one line.
/// Each part is read in one pass of an <see cref="XmlReader"/>; no part is held as a tree.
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
    /// <summary>The part being read, and where its reader is (each <c>w:t</c> is named by its place in the part).</summary>
    private string _part = "";
    private IXmlLineInfo? _where;

    private DocxExtractor(HeadingStyles headings) => _headings = headings;

    /// <exception cref="InputException">The text is larger than Rhetlint checks.</exception>
    /// <exception cref="XmlException">A part is not well-formed, holds a DTD, is nested too deep or is larger than Rhetlint reads.</exception>
    public static DocxText Extract(DocxPackage package)
    {
        var extractor = new DocxExtractor(HeadingStyles.Read(package));
        extractor.Part(package, package.MainPart, extractor.Document);
        if (package.FootnotesPart is { } footnotes) extractor.Part(package, footnotes, root => extractor.Notes(root, "footnote"));
        if (package.EndnotesPart is { } endnotes) extractor.Part(package, endnotes, root => extractor.Notes(root, "endnote"));
        return new DocxText(SourceText.From(extractor._text.ToString()), extractor._paragraphs.ToImmutable());
    }

    private void Part(DocxPackage package, string part, Action<XmlReader> read)
    {
        using var reader = package.Read(part);
        (_part, _where) = (part, (IXmlLineInfo)reader);
        read(WordXml.Root(reader));
    }

    private void Document(XmlReader root)
    {
        if (WordXml.Name(root) != "document") throw new XmlException($"the main part's root is <{root.Name}>, not a Word document's <w:document>");
        var read = false;
        foreach (var child in WordXml.Children(root))
        {
            if (WordXml.Name(child) == "body" && !read)
            {
                read = true;
                Blocks(child, inTable: false);
            }
            else child.Skip();
        }
    }

    private void Notes(XmlReader root, string note)
    {
        foreach (var child in WordXml.Children(root))
        {
            // Separators and continuation notices are Word's furniture, not notes.
            if (WordXml.Name(child) == note && WordXml.Attribute(child, "type") is null or "normal") Blocks(child, inTable: false);
            else child.Skip();
        }
    }

    private void Blocks(XmlReader container, bool inTable)
    {
        foreach (var child in WordXml.Children(container))
        {
            switch (WordXml.Name(child))
            {
                case "p":
                    Paragraph(child, inTable);
                    break;
                case "tbl":
                    Blocks(child, inTable: true);
                    break;
                // Rows, cells, content controls and custom XML, at block, row or cell level.
                case "tr" or "tc" or "sdt" or "sdtContent" or "customXml":
                    Blocks(child, inTable);
                    break;
                default:
                    child.Skip();
                    break;
            }
        }
    }

    private void Paragraph(XmlReader paragraph, bool inTable)
    {
        var start = _text.Length;
        _pieces = [];
        _run = 0;
        (string? Style, int? OutlineLevel)? properties = null;
        foreach (var child in WordXml.Children(paragraph))
        {
            if (properties is null && WordXml.Name(child) == "pPr") properties = Properties(child);
            else Inline(child);
        }
        if (_text.Length > SourceReader.MaxInputBytes)
            throw new InputException($"its text is larger than {SourceReader.MaxInputBytes / (1024 * 1024)} MB; Rhetlint checks drafts up to that size (split the document)");
        _paragraphs.Add(new DocxParagraph(start, _text.Length - start, [.. _pieces]));
        _text.Append(inTable ? DocxTextReader.TableCellEnd
            : _headings.IsHeading(properties?.Style, properties?.OutlineLevel) ? DocxTextReader.HeadingEnd : DocxTextReader.ParagraphEnd);
    }

    /// <summary>The paragraph's style id (<c>w:pStyle</c>) and outline level (<c>w:outlineLvl</c>), the first of each.</summary>
    private static (string? Style, int? OutlineLevel) Properties(XmlReader properties)
    {
        (string? Style, int? OutlineLevel) found = (null, null);
        foreach (var child in WordXml.Children(properties))
        {
            switch (WordXml.Name(child))
            {
                case "pStyle":
                    found.Style ??= WordXml.Attribute(child, "val");
                    break;
                case "outlineLvl":
                    found.OutlineLevel ??= WordXml.IntegerValue(child);
                    break;
            }
            child.Skip();
        }
        return found;
    }

    private void Inline(XmlReader element)
    {
        switch (WordXml.Name(element))
        {
            case "r":
                Run(element);
                break;
            // Read: insertions, moves in, links, simple fields (their runs are the result), content controls.
            case "ins" or "moveTo" or "hyperlink" or "fldSimple" or "sdt" or "sdtContent" or "customXml":
                foreach (var child in WordXml.Children(element)) Inline(child);
                break;
            // Everything else (deletions, moves out, properties, equations, alternate content) holds no prose of the document as it reads.
            default:
                element.Skip();
                break;
        }
    }

    private void Run(XmlReader run)
    {
        var index = _run++;
        foreach (var child in WordXml.Children(run))
        {
            switch (WordXml.Name(child))
            {
                case "fldChar":
                    Field(WordXml.Attribute(child, "fldCharType"));
                    child.Skip();
                    break;
                case "t" when !InFieldCode:
                    var (line, column) = (_where!.LineNumber, _where.LinePosition);
                    var text = child.ReadElementContentAsString();
                    Append(text, index, new WordText(_part, line, column, text));
                    break;
                case "tab" or "ptab" or "br" or "cr" when !InFieldCode:
                    Append(" ", index, null);
                    child.Skip();
                    break;
                case "noBreakHyphen" when !InFieldCode:
                    Append("\u2011", index, null);
                    child.Skip();
                    break;
                // w:delText, w:instrText, soft hyphens, symbols, note references, drawings: not read.
                default:
                    child.Skip();
                    break;
            }
        }
    }

    private void Field(string? type)
    {
        if (type == "begin") _fields.Push(true);
        else if (type == "separate" && _fields.Count > 0) { _fields.Pop(); _fields.Push(false); }
        else if (type == "end" && _fields.Count > 0) _fields.Pop();
    }

    private bool InFieldCode => _fields.Count > 0 && _fields.Peek();

    private void Append(string text, int run, WordText? element)
    {
        if (text.Length == 0) return;
        _pieces.Add(new DocxPiece(_text.Length, text.Length, run, element));
        // XML text may hold line breaks and tabs; a paragraph must stay one line, and a space keeps the offsets.
        foreach (var c in text) _text.Append(c is '\r' or '\n' or '\t' ? ' ' : c);
    }
}
