using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Fixes;

namespace Rhetlint.Core.Docx;

/// <summary>
/// Writes rewrites of the extracted text into the document's runs. A change is written into the one <c>w:t</c> that
/// holds all it replaces, so the run keeps its formatting; an insertion at the border of two runs goes into the run
/// before, as Word types there. A change that would reach across runs (text in different formatting, or a tab or
/// break, which have no text to edit) or put a line break into a paragraph is refused: merging runs would drop one's
/// formatting, and the writer should decide that in Word.
/// </summary>
internal static class DocxRewriter
{
    /// <summary>Why the edit cannot be written into <paramref name="text"/>'s runs, or null when it can.</summary>
    public static string? Refusal(DocxText text, FixEdit edit)
    {
        foreach (var change in edit.Changes)
        {
            if (change.NewText is { } inserted && inserted.AsSpan().IndexOfAny('\r', '\n') >= 0)
                return "the rewrite would break a paragraph in two";
            if (Holder(text, change.Span) is null)
            {
                var first = text.Locate(change.Span.Start).Run;
                var last = text.Locate(Math.Max(change.Span.Start, change.Span.End - 1)).Run;
                return first is { } a && last is { } b && a != b
                    ? $"the rewrite crosses runs {a} to {b} (text in different formatting)"
                    : "the rewrite touches a tab, a break or a field rather than text";
            }
        }
        return null;
    }

    /// <summary>
    /// Writes the edits (each of which <see cref="Refusal"/> accepted, none conflicting) into the <c>w:t</c> elements of
    /// <paramref name="package"/>, whose text <paramref name="text"/> is; each part they touch is rewritten once.
    /// </summary>
    public static void Apply(DocxPackage package, DocxText text, IEnumerable<FixEdit> edits)
    {
        var updated = new Dictionary<WordText, string>();
        // Right to left: a change never moves the offsets of the changes before it.
        foreach (var change in edits.SelectMany(e => e.Changes).OrderByDescending(c => c.Span.Start).ThenByDescending(c => c.Span.End))
        {
            var piece = Holder(text, change.Span)!;
            var element = piece.Element!;
            var old = updated.GetValueOrDefault(element, element.Text);
            var start = change.Span.Start - piece.Start;
            updated[element] = string.Concat(old.AsSpan(0, start), change.NewText, old.AsSpan(start + change.Span.Length));
        }
        foreach (var part in updated.GroupBy(e => e.Key.Part))
        {
            using var reader = package.Read(part.Key);
            package.Rewrite(part.Key, WordTextWriter.Replace(reader, part.ToDictionary(e => (e.Key.Line, e.Key.Column), e => e.Value)));
        }
    }

    /// <summary>The text piece that holds the whole span; for an insertion, the first piece it touches.</summary>
    private static DocxPiece? Holder(DocxText text, TextSpan span)
    {
        var line = text.Text.Lines.GetLineFromPosition(span.Start).LineNumber;
        if (line >= text.Paragraphs.Length) return null;
        return text.Paragraphs[line].Pieces.FirstOrDefault(p => p.Element is not null && p.Start <= span.Start && span.End <= p.End);
    }
}
