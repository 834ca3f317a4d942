using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Rhetlint.Core.Config;
using Rhetlint.Core.Markup;
using Rhetlint.LanguageServer.Analysis;
using Rhetlint.LanguageServer.Protocol;

namespace Rhetlint.LanguageServer;

/// <summary>
/// <c>rhetlint lsp</c>: a Language Server Protocol server over a pair of streams (standard input and output).
/// <para>
/// It lives in the native <c>rhetlint</c> binary with a transport of its own — Content-Length framing
/// (<see cref="MessageReader"/>, <see cref="MessageWriter"/>) and JSON-RPC 2.0 over System.Text.Json's
/// <see cref="JsonNode"/> (no reflection serialization) — rather than StreamJsonRpc in a separate JIT-built
/// executable: StreamJsonRpc's System.Text.Json formatter raises IL2026/IL3050, which the NativeAOT build must not
/// have, and one binary that starts in ~30 ms is simpler to ship in the VS Code extension than two.
/// </para>
/// It publishes diagnostics as documents are typed (debounced, cancellable, analyzed in windows of paragraphs with a
/// cache: <see cref="WindowedLinter"/>), offers each rewrite as a quick fix (templates as snippets), a suppression
/// comment per block (Markdown), a fix-all of the safe rewrites, hovers with the message, the rewrite and a link to the
/// rule's page, and the <c>rhetlint.explainRule</c> command. Logs go to the log writer (standard error), never to the output stream. Bad input gets JSON-RPC errors
/// and never ends the server; <c>exit</c> and the end of the input do.
/// </summary>
/// <param name="createEngine">Makes the configuration resolver and rule sets; called again when a configuration file changes.</param>
/// <param name="version">The version reported in <c>serverInfo</c>.</param>
/// <param name="log">Where log lines go (standard error).</param>
public sealed partial class RhetlintLanguageServer(Func<LintEngine> createEngine, string version, TextWriter log)
{
    public const string FixAllKind = "source.fixAll.rhetlint";
    public const string ExplainRuleCommand = "rhetlint.explainRule";

    private readonly ConcurrentDictionary<string, OpenDocument> _documents = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _requests = new(StringComparer.Ordinal);
    private readonly TextWriter _log = TextWriter.Synchronized(log);
    private readonly Lock _engineLock = new();
    private MessageWriter _writer = null!;
    private LintEngine? _engine;
    private ServerSettings _settings = ServerSettings.Default;
    private string? _workspaceRoot;
    private bool _initialized;

    /// <summary>The client applies LSP 3.18 snippet edits (<c>workspace.workspaceEdit.snippetEditSupport</c>, in <c>documentChanges</c>).</summary>
    private bool _clientTakesSnippetEdits;
    private bool _shutdown;

    /// <summary>
    /// How long a message body may stop arriving before the reader looks for a later header in what did arrive (a
    /// Content-Length that claimed more bytes than the client sent). vscode-jsonrpc reports a partial message after
    /// the same 10 seconds.
    /// </summary>
    internal TimeSpan StalledMessageTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Raised (settings, configuration files) when every document's configuration must be resolved again.</summary>
    private int _generation;

    /// <summary>Serves until <c>exit</c> or the end of the input.</summary>
    /// <returns>The exit code: 0 after <c>shutdown</c>, 1 when the client exited (or vanished) without asking for it.</returns>
    public async Task<int> RunAsync(Stream input, Stream output, CancellationToken cancellationToken = default)
    {
        _writer = new MessageWriter(output, Log);
        var reader = new MessageReader(input, Log, StalledMessageTimeout);
        try
        {
            while (true)
            {
                IncomingMessage? message;
                try
                {
                    message = await reader.ReadAsync(cancellationToken);
                }
                catch (IOException e)
                {
                    Log($"cannot read from the client ({e.Message})");
                    break;
                }
                if (message is not { } incoming) break;
                if (incoming.Json is null)
                {
                    Log("a message body is not JSON");
                    _writer.Write(JsonRpc.Error(null, ErrorCodes.ParseError, "Parse error: the message body is not JSON"));
                    continue;
                }
                if (!DispatchGuarded(incoming.Json)) break;
            }
        }
        finally
        {
            _writer.Close();
            foreach (var document in _documents.Values) document.Scheduled?.Cancel();
            foreach (var request in _requests.Values) request.Cancel();
        }
        return _shutdown ? 0 : 1;
    }

