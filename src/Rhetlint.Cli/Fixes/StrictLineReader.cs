using System.Runtime.InteropServices;
using System.Text;

namespace Rhetlint.Cli.Fixes;

/// <summary>
/// The answers of <c>fix --interactive</c>: lines of standard input, each decoded on its own and strictly, so bytes
/// that are not UTF-8 stop the review instead of reaching the draft as U+FFFD — and a bad line does not take the
/// valid answers before it down with it, as a decoder working on a buffer of several lines would.
/// </summary>
/// <exception cref="DecoderFallbackException">From <see cref="ReadLine"/>: the line is not valid UTF-8.</exception>
internal sealed class StrictLineReader(Stream stream) : TextReader
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly BufferedStream _input = new(stream);

    public override string? ReadLine()
    {
        var line = new List<byte>();
        int next;
        while ((next = _input.ReadByte()) >= 0 && next != '\n') line.Add((byte)next);
        if (next < 0 && line.Count == 0) return null;
        if (line.Count > 0 && line[^1] == '\r') line.RemoveAt(line.Count - 1);
        return Strict.GetString(CollectionsMarshal.AsSpan(line));
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _input.Dispose();
        base.Dispose(disposing);
    }
}
