using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using static Rhetlint.Cli.Tests.CliRunner;

namespace Rhetlint.Cli.Tests;

/// <summary>HTML pages as input (issue 20): positions, furniture, settings, fixes that round-trip, hostile pages, and parity with Markdown.</summary>
public sealed class HtmlInputTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static JsonArray Diagnostics(CliResult result) => JsonNode.Parse(result.Out)!["files"]!.AsArray()[0]!["diagnostics"]!.AsArray();

    private static CliResult RunGuarded(params string[] args)
    {
        var run = Task.Run(() => Run(args));
        Assert.True(run.Wait(TimeSpan.FromSeconds(120)), $"rhetlint {args[0]} did not finish within 120 s");
        return run.Result;
    }

    [Fact]
    public void Findings_are_located_at_source_lines_and_columns_after_tags_and_entities()
    {
        var path = _folder.Write("page.html",
            "<html><body>\r\n<article><p>Tarn&rsquo;s <b>mayor</b> &amp; staff: <em>it</em> is the greatest energy policy this valley has ever seen.</p></article>\r\n</body></html>\r\n");
        var diagnostic = Assert.Single(Diagnostics(Run("check", "--no-cache", "--format", "json", path)));
        Assert.Equal("RH2001", (string?)diagnostic!["id"]);
        Assert.Equal(2, (int)diagnostic["line"]!);
        // "<article><p>" 12, "Tarn&rsquo;s " 13, "<b>mayor</b> " 13, "&amp; staff: " 13, "<em>it</em> is " 15: "the" is the 67th character.
        Assert.Equal(67, (int)diagnostic["column"]!);
        Assert.Equal("the greatest energy policy", (string?)diagnostic["text"]);
        Assert.Contains("'the greatest energy policy'", (string?)diagnostic["message"]);
    }

    // A sentence with an inline tag inside a word and entity quotes; another across a line break, its finding across a tag.
    private const string PierPage = "<article>\n<p>Orla Venn, the <em>harbour</em> master, said the pier was &ldquo;the fin<b>est</b> in the world&rdquo;.</p>\n"
        + "<p>Everyone knows Tarn&rsquo;s new\n   tram is the <em>best</em> in the valley.</p>\n</article>\n";

    [Fact]
    public void Explain_shows_a_page_as_its_reader_sees_it_at_the_files_lines_and_columns()
    {
        var path = _folder.Write("pier.html", PierPage);

        var result = Run("explain", "--color", "never", path);

        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal("sentence 0 (2:4), paragraph 0", lines[0]);
        Assert.Equal("  Orla Venn, the harbour master, said the pier was \u201cthe finest in the world\u201d.", lines[1]);
        Assert.Contains("  quotation #0 (2:62) double, depth 0: \u201cthe finest in the world\u201d | speaker: Orla Venn (namedPerson; sameSentence)", lines);
        Assert.Contains("  frame     source: Orla Venn, the harbour master, (namedPerson; head: Orla Venn) | cue: said"
            + " | content after: the pier was \u201cthe finest in the world\u201d. | quotation #0", lines);
        Assert.Contains("  voice     author: Orla Venn, the harbour master, said | reported: the pier was | quoted: \u201cthe finest in the world\u201d | reported: .", lines);
        Assert.Contains("sentence 1 (3:4), paragraph 1", lines);
        Assert.Contains("  Everyone knows Tarn\u2019s new tram is the best in the valley.", lines);
        Assert.Contains(lines, l => l.StartsWith("  finding   RH2001 warning (4:12) the best: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Explain_json_text_is_the_pages_prose_and_its_offsets_are_the_files()
    {
        var path = _folder.Write("pier.html", PierPage);

        using var json = JsonDocument.Parse(Run("explain", "--format", "json", path).Out);

        var sentences = json.RootElement.GetProperty("sentences");
        var quotation = Assert.Single(sentences[0].GetProperty("quotations").EnumerateArray()).GetProperty("span");
        Assert.Equal("\u201cthe finest in the world\u201d", quotation.GetProperty("text").GetString());
        Assert.Equal("&ldquo;the fin<b>est</b> in the world&rdquo;", Source(quotation));
        Assert.Equal((2, 62), (quotation.GetProperty("line").GetInt32(), quotation.GetProperty("column").GetInt32()));
        var sentence = sentences[1].GetProperty("span");
        Assert.Equal("Everyone knows Tarn\u2019s new tram is the best in the valley.", sentence.GetProperty("text").GetString());
        Assert.Equal("Everyone knows Tarn&rsquo;s new\n   tram is the <em>best</em> in the valley.", Source(sentence));
        var finding = sentences[1].GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "RH2001").GetProperty("span");
        Assert.Equal(("the best", "the <em>best"), (finding.GetProperty("text").GetString(), Source(finding)));

        static string Source(JsonElement span) => PierPage.Substring(span.GetProperty("start").GetInt32(), span.GetProperty("length").GetInt32());
    }

    // The text view shows the file's line under the file's line and column, as a compiler does, so the caret marks
    // what an editor shows there; the message above it quotes the prose as a reader sees it.
    [Fact]
    public void Check_text_view_shows_the_pages_source_line_under_the_message()
    {
        var path = _folder.Write("pier.html", PierPage);

        var result = Run("check", "--no-cache", "--color", "never", "--select", "RH2001", path);

        var lines = result.Out.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var headline = lines.FindIndex(l => l.StartsWith($"{path}(4,12): warning RH2001: 'the best' claims a rank", StringComparison.Ordinal));
        Assert.True(headline >= 0, result.Out);
        Assert.Equal("       tram is the <em>best</em> in the valley.</p>", lines[headline + 1]);
        Assert.Equal("               ^^^^^^^^^^^^", lines[headline + 2]);
    }

    [Fact]
    public void Page_furniture_and_text_outside_the_article_are_not_checked()
    {
        var path = _folder.Write("page.html",
            "<html><head><title>The greatest site ever</title><script>document.write('the greatest deal ever');</script></head><body>\n"
            + "<nav><a href=\"/\">The greatest stories ever told</a></nav>\n<header>The finest paper in the world</header>\n"
            + "<article><p>The ferry left at noon.</p><figure><img src=\"f.jpg\"><figcaption>The greatest ferry ever built</figcaption></figure>"
            + "<aside>The best offer this year</aside></article>\n<footer>The best newsletter in the world</footer></body></html>\n");
        var result = Run("check", "--no-cache", "--format", "json", path);
        Assert.Empty(Diagnostics(result));
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void A_folder_walk_reads_html_and_htm_pages()
    {
        _folder.Write("a.html", "<p>It is the greatest energy policy this valley has ever seen.</p>\n");
        _folder.Write("b.htm", "<p>It is the greatest harbour plan this town has ever seen.</p>\n");
        var files = JsonNode.Parse(Run("check", "--no-cache", "--format", "json", _folder.Path).Out)!["files"]!.AsArray();
        Assert.Equal(["a.html", "b.htm"], files.Select(f => Path.GetFileName((string)f!["path"]!)).Order());
    }

    [Fact]
    public void Standard_input_reads_as_html_with_stdin_format_html()
    {
        const string page = "<p>It is the <em>greatest</em> energy policy this valley has ever seen.</p><script>the greatest ever</script>\n";
        var diagnostic = Assert.Single(Diagnostics(RunWithInput(page, "check", "--format", "json", "--stdin-format", "html", "-")));
        Assert.Equal("the <em>greatest</em> energy policy", (string?)diagnostic!["text"]);
    }

    [Fact]
    public void Sarif_names_the_page_as_html()
    {
        var path = _folder.Write("page.html", "<p>It is the greatest energy policy this valley has ever seen.</p>\n");
        var artifact = JsonNode.Parse(Run("check", "--no-cache", "--format", "sarif", path).Out)!["runs"]![0]!["artifacts"]![0]!;
        Assert.Equal("text/html", (string?)artifact["mimeType"]);
        Assert.Equal("html", (string?)artifact["sourceLanguage"]);
    }

    [Fact]
    public void Include_and_exclude_selectors_choose_what_is_read()
    {
        _folder.Write(".editorconfig", "root = true\n[*.html]\nrhetlint.html.include = div.story\nrhetlint.html.exclude = .promo\n");
        var path = _folder.Write("page.html",
            "<div class=\"story\"><p>It is the greatest energy policy this valley has ever seen.</p><p class=\"promo\">The best offer of the year.</p></div>\n"
            + "<div><p>It is the greatest harbour plan this town has ever seen.</p></div>\n");
        var diagnostic = Assert.Single(Diagnostics(Run("check", "--no-cache", "--format", "json", path)));
        Assert.Equal("the greatest energy policy", (string?)diagnostic!["text"]);
    }

    [Fact]
    public void An_invalid_selector_is_a_configuration_error()
    {
        _folder.Write(".editorconfig", "root = true\n[*.html]\nrhetlint.html.exclude = div[[\n");
        var path = _folder.Write("page.html", "<p>Text.</p>\n");
        var result = Run("check", "--no-cache", path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("rhetlint.html.exclude: 'div[[' is not a valid CSS selector list", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public void Fix_write_edits_text_nodes_and_the_page_round_trips()
    {
        const string page = "<html><body><article>\n<p>The council&rsquo;s plan for Tarn &amp; Lisk was a very, very unique plan.</p>\n"
            + "<p>It is the greatest energy policy this valley has ever seen.</p>\n</article></body></html>\n";
        var path = _folder.Write("page.html", page);
        var before = Diagnostics(Run("check", "--no-cache", "--format", "json", path));

        var fix = Run("fix", "--write", "--unsafe", path);
        Assert.Equal(0, fix.ExitCode);

        var written = File.ReadAllText(path);
        Assert.Equal(page.Replace("very, very unique", "very, unique", StringComparison.Ordinal), written);
        var document = new HtmlParser().ParseDocument(written);
        Assert.Equal("The council’s plan for Tarn & Lisk was a very, unique plan.", document.QuerySelector("p")!.TextContent);
        var after = Diagnostics(Run("check", "--no-cache", "--format", "json", path));
        Assert.Equal(before.Select(d => (string?)d!["id"]).Where(id => id != "RH2008"), after.Select(d => (string?)d!["id"]));
    }

    [Fact]
    public void A_rewrite_that_crosses_a_tag_is_left_for_the_writer()
    {
        const string page = "<p>It was a <em>very</em> unique plan for the harbour.</p>\n";
        var path = _folder.Write("page.html", page);
        var diagnostic = Assert.Single(Diagnostics(Run("check", "--no-cache", "--format", "json", path)));
        Assert.Equal("RH2008", (string?)diagnostic!["id"]);
        Assert.Empty(diagnostic["fixes"]!.AsArray());

        var fix = Run("fix", "--write", "--unsafe", path);
        Assert.Equal(page, File.ReadAllText(path));
        Assert.Contains("1 left", fix.Error);
    }

    [Fact]
    public void Add_suppressions_writes_comments_the_page_then_honours()
    {
        var path = _folder.Write("page.html", "<article><p>It is the greatest energy policy this valley has ever seen.</p></article>\n");
        Run("check", "--no-cache", "--add-suppressions", path);
        Assert.Equal("<article><p><!-- rhetlint-ignore RH2001 -- added by rhetlint check --add-suppressions --> It is the greatest energy policy this valley has ever seen.</p></article>\n",
            File.ReadAllText(path));
        Assert.Empty(Diagnostics(Run("check", "--no-cache", "--format", "json", path)));
    }

    [Fact]
    public void A_page_over_the_size_limit_is_an_input_error()
    {
        var path = _folder.WriteBytes("huge.html", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<p>The ferry left at noon.</p>\n", 50 * 1024 * 1024 / 30))));
        var result = RunGuarded("check", "--no-cache", path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("huge.html", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public void A_page_nested_a_hundred_thousand_deep_is_an_input_error()
    {
        var path = _folder.Write("deep.html", string.Concat(Enumerable.Repeat("<div>", 100_000)) + "The greatest plan ever." + string.Concat(Enumerable.Repeat("</div>", 100_000)));
        foreach (var command in new[] { "check", "explain", "fix" })
        {
            var result = RunGuarded(command, path);
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("nested too deeply", result.Error);
        }
    }

    [Fact]
    public void Binary_and_invalid_utf8_pages_are_input_errors()
    {
        var binary = _folder.WriteBytes("binary.html", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A, 0x00, 0x01]);
        var invalid = _folder.WriteBytes("invalid.html", [.. Encoding.ASCII.GetBytes("<p>The ferry "), 0xC3, 0x28, .. Encoding.ASCII.GetBytes(" left.</p>")]);
        foreach (var path in new[] { binary, invalid })
        {
            var result = Run("check", "--no-cache", path);
            Assert.Equal(2, result.ExitCode);
            Assert.Contains(Path.GetFileName(path), result.Error);
        }
    }

    [Fact]
    public void Malformed_markup_is_checked_normally()
    {
        var path = _folder.Write("bad.html", "<p>It is <b>the greatest <i>energy</b> policy</i> this valley has ever seen.<div <p></table></span> &#xZZ; < >\n");
        var result = Run("check", "--no-cache", "--format", "json", path);
        Assert.Equal("RH2001", (string?)Assert.Single(Diagnostics(result))!["id"]);
    }

    /// <summary>The same op-ed, our own words, as Markdown and as an HTML page with entities, inline tags inside words, a link and furniture.</summary>
    private const string OpEdMarkdown =
        "# The grid cannot wait\n\n"
        + "The Velmar wind farm is the most important energy project in the history of the valley. Everyone agrees that the old coal plant is a ticking time bomb.\n\n"
        + "“We will lose every household to blackouts by winter,” one official said. Critics say the plan is reckless, but the council’s own [audit](https://example.org/audit) found a 12% saving.\n\n"
        + "If the vote fails, the entire region will be plunged into an unprecedented catastrophe that will destroy our economy forever.\n\n"
        + "- It is clearly the best deal ever offered to Tarn & Lisk.\n- Experts warn that prices could soar.\n";

    private const string OpEdHtml =
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>The grid cannot wait</title>\n"
        + "<script>var promo = \"<p>the best offer ever</p>\";</script><style>.x{}</style></head>\n<body>\n"
        + "<nav><a href=\"/\">Home</a> <a href=\"/opinion\">The most popular opinions ever</a></nav>\n<article>\n<h1>The grid cannot wait</h1>\n"
        + "<p>The Velmar wind farm is the <em>most</em> important energy project in the history of the valley. Everyone agrees that the old coal plant is a ticking time bomb.</p>\n"
        + "<p>&ldquo;We will lose every household to blackouts by winter,&rdquo; one official said. Critics say the plan is reckless, but the council&rsquo;s own <a href=\"https://example.org/audit\">audit</a> found a 12% saving.</p>\n"
        + "<figure><img src=\"farm.jpg\" alt=\"\"><figcaption>The greatest wind farm ever built</figcaption></figure>\n"
        + "<p>If the vote fails, the entire region will be plunged into an unprecedented catastrophe that will destroy our economy for<b>ever</b>.</p>\n"
        + "<ul><li>It is clearly the best deal ever offered to Tarn &amp; Lisk.</li>\n<li>Experts warn that prices could soar.</li></ul>\n"
        + "</article>\n<footer>The finest newspaper in the world</footer>\n</body></html>\n";

    [Fact]
    public void The_same_op_ed_as_markdown_and_html_gives_the_same_findings()
    {
        var markdown = _folder.Write("oped.md", OpEdMarkdown);
        var html = _folder.Write("oped.html", OpEdHtml);
        var fromMarkdown = Findings(markdown, d => (string)d["text"]!);
        var fromHtml = Findings(html, d => WebUtility.HtmlDecode(Regex.Replace((string)d["text"]!, "<[^>]*>", "")));
        Assert.True(fromMarkdown.Length >= 8, string.Join("\n", fromMarkdown));
        Assert.Equal(fromMarkdown, fromHtml);
    }

    private static string[] Findings(string path, Func<JsonNode, string> flaggedText) =>
        [.. Diagnostics(Run("check", "--no-cache", "--format", "json", path)).Select(d => $"{d!["id"]} {flaggedText(d)} | {d["message"]}")];
}
