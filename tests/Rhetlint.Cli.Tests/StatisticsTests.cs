using static Rhetlint.Cli.Tests.CliRunner;

namespace Rhetlint.Cli.Tests;

/// <summary><c>check --statistics</c>: findings counted per rule, most frequent first, in text and JSON.</summary>
public sealed class StatisticsTests : IDisposable
{
    private const string Draft =
        "One columnist noted that the port \"has never been cheaper to run.\"\n\n"
        + "One analyst noted that the ferry \"will never be late again.\"\n\n"
        + "It is the greatest energy policy this country has ever seen.\n";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Text_lists_count_id_and_name_per_rule_most_frequent_first_then_the_summary()
    {
        var path = _folder.Write("draft.txt", Draft);

        var result = Run("check", path, "--statistics");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.ReplaceLineEndings("\n").Split('\n');
        Assert.Matches(@"^2  RH3002  \S", lines[0]);
        Assert.Matches(@"^1  RH2001  \S", lines[1]);
        Assert.Equal("3 warnings in 1 file (1 checked).", lines[2]);
        Assert.Equal("", lines[3]);
    }

    [Fact]
    public void Json_is_an_array_of_id_name_and_count()
    {
        var path = _folder.Write("draft.txt", Draft);

        var result = Run("check", path, "--statistics", "--format", "json");

        using var json = System.Text.Json.JsonDocument.Parse(result.Out);
        var rows = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(["RH3002", "RH2001"], rows.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal([2, 1], rows.Select(r => r.GetProperty("count").GetInt32()));
        Assert.All(rows, r => Assert.False(string.IsNullOrEmpty(r.GetProperty("name").GetString())));
        var text = Run("check", path, "--statistics").Out;
        Assert.Contains($"RH2001  {rows[1].GetProperty("name").GetString()}\n", text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Statistics_with_another_format_is_a_usage_error()
    {
        var path = _folder.Write("draft.txt", Draft);
        var result = Run("check", path, "--statistics", "--format", "sarif");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("rhetlint: --statistics prints text or json, not --format sarif\n", result.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void The_rule_id_is_bold_when_coloured()
    {
        var path = _folder.Write("draft.txt", Draft);
        Assert.StartsWith("2  \u001b[1mRH3002\u001b[0m  ", Run("check", path, "--statistics", "--color", "always").Out, StringComparison.Ordinal);
    }
}