    private void Log(string message) => _log.WriteLine($"rhetlint lsp: {message}");

    private LintEngine Engine
    {
        get
        {
            lock (_engineLock) return _engine ??= createEngine();
        }
    }

    /// <summary>
    /// <see cref="Dispatch"/>, with anything it did not expect answered (a request) or logged (a notification), because
    /// the README promises that bad input never ends the server.
    /// </summary>
    private bool DispatchGuarded(JsonNode message)
    {
        try
        {
            return Dispatch(message);
        }
        catch (Exception e)
        {
            Log($"internal error ({e.GetType().Name}) on a message: {e.Message}; the message was ignored\n{e.StackTrace}");
            if (message is JsonObject envelope && envelope["id"] is { } id && (id.GetValueKind() == JsonValueKind.Number || JsonRpc.TryText(id, out _)))
                _writer.Write(JsonRpc.Error(id, ErrorCodes.InternalError, $"Internal error ({e.GetType().Name}): {e.Message}"));
            return true;
        }
    }

    /// <summary>Handles one message; false when it was <c>exit</c>.</summary>
    private bool Dispatch(JsonNode message)
    {
        if (message is not JsonObject envelope)
        {
            _writer.Write(JsonRpc.Error(null, ErrorCodes.InvalidRequest, "Invalid request: a message must be a JSON object"));
            return true;
        }
        var hasId = envelope.TryGetPropertyValue("id", out var id);
        if (hasId && id is not null && !(id.GetValueKind() == JsonValueKind.Number || JsonRpc.TryText(id, out _)))
        {
            _writer.Write(JsonRpc.Error(null, ErrorCodes.InvalidRequest, "Invalid request: an id must be a string or a number"));
            return true;
        }
        if (!JsonRpc.TryText(envelope["method"], out var method))
        {
            // A response to a request of ours: the server sends none, so there is nothing to match it with.
            if (hasId && (envelope.ContainsKey("result") || envelope.ContainsKey("error"))) return true;
            if (hasId) _writer.Write(JsonRpc.Error(id, ErrorCodes.InvalidRequest, "Invalid request: 'method' must be a string of valid Unicode"));
            else Log("a notification whose 'method' is not a string of valid Unicode was ignored");
            return true;
        }
        if (!JsonRpc.TryText(envelope["jsonrpc"], out var jsonrpc) || jsonrpc != "2.0")
        {
            if (hasId) _writer.Write(JsonRpc.Error(id, ErrorCodes.InvalidRequest, "Invalid request: 'jsonrpc' must be \"2.0\""));
            else Log("a notification without \"jsonrpc\": \"2.0\" was ignored");
            return true;
        }
        var parameters = envelope["params"];
        if (!hasId) return Notify(method, parameters);
        Request(id, method, parameters);
        return true;
    }

    private void Request(JsonNode? id, string method, JsonNode? parameters)
    {
        if (!_initialized && method != "initialize")
        {
            _writer.Write(JsonRpc.Error(id, ErrorCodes.ServerNotInitialized, "The server is not initialized: send 'initialize' first"));
            return;
        }
        if (_shutdown)
        {
            _writer.Write(JsonRpc.Error(id, ErrorCodes.InvalidRequest, $"The server is shut down: '{method}' is refused"));
            return;
        }
        Func<CancellationToken, Task<JsonNode?>>? handler = method switch
        {
            "initialize" => _ => Task.FromResult<JsonNode?>(Initialize(parameters)),
            "shutdown" => _ => Shutdown(),
            "textDocument/hover" => ct => HoverAsync(parameters, ct),
            "textDocument/codeAction" => ct => CodeActionsAsync(parameters, ct),
            "workspace/executeCommand" => ct => ExecuteCommandAsync(parameters, ct),
            "rhetlint/stats" => _ => Task.FromResult<JsonNode?>(Stats(parameters)),
            _ => null,
        };
        if (handler is null)
        {
            _writer.Write(JsonRpc.Error(id, ErrorCodes.MethodNotFound, $"Method not found: '{method}'"));
            return;
        }
        var key = id?.ToJsonString() ?? "null";
        var cancellation = new CancellationTokenSource();
        _requests[key] = cancellation;
        Task<JsonNode?> task;
        try
        {
            // The synchronous part of a handler (reading its parameters, taking the document's current text) runs
            // here, on the reading loop, so it sees the document as it was when the request arrived.
            task = handler(cancellation.Token);
        }
        catch (Exception e)
        {
            task = Task.FromException<JsonNode?>(e);
        }
        _ = RespondAsync(id, key, task, cancellation);
    }

