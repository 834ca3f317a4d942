using System.Collections.Immutable;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Cli.Output;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Markup;
using static Rhetlint.Cli.Tests.CliRunner;

namespace Rhetlint.Cli.Tests;

/// <summary>
/// <c>check --format html</c>: marks spell their findings, the draft's markup stays text, overlaps become segments,
/// sections are counted per family. tests/html/check_report.py renders the page in Chromium (run by .ci/run).
/// </summary>
public partial class HtmlReportTests
{
    private const string Draft =
        "# Harbor fees\n\nHarbor fees rose again.\n\nOne columnist noted that the port \"has never been cheaper to run.\"\n\n" +
        "## The vote\n\nA think tank report declared that the vote would fail.\n";

    [Fact]
    public void Every_finding_has_marks_that_spell_its_span_and_a_list_entry()
    {
        using var folder = new TempFolder();
        var path = folder.Write("draft.md", Draft);

        var json = Run("check", "--format", "json", path);
        var html = Run("check", "--format", "html", path);

        Assert.Equal(json.ExitCode, html.ExitCode);
        using var report = JsonDocument.Parse(json.Out);
        var diagnostics = report.RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(2, diagnostics.Count);
        for (var i = 0; i < diagnostics.Count; i++)
        {
            var id = $"f1-{i + 1}";
            Assert.Equal(diagnostics[i].GetProperty("text").GetString(), TextOf(html.Out, id));
            Assert.Contains($"<li class=\"finding sev-warning\" id=\"{id}\" data-rule=\"{diagnostics[i].GetProperty("id").GetString()}\"", html.Out);
            Assert.Contains($"id=\"{id}-explain\"", html.Out);
        }
        Assert.Equal(2, Marks(html.Out).Count);
        Assert.Contains("href=\"https://github.com/rhetlint/rhetlint/blob/main/docs/rules/RH3002.md\"", html.Out);
        Assert.Contains("<span class=\"applicability\" title=\"a template to complete by hand; never applied\">display only</span>", html.Out);
        Assert.Contains("<p class=\"summary\">2 warnings in 1 file (1 checked).</p>", html.Out);
    }

    [Fact]
    public void The_drafts_markup_quotes_and_ampersands_appear_as_text()
    {
        using var folder = new TempFolder();
        var path = folder.Write("<b>draft</b>.txt",
            "Kestria & Varn said \"no\" and 'maybe'. <script>alert(1)</script>\r\n\r\nOne columnist noted that <i>rates</i> would fall.\r\n");

        var html = Run("check", "--format", "html", path).Out;

        Assert.Single(Regex.Matches(html, "<script", RegexOptions.IgnoreCase));
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.Contains("Kestria &amp; Varn said &quot;no&quot; and &#39;maybe&#39;.", html);
        Assert.Contains("&lt;b&gt;draft&lt;/b&gt;.txt</h2>", html);
        Assert.DoesNotContain("<b>", html);
        Assert.DoesNotContain("<i>", html);
        // The message quotes the flagged words; CRLF in the draft becomes \n, as the browser would read it.
        Assert.Contains("<p class=\"message\">&#39;One columnist noted&#39; does not identify the source", html);
        Assert.Contains("&#39;maybe&#39;. &lt;script&gt;alert(1)&lt;/script&gt;\n\n", html);
        Assert.DoesNotContain("\r", html);
    }

