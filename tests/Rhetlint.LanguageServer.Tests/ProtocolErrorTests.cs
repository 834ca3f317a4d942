using System.Text;
using System.Text.Json.Nodes;

namespace Rhetlint.LanguageServer.Tests;

/// <summary>Bad input gets JSON-RPC errors or is skipped, and the server goes on serving: it never exits on bad input.</summary>
public sealed class ProtocolErrorTests : IDisposable
{
    private readonly TempWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    private static byte[] Frame(string body) => Encoding.UTF8.GetBytes($"Content-Length: {Encoding.UTF8.GetByteCount(body)}\r\n\r\n{body}");

    private static async Task<JsonNode> ErrorAsync(LspClient client) =>
        (await client.NextAsync(m => m["error"] is not null))["error"]!;

    /// <summary>The server still answers a request after whatever came before.</summary>
    private static async Task AssertServingAsync(LspClient client)
    {
        var explained = await client.RequestAsync("workspace/executeCommand", new JsonObject { ["command"] = "rhetlint.explainRule", ["arguments"] = new JsonArray("RH2001") });
        Assert.StartsWith("# RH2001", (string?)explained["result"]);
    }

    private Task<LspClient> StartAsync() => LspClient.StartAsync(TestEngine.Factory(), root: _workspace.Root);

    [Fact]
    public async Task A_body_that_is_not_json_gets_a_parse_error_with_a_null_id()
    {
        await using var client = await StartAsync();
        client.WriteRaw(Frame("{\"jsonrpc\": \"2.0\", \"id\": 5, \"method\": "));
        var response = await client.NextAsync(m => m["error"] is not null);
        Assert.Equal(-32700, (int)response["error"]!["code"]!);
        Assert.True(response.AsObject().ContainsKey("id"));
        Assert.Null(response["id"]);
        await AssertServingAsync(client);
        Assert.Contains("not JSON", client.Log.ToString());
    }

    [Theory]
    [InlineData("[1, 2]")]
    [InlineData("42")]
    [InlineData("{\"jsonrpc\": \"2.0\", \"id\": 3}")]
    [InlineData("{\"jsonrpc\": \"2.0\", \"id\": 3, \"method\": 17}")]
    [InlineData("{\"jsonrpc\": \"1.0\", \"id\": 3, \"method\": \"shutdown\"}")]
    [InlineData("{\"jsonrpc\": \"2.0\", \"id\": {\"a\": 1}, \"method\": \"shutdown\"}")]
    public async Task A_message_that_is_not_a_request_gets_invalid_request(string body)
    {
        await using var client = await StartAsync();
        client.WriteRaw(Frame(body));
        Assert.Equal(-32600, (int)(await ErrorAsync(client))["code"]!);
        await AssertServingAsync(client);
    }

    [Fact]
    public async Task An_unknown_request_gets_method_not_found_and_an_unknown_notification_is_ignored()
    {
        await using var client = await StartAsync();
        client.Notify("rhetlint/somethingNew", new JsonObject());
        client.Notify("$/setTrace", new JsonObject { ["value"] = "off" });
        var response = await client.RequestAsync("textDocument/completion", new JsonObject());
        Assert.Equal(-32601, (int)response["error"]!["code"]!);
        Assert.Contains("textDocument/completion", (string?)response["error"]!["message"]);
        await AssertServingAsync(client);
    }

