using System.IO.Pipelines;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace Rhetlint.LanguageServer.Tests;

/// <summary>
/// A client that drives the server in-process over two pipes, the way an editor drives <c>rhetlint lsp</c> over
/// standard input and output: it writes frames, reads the server's frames on a background loop, and waits for
/// the message a test expects (messages it is not waiting for are kept for later waits).
/// </summary>
internal sealed class LspClient : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly Pipe _toServer = new();
    private readonly Pipe _fromServer = new();
    private readonly Stream _output;
    private readonly Channel<JsonNode> _incoming = Channel.CreateUnbounded<JsonNode>();
    private readonly List<JsonNode> _unclaimed = [];
    private int _nextId;

    /// <param name="stalledMessageTimeout">How long the server waits on a message body that stopped arriving; the server's own default when null.</param>
    public LspClient(Func<LintEngine> engine, TimeSpan? stalledMessageTimeout = null)
    {
        var server = new RhetlintLanguageServer(engine, "9.9.9", Log);
        if (stalledMessageTimeout is { } timeout) server.StalledMessageTimeout = timeout;
        Exited = Task.Run(() => server.RunAsync(_toServer.Reader.AsStream(), _fromServer.Writer.AsStream()));
        _output = _toServer.Writer.AsStream();
        _ = Task.Run(ReadLoopAsync);
    }

    /// <summary>The server's exit code, once it has exited.</summary>
    public Task<int> Exited { get; }

    /// <summary>What the server logged (its standard error).</summary>
    public StringWriter Log { get; } = new();

    /// <summary>Starts a server, initializes it with these <c>initializationOptions</c> (and client capabilities, none by default), and sends <c>initialized</c>.</summary>
    public static async Task<LspClient> StartAsync(
        Func<LintEngine> engine, JsonObject? settings = null, string? root = null, TimeSpan? stalledMessageTimeout = null, JsonObject? capabilities = null)
    {
        var client = new LspClient(engine, stalledMessageTimeout);
        var result = await client.RequestAsync("initialize", new JsonObject
        {
            ["processId"] = null,
            ["rootUri"] = root is null ? null : new Uri(root).AbsoluteUri,
            ["capabilities"] = capabilities ?? new JsonObject(),
            ["initializationOptions"] = settings ?? new JsonObject { ["debounceMs"] = 0 },
        });
        Assert.NotNull(result["result"]);
        client.Notify("initialized", new JsonObject());
        return client;
    }

    public void WriteRaw(byte[] bytes)
    {
        _output.Write(bytes);
        _output.Flush();
    }

    public void WriteRaw(string text) => WriteRaw(Encoding.UTF8.GetBytes(text));

    public void Send(JsonNode message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        WriteRaw([.. Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"), .. body]);
    }

    public void Notify(string method, JsonNode? parameters) =>
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    /// <summary>Sends a request and returns the whole response (with <c>result</c> or <c>error</c>).</summary>
    public Task<JsonNode> RequestAsync(string method, JsonNode? parameters)
    {
        var id = ++_nextId;
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        return ResponseAsync(id);
    }

    public Task<JsonNode> ResponseAsync(int id) =>
        NextAsync(m => m["method"] is null && m["id"] is JsonValue v && v.TryGetValue<int>(out var n) && n == id);

    /// <summary>The next <c>publishDiagnostics</c> for the document (for this version, when given).</summary>
    public async Task<JsonObject> DiagnosticsAsync(string uri, int? version = null)
    {
        var message = await NextAsync(m => (string?)m["method"] == "textDocument/publishDiagnostics" && (string?)m["params"]!["uri"] == uri
            && (version is null || (int?)m["params"]!["version"] == version));
        return message["params"]!.AsObject();
    }

    public void Open(string uri, string text, string languageId = "markdown", int version = 1) =>
        Notify("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = languageId, ["version"] = version, ["text"] = text },
        });

    /// <summary>One incremental change: the range (UTF-16 line and character) and its new text.</summary>
    public static JsonObject Change(int startLine, int startCharacter, int endLine, int endCharacter, string text) => new()
    {
        ["range"] = new JsonObject
        {
            ["start"] = new JsonObject { ["line"] = startLine, ["character"] = startCharacter },
            ["end"] = new JsonObject { ["line"] = endLine, ["character"] = endCharacter },
        },
        ["text"] = text,
    };

    public void ChangeDocument(string uri, int version, params JsonObject[] changes) =>
        Notify("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = version },
            ["contentChanges"] = new JsonArray([.. changes]),
        });

    /// <summary>The first message, received or still to come, that matches; fails the test after <see cref="Timeout"/>.</summary>
    public async Task<JsonNode> NextAsync(Func<JsonNode, bool> match)
    {
        var index = _unclaimed.FindIndex(m => match(m));
        if (index >= 0)
        {
            var found = _unclaimed[index];
            _unclaimed.RemoveAt(index);
            return found;
        }
        using var timeout = new CancellationTokenSource(Timeout);
        while (true)
        {
            JsonNode message;
            try
            {
                message = await _incoming.Reader.ReadAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new Xunit.Sdk.XunitException($"no matching message within {Timeout}; unclaimed: {string.Join("\n", _unclaimed.Select(m => m.ToJsonString()))}\nlog: {Log}");
            }
            if (match(message)) return message;
            _unclaimed.Add(message);
        }
    }

    /// <summary>Whether a matching message arrives within <paramref name="wait"/> (for asserting that something is not sent).</summary>
    public async Task<bool> ArrivesWithinAsync(Func<JsonNode, bool> match, TimeSpan wait)
    {
        if (_unclaimed.Any(match)) return true;
        using var timeout = new CancellationTokenSource(wait);
        try
        {
            while (true)
            {
                var message = await _incoming.Reader.ReadAsync(timeout.Token);
                _unclaimed.Add(message);
                if (match(message)) return true;
            }
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Sends <c>shutdown</c> and <c>exit</c>; returns the exit code.</summary>
    public async Task<int> ShutdownAsync()
    {
        var response = await RequestAsync("shutdown", null);
        Assert.Null(response["error"]);
        Notify("exit", null);
        return await Exited.WaitAsync(Timeout);
    }

    private async Task ReadLoopAsync()
    {
        var input = _fromServer.Reader.AsStream();
        var header = new List<byte>();
        var one = new byte[1];
        try
        {
            while (true)
            {
                header.Clear();
                while (header.Count < 4 || !(header[^4] == '\r' && header[^3] == '\n' && header[^2] == '\r' && header[^1] == '\n'))
                {
                    if (await input.ReadAsync(one) == 0) return;
                    header.Add(one[0]);
                }
                var headerText = Encoding.ASCII.GetString([.. header]);
                var length = int.Parse(headerText.Split("\r\n").Single(l => l.StartsWith("Content-Length:", StringComparison.Ordinal))["Content-Length:".Length..].Trim());
                var body = new byte[length];
                await input.ReadExactlyAsync(body);
                await _incoming.Writer.WriteAsync(JsonNode.Parse(body)!);
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _toServer.Writer.CompleteAsync();
        try
        {
            await Exited.WaitAsync(Timeout);
        }
        catch (TimeoutException)
        {
        }
    }
}

/// <summary>Applies LSP text edits to a text, as an editor does (positions in UTF-16 code units, lines split at \n).</summary>
internal static class TextEditing
{
    public static int Offset(string text, JsonNode position)
    {
        var line = (int)position["line"]!;
        var character = (int)position["character"]!;
        var offset = 0;
        for (var i = 0; i < line; i++) offset = text.IndexOf('\n', offset) + 1;
        return offset + character;
    }

    public static string Apply(string text, JsonArray edits)
    {
        // Edits refer to the original text: apply them from the last to the first.
        foreach (var edit in edits.OrderByDescending(e => Offset(text, e!["range"]!["start"]!)))
        {
            var start = Offset(text, edit!["range"]!["start"]!);
            var end = Offset(text, edit["range"]!["end"]!);
            text = text[..start] + (string)edit["newText"]! + text[end..];
        }
        return text;
    }

    /// <summary>The text a diagnostic's range covers.</summary>
    public static string Covered(string text, JsonNode diagnostic) =>
        text[Offset(text, diagnostic["range"]!["start"]!)..Offset(text, diagnostic["range"]!["end"]!)];
}
