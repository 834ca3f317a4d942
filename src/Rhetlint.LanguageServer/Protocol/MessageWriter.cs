using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Rhetlint.LanguageServer.Protocol;

/// <summary>
/// Writes LSP frames: <c>Content-Length</c> (in UTF-8 bytes), an empty line, the JSON. Messages come from the
/// reading loop and from analyses finishing on the thread pool, so writes are serialized; once the output is gone
/// (the client closed it, or the server exited) further messages are dropped rather than thrown.
/// </summary>
internal sealed class MessageWriter(Stream output, Action<string> log)
{
    /// <summary>Non-ASCII text (curly quotes, accents) goes out as UTF-8, not as \u escapes: the frames are half the size.</summary>
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Lock _lock = new();
    private readonly ArrayBufferWriter<byte> _body = new(16 * 1024);
    private bool _closed;

    public void Write(JsonNode message) => Write(writer => message.WriteTo(writer));

    /// <summary>
    /// Writes the message <paramref name="write"/> writes as one JSON value: a large one (every diagnostic of a draft,
    /// at each keystroke) goes out without a <see cref="JsonNode"/> tree built first.
    /// </summary>
    public void Write(Action<Utf8JsonWriter> write)
    {
        lock (_lock)
        {
            if (_closed) return;
            _body.ResetWrittenCount();
            using (var writer = new Utf8JsonWriter(_body, Options)) write(writer);
            try
            {
                output.Write(Encoding.ASCII.GetBytes($"Content-Length: {_body.WrittenCount}\r\n\r\n"));
                output.Write(_body.WrittenSpan);
                output.Flush();
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException)
            {
                _closed = true;
                log($"cannot write to the client ({e.Message}); dropping further messages");
            }
        }
    }

    /// <summary>No message is written after this (the server has exited; late analyses must not write).</summary>
    public void Close()
    {
        lock (_lock) _closed = true;
    }
}
