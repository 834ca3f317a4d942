using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Humanizer;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Markup;

namespace Rhetlint.Cli.Output;

/// <summary>
/// One self-contained HTML page for an editor: per file, the source text with a <c>&lt;mark&gt;</c> per finding segment
/// (explained on hover and on keyboard focus), a chart of findings per family per section, and the findings with
/// their rewrites. CSS and script are inline and a Content-Security-Policy allows nothing else, so the page works
/// offline and a draft's own markup can never run.
/// </summary>
/// <remarks>
/// Element ids: <c>file-N</c> per file, <c>fN-M</c> per finding (M-th finding of the file, in the JSON report's order),
/// <c>fN-M-explain</c> its explanation, <c>fN-sK</c> per section heading. A mark's <c>data-findings</c> lists the findings
/// covering it, so overlapping findings split the text into segments and a finding's text is the text of its marks.
/// </remarks>
internal static class HtmlReporter
{
    private static readonly Lazy<string> Style = new(() => Resource("Rhetlint.Cli.Output.report.css"));
    private static readonly Lazy<string> Script = new(() => Resource("Rhetlint.Cli.Output.report.js"));

    public static void Write(TextWriter output, CheckRun run)
    {
        var files = run.Files;
        var html = new StringBuilder();
        WriteHead(html, files);
        html.Append("<body>\n<header>\n<h1>Rhetlint report</h1>\n<p class=\"summary\">").Escaped(Summary(run)).Append("</p>\n");
        if (TextReporter.StatisticsLine(files) is { } statistics) html.Append("<p class=\"statistics\">").Escaped(statistics).Append("</p>\n");
        WriteRunErrors(html, run);
        WriteLegend(html);
        html.Append("</header>\n<main>\n");
        if (files.Count == 0) html.Append("<p class=\"empty\">No files were checked.</p>\n");
        if (files.Count > 1) WriteContents(html, files);
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            var format = file.Path == CheckRunner.StdinDisplayName ? run.StdinFormat : DocumentFormats.FromPath(file.Path);
            WriteFile(html, file, i + 1, format);
        }
        html.Append("</main>\n<footer><p>").Escaped($"rhetlint {ToolVersion.Current}").Append("</p></footer>\n");
        html.Append("<script>").Append(Script.Value).Append("</script>\n</body>\n</html>\n");
        output.Write(html.ToString());
    }

    /// <summary>
    /// The text report's summary, except after an input error with nothing found: the text report then prints nothing,
    /// and a page, which must say something, says the run failed rather than "No findings", which would read as a pass.
    /// </summary>
    private static string Summary(CheckRun run) =>
        TextReporter.OnlyInputErrors(run) ? "Not a clean run: the errors below kept Rhetlint from checking everything." : TextReporter.Summary(run.Files);

    /// <summary>The paths that could not be read and the pack rules that could not be loaded: they are in no file's section.</summary>
    private static void WriteRunErrors(StringBuilder html, CheckRun run)
    {
        if (run.MissingPaths.Count == 0 && run.RuleProblems.Count == 0) return;
        html.Append("<ul class=\"error\" role=\"alert\">\n");
        foreach (var line in run.MissingPaths.Concat(run.RuleProblems.Select(p => p.ToString())))
            html.Append("<li>").Escaped(line).Append("</li>\n");
        html.Append("</ul>\n");
    }

    private static void WriteHead(StringBuilder html, IReadOnlyList<CheckedFile> files)
    {
        var title = files.Count == 1 ? $"Rhetlint report: {Path.GetFileName(files[0].Path)}" : "Rhetlint report";
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        // Hashes, not 'unsafe-inline': only this page's own style and script run, and nothing is fetched.
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src '")
            .Append(Sha256(Style.Value)).Append("'; script-src '").Append(Sha256(Script.Value))
            .Append("'; base-uri 'none'; form-action 'none'\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<meta name=\"generator\" content=\"").Escaped($"rhetlint {ToolVersion.Current}").Append("\">\n");
        html.Append("<title>").Escaped(title).Append("</title>\n");
        html.Append("<style>").Append(Style.Value).Append("</style>\n</head>\n");
    }

    private static void WriteLegend(StringBuilder html)
    {
        html.Append("<div class=\"legend\" role=\"group\" aria-label=\"Legend\">\n<ul class=\"severities\">");
        foreach (var severity in new[] { "error", "warning", "suggestion" })
            html.Append("<li><span class=\"swatch sev-").Append(severity).Append("\">").Append(severity).Append("</span></li>");
        html.Append("<li><span class=\"swatch sev-warning overlap\">overlapping findings</span></li></ul>\n<ul class=\"families\">");
        foreach (var (key, label) in ReportFamilies.All)
            html.Append("<li><span class=\"key fam-").Append(key).Append("\" aria-hidden=\"true\"></span>").Escaped(label).Append("</li>");
        html.Append("</ul>\n<p class=\"hint\">Hover over or tab to a highlight to see the finding and its rewrites.</p>\n</div>\n");
    }

    private static void WriteContents(StringBuilder html, IReadOnlyList<CheckedFile> files)
    {
        html.Append("<nav aria-label=\"Files\">\n<ol class=\"contents\">\n");
        for (var i = 0; i < files.Count; i++)
        {
            html.Append("<li><a href=\"#file-").Append(i + 1).Append("\">").Escaped(files[i].Path).Append("</a> <span class=\"count\">")
                .Escaped(files[i].Error is null ? Counts(files[i].Findings) : "not checked").Append("</span></li>\n");
        }
        html.Append("</ol>\n</nav>\n");
    }

    private static void WriteFile(StringBuilder html, CheckedFile file, int number, DocumentFormat format)
    {
        var id = $"file-{number}";
        html.Append("<section class=\"file\" id=\"").Append(id).Append("\" aria-labelledby=\"").Append(id).Append("-title\">\n");
        html.Append("<h2 id=\"").Append(id).Append("-title\">").Escaped(file.Path).Append("</h2>\n");
        if (file.Text is null)
        {
            html.Append("<p class=\"error\" role=\"alert\">Not checked: ").Escaped(file.Error ?? "unreadable").Append("</p>\n</section>\n");
            return;
        }
        var text = file.Text.ToString();
        var findings = file.Findings;
        var sections = ReportSections.Of(file.Text, format, findings.Select(f => f.Span.Start));

        html.Append("<p class=\"counts\">").Escaped(Counts(findings));
        if (file.Statistics is { Words: > 0 } statistics)
        {
            html.Append(" · ").Escaped(Quantity.Of(statistics.Words, "word", "N0"));
            if (statistics.DirectQuotes > 0)
                html.Append(" · ").Escaped(string.Create(CultureInfo.InvariantCulture,
                    $"{statistics.NamedSourceQuotes} of {Quantity.Of(statistics.DirectQuotes, "direct quote")} with a named source"));
        }
        html.Append("</p>\n");

        if (findings.Length > 0) WriteChart(html, number, findings, sections);
        html.Append("<h3>Text</h3>\n<div class=\"source\" role=\"region\" aria-label=\"").Escaped($"Text of {file.Path} with findings highlighted")
            .Append("\" tabindex=\"-1\">");
        WriteText(html, number, text, findings, sections);
        html.Append("</div>\n");
        if (findings.Length > 0) WriteFindings(html, number, text, findings);
        html.Append("</section>\n");
    }

    /// <summary>A table of findings per family per section (the numbers) with a stacked bar per row (the picture).</summary>
    private static void WriteChart(StringBuilder html, int file, ImmutableArray<Finding> findings, ImmutableArray<ReportSection> sections)
    {
        var counts = new int[sections.Length, ReportFamilies.All.Length];
        foreach (var finding in findings)
            counts[ReportSections.IndexAt(sections, finding.Span.Start), ReportFamilies.IndexOf(finding.Category)]++;
        var rowTotals = Enumerable.Range(0, sections.Length).Select(s => Enumerable.Range(0, ReportFamilies.All.Length).Sum(f => counts[s, f])).ToArray();
        var largest = Math.Max(1, rowTotals.Max());
        const int barWidth = 120;

        html.Append("<h3 id=\"f").Append(file).Append("-chart-title\">Findings per section</h3>\n");
        // A narrow screen scrolls the table inside its box rather than the whole page sideways.
        html.Append("<div class=\"chart-scroll\">\n<table class=\"chart\" aria-labelledby=\"f").Append(file).Append("-chart-title\">\n<thead><tr><th scope=\"col\">Section</th>");
        foreach (var (key, label) in ReportFamilies.All)
            html.Append("<th scope=\"col\" class=\"num\"><span class=\"key fam-").Append(key).Append("\" aria-hidden=\"true\"></span>").Escaped(label).Append("</th>");
        html.Append("<th scope=\"col\" class=\"num\">Total</th><th scope=\"col\" class=\"bar\"><span class=\"visually-hidden\">Bar</span></th></tr></thead>\n<tbody>\n");
        for (var s = 0; s < sections.Length; s++)
        {
            html.Append("<tr data-section=\"").Append(s + 1).Append("\"><th scope=\"row\">");
            if (sections[s].HeadingLines is not null)
                html.Append("<a href=\"#f").Append(file).Append("-s").Append(s + 1).Append("\">").Escaped(sections[s].Title).Append("</a>");
            else html.Escaped(sections[s].Title);
            html.Append("</th>");
            for (var f = 0; f < ReportFamilies.All.Length; f++)
                html.Append("<td class=\"num").Append(counts[s, f] == 0 ? " zero" : "").Append("\" data-family=\"").Append(ReportFamilies.All[f].Key)
                    .Append("\">").Append(counts[s, f]).Append("</td>");
            html.Append("<td class=\"num total\">").Append(rowTotals[s]).Append("</td><td class=\"bar\">");
            html.Append("<svg width=\"").Append(barWidth).Append("\" height=\"14\" viewBox=\"0 0 ").Append(barWidth).Append(" 14\" aria-hidden=\"true\">");
            double x = 0;
            for (var f = 0; f < ReportFamilies.All.Length; f++)
            {
                if (counts[s, f] == 0) continue;
                var width = (double)counts[s, f] / largest * barWidth;
                html.Append(string.Create(CultureInfo.InvariantCulture,
                    $"<rect class=\"fam-{ReportFamilies.All[f].Key}\" x=\"{x:0.##}\" y=\"1\" width=\"{width:0.##}\" height=\"12\"></rect>"));
                x += width;
            }
            html.Append("</svg></td></tr>\n");
        }
        html.Append("</tbody>\n<tfoot><tr><th scope=\"row\">All sections</th>");
        for (var f = 0; f < ReportFamilies.All.Length; f++)
        {
            var total = Enumerable.Range(0, sections.Length).Sum(s => counts[s, f]);
            html.Append("<td class=\"num").Append(total == 0 ? " zero" : "").Append("\">").Append(total).Append("</td>");
        }
        html.Append("<td class=\"num total\">").Append(findings.Length).Append("</td><td></td></tr></tfoot>\n</table>\n</div>\n");
    }

    /// <summary>
    /// The source as written, line breaks kept. Every finding boundary (and heading line) cuts the text into segments;
    /// a segment covered by findings becomes one mark listing them all, so overlapping and nested findings need no
    /// nested marks.
    /// </summary>
    private static void WriteText(StringBuilder html, int file, string text, ImmutableArray<Finding> findings, ImmutableArray<ReportSection> sections)
    {
        var starts = new int[findings.Length];
        var ends = new int[findings.Length];
        var boundaries = new SortedSet<int> { 0, text.Length };
        for (var f = 0; f < findings.Length; f++)
        {
            starts[f] = Math.Clamp(findings[f].Span.Start, 0, text.Length);
            ends[f] = Math.Clamp(findings[f].Span.End, starts[f], text.Length);
            boundaries.Add(starts[f]);
            boundaries.Add(ends[f]);
        }
        var headings = new Dictionary<int, (int Section, int End)>();
        for (var s = 0; s < sections.Length; s++)
        {
            if (sections[s].HeadingLines is not { } lines) continue;
            headings[lines.Start] = (s + 1, lines.End);
            boundaries.Add(lines.Start);
            boundaries.Add(lines.End);
        }

        var active = new List<int>();
        var headingEnd = -1;
        var points = boundaries.ToArray();
        for (var b = 0; b < points.Length; b++)
        {
            var position = points[b];
            active.RemoveAll(f => ends[f] == position);
            if (headingEnd == position)
            {
                html.Append("</span>");
                headingEnd = -1;
            }
            if (headings.TryGetValue(position, out var heading) && heading.End > position)
            {
                html.Append("<span class=\"heading\" id=\"f").Append(file).Append("-s").Append(heading.Section).Append("\">");
                headingEnd = heading.End;
            }
            for (var f = 0; f < findings.Length; f++)
            {
                if (starts[f] != position) continue;
                if (ends[f] == position) WriteMark(html, file, [f], findings, text, position, position);
                else active.Add(f);
            }
            if (b + 1 == points.Length) break;
            var next = points[b + 1];
            if (active.Count == 0) html.SourceText(text, position, next);
            else WriteMark(html, file, active, findings, text, position, next);
        }
        if (headingEnd >= 0) html.Append("</span>");
    }

    private static void WriteMark(StringBuilder html, int file, List<int> covering, ImmutableArray<Finding> findings, string text, int start, int end)
    {
        covering.Sort();
        var severity = covering.Max(f => findings[f].Severity);
        var ids = string.Join(' ', covering.Select(f => $"f{file}-{f + 1}"));
        html.Append("<mark class=\"sev-").Append(Severities.Name(severity));
        if (covering.Count > 1) html.Append(" overlap");
        if (start == end) html.Append(" point");
        html.Append("\" data-findings=\"").Append(ids).Append("\" tabindex=\"0\" aria-describedby=\"")
            .AppendJoin(' ', covering.Select(f => $"f{file}-{f + 1}-explain")).Append("\">");
        html.SourceText(text, start, end).Append("</mark>");
    }

    private static void WriteFindings(StringBuilder html, int file, string text, ImmutableArray<Finding> findings)
    {
        html.Append("<h3>Findings and rewrites</h3>\n<ol class=\"findings\">\n");
        for (var f = 0; f < findings.Length; f++)
        {
            var finding = findings[f];
            var id = $"f{file}-{f + 1}";
            var severity = Severities.Name(finding.Severity);
            var family = ReportFamilies.Of(finding.Category);
            var position = finding.LineSpan.Span.Start;
            html.Append("<li class=\"finding sev-").Append(severity).Append("\" id=\"").Append(id).Append("\" data-rule=\"").Escaped(finding.Id)
                .Append("\" data-family=\"").Append(family).Append("\" data-start=\"").Append(finding.Span.Start)
                .Append("\" data-length=\"").Append(finding.Span.Length).Append("\">\n");
            html.Append("<p class=\"where\"><a class=\"goto\" href=\"#").Append(id).Append("\">")
                .Escaped(string.Create(CultureInfo.InvariantCulture, $"line {position.Line + 1}, column {position.Character + 1}")).Append("</a> ");
            html.Append("<q class=\"flagged\">").SourceText(text, Math.Min(finding.Span.Start, text.Length), Math.Min(finding.Span.End, text.Length))
                .Append("</q></p>\n");

            // The explanation is what the tooltip shows (the script copies it) and what a screen reader hears on a mark.
            html.Append("<div class=\"explain\" id=\"").Append(id).Append("-explain\">\n<p class=\"head\"><span class=\"badge sev-").Append(severity).Append("\">")
                .Append(severity).Append("</span> ");
            var help = finding.Descriptor.HelpLinkUri;
            if (Html.IsWebLink(help))
                html.Append("<a class=\"rule\" href=\"").Escaped(help).Append("\" target=\"_blank\" rel=\"noopener noreferrer\">").Escaped(finding.Id).Append("</a>");
            else html.Append("<span class=\"rule\">").Escaped(finding.Id).Append("</span>");
            html.Append(" <span class=\"family\"><span class=\"key fam-").Append(family).Append("\" aria-hidden=\"true\"></span>")
                .Escaped(ReportFamilies.Label(family)).Append("</span></p>\n");
            html.Append("<p class=\"message\">").Escaped(finding.Message).Append("</p>\n");
            if (finding.Rewrites.Length > 0)
            {
                html.Append("<ul class=\"rewrites\" aria-label=\"Rewrites\">\n");
                foreach (var rewrite in finding.Rewrites) WriteRewrite(html, text, rewrite);
                html.Append("</ul>\n");
            }
            html.Append("</div>\n</li>\n");
        }
        html.Append("</ol>\n");
    }

    private static void WriteRewrite(StringBuilder html, string text, Rewrite rewrite)
    {
        var (name, meaning) = rewrite.Applicability switch
        {
            Applicability.Safe => ("safe", "keeps the meaning; rhetlint fix applies it"),
            Applicability.Unsafe => ("unsafe", "may change what the sentence claims; applied only with --unsafe"),
            _ => ("display only", "a template to complete by hand; never applied"),
        };
        html.Append("<li class=\"rewrite\"><span class=\"applicability\" title=\"").Escaped(meaning).Append("\">").Escaped(name).Append("</span> ")
            .Append("<span class=\"title\">").Escaped(rewrite.Title).Append("</span>");
        foreach (var change in rewrite.Changes)
        {
            html.Append("<span class=\"change\"><del>").SourceText(text, Math.Min(change.Span.Start, text.Length), Math.Min(change.Span.End, text.Length))
                .Append("</del> <span aria-label=\"becomes\">→</span> ");
            if (string.IsNullOrEmpty(change.NewText)) html.Append("<ins class=\"removed\">(removed)</ins>");
            else html.Append("<ins>").SourceText(change.NewText, 0, change.NewText.Length).Append("</ins>");
            html.Append("</span>");
        }
        html.Append("</li>\n");
    }

    private static string Counts(ImmutableArray<Finding> findings)
    {
        var parts = new List<string>();
        foreach (var severity in new[] { DiagnosticSeverity.Error, DiagnosticSeverity.Warning, DiagnosticSeverity.Info })
        {
            var count = findings.Count(f => f.Severity == severity);
            if (count > 0) parts.Add(Quantity.Of(count, Severities.Name(severity)));
        }
        return parts.Count == 0 ? "No findings" : parts.Humanize();
    }

    private static string Sha256(string content) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(content)));

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The report resource {name} is missing from the build.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        // The browser hashes the text it parsed, where every line break is \n.
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }
}
