using System.Collections.Immutable;
using Rhetlint.Core.Config;

namespace Rhetlint.Core.Analysis;

/// <summary>The rule options configured for one document, parsed; a rule reads them through <see cref="NodeContext.Options"/>.</summary>
public sealed class RuleOptionValues
{
    private const string Prefix = "rhetlint.";
    private readonly ImmutableDictionary<RuleOption, object> _values;

    private RuleOptionValues(ImmutableDictionary<RuleOption, object> values) => _values = values;

    /// <summary>Every option at its default.</summary>
    public static RuleOptionValues Empty { get; } = new(ImmutableDictionary<RuleOption, object>.Empty);

    /// <summary>The configured value of <paramref name="option"/>, or its default.</summary>
    public T Get<T>(RuleOption<T> option) where T : notnull => _values.TryGetValue(option, out var value) ? (T)value : option.DefaultValue;

    /// <summary>
    /// Parses <paramref name="settings"/> (<c>rhetlint.&lt;id&gt;.&lt;name&gt;</c> keys, any case, with their values) against the
    /// options the rules declare. A key for a rule of <paramref name="ruleIds"/> must name one of that rule's options and
    /// hold a value of its type; a key for another id (a rule from a user pack) is left to whoever runs that rule.
    /// </summary>
    /// <param name="declared">Every option the running rules declare.</param>
    /// <param name="ruleIds">The ids of the running rules.</param>
    /// <exception cref="ConfigException">An option the rule does not have, or a value of the wrong type.</exception>
    public static RuleOptionValues Read(IEnumerable<KeyValuePair<string, string>> settings, IReadOnlyCollection<RuleOption> declared, IReadOnlySet<string> ruleIds)
    {
        var values = ImmutableDictionary.CreateBuilder<RuleOption, object>();
        foreach (var (key, text) in settings)
        {
            if (Split(key) is not var (id, name)) continue;
            var ruleId = ruleIds.FirstOrDefault(r => r.Equals(id, StringComparison.OrdinalIgnoreCase));
            if (ruleId is null)
            {
                // A pack rule's setting may sit in a wider section than the one that names its pack: left to the pack.
                if (!IsReservedId(id)) continue;
                throw new ConfigException($"{key} = {text}: unknown rule id '{id}' (RH ids are the built-in rules'); `rhetlint rules` lists the ids");
            }
            var ofRule = declared.Where(o => o.RuleId == ruleId).OrderBy(o => o.Name, StringComparer.Ordinal).ToList();
            var option = ofRule.FirstOrDefault(o => o.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
                ?? throw new ConfigException($"{key} = {text}: {ruleId} has no option '{name}' ({Listing(ruleId, ofRule)})");
            values[option] = option.Parse(text)
                ?? throw new ConfigException($"{key} = {text}: expected {option.ValueShape} ({Listing(ruleId, ofRule)})");
        }
        return values.Count == 0 ? Empty : new RuleOptionValues(values.ToImmutable());
    }

    /// <summary>
    /// An id in the built-in rules' namespace (<c>RH</c> and digits; packs may not use it): one that names no rule is
    /// a typo for certain, where another id may be a rule of a pack that other drafts' configuration names.
    /// </summary>
    internal static bool IsReservedId(string id) =>
        id.Length > 2 && id.StartsWith("RH", StringComparison.OrdinalIgnoreCase) && id.AsSpan(2).IndexOfAnyExceptInRange('0', '9') < 0;

    /// <summary>"rhetlint.RH3009.require_reason" as (RH3009, require_reason); null for a key of another shape ("rhetlint.profile").</summary>
    internal static (string RuleId, string Name)? Split(string key)
    {
        if (!key.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)) return null;
        var rest = key[Prefix.Length..];
        var dot = rest.LastIndexOf('.');
        return dot > 0 && dot < rest.Length - 1 ? (rest[..dot], rest[(dot + 1)..]) : null;
    }

    private static string Listing(string ruleId, List<RuleOption> options) =>
        options.Count == 0
            ? $"{ruleId} has no options"
            : $"{ruleId} options: {string.Join("; ", options.Select(o => $"{o.Name} = {o.ValueShape} (default {o.DefaultText})"))}";
}
