using System.Text.Json.Serialization;

namespace Rhetlint.Cli.Output;

// The subset of SARIF 2.1.0 (OASIS) that `check --format sarif` writes. Property order here is the order in the file.

internal sealed record SarifLog(
    [property: JsonPropertyName("$schema")] string Schema,
    string Version,
    IReadOnlyList<SarifRun> Runs);

/// <param name="Results">Made as the serializer reaches them, as the JSON report's diagnostics: a 10 MB document's tens of
/// thousands, held at once, were a third of the run's peak memory (issue 18).</param>
/// <param name="ColumnKind">Always <c>utf16CodeUnits</c>: Rhetlint's offsets are UTF-16 code units (Roslyn's <c>SourceText</c>).</param>
internal sealed record SarifRun(
    SarifTool Tool,
    IReadOnlyList<SarifInvocation> Invocations,
    IReadOnlyDictionary<string, SarifArtifactLocation> OriginalUriBaseIds,
    IReadOnlyList<SarifArtifact> Artifacts,
    IEnumerable<SarifResult> Results,
    string ColumnKind);

internal sealed record SarifTool(SarifDriver Driver);

internal sealed record SarifDriver(string Name, string Version, string SemanticVersion, string InformationUri, IReadOnlyList<SarifRule> Rules);

internal sealed record SarifRule(
    string Id,
    string Name,
    SarifText ShortDescription,
    SarifText? FullDescription,
    string? HelpUri,
    SarifRuleConfiguration DefaultConfiguration,
    SarifRuleProperties Properties);

/// <summary>A <c>message</c>, <c>multiformatMessageString</c> or <c>artifactContent</c>: all three are <c>{ "text": … }</c> here.</summary>
internal sealed record SarifText(string Text);

internal sealed record SarifRuleConfiguration(string Level, bool Enabled);

internal sealed record SarifRuleProperties(string Category, IReadOnlyList<string> Tags);

/// <param name="StartTimeUtc">ISO 8601 in UTC, as SARIF requires ("2025-01-31T09:30:00.000Z").</param>
internal sealed record SarifInvocation(
    bool ExecutionSuccessful,
    string StartTimeUtc,
    string EndTimeUtc,
    IReadOnlyList<SarifNotification>? ToolExecutionNotifications,
    IReadOnlyList<SarifNotification>? ToolConfigurationNotifications);

internal sealed record SarifNotification(string Level, SarifText Message, IReadOnlyList<SarifLocation>? Locations);

internal sealed record SarifArtifact(SarifArtifactLocation Location, string MimeType, string SourceLanguage);

/// <param name="UriBaseId">Null for an absolute <c>file:</c> URI (a file outside the working directory).</param>
/// <param name="Index">The file's place in <c>run.artifacts</c>; null where the location is the base directory itself.</param>
internal sealed record SarifArtifactLocation(string Uri, string? UriBaseId, int? Index);

internal sealed record SarifResult(
    string RuleId,
    int RuleIndex,
    string Level,
    SarifText Message,
    IReadOnlyList<SarifLocation> Locations,
    IReadOnlyDictionary<string, string> PartialFingerprints,
    IReadOnlyList<SarifFix>? Fixes,
    IReadOnlyList<SarifSuppression>? Suppressions);

/// <param name="LogicalLocations">In a Word document, the paragraph (<see cref="Core.Docx.DocxLocator"/>): its lines and columns are those of the extracted text.</param>
internal sealed record SarifLocation(SarifPhysicalLocation PhysicalLocation, IReadOnlyList<SarifLogicalLocation>? LogicalLocations = null);

/// <param name="Kind">"element": a paragraph is a <c>w:p</c> element of the document's XML.</param>
internal sealed record SarifLogicalLocation(string Name, string FullyQualifiedName, string Kind);

/// <param name="ContextRegion">The whole lines around <paramref name="Region"/>, at most 400 characters either side of it, so a viewer can show the sentence without the file.</param>
internal sealed record SarifPhysicalLocation(SarifArtifactLocation ArtifactLocation, SarifRegion? Region, SarifRegion? ContextRegion = null);

/// <summary>Lines and columns are 1-based; columns count UTF-16 code units (see <see cref="SarifRun.ColumnKind"/>); the end is exclusive.</summary>
internal sealed record SarifRegion(int StartLine, int StartColumn, int EndLine, int EndColumn, SarifText? Snippet);

/// <param name="Properties">Ruff's applicability of the rewrite ("safe" or "unsafe"), which SARIF has no field for.</param>
internal sealed record SarifFix(SarifText Description, IReadOnlyList<SarifArtifactChange> ArtifactChanges, SarifFixProperties Properties);

internal sealed record SarifFixProperties(string Applicability);

internal sealed record SarifArtifactChange(SarifArtifactLocation ArtifactLocation, IReadOnlyList<SarifReplacement> Replacements);

internal sealed record SarifReplacement(SarifRegion DeletedRegion, SarifText InsertedContent);

/// <param name="Kind"><c>inSource</c>: a <c>rhetlint-disable</c>/<c>-ignore</c> comment in the draft.</param>
internal sealed record SarifSuppression(string Kind, string? Justification, SarifLocation Location);

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SarifLog))]
internal sealed partial class SarifLogContext : JsonSerializerContext;