    [Fact]
    public async Task Bad_parameters_get_invalid_params()
    {
        await using var client = await StartAsync();
        var uri = _workspace.Uri("draft.md");
        client.Open(uri, "A line.\n");
        await client.DiagnosticsAsync(uri, 1);

        var noPosition = await client.RequestAsync("textDocument/hover", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri } });
        Assert.Equal(-32602, (int)noPosition["error"]!["code"]!);
        var stringLine = await client.RequestAsync("textDocument/hover", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri },
            ["position"] = new JsonObject { ["line"] = "zero", ["character"] = 0 },
        });
        Assert.Equal(-32602, (int)stringLine["error"]!["code"]!);
        var noRange = await client.RequestAsync("textDocument/codeAction", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri }, ["context"] = new JsonObject() });
        Assert.Equal(-32602, (int)noRange["error"]!["code"]!);
        Assert.Equal(-32602, (int)(await client.RequestAsync("textDocument/hover", null))["error"]!["code"]!);

        // A notification has no response: a bad one is logged and ignored.
        client.Notify("textDocument/didChange", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = 2 }, ["contentChanges"] = 5 });
        await AssertServingAsync(client);
        Assert.Contains("textDocument/didChange: 'contentChanges' must be an array", client.Log.ToString());
    }

    [Fact]
    public async Task A_bad_header_is_skipped_up_to_the_next_message()
    {
        await using var client = await StartAsync();
        // Each bad frame is skipped up to the next header, which here is the request that checks the server still serves.
        foreach (var bad in new[]
        {
            "Content-Length: twelve\r\n\r\n{\"jsonrpc\": \"2.0\", \"method\": \"x\"}",
            "garbage line without a colon\r\n",
            "Content-Type: application/vscode-jsonrpc\r\n\r\n{}",
            "Content-Length: 99999999999\r\n\r\n",
        })
        {
            client.WriteRaw(bad);
            await AssertServingAsync(client);
        }
        var log = client.Log.ToString();
        Assert.Contains("bad Content-Length \"twelve\"", log);
        Assert.Contains("not a message header", log);
        Assert.Contains("no Content-Length", log);
        Assert.Contains("bad Content-Length \"99999999999\"", log);
    }

    [Fact]
    public async Task A_content_length_larger_than_the_body_swallows_the_next_header_which_is_read_again()
    {
        await using var client = await StartAsync();
        const string body = "{\"jsonrpc\": \"2.0\", \"method\": \"$/setTrace\", \"params\": {\"value\": \"off\"}}";
        // The length claims 40 bytes more than the body has: they are the start of the next frame.
        client.WriteRaw(Encoding.UTF8.GetBytes($"Content-Length: {body.Length + 40}\r\n\r\n{body}"));
        await AssertServingAsync(client);
        Assert.Contains("holds the next header", client.Log.ToString());
    }

    [Fact]
    public async Task A_content_length_smaller_than_the_body_gets_a_parse_error_and_the_rest_is_skipped()
    {
        await using var client = await StartAsync();
        const string body = "{\"jsonrpc\": \"2.0\", \"id\": 77, \"method\": \"shutdown\"}";
        client.WriteRaw(Encoding.UTF8.GetBytes($"Content-Length: 20\r\n\r\n{body}"));
        Assert.Equal(-32700, (int)(await ErrorAsync(client))["code"]!);
        await AssertServingAsync(client);
    }

    [Fact]
    public async Task Requests_before_initialize_get_server_not_initialized()
    {
        await using var client = new LspClient(TestEngine.Factory());
        var response = await client.RequestAsync("textDocument/hover", new JsonObject());
        Assert.Equal(-32002, (int)response["error"]!["code"]!);
        var initialized = await client.RequestAsync("initialize", new JsonObject { ["capabilities"] = new JsonObject() });
        Assert.NotNull(initialized["result"]);
        Assert.Equal(-32600, (int)(await client.RequestAsync("initialize", new JsonObject()))["error"]!["code"]!);
    }

    [Fact]
    public async Task Cancelling_a_finished_request_changes_nothing_and_responses_to_the_server_are_ignored()
    {
        await using var client = await StartAsync();
        await AssertServingAsync(client);
        client.Notify("$/cancelRequest", new JsonObject { ["id"] = 2 });
        client.Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = "server-1", ["result"] = null });
        await AssertServingAsync(client);
        Assert.False(await client.ArrivesWithinAsync(m => m["error"] is not null, TimeSpan.FromMilliseconds(200)));
    }

    [Fact]
    public async Task Nothing_but_protocol_goes_to_the_output_and_bad_input_never_ends_the_server()
    {
        await using var client = await StartAsync();
        client.WriteRaw([0xFF, 0xFE, 0x00, 0x0A, 0x0D, 0x0A]);
        client.WriteRaw(Frame("\u00e9\u00e9\u00e9"));
        client.WriteRaw("\r\n\r\n");
        await AssertServingAsync(client);
        Assert.False(client.Exited.IsCompleted);
    }
}
