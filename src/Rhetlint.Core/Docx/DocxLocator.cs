using Microsoft.CodeAnalysis.Text;

namespace Rhetlint.Core.Docx;

/// <summary>
/// How a place in a Word document is named in reports. The checked text has one paragraph per line
/// (<see cref="Markup.DocxTextReader"/>), so a finding's line is its paragraph (1-based, every paragraph in reading
/// order: body and table cells, then footnotes, then endnotes, empty ones counted) and its column the character in that
/// paragraph (1-based, UTF-16 code units, as Word's own character count for text without emoji). The human formats
/// print them as lines and columns (<c>op-ed.docx(12,30)</c> is paragraph 12, character 30); JSON and SARIF add the
/// locator in words.
/// </summary>
public static class DocxLocator
{
    /// <summary>"paragraph 12, characters 30-41" (both ends included), or "paragraph 12, character 30 to paragraph 13, character 4".</summary>
    /// <param name="span">0-based lines and characters, end exclusive, as Roslyn gives them.</param>
    public static string Describe(LinePositionSpan span)
    {
        var (paragraph, first) = (span.Start.Line + 1, span.Start.Character + 1);
        // The end is exclusive: the last character is the one before it, which for an end at a paragraph's start is the
        // previous paragraph's line break (a span that ends there is named by where its text ends).
        var (endParagraph, last) = span.End.Character == 0 && span.End.Line > span.Start.Line
            ? (span.End.Line, int.MaxValue)
            : (span.End.Line + 1, span.End.Line == span.Start.Line ? Math.Max(first, span.End.Character) : span.End.Character);
        if (endParagraph == paragraph && last != int.MaxValue)
            return first == last ? $"paragraph {paragraph}, character {first}" : $"paragraph {paragraph}, characters {first}-{last}";
        if (last == int.MaxValue)
            return endParagraph == paragraph ? $"paragraph {paragraph}, character {first} to the end" : $"paragraph {paragraph}, character {first} to the end of paragraph {endParagraph}";
        return $"paragraph {paragraph}, character {first} to paragraph {endParagraph}, character {last}";
    }

    /// <summary>The SARIF logical location's name: the paragraph the span starts in.</summary>
    public static string ParagraphName(LinePositionSpan span) => $"paragraph {span.Start.Line + 1}";
}
