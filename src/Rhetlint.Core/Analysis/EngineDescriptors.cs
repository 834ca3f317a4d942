using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Rhetlint.Core.Analysis;

/// <summary>
/// Diagnostics the engine itself reports about its input (RH0xxx), and their documentation. The engine's pages are
/// generated like every rule's, from <see cref="Documentation"/>; each names the code that detects the problem.
/// </summary>
public static class EngineDescriptors
{
    public static readonly DiagnosticDescriptor UnreadableInput = new(
        "RH0001", "Input cannot be checked", "{0}", RuleCategories.Engine, DiagnosticSeverity.Error,
        isEnabledByDefault: true, helpLinkUri: RuleCategories.HelpUri("RH0001"));

    public static readonly DiagnosticDescriptor UnbalancedQuote = new(
        "RH0002", "Unbalanced quotation mark", "{0}; quotation analysis around it may be incomplete", RuleCategories.Engine,
        DiagnosticSeverity.Info, isEnabledByDefault: true, helpLinkUri: RuleCategories.HelpUri("RH0002"));

    public static readonly DiagnosticDescriptor UnusedSuppression = new(
        "RH0003", "Unused suppression", "{0}", RuleCategories.Engine, DiagnosticSeverity.Info,
        isEnabledByDefault: true, helpLinkUri: RuleCategories.HelpUri("RH0003"));

    public static readonly DiagnosticDescriptor BadDirective = new(
        "RH0004", "Malformed suppression directive", "{0}", RuleCategories.Engine, DiagnosticSeverity.Warning,
        isEnabledByDefault: true, helpLinkUri: RuleCategories.HelpUri("RH0004"));

    public static readonly DiagnosticDescriptor RuleFailed = new(
        "RH0005", "Rule failed", "{0}", RuleCategories.Engine, DiagnosticSeverity.Warning,
        isEnabledByDefault: true, helpLinkUri: RuleCategories.HelpUri("RH0005"));

    public static ImmutableArray<RuleDocumentation> Documentation { get; } =
    [
        new(UnreadableInput)
        {
            WhatItDoes = """
                The file is missing, unreadable, binary (contains NUL bytes), or not valid text. Rhetlint reads UTF-8
                (with or without a byte-order mark) and UTF-16 with a byte-order mark. `rhetlint check` prints one line,
                `rhetlint: PATH: reason`, for such a file on standard error, goes on with the other files, and exits with
                code 2. The language server, which has no standard error to show, reports a configuration it cannot use
                (a bad `.editorconfig` value) as RH0001 at the top of the document.
                """,
            WhyIsThisBad = """
                A file Rhetlint cannot read is a file nobody checked. Skipping it in silence would make an unchecked
                draft look clean.
                """,
            UseInsteadNote = "Save the draft as UTF-8, or leave the file out of the paths you check.",
        },
        new(UnbalancedQuote)
        {
            WhatItDoes = """
                Reports a quotation mark that opens and never closes in its paragraph (when the next paragraph does not
                continue the quotation), or a closing mark with no opening one. Rhetlint reports the mark once and treats
                an unclosed quotation as running to the end of its paragraph; later paragraphs are paired afresh, so one
                stray mark never causes a cascade of findings.
                """,
            WhyIsThisBad = """
                The reader cannot tell where the quoted words end, and neither can Rhetlint: who speaks which words decides
                what the sourcing rules and every voice check report, so the quotation findings around a stray mark may be
                incomplete.
                """,
            Examples = ["The minister called the plan [[“]]a fair deal. Nobody else did."],
            UseInstead = ["The minister called the plan “a fair deal.” Nobody else did."],
            UseInsteadNote = "Close the quotation where the quoted words end, or remove the stray mark.",
        },
        new(UnusedSuppression)
        {
            WhatItDoes = "Reports a `rhetlint-disable`, `rhetlint-ignore` or `rhetlint-disable-file` comment that suppresses no finding.",
            WhyIsThisBad = """
                A suppression outlives the sentence it was written for: once the draft changes, a stale comment hides
                nothing today and may hide a real finding tomorrow. ESLint's `--report-unused-disable-directives` and Ruff's
                RUF100 do the same.
                """,
            Examples =
            [
                """
                [[<!-- rhetlint-ignore RH2001 -- the ranking is the council's own -->]]
                The council approved the budget on Tuesday.
                """,
            ],
            UseInsteadNote = "Remove the comment, or move it to the block it was meant for.",
        },
        new(BadDirective)
        {
            WhatItDoes = """
                Reports a suppression comment Rhetlint cannot honour as written: a `rhetlint-enable` with no matching
                `rhetlint-disable` before it (for the same ids), or a directive that names a rule id no rule has.
                """,
            WhyIsThisBad = """
                A typo in an id silently suppresses nothing, and an unmatched enable usually means the disable it was meant
                to close is missing or names other ids — either way the draft is not checked the way the writer thinks.
                """,
            MoreSections =
            [
                new("Directives", """
                    | comment | effect |
                    |---|---|
                    | `<!-- rhetlint-disable ID[, ID] -- reason -->` … `<!-- rhetlint-enable ID[, ID] -->` | off between the two (no ids: every rule; no enable: to the end of the file) |
                    | `<!-- rhetlint-ignore ID -->` | off for the next block (paragraph, heading, list item) |
                    | `<!-- rhetlint-disable-file ID -->` | off for the whole file |

                    A suppression beats every severity setting in `.editorconfig`. Plain-text drafts have no comment syntax:
                    use configuration instead.
                    """),
            ],
            Examples =
            [
                """
                [[<!-- rhetlint-disable RH2010 -- meant RH2001 -->]]
                The council called it the best budget in a decade.
                """,
            ],
            UseInstead =
            [
                """
                <!-- rhetlint-disable RH2001 -- the ranking is the council's own -->
                The council called it the best budget in a decade.
                <!-- rhetlint-enable RH2001 -->
                """,
            ],
        },
        new(RuleFailed)
        {
            WhatItDoes = """
                Reports that a rule threw an exception while checking this document, at the top of the document, naming
                the rule and the exception. The rest of the rules ran; the failed rule's findings on this document may be
                incomplete. A C# rule file (`*.rule.cs`) whose sentence action indexes past the end of a sentence, for
                instance, gives:

                ```
                draft.md(1,1): warning RH0005: rule HOUSE102 threw IndexOutOfRangeException on this document (Index was outside the bounds of the array.); its findings here are incomplete
                ```
                """,
            WhyIsThisBad = """
                A finding that is silently missing looks like clean copy. Roslyn reports a crashing analyzer the same way
                (AD0001) instead of failing the build, and so does Rhetlint: a bug in a newsroom's C# rule file must not stop
                every other rule, and must not go unnoticed either.
                """,
            UseInsteadNote = """
                Fix the rule (run it over the document that made it fail), or turn it off for now:
                `rhetlint_diagnostic.HOUSE102.severity = none` stops its findings, and removing the file from the pack stops
                it running. For a built-in rule, please report the input that caused it.
                """,
        },
    ];
}
