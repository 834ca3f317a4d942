using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis.Text;

namespace Rhetlint.Core.Text;

/// <summary>
/// Lines as git, GitHub, editors and the Language Server Protocol count them: broken at <c>\n</c>, <c>\r\n</c> and
/// <c>\r</c> only. Roslyn's <see cref="SourceText.Lines"/> also breaks at U+2028, U+2029 and U+0085, so a report
/// built on it puts every finding after such a character a line too far down, where an annotation lands on the
/// wrong line and <c>--changed-since</c> misses a changed one.
/// </summary>
public sealed class LineMap
{
    private static readonly ConditionalWeakTable<SourceText, LineMap> Maps = new();

    private readonly int[] _starts;
    /// <summary>Where each line's content ends, before its line break.</summary>
    private readonly int[] _ends;

    private LineMap(SourceText text)
    {
        var starts = new List<int> { 0 };
        var ends = new List<int>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is not ('\r' or '\n')) continue;
            ends.Add(i);
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            starts.Add(i + 1);
        }
        ends.Add(text.Length);
        _starts = [.. starts];
        _ends = [.. ends];
    }

    /// <summary>The map of <paramref name="text"/>, made once per text.</summary>
    public static LineMap Of(SourceText text) => Maps.GetValue(text, t => new LineMap(t));

    public int LineCount => _starts.Length;

    /// <summary>The 0-based line of a position, and its UTF-16 column.</summary>
    public LinePosition PositionOf(int position)
    {
        var line = LineIndexOf(position);
        return new LinePosition(line, position - _starts[line]);
    }

    public LinePositionSpan SpanOf(TextSpan span) => new(PositionOf(span.Start), PositionOf(span.End));

    /// <summary>The content of line <paramref name="line"/>, without its line break.</summary>
    public TextSpan Line(int line) => TextSpan.FromBounds(_starts[line], _ends[line]);

    /// <summary>The content of the line that holds <paramref name="position"/>, without its line break.</summary>
    public TextSpan LineAt(int position) => Line(LineIndexOf(position));

    private int LineIndexOf(int position)
    {
        var line = Array.BinarySearch(_starts, position);
        return line >= 0 ? line : ~line - 1;
    }
}
