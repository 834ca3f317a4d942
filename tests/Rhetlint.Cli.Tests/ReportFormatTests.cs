using System.Text.Json;
using System.Xml.Linq;
using Rhetlint.Cli.Output;
using static Rhetlint.Cli.Tests.CliRunner;

namespace Rhetlint.Cli.Tests;

/// <summary>What the golden files cannot show on their own: the SARIF structure other tools rely on, escaping, --output.</summary>
public class ReportFormatTests
{
    private const string VagueSource = "Harbor fees rose again.\n\nOne columnist noted that the port \"has never been cheaper to run.\"\n";

    private static string GoldenDraft => Path.Combine(AppContext.BaseDirectory, "Golden", "draft.md");

    [Fact]
    public void Sarif_lists_suppressed_findings_with_the_reason_and_only_applicable_rewrites_as_fixes()
    {
        using var json = JsonDocument.Parse(Run("check", "--format", "sarif", GoldenDraft).Out);
        var run = json.RootElement.GetProperty("runs")[0];
        Assert.Equal("utf16CodeUnits", run.GetProperty("columnKind").GetString());
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToArray();
        var results = run.GetProperty("results").EnumerateArray().ToArray();

        foreach (var result in results)
            Assert.Equal(result.GetProperty("ruleId").GetString(), rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());

        var suppressed = Assert.Single(results, r => r.TryGetProperty("suppressions", out _));
        Assert.Equal("RH2003", suppressed.GetProperty("ruleId").GetString());
        var suppression = Assert.Single(suppressed.GetProperty("suppressions").EnumerateArray());
        Assert.Equal("inSource", suppression.GetProperty("kind").GetString());
        Assert.Equal("the award is named in the next paragraph", suppression.GetProperty("justification").GetString());

        // RH3009 offers only a template with placeholders: nothing a tool could apply.
        var anonymous = Assert.Single(results, r => r.GetProperty("ruleId").GetString() == "RH3009");
        Assert.False(anonymous.TryGetProperty("fixes", out _));
        var loaded = Assert.Single(results, r => r.GetProperty("ruleId").GetString() == "RH4002");
        var replacement = loaded.GetProperty("fixes")[0].GetProperty("artifactChanges")[0].GetProperty("replacements")[0];
        Assert.Equal("said", replacement.GetProperty("insertedContent").GetProperty("text").GetString());
        Assert.Equal(20, replacement.GetProperty("deletedRegion").GetProperty("startColumn").GetInt32());

        Assert.All(results, r => Assert.Matches("^[0-9a-f]{32}$", r.GetProperty("partialFingerprints").GetProperty("rhetlintSentenceHash/v1").GetString()));
        Assert.True(run.GetProperty("invocations")[0].GetProperty("executionSuccessful").GetBoolean());
    }

    [Fact]
    public void Sarif_context_is_a_window_around_the_finding_not_a_whole_long_line()
    {
        using var folder = new TempFolder();
        // One line of many sentences: each result's context would otherwise be the whole line.
        var filler = string.Concat(Enumerable.Repeat("The ferry left on time and the crew waved. ", 60));
        var path = folder.Write("long.md", filler + "One columnist noted that the port \"has never been cheaper to run.\" " + filler + "\n");

        using var json = JsonDocument.Parse(Run("check", "--format", "sarif", path).Out);

        var location = json.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation");
        var finding = location.GetProperty("region").GetProperty("snippet").GetProperty("text").GetString()!;
        var context = location.GetProperty("contextRegion");
        var snippet = context.GetProperty("snippet").GetProperty("text").GetString()!;
        Assert.Contains(finding, snippet);
        Assert.InRange(snippet.Length, finding.Length + 2 * 400 - 1, finding.Length + 2 * 400);
        Assert.Equal(1, context.GetProperty("startLine").GetInt32());
        Assert.Equal(filler.Length + 1 - 400, context.GetProperty("startColumn").GetInt32());
    }

    [Fact]
    public void Sarif_columns_count_utf16_code_units_and_uris_are_relative_to_the_working_directory()
    {
        using var folder = new TempFolder();
        // An astral character (two UTF-16 units) before the finding on its line.
        var path = folder.Write("notes 1.md", "Harbor fees rose again.\n\n🚢 One columnist noted that the port \"has never been cheaper to run.\"\n");
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);

        using var json = JsonDocument.Parse(Run("check", "--format", "sarif", path).Out);

