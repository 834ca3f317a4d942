using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Docx;
using Rhetlint.Core.Markup;

namespace Rhetlint.Cli.Output;

/// <summary>Writes the JSON report of docs/json-report.md.</summary>
internal static class JsonReporter
{
    // Relaxed escaping keeps apostrophes and curly quotes readable; the output is still valid JSON.
    private static readonly JsonReportContext Context = new(new JsonSerializerOptions(JsonReportContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Through <see cref="TextWriterStream"/>: the report of a 10 MB document is tens of megabytes, never held as one string.</summary>
    public static void Write(TextWriter output, IReadOnlyList<CheckedFile> files)
    {
        using (var stream = new TextWriterStream(output))
            JsonSerializer.Serialize(stream, Build(files), Context.JsonReport);
        output.WriteLine();
    }

    internal static JsonReport Build(IReadOnlyList<CheckedFile> files)
    {
        var checkedFiles = files.Where(f => f.Text is not null).ToList();
        var all = checkedFiles.SelectMany(f => f.Findings).ToList();
        return new JsonReport(
            new JsonTool("rhetlint", ToolVersion.Current),
            [.. checkedFiles.Select(f => new JsonFile(f.Path, f.Findings.Select(d => Diagnostic(f, d)), Statistics(f.Statistics!, f.Findings)))],
            new JsonSummary(
                checkedFiles.Count,
                all.Count(f => f.Severity == DiagnosticSeverity.Error),
                all.Count(f => f.Severity == DiagnosticSeverity.Warning),
                all.Count(f => f.Severity == DiagnosticSeverity.Info),
                Statistics(CheckedFile.Total(checkedFiles), all)));
    }

    private static JsonStatistics Statistics(DocumentStatistics statistics, IEnumerable<Finding> findings) => new(
        statistics.Words,
        statistics.FindingRates(findings).ToDictionary(r => r.Family, r => Math.Round(r.Rate, 2)),
        statistics.DirectQuotes,
        statistics.NamedSourceQuotes,
        statistics.NamedSourceShare is double share ? Math.Round(share, 3) : null);

    private static JsonDiagnostic Diagnostic(CheckedFile file, Finding finding)
    {
        var span = finding.Span;
        var lines = finding.LineSpan.Span;
        return new JsonDiagnostic(
            finding.Id,
            finding.Category,
            Severities.Name(finding.Severity),
            finding.Message,
            span.Start,
            span.Length,
            lines.Start.Line + 1,
            lines.Start.Character + 1,
            lines.End.Line + 1,
            lines.End.Character + 1,
            file.Text!.ToString(span),
            finding.Descriptor.HelpLinkUri,
            [.. finding.Rewrites.Select(r => new JsonFix(
                r.Title,
                ApplicabilityName(r.Applicability),
                [.. r.Changes.Select(c => new JsonEdit(c.Span.Start, c.Span.Length, c.NewText ?? ""))]))])
        {
            Locator = DocumentFormats.FromPath(file.Path) == DocumentFormat.Docx ? DocxLocator.Describe(lines) : null,
        };
    }

    private static string ApplicabilityName(Applicability applicability) => applicability switch
    {
        Applicability.Safe => "safe",
        Applicability.Unsafe => "unsafe",
        _ => "displayOnly",
    };
}
