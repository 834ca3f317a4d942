using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Markup;
using Rhetlint.Tests.Shared;
using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests;

/// <summary>
/// Ruff's fixture and snapshot per rule: <c>Fixtures/RHnnnn.md</c> (cases the rule flags, near misses it must leave
/// alone, Markdown and quotations) is checked with only that rule reported, and the rendered findings must equal
/// <c>Snapshots/RHnnnn.txt</c>. A fixture's "Missed today" and "False alarms today" sections keep what the rule still
/// gets wrong in view: fixing it shows up in the snapshot. A reviewer reads the snapshot diff. To accept a change,
/// run the tests with <c>RHETLINT_UPDATE_GOLDEN=1</c> (refused when <c>CI</c> is set) and read
/// <c>git diff tests/Rhetlint.Rules.Tests/Snapshots</c>.
/// </summary>
public class RuleSnapshotTests
{
    private static readonly string Fixtures = Repository.PathOf("tests", "Rhetlint.Rules.Tests", "Fixtures");
    private static readonly string Snapshots = Repository.PathOf("tests", "Rhetlint.Rules.Tests", "Snapshots");

    private static readonly string[] Ids = [.. BuiltInRules.All.SelectMany(r => r.SupportedDiagnostics).Select(d => d.Id).Order(StringComparer.Ordinal)];

    public static TheoryData<string> RuleIds => [.. Ids];

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void The_fixture_run_alone_matches_the_snapshot(string id)
    {
        var fixture = Path.Combine(Fixtures, id + ".md");
        Assert.True(File.Exists(fixture), $"{fixture} is missing: every rule has a fixture of its own sentences");
        var text = File.ReadAllText(fixture).ReplaceLineEndings("\n");

        var findings = Alone(id, text, DocumentFormat.Markdown);

        Assert.NotEmpty(findings);
        GoldenFile.AssertMatches(Path.Combine(Snapshots, id + ".txt"), Render(id + ".md", text, findings));
    }

    [Fact]
    public void Every_fixture_and_snapshot_belongs_to_a_rule()
    {
        var ids = Ids.ToHashSet(StringComparer.Ordinal);
        var files = Directory.GetFiles(Fixtures, "*.md").Concat(Directory.GetFiles(Snapshots, "*.txt"));
        Assert.All(files, file => Assert.True(ids.Contains(Path.GetFileNameWithoutExtension(file)), $"{file} names no rule"));
    }

    /// <summary>The findings as <c>rhetlint check</c> prints them: position, severity, id and message, the line with a caret underline, the rewrites.</summary>
    internal static string Render(string path, string text, ImmutableArray<Finding> findings)
    {
        var source = SourceText.From(text);
        var snapshot = new StringBuilder();
        snapshot.Append(CultureInfo.InvariantCulture, $"{findings.Length} {(findings.Length == 1 ? "finding" : "findings")} in {path}\n");
        foreach (var finding in findings)
        {
            var span = source.Lines.GetLinePositionSpan(finding.Span);
            var line = source.Lines[span.Start.Line];
            var end = span.End.Line == span.Start.Line ? span.End.Character : line.Span.Length;
            snapshot.Append('\n')
                .Append(CultureInfo.InvariantCulture, $"{path}({span.Start.Line + 1},{span.Start.Character + 1}): {SeverityName(finding.Severity)} {finding.Id}: {finding.Message}\n")
                .Append("    ").Append(source.ToString(line.Span)).Append('\n')
                .Append("    ").Append(' ', span.Start.Character).Append('^', Math.Max(1, end - span.Start.Character)).Append('\n');
            foreach (var rewrite in finding.Rewrites)
                snapshot.Append(CultureInfo.InvariantCulture, $"    = {Applicability(rewrite.Applicability)}: {rewrite.Title}: {string.Join(" … ", rewrite.Changes.Select(c => Visible(c.NewText)))}\n");
        }
        return snapshot.ToString();
    }

    /// <summary>A replacement in quotes on one line: a deletion, edge spaces and line breaks (as <c>\n</c>) stay visible.</summary>
    private static string Visible(string? replacement) => $"\"{(replacement ?? "").Replace("\n", "\\n", StringComparison.Ordinal)}\"";

    private static string SeverityName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "suggestion",
    };

    private static string Applicability(Applicability applicability) => applicability switch
    {
        Core.Analysis.Applicability.Safe => "fix",
        Core.Analysis.Applicability.Unsafe => "unsafe fix",
        _ => "suggestion",
    };
}
