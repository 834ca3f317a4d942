using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Config;
using Rhetlint.Core.Markup;

namespace Rhetlint.Rules.Tests;

/// <summary>Runs the built-in rules over a snippet and reads back findings as the text they cover.</summary>
internal static class RuleHarness
{
    /// <summary>Every rule, off-by-default ones included, so each can be tested.</summary>
    private static readonly Linter Linter = new(BuiltInRules.CreateDriver(BuiltInRules.All.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id)));

    /// <remarks>A built-in rule that throws is a failed test, not a quiet RH0005 finding.</remarks>
    public static ImmutableArray<Finding> Lint(string text, DocumentFormat format = DocumentFormat.PlainText)
    {
        var findings = Linter.Lint("test.txt", SourceText.From(text), format);
        Assert.DoesNotContain(findings, f => f.Id == "RH0005");
        return findings;
    }

    /// <summary>The text of each finding of <paramref name="ruleId"/>, in document order.</summary>
    public static string[] Flagged(string ruleId, string text, DocumentFormat format = DocumentFormat.PlainText) =>
        [.. Lint(text, format).Where(f => f.Id == ruleId).Select(f => text.Substring(f.Span.Start, f.Span.Length))];

    public static Finding Single(string ruleId, string text) => Assert.Single(Lint(text), f => f.Id == ruleId);

    /// <summary>Rule options as an .editorconfig sets them: <c>("rhetlint.RH3009.require_reason", "false")</c>.</summary>
    public static DocumentOptions WithOptions(params (string Key, string Value)[] settings) =>
        DocumentOptions.Default with { RuleOptions = settings.ToImmutableDictionary(s => s.Key.ToLowerInvariant(), s => s.Value, StringComparer.OrdinalIgnoreCase) };

    /// <summary>The findings with a document's configuration: rule options and configured lexicons.</summary>
    public static ImmutableArray<Finding> Lint(string text, DocumentOptions options) =>
        Linter.LintForReport("test.txt", SourceText.From(text), DocumentFormat.PlainText, options).Findings;

    public static string[] Flagged(string ruleId, string text, DocumentOptions options) =>
        [.. Lint(text, options).Where(f => f.Id == ruleId).Select(f => text.Substring(f.Span.Start, f.Span.Length))];

    public static Finding Single(string ruleId, string text, DocumentOptions options) => Assert.Single(Lint(text, options), f => f.Id == ruleId);

    public static DiagnosticSeverity SeverityOf(string ruleId, string text) => Single(ruleId, text).Severity;

    /// <summary>
    /// The findings of <paramref name="ruleId"/> with only that rule reported, as <c>check --select ID</c> runs it (Ruff's
    /// <c>for_rule</c>): every rule still reads the document, so a pattern rule sees the moves it counts, but whatever
    /// another rule decides to report cannot hide or replace this rule's findings.
    /// </summary>
    public static ImmutableArray<Finding> Alone(string ruleId, string text, DocumentFormat format = DocumentFormat.PlainText)
    {
        // RH0005 stays selected: a rule that throws must fail the test, not vanish with the other rules' findings.
        var options = DocumentOptions.Default with { Selected = [ruleId, EngineDescriptors.RuleFailed.Id] };
        var findings = Linter.LintForReport("test.md", SourceText.From(text), format, options).Findings;
        Assert.DoesNotContain(findings, f => f.Id == EngineDescriptors.RuleFailed.Id);
        Assert.All(findings, f => Assert.Equal(ruleId, f.Id));
        return findings;
    }

    /// <summary>The text of each finding of <paramref name="ruleId"/> run alone (see <see cref="Alone"/>), in document order.</summary>
    public static string[] FlaggedAlone(string ruleId, string text, DocumentFormat format = DocumentFormat.PlainText) =>
        [.. Alone(ruleId, text, format).Select(f => text.Substring(f.Span.Start, f.Span.Length))];
}
