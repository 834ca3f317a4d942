using System.Text.Json.Serialization;

namespace Rhetlint.Cli.Output;

/// <summary>One rule in <c>rhetlint rules --format json</c>.</summary>
/// <param name="Pack">Where the rule comes from: "built-in", or the name of the pack that defines it.</param>
/// <param name="Fixable">Whether the rule offers rewrites `fix` can apply, not only templates to fill in.</param>
internal sealed record JsonRule(string Id, string Category, string Severity, bool Enabled, string Title, string Pack, bool Fixable, string? HelpUri);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(List<JsonRule>))]
internal sealed partial class JsonRuleListContext : JsonSerializerContext;
