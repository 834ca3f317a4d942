using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace Rhetlint.Core.Docx;

/// <summary>
/// The text of a Word document as Rhetlint checks it (<see cref="Markup.DocxTextReader"/> reads it: one paragraph per
/// line), with the way back from every offset to the document: its paragraph, the character in that paragraph and the
/// run that holds it.
/// </summary>
public sealed class DocxText
{
    internal DocxText(SourceText text, ImmutableArray<DocxParagraph> paragraphs)
    {
        Text = text;
        Paragraphs = paragraphs;
    }

    public SourceText Text { get; }

    /// <summary>Every paragraph in reading order (body and table cells, then footnotes, then endnotes), empty ones too: paragraph <c>i</c> is line <c>i</c>.</summary>
    internal ImmutableArray<DocxParagraph> Paragraphs { get; }

    /// <summary>Where an offset of <see cref="Text"/> lies in the document.</summary>
    public DocxLocation Locate(int offset)
    {
        var line = Text.Lines.GetLineFromPosition(offset).LineNumber;
        var paragraph = Paragraphs[line];
        var character = offset - paragraph.Start;
        var piece = paragraph.Pieces.FirstOrDefault(p => p.Start <= offset && offset < p.End);
        return new DocxLocation(line + 1, character + 1, piece?.Run + 1);
    }
}

/// <summary>One paragraph: its extent in the text (its line, without the line break) and the pieces its text came from.</summary>
internal sealed record DocxParagraph(int Start, int Length, ImmutableArray<DocxPiece> Pieces)
{
    public int End => Start + Length;
}

/// <summary>
/// Characters of a paragraph that come from one element of one run: the text of a <c>w:t</c> (<paramref name="Element"/>),
/// or the space that stands for a tab or a line break (<paramref name="Element"/> null: there is no text there to edit).
/// </summary>
/// <param name="Start">Offset in the text.</param>
/// <param name="Run">Index of the run in its paragraph, counting the runs that are read (0-based).</param>
internal sealed record DocxPiece(int Start, int Length, int Run, WordText? Element)
{
    public int End => Start + Length;
}

/// <summary>
/// A <c>w:t</c> element: the part it is in, where its start tag begins in that part's XML as it was read (1-based line
/// and column, which <see cref="DocxRewriter"/> finds it by) and its text as the XML holds it.
/// </summary>
internal sealed record WordText(string Part, int Line, int Column, string Text);

/// <summary>A place in a Word document, 1-based: paragraph and character as <see cref="DocxText.Paragraphs"/> count them, and the run when the character is in one.</summary>
public readonly record struct DocxLocation(int Paragraph, int Character, int? Run);
