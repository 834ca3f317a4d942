using System.Text.Json.Serialization;

namespace Rhetlint.Cli.Output;

/// <summary>One rule in <c>rhetlint rules --format json</c>.</summary>
/// <param name="Severity">The rule's default severity (<see cref="Enabled"/>: whether it runs by default).</param>
/// <param name="SeverityOnDraft">The severity it has on the draft listed for, after its settings: error, warning, suggestion, or off.</param>
/// <param name="Pack">Where the rule comes from: "built-in", or the name of the pack that defines it.</param>
/// <param name="Fixable">Whether the rule offers rewrites `fix` can apply, not only templates to fill in.</param>
/// <param name="Options">The rule's options (<c>rhetlint.&lt;id&gt;.&lt;name&gt;</c> in .editorconfig).</param>
internal sealed record JsonRule(string Id, string Category, string Severity, bool Enabled, string SeverityOnDraft, string Title, string Pack, bool Fixable, string? HelpUri,
    List<JsonRuleOption> Options);

/// <summary>One option of a rule: its key, type (bool, int, enum, string), default, allowed values (enums only) and what it changes.</summary>
internal sealed record JsonRuleOption(string Name, string Key, string Type, string Default,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] List<string>? Values, string Description);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(List<JsonRule>))]
internal sealed partial class JsonRuleListContext : JsonSerializerContext;
