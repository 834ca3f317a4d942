using System.Text.Json;
using System.Text.Json.Nodes;

namespace Rhetlint.LanguageServer.Protocol;

/// <summary>JSON-RPC 2.0 and LSP error codes.</summary>
internal static class ErrorCodes
{
    public const int ParseError = -32700;
    public const int InvalidRequest = -32600;
    public const int MethodNotFound = -32601;
    public const int InvalidParams = -32602;
    public const int InternalError = -32603;
    public const int ServerNotInitialized = -32002;
    public const int RequestCancelled = -32800;
}

/// <summary>A request that must be answered with an error response.</summary>
internal sealed class RpcException(int code, string message) : Exception(message)
{
    public int Code { get; } = code;
}

/// <summary>Builds JSON-RPC messages and reads request parameters, throwing <see cref="ErrorCodes.InvalidParams"/> for what is missing or mistyped.</summary>
internal static class JsonRpc
{
    public static JsonObject Response(JsonNode? id, JsonNode? result) => new()
    {
        ["jsonrpc"] = "2.0",
        ["id"] = id?.DeepClone(),
        ["result"] = result,
    };

    public static JsonObject Error(JsonNode? id, int code, string message) => new()
    {
        ["jsonrpc"] = "2.0",
        ["id"] = id?.DeepClone(),
        ["error"] = new JsonObject { ["code"] = code, ["message"] = message },
    };

    public static JsonObject Notification(string method, JsonNode parameters) => new()
    {
        ["jsonrpc"] = "2.0",
        ["method"] = method,
        ["params"] = parameters,
    };

    /// <summary>
    /// The member <paramref name="name"/> of <paramref name="node"/>, or null when it is missing or
    /// <paramref name="node"/> is not an object: a client may send an array, a string or a number where an object
    /// belongs, and System.Text.Json's indexer throws on those instead of answering "missing".
    /// </summary>
    public static JsonNode? Member(JsonNode? node, string name) => node is JsonObject value ? value[name] : null;

    /// <summary>The object at <paramref name="name"/>; InvalidParams when it is missing or not an object.</summary>
    public static JsonObject Object(JsonNode? node, string name) =>
        Member(node, name) as JsonObject ?? throw new RpcException(ErrorCodes.InvalidParams, $"'{name}' must be an object");

    /// <summary>The object at <paramref name="name"/>, or null when it is missing or null; InvalidParams when it is something else.</summary>
    public static JsonObject? OptionalObject(JsonNode? node, string name) => Member(node, name) switch
    {
        null => null,
        JsonObject value => value,
        _ => throw new RpcException(ErrorCodes.InvalidParams, $"'{name}' must be an object"),
    };

    public static JsonArray Array(JsonNode? node, string name) =>
        Member(node, name) as JsonArray ?? throw new RpcException(ErrorCodes.InvalidParams, $"'{name}' must be an array");

    public static string String(JsonNode? node, string name) =>
        Member(node, name) is JsonValue value && value.GetValueKind() == JsonValueKind.String
            ? Text(value, name)
            : throw new RpcException(ErrorCodes.InvalidParams, $"'{name}' must be a string");

    public static string? OptionalString(JsonNode? node, string name) => Member(node, name) switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => Text(value, name),
        _ => throw new RpcException(ErrorCodes.InvalidParams, $"'{name}' must be a string"),
    };

    /// <summary>
    /// A JSON string as .NET text. The reader accepts invalid UTF-8 and lone surrogate escapes (<c>\ud800</c>) inside
    /// strings and only fails when the string is read; that is bad input, not a server bug.
    /// </summary>
    public static string Text(JsonValue value, string name)
    {
        try
        {
            return value.GetValue<string>();
        }
        catch (InvalidOperationException)
        {
            throw new RpcException(ErrorCodes.InvalidParams, $"'{name}' is not valid Unicode (invalid UTF-8 or a lone surrogate)");
        }
    }

    /// <summary>The text of a JSON string; false for anything else, or a string that is not valid Unicode.</summary>
    public static bool TryText(JsonNode? node, out string text)
    {
        text = "";
        if (node is not JsonValue value || value.GetValueKind() != JsonValueKind.String) return false;
        try
        {
            text = value.GetValue<string>();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    public static int Int(JsonNode? node, string name) =>
        Member(node, name) is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<int>(out var number)
            ? number
            : throw new RpcException(ErrorCodes.InvalidParams, $"'{name}' must be an integer");

    public static int? OptionalInt(JsonNode? node, string name) => Member(node, name) is null ? null : Int(node, name);

    /// <summary>A JSON value that is a number, whatever its JSON spelling (1, 1.0), or null when it is not one.</summary>
    public static double? Number(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<double>(out var number) ? number : null;
}
