using System.Diagnostics;
using System.Text.Json;
using static Rhetlint.Cli.Tests.CliRunner;

namespace Rhetlint.Cli.Tests;

/// <summary>
/// Line numbers count CR, LF and CRLF only, as git, GitHub and the language server do: U+2028, U+2029 and U+0085 are
/// not line breaks, in any report or in <c>--changed-since</c>.
/// </summary>
public sealed class LineNumberTests : IDisposable
{
    private const string Superlative = "Critics say the plan is the greatest.";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("\u2028")]
    [InlineData("\u2029")]
    [InlineData("\u0085")]
    public void Unicode_line_separators_do_not_start_a_line_in_any_report(string separator)
    {
        var draft = _folder.Write("u.md", "Intro." + separator + Superlative + "\n");

        var concise = Run("check", "--format", "concise", draft);
        Assert.Contains($"{draft}(1,8): ", concise.Out);
        Assert.DoesNotContain($"{draft}(2,", concise.Out);

        using var json = JsonDocument.Parse(Run("check", "--format", "json", draft).Out);
        var diagnostics = json.RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal(1, d.GetProperty("line").GetInt32()));

        using var sarif = JsonDocument.Parse(Run("check", "--format", "sarif", draft).Out);
        var regions = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region")).ToList();
        Assert.NotEmpty(regions);
        Assert.All(regions, r => Assert.Equal(1, r.GetProperty("startLine").GetInt32()));

        var github = Run("check", "--format", "github", draft).Out;
        Assert.Contains(",line=1,", github);
        Assert.DoesNotContain(",line=2,", github);

        var text = Run("check", draft).Out.Split('\n');
        // The excerpt under the headline is the whole (single) line, with the caret under the finding.
        Assert.Contains(text, l => l.StartsWith("    Intro.", StringComparison.Ordinal));
    }

    private void Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = _folder.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, process.StandardError.ReadToEnd());
    }

    [Fact]
    public void Changed_since_finds_a_change_on_the_line_after_a_unicode_line_separator()
    {
        Git("init", "-q");
        Git("config", "user.email", "desk@harbor.example");
        Git("config", "user.name", "Desk");
        var draft = _folder.Write("b.md", "The weather\u2028was mild.\nThe ferry ran.\n");
        Git("add", ".");
        Git("commit", "-q", "-m", "first draft");
        File.WriteAllText(draft, "The weather\u2028was mild.\n" + Superlative + "\n");

        var result = Run("check", "--format", "concise", "--changed-since", "HEAD", draft);

        Assert.Contains("b.md(2,", result.Out);
    }
}
