using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.LanguageServer.Protocol;

namespace Rhetlint.LanguageServer;

/// <summary>
/// Converts between UTF-16 offsets (what the engine reports) and LSP positions (line, UTF-16 character). Lines break
/// where LSP says they do — at <c>\n</c>, <c>\r\n</c> and <c>\r</c> only — not where Roslyn's <see cref="SourceText.Lines"/>
/// also breaks them (U+2028, U+2029, U+0085), or every position after such a character would be a line off.
/// </summary>
internal sealed class LineIndex
{
    private readonly int[] _lineStarts;
    /// <summary>Where each line's content ends, before its line break.</summary>
    private readonly int[] _lineEnds;
    private readonly int _length;

    public LineIndex(string text)
    {
        _length = text.Length;
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
        _lineStarts = [.. starts];
        _lineEnds = [.. ends];
    }

    public int LineCount => _lineStarts.Length;

    /// <summary>
    /// The offset of a position. A character past the end of its line means the end of the line, a line past the last
    /// means the end of the text (the protocol's rule for positions a client computed on a text it has since changed).
    /// </summary>
    public int OffsetOf(int line, int character)
    {
        if (line < 0 || character < 0) throw new RpcException(ErrorCodes.InvalidParams, $"position {line}:{character} is negative");
        if (line >= _lineStarts.Length) return _length;
        return character >= _lineEnds[line] - _lineStarts[line] ? _lineEnds[line] : _lineStarts[line] + character;
    }

    public (int Line, int Character) PositionOf(int offset)
    {
        offset = Math.Clamp(offset, 0, _length);
        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0) line = ~line - 1;
        return (line, offset - _lineStarts[line]);
    }

    public int OffsetOf(JsonNode? position) => OffsetOf(JsonRpc.Int(position, "line"), JsonRpc.Int(position, "character"));

    public JsonObject Position(int offset)
    {
        var (line, character) = PositionOf(offset);
        return new JsonObject { ["line"] = line, ["character"] = character };
    }

    public JsonObject Range(TextSpan span) => new() { ["start"] = Position(span.Start), ["end"] = Position(span.End) };

    public TextSpan SpanOf(JsonNode? range)
    {
        var start = OffsetOf(JsonRpc.Object(range, "start"));
        var end = OffsetOf(JsonRpc.Object(range, "end"));
        if (end < start) throw new RpcException(ErrorCodes.InvalidParams, "a range ends before it starts");
        return TextSpan.FromBounds(start, end);
    }
}
