using System.Text.Json;
using static Rhetlint.Cli.Tests.CliRunner;

namespace Rhetlint.Cli.Tests;

public class RulesAndEvalCommandTests
{
    [Fact]
    public void Rules_lists_every_rule_with_category_severity_and_title()
    {
        var result = Run("rules");
        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.TrimEnd().Split('\n');
        Assert.Equal("id       category         severity   default    pack         title", lines[0]);
        Assert.Contains("RH1004   ThreatInflation  warning    warning    built-in     Hostile intent attributed without evidence", lines);
        Assert.Contains("RH2001   Superlatives     warning    warning    built-in     Superlative without comparison basis", lines);
        Assert.Contains("RH3002   Sourcing         warning    warning    built-in     Indefinite single source", lines);
        Assert.Contains("RH0002   Engine           suggestion suggestion built-in     Unbalanced quotation mark", lines);
        Assert.Contains(lines, l => l.StartsWith("RH3004   Sourcing         off        off        built-in ", StringComparison.Ordinal));
    }

    [Fact]
    public void Rules_for_a_draft_show_the_severity_its_sections_profile_and_command_line_give_each_rule()
    {
        using var folder = new TempFolder();
        folder.Write(".editorconfig", "root = true\n[*.md]\nrhetlint_diagnostic.RH3002.severity = error\nrhetlint_diagnostic.RH4005.severity = none\n"
            + "[opinion/*.md]\nrhetlint.profile = opinion\n");
        var news = Path.Combine(folder.Path, "news.md");
        var column = Path.Combine(folder.Path, "opinion", "column.md");

        string Line(CliResult result, string id) => result.Out.Split('\n').Single(l => l.StartsWith(id + " ", StringComparison.Ordinal));
        var onNews = Run("rules", news);
        Assert.Equal(0, onNews.ExitCode);
        Assert.StartsWith("RH3002   Sourcing         error      warning    built-in ", Line(onNews, "RH3002"));
        Assert.StartsWith("RH4005   Hedging          off        suggestion built-in ", Line(onNews, "RH4005"));
        // The news profile raises RH2005 to a warning; opinion leaves it and lowers RH2001.
        Assert.StartsWith("RH2005   Superlatives     warning    suggestion built-in ", Line(onNews, "RH2005"));
        var onColumn = Run("rules", column);
        Assert.StartsWith("RH2001   Superlatives     suggestion warning    built-in ", Line(onColumn, "RH2001"));
        Assert.StartsWith("RH2005   Superlatives     suggestion suggestion built-in ", Line(onColumn, "RH2005"));

        var fromCommandLine = Run("rules", news, "--enable", "RH3004", "--ignore", "RH1", "--profile", "opinion");
        Assert.StartsWith("RH3004   Sourcing         suggestion off        built-in ", Line(fromCommandLine, "RH3004"));
        Assert.StartsWith("RH1004   ThreatInflation  off        warning    built-in ", Line(fromCommandLine, "RH1004"));
        Assert.StartsWith("RH2001   Superlatives     suggestion warning    built-in ", Line(fromCommandLine, "RH2001"));

        using var json = JsonDocument.Parse(Run("rules", news, "--format", "json").Out);
        var rules = json.RootElement.EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!);
        Assert.Equal("error", rules["RH3002"].GetProperty("severityOnDraft").GetString());
        Assert.Equal("off", rules["RH4005"].GetProperty("severityOnDraft").GetString());
        Assert.Equal("warning", rules["RH3002"].GetProperty("severity").GetString());
    }

    private const string Cases =
        """
        {"id": "t1", "format": "text", "text": "One columnist noted that the bridge was unsafe. The bridge is the longest of the three crossings.", "findings": [{"family": "QS", "span": "One columnist", "occurrence": 1, "note": "vague"}], "must_not_flag": ["the longest of the three crossings"]}
        {"id": "t2", "format": "markdown", "text": "# Port\n\nThe port is the busiest harbor.\n\nRussia covets the coast.", "findings": [{"family": "TI", "span": "Russia covets the coast", "occurrence": 1, "note": "intent"}, {"family": "QS", "span": "nobody", "occurrence": 1, "note": "absent"}], "must_not_flag": ["The port is the busiest harbor"]}
        """;

    [Fact]
    public void Eval_scores_precision_recall_and_must_not_flag_hits()
    {
        using var folder = new TempFolder();
        var path = folder.Write("cases.jsonl", Cases.Replace("\"nobody\"", "\"Port\""));

        var result = Run("eval", path, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var families = json.RootElement.GetProperty("families").EnumerateArray().ToDictionary(f => f.GetProperty("family").GetString()!);
        Assert.Equal(1, families["QS"].GetProperty("reported").GetInt32());
        Assert.Equal(1, families["QS"].GetProperty("correct").GetInt32());
        Assert.Equal(2, families["QS"].GetProperty("gold").GetInt32());
        Assert.Equal(1, families["QS"].GetProperty("found").GetInt32());
        Assert.Equal(1, families["TI"].GetProperty("found").GetInt32());
        Assert.Equal(1, families["SU"].GetProperty("reported").GetInt32());
        Assert.Equal(0, families["SU"].GetProperty("correct").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("mustNotFlagHits").GetInt32());
    }

    [Fact]
    public void Eval_verbose_text_lists_false_alarms_and_misses()
    {
        using var folder = new TempFolder();
        var path = folder.Write("cases.jsonl", Cases.Replace("\"nobody\"", "\"Port\""));
        var result = Run("eval", path, "--verbose");
        Assert.Contains("must-not-flag hits: 1", result.Out);
        Assert.Contains("  t2 RH2001 \"the busiest harbor\" overlaps \"The port is the busiest harbor\"", result.Out);
        Assert.Contains("false alarms:\n  t2 SU RH2001 \"the busiest harbor\"", result.Out);
        Assert.Contains("misses:\n  t2 QS \"Port\" (absent)", result.Out);
    }

    [Fact]
    public void Eval_rejects_a_malformed_line_with_its_number()
    {
        using var folder = new TempFolder();
        var path = folder.Write("cases.jsonl", "{\"id\": \"t1\", \"format\": \"text\", \"text\": \"ok\", \"findings\": [], \"must_not_flag\": []}\n{not json\n");
        var result = Run("eval", path);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"rhetlint: {path}: line 2: not a valid case", result.Error);
    }

    [Fact]
    public void Eval_rejects_a_gold_span_missing_from_its_text()
    {
        using var folder = new TempFolder();
        var path = folder.Write("cases.jsonl", Cases);
        var result = Run("eval", path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("line 2: case t2: gold span \"nobody\" (occurrence 1) is not in the text", result.Error);
    }

    [Theory]
    [InlineData("{\"id\": \"t1\", \"format\": \"text\", \"text\": \"ok\", \"findings\": [{\"family\": \"QS\", \"span\": null, \"occurrence\": 1}], \"must_not_flag\": []}")]
    [InlineData("{\"id\": \"t1\", \"format\": \"text\", \"text\": \"ok\", \"findings\": [{\"family\": \"QS\", \"span\": \"ok\", \"occurrence\": 0}], \"must_not_flag\": []}")]
    [InlineData("{\"id\": \"t1\", \"format\": \"text\", \"text\": \"ok\", \"findings\": [], \"must_not_flag\": [null]}")]
    public void Eval_rejects_incomplete_gold_entries(string line)
    {
        using var folder = new TempFolder();
        var path = folder.Write("cases.jsonl", line + "\n");
        var result = Run("eval", path);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"rhetlint: {path}: line 1: case t1: ", result.Error);
    }

    [Fact]
    public void Eval_of_a_missing_file_exits_two()
    {
        var result = Run("eval", "/no/such/cases.jsonl");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("rhetlint: /no/such/cases.jsonl: no such file or directory", result.Error.Trim());
    }

    [Fact]
    public void Explain_rule_prints_the_rules_page_and_rejects_an_unknown_id()
    {
        var page = Run("explain-rule", "rh3002");
        Assert.Equal(0, page.ExitCode);
        Assert.StartsWith("# RH3002", page.Out);
        Assert.Contains("## Why is this bad?", page.Out);
        var unknown = Run("explain-rule", "RH9999");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("unknown rule id 'RH9999'", unknown.Error);
    }

    [Fact]
    public void Rules_as_json_give_each_rule_its_category_severity_pack_and_fixability()
    {
        var result = Run("rules", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var rules = json.RootElement.EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!);
        Assert.Equal(["id", "category", "severity", "enabled", "severityOnDraft", "title", "pack", "fixable", "helpUri", "options"], rules["RH2008"].EnumerateObject().Select(p => p.Name));
        Assert.Empty(rules["RH2008"].GetProperty("options").EnumerateArray());
        var window = Assert.Single(rules["RH2001"].GetProperty("options").EnumerateArray());
        Assert.Equal("rhetlint.RH2001.evidence_window", window.GetProperty("key").GetString());
        Assert.Equal("enum", window.GetProperty("type").GetString());
        Assert.Equal("next", window.GetProperty("default").GetString());
        Assert.Equal(["sentence", "next", "paragraph"], window.GetProperty("values").EnumerateArray().Select(v => v.GetString()));
        var minMoves = rules["RH1013"].GetProperty("options").EnumerateArray().First(o => o.GetProperty("name").GetString() == "min_moves");
        Assert.Equal(["name", "key", "type", "default", "description"], minMoves.EnumerateObject().Select(p => p.Name));
        Assert.True(rules["RH2008"].GetProperty("fixable").GetBoolean());
        Assert.False(rules["RH2001"].GetProperty("fixable").GetBoolean());
        Assert.Equal("Superlatives", rules["RH2001"].GetProperty("category").GetString());
        Assert.Equal("built-in", rules["RH3004"].GetProperty("pack").GetString());
        Assert.False(rules["RH3004"].GetProperty("enabled").GetBoolean());
    }
}
