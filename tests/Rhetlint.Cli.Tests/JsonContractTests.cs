using System.Text;
using System.Text.Json;
using static Rhetlint.Cli.Tests.CliRunner;

namespace Rhetlint.Cli.Tests;

/// <summary>The JSON report is read by other tools: these tests pin its shape (docs/json-report.md).</summary>
public class JsonContractTests
{
    [Fact]
    public void Report_has_the_documented_shape_and_offsets_point_into_the_file()
    {
        using var folder = new TempFolder();
        // A BOM and a non-ASCII character before the finding: offsets are UTF-16 units after the BOM.
        const string text = "Café owners are worried.\r\n\r\nA think tank report declared that rents would “double.”\r\n";
        var path = folder.WriteBytes("draft.txt", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]);

        var result = Run("check", "--format", "json", path);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal(["tool", "files", "summary"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("rhetlint", root.GetProperty("tool").GetProperty("name").GetString());
        Assert.Equal("0.1.0", root.GetProperty("tool").GetProperty("version").GetString());

        var file = Assert.Single(root.GetProperty("files").EnumerateArray());
        Assert.Equal(["path", "diagnostics", "statistics"], file.EnumerateObject().Select(p => p.Name));
        Assert.Equal(path, file.GetProperty("path").GetString());
        var diagnostic = Assert.Single(file.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(
            ["id", "category", "severity", "message", "start", "length", "line", "column", "endLine", "endColumn", "text", "helpUri", "fixes"],
            diagnostic.EnumerateObject().Select(p => p.Name));
        Assert.Equal("RH3002", diagnostic.GetProperty("id").GetString());
        Assert.Equal("Sourcing", diagnostic.GetProperty("category").GetString());
        Assert.Equal("warning", diagnostic.GetProperty("severity").GetString());

        var start = diagnostic.GetProperty("start").GetInt32();
        var length = diagnostic.GetProperty("length").GetInt32();
        Assert.Equal("A think tank report declared", text.Substring(start, length));
        Assert.Equal("A think tank report declared", diagnostic.GetProperty("text").GetString());
        Assert.Equal(3, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal(1, diagnostic.GetProperty("column").GetInt32());
        Assert.Equal(3, diagnostic.GetProperty("endLine").GetInt32());
        Assert.Equal(29, diagnostic.GetProperty("endColumn").GetInt32());
        Assert.EndsWith("RH3002.md", diagnostic.GetProperty("helpUri").GetString());

        var fix = Assert.Single(diagnostic.GetProperty("fixes").EnumerateArray());
        Assert.Equal(["title", "applicability", "edits"], fix.EnumerateObject().Select(p => p.Name));
        Assert.Equal("displayOnly", fix.GetProperty("applicability").GetString());
        var edit = Assert.Single(fix.GetProperty("edits").EnumerateArray());
        Assert.Equal(["start", "length", "newText"], edit.EnumerateObject().Select(p => p.Name));
        Assert.Equal("A think tank report", text.Substring(edit.GetProperty("start").GetInt32(), edit.GetProperty("length").GetInt32()));

        var summary = root.GetProperty("summary");
        Assert.Equal(["files", "errors", "warnings", "suggestions", "statistics"], summary.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, summary.GetProperty("files").GetInt32());
        Assert.Equal(1, summary.GetProperty("warnings").GetInt32());
    }

    [Fact]
    public void Statistics_give_density_per_family_and_the_share_of_quotes_with_a_named_source()
    {
        using var folder = new TempFolder();
        var first = folder.Write("a.txt", "“We will not pay for it,” said Ilse Brandt, the mayor of Halden.\n\n“Nobody asked us,” a resident said.\n");
        var second = folder.Write("b.txt", "Critics say the harbor plan is reckless and costly.\n");

        using var json = JsonDocument.Parse(Run("check", "--format", "json", first, second).Out);

        var files = json.RootElement.GetProperty("files").EnumerateArray().ToArray();
        var a = files[0].GetProperty("statistics");
        Assert.Equal(["words", "findingsPer1000Words", "directQuotes", "directQuotesWithNamedSource", "namedSourceShare"], a.EnumerateObject().Select(p => p.Name));
        Assert.Equal(19, a.GetProperty("words").GetInt32());
        Assert.Equal(2, a.GetProperty("directQuotes").GetInt32());
        Assert.Equal(1, a.GetProperty("directQuotesWithNamedSource").GetInt32());
        Assert.Equal(0.5, a.GetProperty("namedSourceShare").GetDouble());
        Assert.Equal(["ThreatInflation", "Superlatives", "Sourcing", "Hedging"], a.GetProperty("findingsPer1000Words").EnumerateObject().Select(p => p.Name));
        // One finding (the unnamed resident) in 19 words.
        Assert.Equal(52.63, a.GetProperty("findingsPer1000Words").GetProperty("Sourcing").GetDouble());

        var b = files[1].GetProperty("statistics");
        Assert.Equal(JsonValueKind.Null, b.GetProperty("namedSourceShare").ValueKind);

        var total = json.RootElement.GetProperty("summary").GetProperty("statistics");
        Assert.Equal(19 + 9, total.GetProperty("words").GetInt32());
        Assert.Equal(71.43, total.GetProperty("findingsPer1000Words").GetProperty("Sourcing").GetDouble());
    }

    [Fact]
    public void An_empty_run_is_still_a_complete_report()
    {
        using var folder = new TempFolder();
        var result = Run("check", "--format", "json", folder.Path);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Empty(json.RootElement.GetProperty("files").EnumerateArray());
        Assert.Equal(0, json.RootElement.GetProperty("summary").GetProperty("files").GetInt32());
    }
}
