using System.Text.Json.Serialization;

namespace Rhetlint.Cli.Eval;

/// <summary>One gold-annotated case (the format of shared/eval: one JSON object per line).</summary>
internal sealed record EvalCase(
    string Id,
    string Format,
    string Text,
    IReadOnlyList<GoldFinding> Findings,
    [property: JsonPropertyName("must_not_flag")] IReadOnlyList<string> MustNotFlag);

internal sealed record GoldFinding(string Family, string Span, int Occurrence, string? Note);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(EvalCase))]
[JsonSerializable(typeof(EvalReport))]
internal sealed partial class EvalJsonContext : JsonSerializerContext;
