using Microsoft.CodeAnalysis;

namespace Rhetlint.Core.Analysis;

/// <summary>
/// Descriptor custom tags the engine reads (besides <see cref="RuleCategories.FixableTag"/>). What a rule is to the
/// engine — how a genre treats it, which rules it outranks — is declared on its descriptor, where built-in rules and
/// C# rule files say it the same way, so the engine needs no list of rule ids.
/// </summary>
public static class RuleTags
{
    /// <summary>The news profile raises the rule one level, to a warning at most (<see cref="Config.GenreProfile.News"/>).</summary>
    public const string RaisedInNews = "RaisedInNews";

    /// <summary>The opinion profile lowers the rule one level (<see cref="Config.GenreProfile.Opinion"/>).</summary>
    public const string LoweredInOpinion = "LoweredInOpinion";

    /// <summary>The opinion profile turns the rule off (<see cref="Config.GenreProfile.Opinion"/>).</summary>
    public const string OffInOpinion = "OffInOpinion";

    private const string SupersedesPrefix = "Supersedes:";

    /// <summary>
    /// The tag that makes the rule's finding win over an overlapping finding of <paramref name="ruleId"/> when both
    /// rules run (<see cref="RulePrecedence"/>).
    /// </summary>
    public static string Supersedes(string ruleId) => SupersedesPrefix + ruleId;

    /// <summary>The ids of the rules <paramref name="descriptor"/> supersedes.</summary>
    public static IEnumerable<string> SupersededIds(DiagnosticDescriptor descriptor) =>
        descriptor.CustomTags.Where(t => t.StartsWith(SupersedesPrefix, StringComparison.Ordinal)).Select(t => t[SupersedesPrefix.Length..]);

    public static bool Has(DiagnosticDescriptor descriptor, string tag) => descriptor.CustomTags.Contains(tag, StringComparer.Ordinal);
}
