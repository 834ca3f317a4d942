using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Rhetlint.LanguageServer.Protocol;

/// <summary>One message read from the client: its JSON, or null when the body was not JSON.</summary>
internal readonly record struct IncomingMessage(JsonNode? Json);

/// <summary>
/// Reads the LSP base protocol: <c>Content-Length: N\r\n</c> (other headers ignored), an empty line, N bytes of
/// UTF-8 JSON. Bad input never ends the reading, because an editor cannot restart a server that died on one
/// malformed frame without losing its state:
/// <list type="bullet">
/// <item>a header line that is not a header, or a missing, unparsable or absurd <c>Content-Length</c>: logged, and
/// everything up to the next <c>Content-Length:</c> is skipped;</item>
/// <item>a body that is not JSON but holds <c>Content-Length:</c> (the length claimed more bytes than the message
/// had, so the next frame was swallowed): the bytes from that header on are read again as the next frame, and the
/// part before it is the message if it parses;</item>
/// <item>a body that stops arriving for <paramref name="stalledTimeout"/> (a length that claimed more bytes than the
/// client will ever send): when what did arrive holds <c>Content-Length:</c>, the wait is given up and the bytes are
/// read again from that header as above, so the client's later messages are answered; otherwise the wait is logged
/// and goes on, since a slow client may still send the rest (vscode-jsonrpc reports a partial message after 10
/// seconds the same way; rust-analyzer's lsp-server waits without a word).</item>
/// </list>
/// Only the end of the input ends the reading.
/// </summary>
internal sealed class MessageReader(Stream input, Action<string> log, TimeSpan stalledTimeout)
{
    /// <summary>Larger than any document an editor sends, small enough that a corrupt length cannot exhaust memory.</summary>
    private const int MaxContentLength = 256 * 1024 * 1024;

    /// <summary>A header line longer than this is garbage, not a header.</summary>
    private const int MaxHeaderLine = 8 * 1024;

    private static ReadOnlySpan<byte> ContentLengthHeader => "Content-Length:"u8;

    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private bool _eof;

    /// <summary>The read in progress: it outlives a wait that timed out, so no input is lost.</summary>
    private Task<int>? _pendingRead;
    private readonly byte[] _chunk = new byte[64 * 1024];