    private async Task RespondAsync(JsonNode? id, string key, Task<JsonNode?> task, CancellationTokenSource cancellation)
    {
        try
        {
            _writer.Write(JsonRpc.Response(id, await task));
        }
        catch (RpcException e)
        {
            _writer.Write(JsonRpc.Error(id, e.Code, e.Message));
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            _writer.Write(JsonRpc.Error(id, ErrorCodes.RequestCancelled, "The request was cancelled"));
        }
        catch (Exception e)
        {
            Log($"internal error ({e.GetType().Name}): {e.Message}\n{e.StackTrace}");
            _writer.Write(JsonRpc.Error(id, ErrorCodes.InternalError, $"Internal error ({e.GetType().Name}): {e.Message}"));
        }
        finally
        {
            _requests.TryRemove(new KeyValuePair<string, CancellationTokenSource>(key, cancellation));
        }
    }

    /// <summary>Handles a notification; false for <c>exit</c>. Bad parameters are logged: a notification has no response to carry an error.</summary>
    private bool Notify(string method, JsonNode? parameters)
    {
        if (method == "exit") return false;
        if (!_initialized) return true;
        if (parameters is not (null or JsonObject))
        {
            // Every LSP notification takes an object; an array, string or number is not one to guess at.
            Log($"{method}: 'params' must be an object; the notification was ignored");
            return true;
        }
        try
        {
            switch (method)
            {
                case "textDocument/didOpen": DidOpen(parameters); break;
                case "textDocument/didChange": DidChange(parameters); break;
                case "textDocument/didSave": DidSave(parameters); break;
                case "textDocument/didClose": DidClose(parameters); break;
                case "workspace/didChangeConfiguration": DidChangeConfiguration(parameters); break;
                case "workspace/didChangeWatchedFiles": DidChangeWatchedFiles(parameters); break;
                case "$/cancelRequest": CancelRequest(parameters); break;
            }
        }
        catch (RpcException e)
        {
            Log($"{method}: {e.Message}; the notification was ignored");
        }
        catch (Exception e)
        {
            // A notification has no response to carry an error, and one bad message must not end the session.
            Log($"{method}: internal error ({e.GetType().Name}): {e.Message}; the notification was ignored\n{e.StackTrace}");
        }
        return true;
    }

    private JsonNode Initialize(JsonNode? parameters)
    {
        if (_initialized) throw new RpcException(ErrorCodes.InvalidRequest, "'initialize' was already sent");
        if (parameters is not null and not JsonObject) throw new RpcException(ErrorCodes.InvalidParams, "'initialize' takes an object");
        _settings = ServerSettings.Read(JsonRpc.Member(parameters, "initializationOptions"), Log) ?? ServerSettings.Default;
        _workspaceRoot = WorkspaceRoot(parameters);
        var workspaceEdit = JsonRpc.Member(JsonRpc.Member(JsonRpc.Member(parameters, "capabilities"), "workspace"), "workspaceEdit");
        _clientTakesSnippetEdits = IsTrue(JsonRpc.Member(workspaceEdit, "snippetEditSupport")) && IsTrue(JsonRpc.Member(workspaceEdit, "documentChanges"));
        _initialized = true;
        return new JsonObject
        {
            ["capabilities"] = new JsonObject
            {
                ["positionEncoding"] = "utf-16",
                ["textDocumentSync"] = new JsonObject
                {
                    ["openClose"] = true,
                    ["change"] = 2,
                    ["save"] = new JsonObject { ["includeText"] = false },
                },
                ["codeActionProvider"] = new JsonObject { ["codeActionKinds"] = new JsonArray("quickfix", FixAllKind) },
                ["hoverProvider"] = true,
                ["executeCommandProvider"] = new JsonObject { ["commands"] = new JsonArray(ExplainRuleCommand) },
            },
            ["serverInfo"] = new JsonObject { ["name"] = "rhetlint", ["version"] = version },
        };
    }

