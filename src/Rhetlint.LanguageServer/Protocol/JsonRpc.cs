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

    /// <summary>The object at <paramref name="name"/>; InvalidParams when it is missing or not an object.</summary>
    public static JsonObject Object(JsonNode? node, string name) =>
        node?[name] as JsonObject ?? throw new RpcException(ErrorCodes.InvalidParams, $"'{name}' must be an object");

    /// <summary>The object at <paramref name="name"/>, or null when it is missing or null; InvalidParams when it is something else.</summary>
    public static JsonObject? OptionalObject(JsonNode? node, string name) => node?[name] switch
    {
        null => null,
        JsonObject value => value,
        _ => throw new RpcException(ErrorCodes.InvalidParams, $"'{name}' must be an object"),
    };

    public static JsonArray Array(JsonNode? node, string name) =>
        node?[name] as JsonArray ?? throw new RpcException(ErrorCodes.InvalidParams, $"'{name}' must be an array");

    public static string String(JsonNode? node, string name) =>
        node?[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String
            ? value.GetValue<string>()
            : throw new RpcException(ErrorCodes.InvalidParams, $"'{name}' must be a string");

    public static string? OptionalString(JsonNode? node, string name) => node?[name] switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        _ => throw new RpcException(ErrorCodes.InvalidParams, $"'{name}' must be a string"),
    };

    public static int Int(JsonNode? node, string name) =>
        node?[name] is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<int>(out var number)
            ? number
            : throw new RpcException(ErrorCodes.InvalidParams, $"'{name}' must be an integer");

    public static int? OptionalInt(JsonNode? node, string name) => node?[name] is null ? null : Int(node, name);

    /// <summary>A JSON value that is a number, whatever its JSON spelling (1, 1.0), or null when it is not one.</summary>
    public static double? Number(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<double>(out var number) ? number : null;
}