    [Fact]
    public void Overlapping_and_nested_findings_split_the_text_into_segments_that_list_every_covering_finding()
    {
        var text = SourceText.From("Alpha beta gamma delta.");
        ImmutableArray<Finding> findings =
        [
            Make(text, "RH2001", RuleCategories.Superlatives, DiagnosticSeverity.Warning, 0, 16),  // Alpha beta gamma
            Make(text, "RH3002", RuleCategories.Sourcing, DiagnosticSeverity.Info, 6, 16),          // beta gamma delta
            Make(text, "RH1004", RuleCategories.ThreatInflation, DiagnosticSeverity.Error, 6, 4),   // beta
            Make(text, "RH4001", RuleCategories.Hedging, DiagnosticSeverity.Info, 22, 0),           // a point before "."
        ];

        var html = Write(new CheckedFile("draft.txt", text, findings, null, null));

        Assert.Equal(
        [
            ("sev-warning", "f1-1", "Alpha "),
            ("sev-error overlap", "f1-1 f1-2 f1-3", "beta"),
            ("sev-warning overlap", "f1-1 f1-2", " gamma"),
            ("sev-suggestion", "f1-2", " delta"),
            ("sev-suggestion point", "f1-4", ""),
        ], Marks(html));
        Assert.Contains("<div class=\"source\" role=\"region\" aria-label=\"Text of draft.txt with findings highlighted\" tabindex=\"-1\"><mark class=\"sev-warning\" data-findings=\"f1-1\"", html);
        Assert.Contains("aria-describedby=\"f1-1-explain f1-2-explain f1-3-explain\">beta</mark>", html);
        Assert.Contains("</mark>.</div>", html);
        for (var f = 0; f < findings.Length; f++)
            Assert.Equal(text.ToString(findings[f].Span), TextOf(html, $"f1-{f + 1}"));
    }

    private const string Sectioned =
        "Kestria spoke first.\n\n# One\n\nVarn answered.\nIlse Brandt wrote back.\n\n## Two\n\nThe Harlow Institute replied.\n";

    [Fact]
    public void Markdown_headings_split_sections_and_the_chart_counts_each_family_per_section()
    {
        var text = SourceText.From(Sectioned);
        ImmutableArray<Finding> findings =
        [
            Make(text, "RH1004", RuleCategories.ThreatInflation, DiagnosticSeverity.Warning, Sectioned.IndexOf("Kestria", StringComparison.Ordinal), 7),
            Make(text, "RH3002", RuleCategories.Sourcing, DiagnosticSeverity.Warning, Sectioned.IndexOf("Varn", StringComparison.Ordinal), 4),
            Make(text, "RH3001", RuleCategories.Sourcing, DiagnosticSeverity.Warning, Sectioned.IndexOf("Ilse", StringComparison.Ordinal), 11),
            Make(text, "WS001", RuleCategories.HouseStyle, DiagnosticSeverity.Info, Sectioned.IndexOf("Harlow", StringComparison.Ordinal), 6),
            Make(text, "RH4002", RuleCategories.Hedging, DiagnosticSeverity.Info, Sectioned.IndexOf("replied", StringComparison.Ordinal), 7),
        ];

        var sections = ReportSections.Of(text, DocumentFormat.Markdown, findings.Select(f => f.Span.Start));
        Assert.Equal([ReportSections.BeforeFirstHeading, "One", "Two"], sections.Select(s => s.Title));
        Assert.Equal("# One", text.ToString(sections[1].HeadingLines!.Value));

        var html = Write(new CheckedFile("draft.md", text, findings, null, new DocumentStatistics(16, 0, 0)));

        var rows = ChartRows(html);
        Assert.Equal(3, rows.Count);
        Assert.Equal(new Dictionary<string, int> { ["ThreatInflation"] = 1, ["Superlatives"] = 0, ["Sourcing"] = 0, ["Hedging"] = 0, ["Other"] = 0 }, rows[0]);
        Assert.Equal(new Dictionary<string, int> { ["ThreatInflation"] = 0, ["Superlatives"] = 0, ["Sourcing"] = 2, ["Hedging"] = 0, ["Other"] = 0 }, rows[1]);
        Assert.Equal(new Dictionary<string, int> { ["ThreatInflation"] = 0, ["Superlatives"] = 0, ["Sourcing"] = 0, ["Hedging"] = 1, ["Other"] = 1 }, rows[2]);
        Assert.Contains("<a href=\"#f1-s2\">One</a>", html);
        Assert.Contains("<span class=\"heading\" id=\"f1-s2\"># One</span>", html);
        Assert.Contains("<span class=\"heading\" id=\"f1-s3\">## Two</span>", html);
        Assert.Contains("<p class=\"counts\">3 warnings and 2 suggestions · 16 words</p>", html);
    }