    private static bool IsTrue(JsonNode? node) => node is JsonValue value && value.GetValueKind() == JsonValueKind.True;

    /// <summary>The first workspace folder, else <c>rootUri</c>, else <c>rootPath</c>: where an unsaved document's configuration is looked up.</summary>
    private static string? WorkspaceRoot(JsonNode? parameters)
    {
        var folder = JsonRpc.Member(parameters, "workspaceFolders") is JsonArray { Count: > 0 } folders ? JsonRpc.Member(folders[0], "uri") : null;
        foreach (var candidate in new[] { folder, JsonRpc.Member(parameters, "rootUri") })
            if (candidate is JsonValue value && value.GetValueKind() == JsonValueKind.String && JsonRpc.TryText(value, out var uri) && FilePath(uri) is { } path)
                return path;
        return JsonRpc.TryText(JsonRpc.Member(parameters, "rootPath"), out var rootPath) ? rootPath : null;
    }

    private Task<JsonNode?> Shutdown()
    {
        _shutdown = true;
        foreach (var document in _documents.Values) document.Scheduled?.Cancel();
        return Task.FromResult<JsonNode?>(null);
    }

    /// <summary>The local path of a <c>file:</c> URI; null for any other URI (an unsaved document).</summary>
    private static string? FilePath(string uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile ? parsed.LocalPath : null;

    private void DidOpen(JsonNode? parameters)
    {
        var item = JsonRpc.Object(parameters, "textDocument");
        var uri = JsonRpc.String(item, "uri");
        var languageId = JsonRpc.OptionalString(item, "languageId") ?? "";
        var format = FormatOf(languageId, uri);
        var path = FilePath(uri) ?? Path.Combine(_workspaceRoot ?? Directory.GetCurrentDirectory(), format switch
        {
            DocumentFormat.Markdown => "untitled.md",
            DocumentFormat.Html => "untitled.html",
            _ => "untitled.txt",
        });
        var document = new OpenDocument(uri, path, format, new Snapshot(JsonRpc.String(item, "text"), JsonRpc.Int(item, "version")));
        if (_documents.TryGetValue(uri, out var previous)) Close(previous);
        _documents[uri] = document;
        Schedule(document, 0);
    }

    /// <summary>The editor's language id says Markdown or HTML, else the URI's extension does.</summary>
    private static DocumentFormat FormatOf(string languageId, string uri) => languageId.ToLowerInvariant() switch
    {
        "markdown" => DocumentFormat.Markdown,
        "html" => DocumentFormat.Html,
        _ => DocumentFormats.FromPath(uri.Split('?', '#')[0]),
    };

    private OpenDocument? Document(JsonNode? parameters)
    {
        var uri = JsonRpc.String(JsonRpc.Object(parameters, "textDocument"), "uri");
        if (_documents.TryGetValue(uri, out var document)) return document;
        Log($"{uri} is not open");
        return null;
    }

    private void DidChange(JsonNode? parameters)
    {
        if (Document(parameters) is not { } document) return;
        var version = JsonRpc.Int(JsonRpc.Object(parameters, "textDocument"), "version");
        document.Apply(JsonRpc.Array(parameters, "contentChanges"), version);
        if (_settings.Run == RunMode.OnType) Schedule(document, _settings.DebounceMs);
    }

    private void DidSave(JsonNode? parameters)
    {
        if (Document(parameters) is { } document && _settings.Run == RunMode.OnSave) Schedule(document, 0);
    }

    private void DidClose(JsonNode? parameters)
    {
        var uri = JsonRpc.String(JsonRpc.Object(parameters, "textDocument"), "uri");
        if (_documents.TryRemove(uri, out var document)) Close(document);
    }

    /// <summary>Stops the document's analysis and clears its diagnostics in the client.</summary>
    private void Close(OpenDocument document)
    {
        lock (document)
        {
            document.Closed = true;
            document.Scheduled?.Cancel();
            _writer.Write(JsonRpc.Notification("textDocument/publishDiagnostics", new JsonObject { ["uri"] = document.Uri, ["diagnostics"] = new JsonArray() }));
        }
    }

    private void DidChangeConfiguration(JsonNode? parameters)
    {
        if (ServerSettings.Read(JsonRpc.Member(parameters, "settings"), Log) is not { } settings) return;
        var previous = _settings;
        _settings = settings;
        // The profile and the code-rule opt-in are part of each document's configuration; the threshold and run mode
        // only change what is shown and when.
        if (_settings.Profile != previous.Profile || _settings.AllowCodeRules != previous.AllowCodeRules) Interlocked.Increment(ref _generation);
        RelintAll();
    }

    /// <summary>A configuration file changed: a new engine reads everything again.</summary>
    private void DidChangeWatchedFiles(JsonNode? parameters)
    {
        var changes = JsonRpc.Array(parameters, "changes");
        var lexicons = _documents.Values.SelectMany(d => d.Linter?.Linter.Options.LexiconFiles ?? []).ToHashSet(StringComparer.Ordinal);
        var relevant = changes.Any(change => JsonRpc.String(change, "uri") is var uri
            && (uri.EndsWith("/.editorconfig", StringComparison.Ordinal) || uri.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)
                || uri.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || uri.EndsWith(".rule.cs", StringComparison.OrdinalIgnoreCase)
                || FilePath(uri) is { } path && lexicons.Contains(path)));
        if (!relevant) return;
        lock (_engineLock) _engine = null;
        Interlocked.Increment(ref _generation);
        RelintAll();
    }

