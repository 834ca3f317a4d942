namespace Rhetlint.Core.Analysis;

/// <summary>Descriptor category strings. Other tools read them: keep them stable.</summary>
public static class RuleCategories
{
    public const string ThreatInflation = "ThreatInflation";
    public const string Superlatives = "Superlatives";
    public const string Sourcing = "Sourcing";
    public const string Hedging = "Hedging";
    public const string Engine = "Engine";
    /// <summary>The default category of a rule from a user's YAML pack (a newsroom's house style).</summary>
    public const string HouseStyle = "HouseStyle";

    /// <summary>The custom tag of a descriptor whose rule offers rewrites `fix` can apply (Safe or Unsafe), not only templates.</summary>
    public const string FixableTag = "Fixable";

    /// <summary>Where a rule's documentation lives; the rule id is appended.</summary>
    public const string HelpUriBase = "https://github.com/rhetlint/rhetlint/blob/main/docs/rules/";

    public static string HelpUri(string id) => HelpUriBase + id + ".md";
}
