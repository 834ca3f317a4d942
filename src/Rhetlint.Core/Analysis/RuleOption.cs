using System.Collections.Immutable;
using System.Globalization;

namespace Rhetlint.Core.Analysis;

/// <summary>The type of a rule option's value, as a user writes it in .editorconfig.</summary>
public enum RuleOptionKind
{
    /// <summary><c>true</c> or <c>false</c>.</summary>
    Bool,
    /// <summary>A whole number, within the option's bounds.</summary>
    Int,
    /// <summary>One of the option's listed words.</summary>
    Enum,
    /// <summary>Any text.</summary>
    String,
}

/// <summary>
/// A setting a rule reads, written <c>rhetlint.&lt;rule id&gt;.&lt;name&gt; = value</c> in .editorconfig. A rule declares its
/// options in <see cref="RhetoricAnalyzer.SupportedOptions"/> and reads the document's value with
/// <c>context.Options.Get(option)</c>; an unset option has its default. Create one with <see cref="Bool"/>,
/// <see cref="Int"/>, <see cref="OneOf"/> or <see cref="Text"/>.
/// </summary>
public abstract class RuleOption
{
    private protected RuleOption(string ruleId, string name, RuleOptionKind kind, string defaultText, ImmutableArray<string> allowedValues, string valueShape,
        string description)
    {
        if (string.IsNullOrWhiteSpace(ruleId)) throw new ArgumentException("A rule option needs the id of its rule.", nameof(ruleId));
        if (string.IsNullOrEmpty(name) || !name.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '_'))
            throw new ArgumentException($"Option name '{name}' must be lower-case snake_case (.editorconfig keys are case-insensitive).", nameof(name));
        RuleId = ruleId;
        Name = name;
        Kind = kind;
        DefaultText = defaultText;
        AllowedValues = allowedValues;
        ValueShape = valueShape;
        Description = description;
    }

    /// <summary>The id of the rule the option configures ("RH3009").</summary>
    public string RuleId { get; }

    /// <summary>The option's name in its key, snake_case ("require_reason").</summary>
    public string Name { get; }

    public RuleOptionKind Kind { get; }

    /// <summary>The default value as a user would write it.</summary>
    public string DefaultText { get; }

    /// <summary>The words an <see cref="RuleOptionKind.Enum"/> option accepts; empty for the other kinds.</summary>
    public ImmutableArray<string> AllowedValues { get; }

    /// <summary>What a value must look like, for messages and listings: "true|false", "integer 2..10", "sentence|next|paragraph".</summary>
    public string ValueShape { get; }

    /// <summary>What the option changes, and who would change it, in a sentence or two: <c>rhetlint rules --format json</c> and the rule's page show it.</summary>
    public string Description { get; }

    /// <summary>The .editorconfig key: <c>rhetlint.RH3009.require_reason</c>.</summary>
    public string Key => $"rhetlint.{RuleId}.{Name}";

    /// <summary>The typed value <paramref name="text"/> stands for, or null when it is not a value of this option.</summary>
    internal abstract object? Parse(string text);

    public static RuleOption<bool> Bool(string ruleId, string name, bool defaultValue, string description) =>
        new(ruleId, name, RuleOptionKind.Bool, defaultValue, defaultValue ? "true" : "false", [], "true|false", description,
            text => text.Trim().ToLowerInvariant() switch { "true" => true, "false" => false, _ => null });

    /// <param name="min">The smallest value allowed.</param>
    /// <param name="max">The largest value allowed.</param>
    public static RuleOption<int> Int(string ruleId, string name, int defaultValue, string description, int min = int.MinValue, int max = int.MaxValue)
    {
        if (defaultValue < min || defaultValue > max) throw new ArgumentOutOfRangeException(nameof(defaultValue), $"{defaultValue} is outside {min}..{max}.");
        var shape = (min, max) switch
        {
            (int.MinValue, int.MaxValue) => "integer",
            (_, int.MaxValue) => $"integer >= {min}",
            (int.MinValue, _) => $"integer <= {max}",
            _ => $"integer {min}..{max}",
        };
        return new(ruleId, name, RuleOptionKind.Int, defaultValue, defaultValue.ToString(CultureInfo.InvariantCulture), [], shape, description,
            text => int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max ? value : null);
    }

    /// <summary>An option whose value is one of <paramref name="values"/>, compared case-insensitively; the value read is the listed spelling.</summary>
    public static RuleOption<string> OneOf(string ruleId, string name, string defaultValue, ImmutableArray<string> values, string description)
    {
        if (!values.Contains(defaultValue, StringComparer.Ordinal)) throw new ArgumentException($"Default '{defaultValue}' is not one of {string.Join(", ", values)}.", nameof(defaultValue));
        return new(ruleId, name, RuleOptionKind.Enum, defaultValue, defaultValue, values, string.Join('|', values), description,
            text => values.FirstOrDefault(v => v.Equals(text.Trim(), StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>An option whose value is any text, trimmed.</summary>
    public static RuleOption<string> Text(string ruleId, string name, string defaultValue, string description) =>
        new(ruleId, name, RuleOptionKind.String, defaultValue, defaultValue, [], "text", description, text => text.Trim());
}

/// <summary>A rule option whose value is a <typeparamref name="T"/>.</summary>
public sealed class RuleOption<T> : RuleOption where T : notnull
{
    private readonly Func<string, object?> _parse;

    internal RuleOption(string ruleId, string name, RuleOptionKind kind, T defaultValue, string defaultText, ImmutableArray<string> allowedValues, string valueShape,
        string description, Func<string, object?> parse)
        : base(ruleId, name, kind, defaultText, allowedValues, valueShape, description)
    {
        DefaultValue = defaultValue;
        _parse = parse;
    }

    public T DefaultValue { get; }

    internal override object? Parse(string text) => _parse(text);
}