    private void RelintAll()
    {
        foreach (var document in _documents.Values) Schedule(document, 0);
    }

    private void CancelRequest(JsonNode? parameters)
    {
        if (JsonRpc.Member(parameters, "id") is { } id && _requests.TryGetValue(id.ToJsonString(), out var request)) request.Cancel();
    }

    /// <summary>Analyzes the document's current text after <paramref name="delayMs"/> and publishes; a later call cancels this one.</summary>
    private void Schedule(OpenDocument document, int delayMs)
    {
        var snapshot = document.Current;
        var cancellation = new CancellationTokenSource();
        lock (document)
        {
            if (document.Closed) return;
            document.Scheduled?.Cancel();
            document.Scheduled = cancellation;
        }
        _ = Task.Run(async () =>
        {
            try
            {
                if (delayMs > 0) await Task.Delay(delayMs, cancellation.Token);
                Publish(document, await AnalyzeAsync(document, snapshot, cancellation.Token));
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
            }
            catch (Exception e)
            {
                // Cleared rather than kept: the previous diagnostics point into an older text, and an editor that
                // still shows them says the draft was checked when it was not.
                Log($"analysis of {document.Uri} version {snapshot.Version} failed ({e.GetType().Name}): {e.Message}; its diagnostics are cleared and replaced by one error\n{e.StackTrace}");
                PublishFailure(document, snapshot, e);
            }
        });
    }

    /// <summary>The findings of a snapshot: the newest analysis when it is of this snapshot and configuration, else a new one.</summary>
    private async Task<DocumentAnalysis> AnalyzeAsync(OpenDocument document, Snapshot snapshot, CancellationToken cancellationToken)
    {
        // Never on the reading loop, where a request handler starts: the loop must go on reading (a cancellation, the next change).
        await Task.Yield();
        await document.Gate.WaitAsync(cancellationToken);
        try
        {
            var generation = Volatile.Read(ref _generation);
            if (document.Latest is { } latest && latest.Snapshot == snapshot && latest.Generation == generation) return latest;
            DocumentAnalysis analysis;
            try
            {
                var linter = LinterOf(document, generation);
                analysis = new DocumentAnalysis(snapshot, generation, linter.Lint(snapshot.Text, cancellationToken), linter, null);
            }
            catch (ConfigException e)
            {
                analysis = new DocumentAnalysis(snapshot, generation, [], null, e.Message);
            }
            if (document.Latest is null || document.Latest.Snapshot.Version <= snapshot.Version) document.Latest = analysis;
            return analysis;
        }
        finally
        {
            document.Gate.Release();
        }
    }