        var location = json.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation");
        var region = location.GetProperty("region");
        Assert.Equal(3, region.GetProperty("startLine").GetInt32());
        Assert.Equal(4, region.GetProperty("startColumn").GetInt32());
        var artifact = location.GetProperty("artifactLocation");
        if (relative.StartsWith("..", StringComparison.Ordinal))
            Assert.Equal(new Uri(path).AbsoluteUri, artifact.GetProperty("uri").GetString());
        else
        {
            Assert.Equal("%SRCROOT%", artifact.GetProperty("uriBaseId").GetString());
            Assert.EndsWith("/notes%201.md", "/" + artifact.GetProperty("uri").GetString());
        }
    }

    [Fact]
    public void Sarif_says_the_run_was_incomplete_when_a_file_could_not_be_read()
    {
        using var folder = new TempFolder();
        var binary = folder.WriteBytes("scan.txt", [0x50, 0x00, 0x4B, 0x00]);

        var result = Run("check", "--format", "sarif", binary);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("binary file", result.Error);
        using var json = JsonDocument.Parse(result.Out);
        var invocation = json.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0];
        Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
        var notification = Assert.Single(invocation.GetProperty("toolExecutionNotifications").EnumerateArray());
        Assert.Contains("binary file", notification.GetProperty("message").GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("junit")]
    [InlineData("checkstyle")]
    public void Xml_reports_stay_well_formed_when_the_draft_holds_control_characters(string format)
    {
        using var folder = new TempFolder();
        var path = folder.Write("draft.txt", "Harbor fees rose again.\n\nOne columnist noted that the port \"has never been cheaper to run.\" \u0007 <&>\n");

        var report = XDocument.Parse(Run("check", "--format", format, path).Out);

        Assert.NotNull(report.Root);
        Assert.Contains("RH3002", report.ToString());
    }

    [Fact]
    public void Junit_gives_a_clean_file_one_passing_test_case()
    {
        using var folder = new TempFolder();
        var path = folder.Write("clean.md", "# Budget\n\nThe council approved the budget on Tuesday, its clerk said.\n");

        var suite = XDocument.Parse(Run("check", "--format", "junit", path).Out).Root!.Element("testsuite")!;

        Assert.Equal("1", suite.Attribute("tests")!.Value);
        Assert.Equal("0", suite.Attribute("failures")!.Value);
        Assert.Empty(suite.Element("testcase")!.Elements());
    }

    [Fact]
    public void Junit_names_the_same_finding_again_in_a_file_with_its_occurrence()
    {
        using var folder = new TempFolder();
        var path = folder.Write("twice.md", "One columnist noted that the ferry was late.\n\nOne columnist noted that the ferry was late.\n");

        var names = XDocument.Parse(Run("check", "--format", "junit", path).Out).Root!.Element("testsuite")!.Elements("testcase")
            .Select(c => c.Attribute("name")!.Value).ToList();

        const string Name = "RH3002: 'One columnist noted' does not identify the source; name who said it, or say why they cannot be named";
        Assert.Equal([Name, Name + " (2)"], names);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("50% of 2\r\nfees", "50%25 of 2%0D%0Afees")]
    public void GitHub_messages_escape_percent_and_line_breaks(string message, string escaped) =>
        Assert.Equal(escaped, GitHubReporter.Data(message));

    [Fact]
    public void GitHub_properties_also_escape_colon_and_comma() =>
        Assert.Equal("C%3A/drafts/a%2Cb.md", GitHubReporter.Property("C:/drafts/a,b.md"));

    [Fact]
    public void Xml_text_replaces_what_xml_cannot_hold_and_keeps_astral_characters() =>
        Assert.Equal("a\uFFFDb 🚢 \uFFFD", XmlReport.Clean("a\u0001b 🚢 \uD800"));

    [Fact]
    public void Output_writes_the_report_to_a_file_and_nothing_to_standard_output()
    {
        using var folder = new TempFolder();
        var path = folder.Write("draft.txt", VagueSource);
        var report = Path.Combine(folder.Path, "out", "report.sarif");
        Directory.CreateDirectory(Path.GetDirectoryName(report)!);
        File.WriteAllText(report, "an older report");

        var result = Run("check", "--format", "sarif", "--output", report, path, "--fail-on", "warning");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Out);
        using var json = JsonDocument.Parse(File.ReadAllText(report));
        Assert.Equal("RH3002", json.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("ruleId").GetString());
        Assert.Equal(["report.sarif"], Directory.GetFiles(Path.GetDirectoryName(report)!).Select(Path.GetFileName));
    }

    [Fact]
    public void Output_to_a_folder_that_does_not_exist_is_an_input_error()
    {
        using var folder = new TempFolder();
        var path = folder.Write("draft.txt", VagueSource);
        var report = Path.Combine(folder.Path, "missing", "report.txt");

        var result = Run("check", "--output", report, path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"rhetlint: cannot write {report}", result.Error);
        Assert.False(File.Exists(report));
    }
}
