using System.Text.Json;

namespace Rhetlint.Packs.Tests;

/// <summary>The JSON schemas published in rules/schema/ accept exactly the keys the loader reads.</summary>
public sealed class SchemaTests
{
    private static JsonElement Schema(string name) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schema", name))).RootElement;

    private static string[] Keys(JsonElement properties) => [.. properties.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];

    [Fact]
    public void The_rule_schema_lists_every_key_of_every_kind()
    {
        var schema = Schema("rule.schema.json");
        var all = RuleFileParser.CommonKeys.Concat(RuleFileParser.KindKeys.Values.SelectMany(k => k)).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(all, Keys(schema.GetProperty("properties")));
        foreach (var (condition, kind) in schema.GetProperty("allOf").EnumerateArray().Select(c => (c, c.GetProperty("if").GetProperty("properties").GetProperty("kind").GetProperty("const").GetString())))
        {
            var allowed = condition.GetProperty("then").GetProperty("propertyNames").GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal);
            var expected = RuleFileParser.CommonKeys.Concat(RuleFileParser.KindKeys[System.Enum.Parse<PackRuleKind>(kind!, ignoreCase: true)]).Order(StringComparer.Ordinal);
            Assert.Equal(expected, allowed);
        }
    }

    [Fact]
    public void The_rule_schema_lists_the_step_keys_classes_voices_and_conditions()
    {
        var defs = Schema("rule.schema.json").GetProperty("$defs");
        var step = defs.GetProperty("step").GetProperty("oneOf").EnumerateArray().SelectMany(s => Keys(s.GetProperty("properties"))).Order(StringComparer.Ordinal);
        Assert.Equal(RuleFileParser.StepKeys.Order(StringComparer.Ordinal), step);
        Assert.Equal(Matching.WordClasses.Names.Keys.Order(StringComparer.Ordinal), Enum(defs, "wordClass"));
        Assert.Equal(RuleConditions.VoiceNames.Keys.Order(StringComparer.Ordinal), Enum(defs, "voice"));
        Assert.Equal(RuleConditions.UnlessPhrases.Order(StringComparer.Ordinal), Enum(defs, "unless"));
    }

    [Fact]
    public void The_pack_schema_lists_the_manifest_keys() =>
        Assert.Equal(PackLoader.ManifestKeys.Order(StringComparer.Ordinal), Keys(Schema("pack.schema.json").GetProperty("properties")));

    private static IOrderedEnumerable<string> Enum(JsonElement defs, string name) =>
        defs.GetProperty(name).GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal);
}
