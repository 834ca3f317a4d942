using System.Text;
using System.Text.Json.Nodes;

namespace Rhetlint.LanguageServer.Tests;

/// <summary>
/// Well-framed messages with wrong-typed parameters, invalid UTF-8 or lone surrogates, a Content-Length that lies,
/// and a draft whose analysis throws: the server answers or logs, publishes, and never exits.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly TempWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    private static byte[] Frame(byte[] body) => [.. Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"), .. body];

    private static byte[] Frame(string body) => Frame(Encoding.UTF8.GetBytes(body));

    /// <summary>The server still answers a request after whatever came before, and has not exited.</summary>
    private static async Task AssertServingAsync(LspClient client)
    {
        var explained = client.RequestAsync("workspace/executeCommand", new JsonObject { ["command"] = "rhetlint.explainRule", ["arguments"] = new JsonArray("RH2001") });
        // An exit would otherwise show only as a 60-second wait for the answer.
        var first = await Task.WhenAny(explained, client.Exited);
        Assert.False(first == client.Exited, $"the server exited; log: {client.Log}");
        Assert.StartsWith("# RH2001", (string?)(await explained)["result"]);
    }

    public static TheoryData<string> BadNotifications => new()
    {
        "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":[1,2]}",
        "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":\"x\"}",
        "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didClose\",\"params\":7}",
        "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{\"textDocument\":{\"uri\":\"URI\",\"version\":2},\"contentChanges\":[1]}}",
        "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{\"textDocument\":{\"uri\":\"URI\",\"version\":2},\"contentChanges\":[{\"range\":5,\"text\":\"x\"}]}}",
        "{\"jsonrpc\":\"2.0\",\"method\":\"workspace/didChangeWatchedFiles\",\"params\":{\"changes\":[1]}}",
        "{\"jsonrpc\":\"2.0\",\"method\":\"workspace/didChangeConfiguration\",\"params\":[1]}",
        "{\"jsonrpc\":\"2.0\",\"method\":\"$/cancelRequest\",\"params\":\"x\"}",
        "{\"jsonrpc\":\"2.0\",\"method\":\"$/cancelRequest\",\"params\":[1]}",
        "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\"file:///u.md\",\"languageId\":\"markdown\",\"version\":1,\"text\":\"a \\ud800 b\"}}}",
        "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\"\\udc00\",\"languageId\":\"markdown\",\"version\":1,\"text\":\"a\"}}}",
    };

    [Theory]
    [MemberData(nameof(BadNotifications))]
    public async Task A_notification_with_bad_params_is_logged_and_ignored(string body)
    {
        await using var client = await LspClient.StartAsync(TestEngine.Factory(), root: _workspace.Root);
        var uri = _workspace.Uri("open.md");
        client.Open(uri, "A line.\n");
        await client.DiagnosticsAsync(uri, 1);
        client.WriteRaw(Frame(body.Replace("URI", uri, StringComparison.Ordinal)));
        await AssertServingAsync(client);
        Assert.Contains("ignored", client.Log.ToString());
    }

    [Fact]
    public async Task Invalid_utf8_in_a_notification_is_logged_and_ignored()
    {
        await using var client = await LspClient.StartAsync(TestEngine.Factory(), root: _workspace.Root);
        byte[] body = [.. "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\"file:///v.md\",\"languageId\":\"markdown\",\"version\":1,\"text\":\"a "u8,
            0xFF, 0xFE, .. " b\"}}}"u8];
        client.WriteRaw(Frame(body));
        byte[] method = [.. "{\"jsonrpc\":\"2.0\",\"method\":\""u8, 0xFF, 0xFE, .. "\"}"u8];
        client.WriteRaw(Frame(method));
        await AssertServingAsync(client);
    }

    [Fact]
    public async Task A_request_whose_method_is_invalid_utf8_gets_an_error_with_its_id()
    {
        await using var client = await LspClient.StartAsync(TestEngine.Factory(), root: _workspace.Root);
        byte[] body = [.. "{\"jsonrpc\":\"2.0\",\"id\":901,\"method\":\""u8, 0xFF, 0xFE, .. "\"}"u8];
        client.WriteRaw(Frame(body));
        var response = await client.ResponseAsync(901);
        Assert.Equal(-32600, (int)response["error"]!["code"]!);
        await AssertServingAsync(client);
    }

    [Fact]
    public async Task A_request_with_wrong_typed_or_undecodable_params_gets_invalid_params()
    {
        await using var client = await LspClient.StartAsync(TestEngine.Factory(), root: _workspace.Root);
        client.WriteRaw(Frame("{\"jsonrpc\":\"2.0\",\"id\":902,\"method\":\"textDocument/hover\",\"params\":[1,2]}"));
        Assert.Equal(-32602, (int)(await client.ResponseAsync(902))["error"]!["code"]!);
        client.WriteRaw(Frame("{\"jsonrpc\":\"2.0\",\"id\":903,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":{\"uri\":\"\\ud800\"},\"position\":{\"line\":0,\"character\":0}}}"));
        Assert.Equal(-32602, (int)(await client.ResponseAsync(903))["error"]!["code"]!);
        await AssertServingAsync(client);
    }

    [Fact]
    public async Task A_content_length_larger_than_what_arrives_is_given_up_on_when_the_next_header_has_arrived()
    {
        await using var client = await LspClient.StartAsync(TestEngine.Factory(), root: _workspace.Root, stalledMessageTimeout: TimeSpan.FromMilliseconds(200));
        // Below the 256 MiB cap, so the header is accepted; only 2 bytes of the body ever come.
        client.WriteRaw("Content-Length: 200000000\r\n\r\n{}");
        await AssertServingAsync(client);
        Assert.Contains("holds the next header", client.Log.ToString());
    }

    [Fact]
    public async Task A_slow_message_without_a_later_header_is_waited_for()
    {
        await using var client = await LspClient.StartAsync(TestEngine.Factory(), root: _workspace.Root, stalledMessageTimeout: TimeSpan.FromMilliseconds(50));
        const string body = "{\"jsonrpc\": \"2.0\", \"id\": 904, \"method\": \"workspace/executeCommand\", \"params\": {\"command\": \"rhetlint.explainRule\", \"arguments\": [\"RH2001\"]}}";
        var bytes = Frame(body);
        client.WriteRaw(bytes[..40]);
        await Task.Delay(300);
        client.WriteRaw(bytes[40..]);
        // Whether or not the server noticed the pause (that depends on scheduling), the message is read whole.
        Assert.StartsWith("# RH2001", (string?)(await client.ResponseAsync(904))["result"]);
    }

    [Fact]
    public async Task A_draft_whose_analysis_throws_gets_one_error_diagnostic_in_place_of_stale_ones()
    {
        var engines = 0;
        var working = TestEngine.Factory();
        LintEngine Factory()
        {
            var engine = working();
            // The second engine (after a configuration file changed) fails on every document.
            return Interlocked.Increment(ref engines) == 1 ? engine : engine with { LinterFor = _ => throw new InvalidOperationException("the analysis broke") };
        }
        await using var client = await LspClient.StartAsync(Factory, root: _workspace.Root);
        var uri = _workspace.Uri("draft.md");
        client.Open(uri, "Critics say this is the greatest plan ever made.\n");
        Assert.NotEmpty((await client.DiagnosticsAsync(uri, 1))["diagnostics"]!.AsArray());

        client.Notify("workspace/didChangeWatchedFiles", new JsonObject { ["changes"] = new JsonArray(new JsonObject { ["uri"] = _workspace.Uri(".editorconfig"), ["type"] = 2 }) });
        var published = await client.DiagnosticsAsync(uri, 1);
        var diagnostic = Assert.Single(published["diagnostics"]!.AsArray())!;
        Assert.Equal(1, (int)diagnostic["severity"]!);
        Assert.Contains("could not be analyzed", (string?)diagnostic["message"]);
        Assert.Contains("the analysis broke", (string?)diagnostic["message"]);
        Assert.Contains("cleared", client.Log.ToString());
        await AssertServingAsync(client);
    }
}
