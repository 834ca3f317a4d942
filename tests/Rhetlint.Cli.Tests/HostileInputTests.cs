using System.Text.Json.Nodes;
using static Rhetlint.Cli.Tests.CliRunner;

namespace Rhetlint.Cli.Tests;

/// <summary>
/// Input that used to crash or stall a whole run (issue 15; reliability.md #5, #6, #11, #12, #13, #14, #15, #25): the
/// file at fault gets one clear line and exit 2, or is analyzed; the other files are still reported; never exit 3.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private const string Plain = "Critics say the plan is the greatest.\n";
    private const string Superlative = "It is the greatest energy policy this country has ever seen.\n";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>A run with a generous guard against hanging: speed itself is measured in bench/, never here.</summary>
    private static CliResult RunGuarded(params string[] args)
    {
        var run = Task.Run(() => Run(args));
        Assert.True(run.Wait(TimeSpan.FromSeconds(120)), $"rhetlint {args[0]} did not finish within 120 s");
        return run.Result;
    }

    private static void AssertNoInternalError(CliResult result)
    {
        Assert.NotEqual(3, result.ExitCode);
        Assert.DoesNotContain("internal error", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Theory]
    [InlineData(0xFFFE)]
    [InlineData(0xFFFF)]
    [InlineData(0xFDD0)]
    [InlineData(0x1FFFE)]
    public void A_noncharacter_in_a_sentence_with_a_finding_is_analyzed_by_every_command(int codePoint)
    {
        var odd = _folder.Write("odd.md", $"Critics say {char.ConvertFromUtf32(codePoint)} the plan is the greatest.\n");
        var plain = _folder.Write("plain.md", Plain);

        var check = Run("check", "--no-cache", "--format", "json", odd, plain);
        AssertNoInternalError(check);
        Assert.Equal(0, check.ExitCode);
        Assert.Equal(2, JsonNode.Parse(check.Out)!["files"]!.AsArray().Count(f => f!["diagnostics"]!.AsArray().Count > 0));

        var fix = Run("fix", odd, plain);
        AssertNoInternalError(fix);
        Assert.InRange(fix.ExitCode, 0, 1);

        var explain = Run("explain", odd);
        AssertNoInternalError(explain);
        Assert.Equal(0, explain.ExitCode);

        var baseline = Run("baseline", "create", odd, plain, "--file", Path.Combine(_folder.Path, "bl.json"));
        AssertNoInternalError(baseline);
        Assert.Equal(0, baseline.ExitCode);
    }

    private static string DeepMarkdown(string kind) => kind switch
    {
        "block quotes" => new string('>', 128) + " Critics say so.\n",
        "list markers" => string.Concat(Enumerable.Repeat("- ", 64)) + "Critics say so.\n",
        "emphasis" => string.Concat(Enumerable.Repeat("*a **b ", 8000)) + "\n",
        "brackets" => new string('[', 20000) + "\n",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    [Theory]
    [InlineData("block quotes")]
    [InlineData("list markers")]
    [InlineData("emphasis")]
    [InlineData("brackets")]
    public void Markdown_nested_too_deeply_is_that_files_input_error_in_every_command(string kind)
    {
        var deep = _folder.Write("deep.md", DeepMarkdown(kind));
        var plain = _folder.Write("plain.md", Plain);
        var expected = $"rhetlint: {deep}: Markdown nested too deeply to read";

        var check = Run("check", "--no-cache", "--format", "concise", deep, plain);
        AssertNoInternalError(check);
        Assert.Equal(2, check.ExitCode);
        Assert.Single(check.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => line.StartsWith(expected, StringComparison.Ordinal));
        Assert.Contains($"{plain}(1,1)", check.Out);

        var fix = Run("fix", deep, plain);
        AssertNoInternalError(fix);
        Assert.Equal(2, fix.ExitCode);
        Assert.Contains(expected, fix.Error);
        Assert.Contains("1 file", fix.Error);

        var explain = Run("explain", deep);
        AssertNoInternalError(explain);
        Assert.Equal(2, explain.ExitCode);
        Assert.StartsWith(expected, explain.Error);

        var baseline = Run("baseline", "create", deep, plain, "--file", Path.Combine(_folder.Path, "bl.json"));
        AssertNoInternalError(baseline);
        Assert.Equal(2, baseline.ExitCode);
        Assert.Contains(expected, baseline.Error);
    }

    [Theory]
    [InlineData("storm.txt", "We saw the greatest plan, ", 20000, "RH2001")]
    [InlineData("quotes.txt", "\"Critics ", 40000, "RH0002")]
    [InlineData("quotes.md", "\u201cCritics ", 40000, "RH0002")]
    public void Thousands_of_findings_in_one_sentence_are_reported(string name, string piece, int count, string rule)
    {
        var draft = _folder.Write(name, string.Concat(Enumerable.Repeat(piece, count)) + "and stopped.\n");

        var result = RunGuarded("check", "--no-cache", "--format", "concise", "--fail-on", "none", draft);

        AssertNoInternalError(result);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains($" {rule}: ", result.Out);
    }

    [Fact]
    public void Nested_quotes_in_Markdown_parentheses_finish()
    {
        var draft = _folder.Write("nested.md", string.Concat(Enumerable.Repeat("(\"", 20000)) + "Critics say so." + string.Concat(Enumerable.Repeat("\")", 20000)) + "\n");

        var result = RunGuarded("check", "--no-cache", "--format", "concise", "--fail-on", "none", draft);

        AssertNoInternalError(result);
        Assert.Equal(0, result.ExitCode);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("2147483648")]
    [InlineData("1.5")]
    public void A_max_warnings_that_is_no_count_is_a_usage_error(string value)
    {
        var plain = _folder.Write("plain.md", Plain);

        var result = Run("check", "--no-cache", plain, "--max-warnings", value);

        AssertNoInternalError(result);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"rhetlint: --max-warnings must be a whole number from 0 to 2147483647, not '{value}'", result.Error);
    }

    [Fact]
    public void A_max_warnings_count_still_gates_the_run()
    {
        var plain = _folder.Write("plain.md", Plain);

        Assert.Equal(1, Run("check", "--no-cache", plain, "--max-warnings", "0").ExitCode);
        Assert.Equal(0, Run("check", "--no-cache", plain, "--max-warnings", "2147483647").ExitCode);
    }

    /// <summary>Ways a cache entry can be valid JSON yet wrong; each edits the entry's first finding or the entry itself.</summary>
    private static void Corrupt(JsonObject entry, string how, int textLength)
    {
        var finding = entry["Findings"]!.AsArray()[0]!.AsObject();
        var change = finding["Rewrites"]!.AsArray()[0]!["Changes"]!.AsArray()[0]!.AsObject();
        switch (how)
        {
            case "findings null": entry["Findings"] = null; break;
            case "suppressed missing": entry.Remove("Suppressed"); break;
            case "finding null": entry["Findings"]!.AsArray()[0] = null; break;
            case "id null": finding["Id"] = null; break;
            case "message null": finding["Message"] = null; break;
            case "start negative": finding["Start"] = -5; break;
            case "length negative": finding["Length"] = -5; break;
            case "start overflowing": finding["Start"] = int.MaxValue; break;
            case "severity undefined": finding["Severity"] = 99; break;
            case "rewrites null": finding["Rewrites"] = null; break;
            case "applicability undefined": finding["Rewrites"]!.AsArray()[0]!["Applicability"] = 9; break;
            case "change start negative": change["Start"] = -3; break;
            case "change outside the text": change["Start"] = textLength + 100000; break;
            case "change text null": change["Text"] = null; break;
            case "words negative": entry["Words"] = -1; break;
            default: throw new ArgumentOutOfRangeException(nameof(how));
        }
    }

    [Theory]
    [InlineData("findings null")]
    [InlineData("suppressed missing")]
    [InlineData("finding null")]
    [InlineData("id null")]
    [InlineData("message null")]
    [InlineData("start negative")]
    [InlineData("length negative")]
    [InlineData("start overflowing")]
    [InlineData("severity undefined")]
    [InlineData("rewrites null")]
    [InlineData("applicability undefined")]
    [InlineData("change start negative")]
    [InlineData("change outside the text")]
    [InlineData("change text null")]
    [InlineData("words negative")]
    public void A_cache_entry_that_is_valid_JSON_but_wrong_is_a_miss(string how)
    {
        var draft = _folder.Write("drafts/sup.md", Superlative);
        var plain = _folder.Write("drafts/plain.md", Plain);
        var cache = Path.Combine(_folder.Path, "cache");
        var fresh = Run("check", "--no-cache", "--format", "json", draft, plain);
        Run("check", "--cache-dir", cache, draft);
        var entryPath = Assert.Single(Directory.GetFiles(cache, "*.json"));
        var entry = JsonNode.Parse(File.ReadAllText(entryPath))!.AsObject();
        Corrupt(entry, how, Superlative.Length);
        File.WriteAllText(entryPath, entry.ToJsonString());

        var cached = Run("check", "--cache-dir", cache, "--format", "json", draft, plain);

        AssertNoInternalError(cached);
        Assert.Equal(fresh.ExitCode, cached.ExitCode);
        Assert.Equal(Findings(fresh.Out), Findings(cached.Out));
    }

    private static string Findings(string json) => JsonNode.Parse(json)!["files"]!.ToJsonString();

    [Theory]
    [InlineData("""{"version":1}""", "no \"files\" object")]
    [InlineData("""{"version":1,"files":null}""", "no \"files\" object")]
    [InlineData("""{"version":1,"files":{"a.md":null}}""", "the entry of \"a.md\" is not a list of findings")]
    [InlineData("""{"version":1,"files":{"a.md":[null]}}""", "the entry of \"a.md\" has a null finding")]
    public void A_baseline_of_the_right_shape_with_nulls_is_a_clear_input_error(string json, string problem)
    {
        var plain = _folder.Write("a.md", Plain);
        var baseline = _folder.Write("bl.json", json);
        var expected = $"rhetlint: {baseline}: not a Rhetlint baseline ({problem})";

        var check = Run("check", "--no-cache", "--baseline", baseline, plain);
        AssertNoInternalError(check);
        Assert.Equal(2, check.ExitCode);
        Assert.Equal(expected, check.Error.TrimEnd());

        var update = Run("baseline", "update", plain, "--file", baseline);
        AssertNoInternalError(update);
        Assert.Equal(2, update.ExitCode);
        Assert.Equal(expected, update.Error.TrimEnd());
    }
}
