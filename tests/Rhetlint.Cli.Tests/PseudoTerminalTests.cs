using System.Diagnostics;

namespace Rhetlint.Cli.Tests;

/// <summary>
/// The real executable on a pseudo-terminal (util-linux <c>script</c>), as a person runs it: the in-process tests
/// pretend to be a terminal, this one checks that <see cref="Program.Main"/> finds one, colours the report and
/// draws the progress line. Skipped where there is no <c>script</c> (not Linux).
/// </summary>
public sealed class PseudoTerminalTests : IDisposable
{
    private const string Warning = "\u001b[1;33mwarning\u001b[0m";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    internal static string? Script() =>
        OperatingSystem.IsLinux() ? new[] { "/usr/bin/script", "/bin/script" }.FirstOrDefault(File.Exists) : null;

    /// <summary>What the terminal receives (standard output and standard error together) from a run in <c>script</c>.</summary>
    private static string OnPseudoTerminal(string script, string folder, Dictionary<string, string> environment, params string[] args)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "rhetlint.dll");
        var command = string.Join(" ", new[] { "dotnet", cli }.Concat(args).Append(folder).Select(Quote));
        var start = new ProcessStartInfo(script) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var argument in new[] { "-qec", command, "/dev/null" }) start.ArgumentList.Add(argument);
        foreach (var name in new[] { "NO_COLOR", "FORCE_COLOR", "CI" }) start.Environment.Remove(name);
        start.Environment["TERM"] = "xterm-256color";
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var terminal = process.StandardOutput.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), "the CLI did not finish on the pseudo-terminal");
        return terminal.Result;
    }

    private static string Quote(string argument) => "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private string Drafts()
    {
        _folder.Write("drafts/column.txt", "One columnist noted that the port \"has never been cheaper to run.\"\n");
        for (var i = 0; i < 60; i++) _folder.Write($"drafts/note{i:00}.txt", "The ferry left at noon.\n");
        return Path.Combine(_folder.Path, "drafts");
    }

    [PseudoTerminalFact]
    public void A_terminal_gets_colour_and_the_progress_line_and_no_color_or_color_never_remove_only_the_colour()
    {
        var script = Script()!;
        var drafts = Drafts();

        var coloured = OnPseudoTerminal(script, drafts, [], "check", "--no-cache");
        Assert.Contains(Warning + " \u001b[1mRH3002\u001b[0m", coloured, StringComparison.Ordinal);
        Assert.Contains("\rchecked ", coloured, StringComparison.Ordinal);
        Assert.Contains("checked 61 of 61 files (0 from cache)\r\u001b[2K", coloured, StringComparison.Ordinal);

        var noColor = OnPseudoTerminal(script, drafts, new() { ["NO_COLOR"] = "1" }, "check", "--no-cache");
        Assert.Contains("warning RH3002: ", noColor);
        Assert.DoesNotContain("\u001b[0m", noColor, StringComparison.Ordinal);
        Assert.Contains("checked 61 of 61 files (0 from cache)\r\u001b[2K", noColor, StringComparison.Ordinal);

        var never = OnPseudoTerminal(script, drafts, [], "check", "--no-cache", "--color", "never");
        Assert.Contains("warning RH3002: ", never);
        Assert.DoesNotContain("\u001b[0m", never, StringComparison.Ordinal);
    }
}

public sealed class PseudoTerminalFactAttribute : FactAttribute
{
    public PseudoTerminalFactAttribute()
    {
        if (PseudoTerminalTests.Script() is null) Skip = "no util-linux 'script' to open a pseudo-terminal with (Linux only)";
    }
}
