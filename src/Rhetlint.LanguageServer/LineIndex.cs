using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Text;
using Rhetlint.LanguageServer.Protocol;

namespace Rhetlint.LanguageServer;

/// <summary>
/// Converts between UTF-16 offsets (what the engine reports) and LSP positions (line, UTF-16 character), on the lines
/// the CLI reports too (<see cref="LineMap"/>: <c>\n</c>, <c>\r\n</c> and <c>\r</c> only), with the protocol's clamping.
/// </summary>
internal sealed class LineIndex
{
    private readonly LineMap _lines;
    private readonly int _length;

    public LineIndex(string text)
    {
        _length = text.Length;
        _lines = LineMap.Of(SourceText.From(text));
    }

    public int LineCount => _lines.LineCount;

    /// <summary>
    /// The offset of a position. A character past the end of its line means the end of the line, a line past the last
    /// means the end of the text (the protocol's rule for positions a client computed on a text it has since changed).
    /// </summary>
    public int OffsetOf(int line, int character)
    {
        if (line < 0 || character < 0) throw new RpcException(ErrorCodes.InvalidParams, $"position {line}:{character} is negative");
        if (line >= _lines.LineCount) return _length;
        var content = _lines.Line(line);
        return character >= content.Length ? content.End : content.Start + character;
    }

    public (int Line, int Character) PositionOf(int offset)
    {
        var position = _lines.PositionOf(Math.Clamp(offset, 0, _length));
        return (position.Line, position.Character);
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
