using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Markup;

namespace Rhetlint.Packs;

/// <summary>Runs a pack rule's inline examples through the whole engine, as a document of their own.</summary>
internal static class PackExampleRunner
{
    private const string OpenMark = "[[";
    private const string CloseMark = "]]";

    public static IEnumerable<ExampleResult> Run(PackRule rule)
    {
        var linter = new Linter(new AnalyzerDriver([new PackRuleAnalyzer(rule)], enable: [rule.Id]));
        foreach (var example in rule.Examples)
        {
            var (text, marked) = Unmark(example.Text);
            var findings = linter.Lint("example.md", SourceText.From(text), DocumentFormat.Markdown).Where(f => f.Id == rule.Id).ToList();
            var failure = example.Expectation switch
            {
                ExampleExpectation.Flag when findings.Count == 0 => "expected a finding, got none",
                ExampleExpectation.Flag when marked is { } span && !findings.Any(f => f.Span == span) =>
                    $"expected a finding on '{text[span.Start..span.End]}', got {string.Join(", ", findings.Select(f => $"'{text[f.Span.Start..f.Span.End]}'"))}",
                ExampleExpectation.Pass when findings.Count > 0 => $"expected no finding, got {string.Join(", ", findings.Select(f => $"'{text[f.Span.Start..f.Span.End]}'"))}",
                ExampleExpectation.Fix => FixFailure(text, example.After!, findings),
                _ => null,
            };
            yield return new ExampleResult(rule.Id, rule.Path, example.Line, example.Column, example.Expectation.ToString().ToLowerInvariant(), example.Text, failure);
        }
    }

    private static string? FixFailure(string before, string after, IReadOnlyList<Finding> findings)
    {
        var changes = findings.SelectMany(f => f.Rewrites.Take(1)).SelectMany(r => r.Changes).OrderBy(c => c.Span.Start).ToList();
        if (changes.Count == 0) return "expected a rewrite, got none";
        var result = SourceText.From(before).WithChanges(changes).ToString();
        return result == after ? null : $"expected '{after}', got '{result}'";
    }

    /// <summary>The example without its <c>[[…]]</c> marks, and the span they marked.</summary>
    private static (string Text, TextSpan? Marked) Unmark(string example)
    {
        var open = example.IndexOf(OpenMark, StringComparison.Ordinal);
        var close = open < 0 ? -1 : example.IndexOf(CloseMark, open + OpenMark.Length, StringComparison.Ordinal);
        if (close < 0) return (example, null);
        var text = example[..open] + example[(open + OpenMark.Length)..close] + example[(close + CloseMark.Length)..];
        return (text, TextSpan.FromBounds(open, close - OpenMark.Length));
    }
}
