using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Markup;
using Rhetlint.Core.Text;

namespace Rhetlint.Cli;

/// <summary>
/// <c>check --add-suppressions</c>: writes a <c>rhetlint-ignore</c> comment before every Markdown block that has
/// findings, so a newsroom can adopt Rhetlint on an archive and fix only new copy. The file is rewritten by
/// <see cref="SourceWriter"/>: atomically, in its own encoding, and only if it still holds the text that was checked.
/// </summary>
internal static class SuppressionWriter
{
    private const string Reason = "added by rhetlint check --add-suppressions";

    /// <summary>Adds the comments to one checked file; returns how many it wrote, or an explanation of why it wrote none,
    /// and whether that is a failure (the file could not be written) rather than a file that takes no comments.</summary>
    public static (int Added, string? Problem, bool Failed) AddTo(CheckedFile file)
    {
        var findings = file.Findings.Where(f => f.Category != RuleCategories.Engine).ToList();
        if (file.Text is null || findings.Count == 0) return (0, null, false);
        var format = DocumentFormats.FromPath(file.Path);
        if (format is not (DocumentFormat.Markdown or DocumentFormat.Html))
            return (0, "plain text has no comment syntax for suppressions; use .editorconfig or a baseline instead", false);

        var blocks = MarkupReader.Read(file.Text, format).Blocks;
        var changes = findings
            .Select(f => (Finding: f, Block: blocks.FirstOrDefault(b => b.Span.Contains(f.Span.Start))))
            .Where(x => !x.Block.Span.IsEmpty)
            .GroupBy(x => x.Block.Span.Start)
            .OrderBy(g => g.Key)
            .Select(g => SuppressionDirectives.IgnoreComment(file.Text, g.Key, g.Select(x => x.Finding.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal), Reason))
            .ToList();
        if (changes.Count == 0) return (0, null, false);

        return SourceWriter.Replace(file.Path, file.Text, file.Text.WithChanges(changes)) is { } problem ? (0, problem, true) : (changes.Count, null, false);
    }
}