    /// <summary>The next message, or null at the end of the input.</summary>
    public async Task<IncomingMessage?> ReadAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var length = await ReadHeaderAsync(cancellationToken);
            if (length is null) return null;
            if (length < 0)
            {
                await ResyncAsync(cancellationToken);
                continue;
            }
            var body = await ReadBodyAsync(length.Value, cancellationToken);
            if (body is null)
            {
                log($"input ended {_end - _start} bytes into a {length}-byte message body");
                return null;
            }
            if (body.Length < length)
            {
                log($"a message body stopped after {body.Length} of the {length} bytes its Content-Length claimed and holds the next header; reading again from that header");
                return new IncomingMessage(TryParse(body));
            }
            if (TryParse(body) is { } json) return new IncomingMessage(json);
            var next = body.AsSpan().IndexOf(ContentLengthHeader);
            if (next < 0) return new IncomingMessage(null);
            log($"a message body of {length} bytes is not JSON and holds the next header: its Content-Length was too large; reading again from that header");
            Unread(body.AsSpan(next));
            return new IncomingMessage(TryParse(body.AsSpan(0, next)));
        }
    }

    private static JsonNode? TryParse(ReadOnlySpan<byte> body)
    {
        try
        {
            return JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The content length of the next frame; -1 when its header is bad (logged); null at the end of the input.</summary>
    private async Task<int?> ReadHeaderAsync(CancellationToken cancellationToken)
    {
        int? length = null;
        var sawHeader = false;
        while (true)
        {
            var line = await PeekLineAsync(cancellationToken);
            if (line is not var (text, consumed))
            {
                if (sawHeader || _end > _start) log("input ended inside a message header");
                return null;
            }
            if (text.Length == 0)
            {
                Consume(consumed);
                // Blank lines between frames are harmless.
                if (!sawHeader) continue;
                if (length is not null) return length;
                log("a message header has no Content-Length; skipping to the next header");
                return -1;
            }
            var colon = text.IndexOf(':');
            if (colon <= 0 || !IsHeaderName(text.AsSpan(0, colon)))
            {
                log($"not a message header: \"{Shorten(text)}\"; skipping to the next header");
                return -1;
            }
            if (text.AsSpan(0, colon).Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                var value = text.AsSpan(colon + 1).Trim();
                if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed > MaxContentLength)
                {
                    log($"bad Content-Length \"{Shorten(value.ToString())}\"; skipping to the next header");
                    return -1;
                }
                length = parsed;
            }
            sawHeader = true;
            Consume(consumed);
        }
    }

    private static bool IsHeaderName(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
            if (!(char.IsAsciiLetterOrDigit(c) || c == '-')) return false;
        return true;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";

    /// <summary>The next line without its line break, and how many bytes it takes with it; null at the end of the input.</summary>
    private async Task<(string Text, int Consumed)?> PeekLineAsync(CancellationToken cancellationToken)
    {
        var searched = 0;
        while (true)
        {
            var newline = _buffer.AsSpan(_start + searched, _end - _start - searched).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var lineLength = searched + newline;
                var content = lineLength > 0 && _buffer[_start + lineLength - 1] == '\r' ? lineLength - 1 : lineLength;
                return (Encoding.UTF8.GetString(_buffer, _start, content), lineLength + 1);
            }
            searched = _end - _start;
            if (searched >= MaxHeaderLine) return (Encoding.UTF8.GetString(_buffer, _start, MaxHeaderLine), MaxHeaderLine);
            if (!await FillAsync(cancellationToken))
                return searched == 0 ? null : (Encoding.UTF8.GetString(_buffer, _start, searched), searched);
        }
    }

    /// <summary>Skips at least one byte, then up to the next <c>Content-Length:</c> (or the end of the input).</summary>
    private async Task ResyncAsync(CancellationToken cancellationToken)
    {
        if (_end > _start) Consume(1);
        while (true)
        {
            var found = _buffer.AsSpan(_start, _end - _start).IndexOf(ContentLengthHeader);
            if (found >= 0)
            {
                Consume(found);
                return;
            }
            // Keep a possible partial match at the end of the buffer.
            Consume(Math.Max(0, _end - _start - (ContentLengthHeader.Length - 1)));
            if (!await FillAsync(cancellationToken))
            {
                Consume(_end - _start);
                return;
            }
        }
    }

    /// <summary>
    /// The message body: <paramref name="length"/> bytes; fewer when the body stalled and the bytes that arrived hold
    /// the next header (the rest, from that header on, stays buffered); null at the end of the input.
    /// </summary>
    private async Task<byte[]?> ReadBodyAsync(int length, CancellationToken cancellationToken)
    {
        var waitLogged = false;
        while (_end - _start < length)
        {
            var filled = await FillAsync(cancellationToken, stalledTimeout);
            if (filled == false) return null;
            if (filled == true) continue;
            var next = _buffer.AsSpan(_start, _end - _start).IndexOf(ContentLengthHeader);
            if (next >= 0)
            {
                var partial = _buffer.AsSpan(_start, next).ToArray();
                Consume(next);
                return partial;
            }
            if (!waitLogged) log($"waiting for the rest of a {length}-byte message body: {_end - _start} bytes arrived, then nothing for {stalledTimeout.TotalSeconds:0.#} s");
            waitLogged = true;
        }
        var body = _buffer.AsSpan(_start, length).ToArray();
        Consume(length);
        return body;
    }

    private void Consume(int count) => _start += count;

    /// <summary>Puts bytes back in front of the buffered input.</summary>
    private void Unread(ReadOnlySpan<byte> bytes)
    {
        var buffered = _end - _start;
        if (bytes.Length + buffered > _buffer.Length) Array.Resize(ref _buffer, bytes.Length + buffered);
        _buffer.AsSpan(_start, buffered).CopyTo(_buffer.AsSpan(bytes.Length));
        bytes.CopyTo(_buffer);
        _start = 0;
        _end = bytes.Length + buffered;
    }

    /// <summary>Reads more input into the buffer; false at the end of the input.</summary>
    private async Task<bool> FillAsync(CancellationToken cancellationToken) => await FillAsync(cancellationToken, Timeout.InfiniteTimeSpan) == true;

    /// <summary>Reads more input into the buffer: true when some arrived, false at the end of the input, null when none arrived within <paramref name="wait"/>.</summary>
    private async Task<bool?> FillAsync(CancellationToken cancellationToken, TimeSpan wait)
    {
        if (_eof) return false;
        _pendingRead ??= input.ReadAsync(_chunk, cancellationToken).AsTask();
        if (wait != Timeout.InfiniteTimeSpan && !_pendingRead.IsCompleted)
        {
            using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var first = await Task.WhenAny(_pendingRead, Task.Delay(wait, timer.Token));
            // Stops the timer when the read won, so rapid typing does not leave one timer per message behind.
            await timer.CancelAsync();
            if (first != _pendingRead)
            {
                cancellationToken.ThrowIfCancellationRequested();
                return null;
            }
        }
        var n = await _pendingRead;
        _pendingRead = null;
        if (n == 0)
        {
            _eof = true;
            return false;
        }
        Append(_chunk.AsSpan(0, n));
        return true;
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }
        if (_end + bytes.Length > _buffer.Length) Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _end + bytes.Length));
        bytes.CopyTo(_buffer.AsSpan(_end));
        _end += bytes.Length;
    }
}
