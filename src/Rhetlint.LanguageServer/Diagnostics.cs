using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.LanguageServer.Analysis;

namespace Rhetlint.LanguageServer;

/// <summary>Findings as LSP diagnostics.</summary>
internal static class Diagnostics
{
    public const string Source = "rhetlint";

    /// <summary>
    /// <c>range</c> (UTF-16), <c>severity</c> (error 1, warning 2, suggestion 3), <c>code</c> (the rule id),
    /// <c>codeDescription.href</c> (the rule's page, when it has one), <c>source</c>, <c>message</c>, and
    /// <c>data.fingerprint</c> (the baseline fingerprint, stable when lines move).
    /// </summary>
    public static JsonObject Of(DocumentFinding finding, LineIndex lines)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer)) Write(writer, finding, lines);
        return JsonNode.Parse(buffer.WrittenSpan)!.AsObject();
    }

    /// <summary>As <see cref="Of"/>, straight to <paramref name="writer"/>: what is published at each keystroke.</summary>
    public static void Write(Utf8JsonWriter writer, DocumentFinding finding, LineIndex lines)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("range");
        WriteRange(writer, lines, finding.Span);
        writer.WriteNumber("severity", Severity(finding.Severity));
        writer.WriteString("code", finding.Id);
        if (!string.IsNullOrEmpty(finding.Descriptor.HelpLinkUri))
        {
            writer.WriteStartObject("codeDescription");
            writer.WriteString("href", finding.Descriptor.HelpLinkUri);
            writer.WriteEndObject();
        }
        writer.WriteString("source", Source);
        writer.WriteString("message", finding.Message);
        writer.WriteStartObject("data");
        writer.WriteString("fingerprint", finding.Fingerprint);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteRange(Utf8JsonWriter writer, LineIndex lines, TextSpan span)
    {
        writer.WriteStartObject();
        WritePosition(writer, "start", lines.PositionOf(span.Start));
        WritePosition(writer, "end", lines.PositionOf(span.End));
        writer.WriteEndObject();
    }

    private static void WritePosition(Utf8JsonWriter writer, string name, (int Line, int Character) position)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("line", position.Line);
        writer.WriteNumber("character", position.Character);
        writer.WriteEndObject();
    }

    /// <summary>A configuration that cannot be used (a bad .editorconfig value) stops the analysis: said at the top of the document.</summary>
    public static JsonObject ConfigurationProblem(string message) => AtTop($"configuration: {message}");

    /// <summary>The analysis threw (a bug in Rhetlint, or input it cannot handle): said at the top of the document.</summary>
    public static JsonObject AnalysisFailure(string message) =>
        AtTop($"this text could not be analyzed ({message}); no findings are shown. Please report it with the text that causes it.");

    private static JsonObject AtTop(string message) => new()
    {
        ["range"] = new JsonObject
        {
            ["start"] = new JsonObject { ["line"] = 0, ["character"] = 0 },
            ["end"] = new JsonObject { ["line"] = 0, ["character"] = 0 },
        },
        ["severity"] = 1,
        ["code"] = EngineDescriptors.UnreadableInput.Id,
        ["codeDescription"] = new JsonObject { ["href"] = EngineDescriptors.UnreadableInput.HelpLinkUri },
        ["source"] = Source,
        ["message"] = message,
    };

    public static int Severity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => 1,
        DiagnosticSeverity.Warning => 2,
        DiagnosticSeverity.Info => 3,
        _ => 4,
    };
}
