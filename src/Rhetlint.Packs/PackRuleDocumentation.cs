using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;

namespace Rhetlint.Packs;

/// <summary>A pack rule's page, in the shape of the built-in rules' pages: what it flags, where it comes from, its examples.</summary>
internal static class PackRuleDocumentation
{
    public static string Write(PackRule rule, RulePack pack)
    {
        var d = rule.Descriptor;
        var page = new StringBuilder();
        page.AppendLine(CultureInfo.InvariantCulture, $"# {d.Id}: {d.Title}");
        page.AppendLine();
        page.AppendLine(CultureInfo.InvariantCulture, $"A {rule.Kind.ToString().ToLowerInvariant()} rule of the pack **{pack.Name}** ({rule.Path}).");
        if (pack.Description is { } description) page.AppendLine(CultureInfo.InvariantCulture, $"The pack: {description}");
        page.AppendLine();
        page.AppendLine(CultureInfo.InvariantCulture, $"- Category: {d.Category}");
        page.AppendLine(CultureInfo.InvariantCulture, $"- Default severity: {Severity(d.DefaultSeverity)}{(d.IsEnabledByDefault ? "" : " (off by default)")}");
        page.AppendLine(CultureInfo.InvariantCulture, $"- Message: {d.MessageFormat.ToString(CultureInfo.InvariantCulture).Replace("{0}", "{match}", StringComparison.Ordinal).Replace("{1}", "{replacement}", StringComparison.Ordinal)}");
        if (!string.IsNullOrEmpty(d.HelpLinkUri)) page.AppendLine(CultureInfo.InvariantCulture, $"- Documentation: {d.HelpLinkUri}");
        Examples(page, "Flagged", rule.Examples.Where(e => e.Expectation == ExampleExpectation.Flag).Select(e => e.Text.Replace("[[", "**", StringComparison.Ordinal).Replace("]]", "**", StringComparison.Ordinal)));
        Examples(page, "Rewritten", rule.Examples.Where(e => e.Expectation == ExampleExpectation.Fix).Select(e => $"{e.Text} → {e.After}"));
        Examples(page, "Not flagged", rule.Examples.Where(e => e.Expectation == ExampleExpectation.Pass).Select(e => e.Text));
        return page.ToString();
    }

    private static void Examples(StringBuilder page, string heading, IEnumerable<string> texts)
    {
        var list = texts.ToList();
        if (list.Count == 0) return;
        page.AppendLine();
        page.AppendLine(CultureInfo.InvariantCulture, $"## {heading}");
        page.AppendLine();
        foreach (var text in list) page.AppendLine(CultureInfo.InvariantCulture, $"- {text}");
    }

    private static string Severity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "suggestion",
    };
}