    [Fact]
    public void On_a_narrow_screen_the_section_chart_scrolls_inside_its_own_box()
    {
        var text = SourceText.From(Sectioned);
        var html = Write(new CheckedFile("draft.md", text,
            [Make(text, "RH3002", RuleCategories.Sourcing, DiagnosticSeverity.Warning, Sectioned.IndexOf("Varn", StringComparison.Ordinal), 4)], null, null));

        Assert.Contains("<div class=\"chart-scroll\">\n<table class=\"chart\"", html, StringComparison.Ordinal);
        Assert.Contains("</table>\n</div>\n", html, StringComparison.Ordinal);
        Assert.Contains(".chart-scroll { overflow-x: auto; }", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_and_word_headings_split_sections_titled_as_a_reader_sees_them()
    {
        var page = SourceText.From("<p>Kestria spoke first.</p>\n<h2>Tides &amp; <em>tolls</em></h2>\n<p>Varn answered.</p>\n");
        Assert.Equal([ReportSections.BeforeFirstHeading, "Tides & tolls"], ReportSections.Of(page, DocumentFormat.Html, []).Select(s => s.Title));

        // A Word document is checked as its text, one paragraph per line; a heading's line ends in CR LF.
        var word = SourceText.From("Kestria spoke first.\nTides and tolls\r\nVarn answered.\n");
        Assert.Equal([ReportSections.BeforeFirstHeading, "Tides and tolls"], ReportSections.Of(word, DocumentFormat.Docx, []).Select(s => s.Title));
    }

    [Fact]
    public void Markdown_heading_titles_leave_out_emphasis_marks()
    {
        var text = SourceText.From("# The *real* cost\n\nVarn answered.\n");
        Assert.Equal(["The real cost"], ReportSections.Of(text, DocumentFormat.Markdown, []).Select(s => s.Title));
    }

    [Fact]
    public void Plain_text_and_markdown_without_headings_are_one_section()
    {
        var text = SourceText.From("# Not a heading in plain text\n\nVarn answered.\n");
        Assert.Equal([ReportSections.WholeDocument], ReportSections.Of(text, DocumentFormat.PlainText, []).Select(s => s.Title));
        Assert.Equal([ReportSections.WholeDocument], ReportSections.Of(SourceText.From("Varn answered.\n"), DocumentFormat.Markdown, []).Select(s => s.Title));
    }

    [Fact]
    public void A_file_that_could_not_be_read_shows_its_error_next_to_the_files_that_could()
    {
        using var folder = new TempFolder();
        var good = folder.Write("good.txt", "One columnist noted that the port would close.\n");
        var bad = folder.WriteBytes("bad.txt", [0x41, 0xC3, 0x28, 0x0A]);

        var result = Run("check", "--format", "html", good, bad);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("<h2 id=\"file-2-title\">" + bad + "</h2>\n<p class=\"error\" role=\"alert\">Not checked: ", result.Out);
        Assert.Contains("not checked</span>", result.Out);
        Assert.Equal("One columnist noted", TextOf(result.Out, "f1-1"));
        Assert.Contains("bad.txt", result.Error);
    }

    [Fact]
    public void After_an_input_error_with_nothing_found_the_page_names_the_error_and_never_says_no_findings()
    {
        using var folder = new TempFolder();
        var missing = Path.Combine(folder.Path, "nope.md");
        var bad = folder.WriteBytes("bad.txt", [0x41, 0xC3, 0x28, 0x0A]);

        var result = Run("check", "--format", "html", missing, bad);

        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain("No findings", result.Out, StringComparison.Ordinal);
        Assert.Contains("<p class=\"summary\">Not a clean run: the errors below kept Rhetlint from checking everything.</p>", result.Out);
        Assert.Contains("<ul class=\"error\" role=\"alert\">\n<li>" + missing + ": no such file or directory</li>\n</ul>", result.Out);
        Assert.Contains("<p class=\"error\" role=\"alert\">Not checked: ", result.Out);
    }

    [Fact]
    public void No_files_and_no_findings_give_a_page_without_marks_or_charts()
    {
        var none = Write();
        Assert.Contains("<p class=\"empty\">No files were checked.</p>", none);
        Assert.Contains("<p class=\"summary\">No findings in 0 files.</p>", none);
        Assert.EndsWith("</script>\n</body>\n</html>\n", none);

        var clean = Write(new CheckedFile("clean.txt", SourceText.From("Varn answered & left.\n"), [], null, new DocumentStatistics(3, 0, 0)));
        Assert.Empty(Marks(clean));
        Assert.DoesNotContain("<table", clean);
        Assert.Contains("<p class=\"counts\">No findings · 3 words</p>", clean);
        Assert.Contains("Varn answered &amp; left.\n</div>", clean);
    }

    [Fact]
    public void The_content_security_policy_admits_exactly_the_inline_style_and_script()
    {
        var html = Write();

        var policy = Regex.Match(html, "<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">").Groups[1].Value;
        var style = Regex.Match(html, "<style>(.*?)</style>", RegexOptions.Singleline).Groups[1].Value;
        var script = Regex.Match(html, "<script>(.*?)</script>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Equal($"default-src 'none'; style-src '{Hash(style)}'; script-src '{Hash(script)}'; base-uri 'none'; form-action 'none'", policy);
        Assert.Contains("document.body.dataset.ready", script);
        Assert.DoesNotContain("http", style + script);
    }

    [Fact]
    public void Only_web_help_links_become_links_and_rewrites_show_old_and_new_text()
    {
        var text = SourceText.From("Sources say Varn is reckless.");
        var rewrite = new Rewrite("Name them", [new TextChange(new TextSpan(0, 11), "Two aides <of> Varn's said")], Applicability.Unsafe);
        var removal = new Rewrite("Drop it", [new TextChange(new TextSpan(0, 12), "")], Applicability.Safe);
        var html = Write(new CheckedFile("draft.txt", text,
        [
            Make(text, "WS002", RuleCategories.HouseStyle, DiagnosticSeverity.Warning, 0, 11, help: "javascript:alert(1)", rewrites: [rewrite, removal]),
        ], null, null));

        Assert.DoesNotContain("javascript:", html);
        Assert.Contains("<span class=\"rule\">WS002</span>", html);
        Assert.Contains("<span class=\"title\">Name them</span><span class=\"change\"><del>Sources say</del> <span aria-label=\"becomes\">→</span> <ins>Two aides &lt;of&gt; Varn&#39;s said</ins></span>", html);
        Assert.Contains("<del>Sources say </del> <span aria-label=\"becomes\">→</span> <ins class=\"removed\">(removed)</ins>", html);
        Assert.Contains(">unsafe</span>", html);
        Assert.Contains(">safe</span>", html);
    }

    private static Finding Make(SourceText text, string id, string category, DiagnosticSeverity severity, int start, int length,
        string? help = null, Rewrite[]? rewrites = null)
    {
        var descriptor = new DiagnosticDescriptor(id, id, $"{id} message", category, severity, isEnabledByDefault: true, helpLinkUri: help ?? RuleCategories.HelpUri(id));
        var span = new TextSpan(start, length);
        return new Finding(Diagnostic.Create(descriptor, Location.Create("draft", span, text.Lines.GetLinePositionSpan(span))), [.. rewrites ?? []]);
    }

    private static string Write(params CheckedFile[] files)
    {
        var output = new StringWriter();
        HtmlReporter.Write(output, new CheckRun(files, [], [], DateTime.UtcNow, DateTime.UtcNow));
        return output.ToString();
    }

    // Marks hold only escaped text (no child elements), so a pattern reads them exactly.
    [GeneratedRegex("<mark class=\"([^\"]*)\" data-findings=\"([^\"]*)\"[^>]*>([^<]*)</mark>")]
    private static partial Regex MarkPattern();

    private static List<(string Classes, string Findings, string Text)> Marks(string html) =>
        [.. MarkPattern().Matches(html).Select(m => (m.Groups[1].Value, m.Groups[2].Value, WebUtility.HtmlDecode(m.Groups[3].Value)))];

    private static string TextOf(string html, string finding) =>
        string.Concat(Marks(html).Where(m => m.Findings.Split(' ').Contains(finding)).Select(m => m.Text));

    private static List<Dictionary<string, int>> ChartRows(string html) =>
    [
        .. Regex.Matches(html, "<tr data-section=\"\\d+\">(.*?)</tr>").Select(row =>
            Regex.Matches(row.Groups[1].Value, "data-family=\"(\\w+)\">(\\d+)<").ToDictionary(c => c.Groups[1].Value, c => int.Parse(c.Groups[2].Value))),
    ];

    private static string Hash(string content) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
}
