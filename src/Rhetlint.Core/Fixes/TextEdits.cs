using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace Rhetlint.Core.Fixes;

/// <summary>Applies text changes and says which ones may be applied together.</summary>
public static class TextEdits
{
    /// <summary>
    /// Whether two changes cannot both be applied in one pass: they share a character, or they start at the same
    /// place (two insertions there, or an insertion where a replacement starts, could go in either order).
    /// An insertion where a replacement ends is fine: it goes after it.
    /// </summary>
    public static bool Conflict(TextChange a, TextChange b) =>
        a.Span.Start == b.Span.Start || (a.Span.Start < b.Span.End && b.Span.Start < a.Span.End);

    /// <summary>The text with the changes applied; everything outside their spans is copied unchanged.</summary>
    /// <exception cref="ArgumentException">Two changes conflict, or one lies outside the text.</exception>
    public static SourceText Apply(SourceText text, IEnumerable<TextChange> changes)
    {
        var ordered = changes.OrderBy(c => c.Span.Start).ThenBy(c => c.Span.End).ToList();
        var result = new StringBuilder(text.Length);
        var position = 0;
        for (var i = 0; i < ordered.Count; i++)
        {
            var change = ordered[i];
            if (change.Span.End > text.Length) throw new ArgumentException($"change at {change.Span} lies outside the text ({text.Length} characters)", nameof(changes));
            if (i > 0 && Conflict(ordered[i - 1], change)) throw new ArgumentException($"changes at {ordered[i - 1].Span} and {change.Span} conflict", nameof(changes));
            result.Append(text.ToString(TextSpan.FromBounds(position, change.Span.Start))).Append(change.NewText);
            position = change.Span.End;
        }
        result.Append(text.ToString(TextSpan.FromBounds(position, text.Length)));
        return SourceText.From(result.ToString(), text.Encoding);
    }

    /// <summary>
    /// The change with its line breaks written as the document writes them where it lands: a rule's "\n\n" must not
    /// leave bare line feeds in a CRLF file.
    /// </summary>
    public static TextChange InDocumentLineEndings(SourceText text, TextChange change)
    {
        var newText = change.NewText ?? "";
        if (newText.AsSpan().IndexOfAny('\r', '\n') < 0) return change;
        var newline = LineBreakNear(text, change.Span.Start);
        var result = new StringBuilder(newText.Length);
        for (var i = 0; i < newText.Length; i++)
        {
            if (newText[i] is not ('\r' or '\n'))
            {
                result.Append(newText[i]);
                continue;
            }
            if (newText[i] == '\r' && i + 1 < newText.Length && newText[i + 1] == '\n') i++;
            result.Append(newline);
        }
        return new TextChange(change.Span, result.ToString());
    }

    /// <summary>The break that ends the line at this position; the last line has none, so the nearest one above (a file may mix them).</summary>
    private static string LineBreakNear(SourceText text, int position)
    {
        for (var number = text.Lines.GetLineFromPosition(position).LineNumber; number >= 0; number--)
        {
            var line = text.Lines[number];
            // Roslyn also breaks lines at U+2028 and NEL; those are not what an inserted paragraph break should become.
            var lineBreak = text.ToString(TextSpan.FromBounds(line.End, line.EndIncludingLineBreak));
            if (lineBreak is "\r\n" or "\n" or "\r") return lineBreak;
        }
        return "\n";
    }
}
