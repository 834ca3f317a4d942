using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;

namespace Rhetlint.Core.Analysis;

/// <summary>
/// Writes a rule's page (<c>docs/rules/ID.md</c>, <c>rhetlint explain-rule</c>, the editor's hover) from its
/// <see cref="RuleDocumentation"/> and options. The committed pages are this output; a test keeps them equal.
/// </summary>
public static class RulePage
{
    public static string Write(RuleDocumentation documentation, ImmutableArray<RuleOption> options)
    {
        var d = documentation.Descriptor;
        var page = new StringBuilder();
        page.Append("# ").Append(d.Id).Append(" — ").Append(d.Title.ToString(CultureInfo.InvariantCulture)).Append("\n\n");
        page.Append(Badges(documentation)).Append("\n\n");
        Section(page, "What it does", documentation.WhatItDoes);
        Section(page, "Why is this bad?", documentation.WhyIsThisBad);
        foreach (var section in documentation.MoreSections) Section(page, section.Heading, section.Text);
        Section(page, "When it stays quiet", documentation.NotFlagged);
        Section(page, "Options", OptionsTable(options));
        Section(page, "Example", Drafts(documentation.Examples));
        Section(page, "Use instead", string.Join("\n\n", new[] { Drafts(documentation.UseInstead), documentation.UseInsteadNote }.Where(s => !string.IsNullOrEmpty(s))));
        Section(page, "Rewrite", documentation.Rewrite);
        return page.ToString().TrimEnd('\n') + "\n";
    }

    private static string Badges(RuleDocumentation documentation)
    {
        var d = documentation.Descriptor;
        var severity = SeverityName(d.DefaultSeverity) + (documentation.SeverityNote is { } note ? $" ({note})" : "");
        var badges = $"**Category:** {d.Category} · **Default severity:** {severity}";
        return d.IsEnabledByDefault ? badges : badges + $" · **Off by default** (`rhetlint check --enable {d.Id}`)";
    }

    private static void Section(StringBuilder page, string heading, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return;
        page.Append("## ").Append(heading).Append('\n').Append(text.ReplaceLineEndings("\n").Trim('\n')).Append("\n\n");
    }

    private static string? OptionsTable(ImmutableArray<RuleOption> options)
    {
        if (options.IsDefaultOrEmpty) return null;
        var table = new StringBuilder("Set in `.editorconfig` (see the README's Configuration section):\n\n")
            .Append("| key | values | default | what it changes |\n|---|---|---|---|\n");
        foreach (var option in options)
            table.Append(CultureInfo.InvariantCulture, $"| `{option.Key}` | {Values(option)} | `{option.DefaultText}` | {Cell(option.Description)} |\n");
        return table.ToString();
    }

    private static string Values(RuleOption option) => option.Kind switch
    {
        RuleOptionKind.Bool => "`true` \\| `false`",
        RuleOptionKind.Enum => string.Join(" \\| ", option.AllowedValues.Select(v => $"`{v}`")),
        _ => Cell(option.ValueShape),
    };

    /// <summary>A table cell: a pipe would end it.</summary>
    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>Each draft as a block quote with its flagged words in bold, or as Markdown source when it holds a comment a quote would hide.</summary>
    private static string Drafts(ImmutableArray<string> drafts) => string.Join("\n\n", drafts.Select(Draft));

    private static string Draft(string draft)
    {
        var (text, marked) = RuleDocumentation.Unmark(draft.ReplaceLineEndings("\n"));
        if (text.Contains("<!--", StringComparison.Ordinal)) return $"```markdown\n{text.TrimEnd('\n')}\n```";
        var bold = new StringBuilder(text);
        foreach (var span in marked.Reverse()) bold.Insert(span.End, "**").Insert(span.Start, "**");
        return string.Join("\n", bold.ToString().TrimEnd('\n').Split('\n').Select(line => line.Length == 0 ? ">" : "> " + line));
    }

    private static string SeverityName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "suggestion",
    };
}
