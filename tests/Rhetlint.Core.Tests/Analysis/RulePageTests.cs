using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;

namespace Rhetlint.Core.Tests.Analysis;

public class RulePageTests
{
    private static readonly DiagnosticDescriptor Descriptor = new(
        "TEST101", "Harbor jargon", "'{0}' is harbor jargon", "HouseStyle", DiagnosticSeverity.Info, isEnabledByDefault: false);

    private static RuleDocumentation Documentation(params string[] examples) => new(Descriptor)
    {
        WhatItDoes = "Flags harbor jargon.",
        WhyIsThisBad = "Readers are not sailors.",
        Examples = [.. examples],
        UseInstead = ["The ship left."],
    };

    [Fact]
    public void Unmark_returns_the_draft_without_marks_and_each_marked_span()
    {
        var (text, marked) = RuleDocumentation.Unmark("The [[lighter]] met the [[tug]].");

        Assert.Equal("The lighter met the tug.", text);
        Assert.Equal([new TextSpan(4, 7), new TextSpan(20, 3)], marked.ToArray());
    }

    [Fact]
    public void A_page_takes_title_category_severity_and_switch_from_the_descriptor()
    {
        var page = RulePage.Write(Documentation("The [[lighter]] left."), []);

        Assert.StartsWith("# TEST101 — Harbor jargon\n\n**Category:** HouseStyle · **Default severity:** suggestion · **Off by default** "
            + "(`rhetlint check --enable TEST101`)\n\n## What it does\n", page);
        Assert.Contains("## Example\n> The **lighter** left.\n\n## Use instead\n> The ship left.\n", page);
        Assert.DoesNotContain("## Options", page);
        Assert.EndsWith("left.\n", page);
    }

    [Fact]
    public void A_draft_with_a_comment_is_shown_as_markdown_source()
    {
        var page = RulePage.Write(Documentation("[[<!-- rhetlint-ignore TEST101 -->]]\nThe ship left."), []);

        Assert.Contains("## Example\n```markdown\n<!-- rhetlint-ignore TEST101 -->\nThe ship left.\n```\n", page);
    }

    [Fact]
    public void Options_are_a_table_from_the_rules_own_declarations()
    {
        RuleOption[] options =
        [
            RuleOption.OneOf("TEST101", "window", "next", ["sentence", "next"], "Where the gloss must be: sentence | next."),
            RuleOption.Int("TEST101", "max_terms", 2, "How many terms a paragraph may use.", min: 1),
        ];

        var page = RulePage.Write(Documentation("The [[lighter]] left."), [.. options]);

        Assert.Contains("| `rhetlint.TEST101.window` | `sentence` \\| `next` | `next` | Where the gloss must be: sentence \\| next. |\n", page);
        Assert.Contains("| `rhetlint.TEST101.max_terms` | integer >= 1 | `2` | How many terms a paragraph may use. |\n", page);
    }
}
