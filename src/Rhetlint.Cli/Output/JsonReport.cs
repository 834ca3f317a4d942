using System.Text.Json.Serialization;

namespace Rhetlint.Cli.Output;

// The JSON report is a contract other tools read (docs/json-report.md): property names and shapes are stable.

internal sealed record JsonReport(JsonTool Tool, IReadOnlyList<JsonFile> Files, JsonSummary Summary);

internal sealed record JsonTool(string Name, string Version);

/// <param name="Diagnostics">Made as the serializer reaches them: a 10 MB document's tens of thousands were held at once (issue 18).</param>
internal sealed record JsonFile(string Path, IEnumerable<JsonDiagnostic> Diagnostics, JsonStatistics Statistics);

/// <param name="FindingsPer1000Words">Keyed by category (ThreatInflation, Superlatives, Sourcing, Hedging).</param>
/// <param name="NamedSourceShare">DirectQuotesWithNamedSource / DirectQuotes, or null when there are no direct quotes.</param>
internal sealed record JsonStatistics(
    int Words,
    IReadOnlyDictionary<string, double> FindingsPer1000Words,
    int DirectQuotes,
    int DirectQuotesWithNamedSource,
    double? NamedSourceShare);

internal sealed record JsonDiagnostic(
    string Id,
    string Category,
    string Severity,
    string Message,
    int Start,
    int Length,
    int Line,
    int Column,
    int EndLine,
    int EndColumn,
    string Text,
    string HelpUri,
    IReadOnlyList<JsonFix> Fixes)
{
    /// <summary>In a Word document, where the finding is in words (<see cref="Core.Docx.DocxLocator"/>); absent for text files.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Locator { get; init; }
}

internal sealed record JsonFix(string Title, string Applicability, IReadOnlyList<JsonEdit> Edits);

internal sealed record JsonEdit(int Start, int Length, string NewText);

internal sealed record JsonSummary(int Files, int Errors, int Warnings, int Suggestions, JsonStatistics Statistics);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(JsonReport))]
internal sealed partial class JsonReportContext : JsonSerializerContext;
