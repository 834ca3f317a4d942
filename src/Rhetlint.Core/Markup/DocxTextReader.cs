using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace Rhetlint.Core.Markup;

/// <summary>
/// Reads the text taken out of a Word document (<see cref="Docx.DocxExtractor"/>): every line is one paragraph of the
/// document, so a line number is a paragraph number and a column a character in it, and the line's terminator says
/// what kind of block it is — <c>LF</c> a body paragraph, <c>CR LF</c> a heading, <c>CR</c> a table cell. The kind
/// rides on the terminator rather than on a marker in the line because a marker would shift every column and show in
/// every quoted line, and because this reading must depend on the text alone: large documents are read again section
/// by section (<see cref="Analysis.SectionedLinter"/>) from slices of the text. A Word paragraph never holds a line
/// break (the extractor writes breaks and tabs inside one as spaces), so no line is ambiguous. Nothing is masked:
/// the extractor already left out what is not prose.
/// </summary>
public static class DocxTextReader
{
    public const string ParagraphEnd = "\n";
    public const string HeadingEnd = "\r\n";
    public const string TableCellEnd = "\r";

    public static ProseText Read(SourceText source)
    {
        var text = source.ToString();
        var blocks = ImmutableArray.CreateBuilder<ProseBlock>();
        foreach (var line in source.Lines)
        {
            var content = text.AsSpan(line.Start, line.End - line.Start);
            if (content.IsWhiteSpace()) continue;
            var start = line.Start + (content.Length - content.TrimStart().Length);
            var end = line.Start + content.TrimEnd().Length;
            blocks.Add(new ProseBlock(KindOf(text.AsSpan(line.End, line.EndIncludingLineBreak - line.End)), TextSpan.FromBounds(start, end)));
        }
        return new ProseText(source, DocumentFormat.Docx, text, blocks.ToImmutable(), [], []);
    }

    private static BlockKind KindOf(ReadOnlySpan<char> terminator) =>
        terminator.SequenceEqual(HeadingEnd) ? BlockKind.Heading
        : terminator.SequenceEqual(TableCellEnd) ? BlockKind.TableCell
        : BlockKind.Paragraph;
}
