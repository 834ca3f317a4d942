using Microsoft.CodeAnalysis;

namespace Rhetlint.Core.Analysis;

/// <summary>
/// Descriptor custom tags the engine reads (besides <see cref="RuleCategories.FixableTag"/>). What a rule is to the
/// engine — how a genre treats it — is declared on its descriptor, where built-in rules and C# rule files say it the
/// same way, so the engine needs no list of rule ids.
/// </summary>
public static class RuleTags
{
    /// <summary>The news profile raises the rule one level, to a warning at most (<see cref="Config.GenreProfile.News"/>).</summary>
    public const string RaisedInNews = "RaisedInNews";

    /// <summary>The opinion profile lowers the rule one level (<see cref="Config.GenreProfile.Opinion"/>).</summary>
    public const string LoweredInOpinion = "LoweredInOpinion";

    /// <summary>The opinion profile turns the rule off (<see cref="Config.GenreProfile.Opinion"/>).</summary>
    public const string OffInOpinion = "OffInOpinion";

    public static bool Has(DiagnosticDescriptor descriptor, string tag) => descriptor.CustomTags.Contains(tag, StringComparer.Ordinal);
}