    /// <summary>The document's linter, made again (configuration resolved, rules loaded) when the configuration generation moved on.</summary>
    private WindowedLinter LinterOf(OpenDocument document, int generation)
    {
        if (document.Linter is { } current && current.Generation == generation) return current.Linter;
        var engine = Engine;
        // Whatever the host or the document's folder says, only the editor's setting lets C# rule files run.
        var options = engine.OptionsFor(document.Path) with { AllowCodeRules = _settings.AllowCodeRules };
        if (_settings.Profile is { } profile) options = options with { Profile = profile };
        var linter = new WindowedLinter(document.Path, document.Format, options, engine.LinterFor(options));
        document.Linter = (linter, generation);
        return linter;
    }

    private void Publish(OpenDocument document, DocumentAnalysis analysis)
    {
        lock (document)
        {
            // Diagnostics of an older text would point at the wrong words; the newer text's analysis is on its way.
            if (document.Closed || document.Current != analysis.Snapshot) return;
            // Written as it is read, with no JsonNode tree: a draft's every diagnostic goes out at each keystroke.
            _writer.Write(writer =>
            {
                writer.WriteStartObject();
                writer.WriteString("jsonrpc", "2.0");
                writer.WriteString("method", "textDocument/publishDiagnostics");
                writer.WriteStartObject("params");
                writer.WriteString("uri", document.Uri);
                writer.WriteNumber("version", analysis.Snapshot.Version);
                writer.WriteStartArray("diagnostics");
                if (analysis.ConfigurationError is { } error) Diagnostics.ConfigurationProblem(error).WriteTo(writer);
                foreach (var finding in Visible(analysis)) Diagnostics.Write(writer, finding, analysis.Snapshot.Lines);
                writer.WriteEndArray();
                writer.WriteEndObject();
                writer.WriteEndObject();
            });
        }
    }

    /// <summary>The analysis of <paramref name="snapshot"/> threw: one error at the top of the document says so.</summary>
    private void PublishFailure(OpenDocument document, Snapshot snapshot, Exception failure)
    {
        lock (document)
        {
            if (document.Closed || document.Current != snapshot) return;
            _writer.Write(JsonRpc.Notification("textDocument/publishDiagnostics", new JsonObject
            {
                ["uri"] = document.Uri,
                ["version"] = snapshot.Version,
                ["diagnostics"] = new JsonArray(Diagnostics.AnalysisFailure($"{failure.GetType().Name}: {failure.Message}")),
            }));
        }
    }

    /// <summary>What the client shows: findings no comment suppresses, at least as severe as the threshold.</summary>
    private IEnumerable<DocumentFinding> Visible(DocumentAnalysis analysis)
    {
        var threshold = _settings.Threshold;
        return analysis.Findings.Where(f => f.Suppression is null && f.Severity >= threshold);
    }

    /// <summary>The server's memory, for the bench (<c>bench/lsp.sh</c>): not part of the protocol the extension uses.</summary>
    private JsonNode Stats(JsonNode? parameters)
    {
        var collect = JsonRpc.Member(parameters, "collect") is JsonValue value && value.GetValueKind() == JsonValueKind.True;
        return new JsonObject
        {
            ["gcHeapBytes"] = GC.GetTotalMemory(collect),
            // Bytes allocated since the server started: per keystroke, it compares builds where wall time is noisy.
            ["allocatedBytes"] = GC.GetTotalAllocatedBytes(),
            ["workingSetBytes"] = Environment.WorkingSet,
            ["documents"] = _documents.Count,
        };
    }
}
