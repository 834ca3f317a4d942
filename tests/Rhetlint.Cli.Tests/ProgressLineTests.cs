using static Rhetlint.Cli.Tests.CliRunner;

namespace Rhetlint.Cli.Tests;

public sealed class ProgressLineTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_line_is_redrawn_in_place_and_cleared_at_the_end()
    {
        var error = new StringWriter();
        var progress = new ProgressLine(error, total: 3, analyzed: () => 1);
        progress.Update(1);
        progress.Update(3);
        progress.Finish();
        Assert.Equal("\rchecked 1 of 3 files (0 from cache)\rchecked 3 of 3 files (2 from cache)\r\u001b[2K", error.ToString());
    }

    private static Dictionary<string, string?> Terminal(params (string Name, string Value)[] set)
    {
        var environment = new Dictionary<string, string?> { ["TERM"] = "xterm-256color", ["CI"] = "", ["NO_COLOR"] = "1" };
        foreach (var (name, value) in set) environment[name] = value;
        return environment;
    }

    private string Drafts(int count)
    {
        for (var i = 0; i < count; i++) _folder.Write($"drafts/note{i:00}.txt", "The ferry left at noon.\n");
        return Path.Combine(_folder.Path, "drafts");
    }

    [Fact]
    public void A_run_of_fifty_files_on_a_terminal_shows_progress_on_stderr_and_erases_it_before_the_report()
    {
        var result = RunOnTerminal(Terminal(), "check", "--no-cache", Drafts(50));

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("\rchecked ", result.Error, StringComparison.Ordinal);
        Assert.EndsWith("\rchecked 50 of 50 files (0 from cache)\r\u001b[2K", result.Error, StringComparison.Ordinal);
        Assert.Equal("No findings in 50 files.", result.Out.Split('\n')[0]);
    }

    [Fact]
    public void Short_runs_show_no_progress() =>
        Assert.Equal("", RunOnTerminal(Terminal(), "check", "--no-cache", Drafts(49)).Error);

    [Theory]
    [InlineData("CI", "true")]
    [InlineData("TERM", "dumb")]
    public void No_progress_under_ci_or_on_a_dumb_terminal(string variable, string value) =>
        Assert.Equal("", RunOnTerminal(Terminal((variable, value)), "check", "--no-cache", Drafts(50)).Error);

    [Fact]
    public void No_progress_when_stderr_is_not_a_terminal() =>
        Assert.Equal("", RunWithEnvironment(Terminal(), "check", "--no-cache", Drafts(50)).Error);
}
