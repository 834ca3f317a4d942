using static Rhetlint.Cli.Tests.CliRunner;

namespace Rhetlint.Cli.Tests;

/// <summary>Colour by severity in the text and concise reports, and when it is used: --color, NO_COLOR, FORCE_COLOR, TERM, a terminal.</summary>
public sealed class ColourTests : IDisposable
{
    private const string VagueSource = "Harbor fees rose again.\n\nOne columnist noted that the port \"has never been cheaper to run.\"\n";
    private const string Warning = "\u001b[1;33mwarning\u001b[0m";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>A terminal with none of the colour variables set, whatever the test process has.</summary>
    private static Dictionary<string, string?> PlainTerminal(params (string Name, string Value)[] set)
    {
        var environment = new Dictionary<string, string?> { ["NO_COLOR"] = "", ["FORCE_COLOR"] = "", ["TERM"] = "xterm-256color", ["CI"] = "" };
        foreach (var (name, value) in set) environment[name] = value;
        return environment;
    }

    [Fact]
    public void Text_report_colours_the_severity_and_styles_location_rule_id_underline_and_labels()
    {
        var path = _folder.Write("draft.txt", VagueSource);

        var lines = Run("check", path, "--color", "always").Out.Split('\n');

        Assert.Equal($"\u001b[1m{path}(3,1)\u001b[0m: {Warning} \u001b[1mRH3002\u001b[0m: 'One columnist noted' does not identify the source; "
            + "name who said it, or say why they cannot be named", lines[0]);
        Assert.Equal("    One columnist noted that the port \"has never been cheaper to run.\"", lines[1]);
        Assert.Equal("    \u001b[33m^^^^^^^^^^^^^^^^^^^\u001b[0m", lines[2]);
        Assert.Equal("    \u001b[36m= suggestion:\u001b[0m Name the source and their role: [Name], a columnist at [organization],", lines[3]);
        Assert.Equal("1 warning in 1 file (1 checked).", lines[4]);
    }

    [Fact]
    public void Errors_are_red_and_suggestions_cyan()
    {
        var path = _folder.Write("draft.txt", "Sources say the mayor lied.\n");
        _folder.Write(".editorconfig", "root = true\n[*.txt]\nrhetlint_diagnostic.RH3009.severity = suggestion\n");
        var asSuggestion = Run("check", path, "--color", "always", "--format", "concise").Out;
        Assert.Contains(": \u001b[1;36msuggestion\u001b[0m \u001b[1mRH3009\u001b[0m: ", asSuggestion, StringComparison.Ordinal);

        _folder.Write(".editorconfig", "root = true\n[*.txt]\nrhetlint_diagnostic.RH3009.severity = error\n");
        var asError = Run("check", path, "--color", "always", "--format", "concise").Out;
        Assert.Contains(": \u001b[1;31merror\u001b[0m \u001b[1mRH3009\u001b[0m: ", asError, StringComparison.Ordinal);
    }

    [Fact]
    public void Auto_colours_a_terminal_only()
    {
        var path = _folder.Write("draft.txt", VagueSource);
        Assert.Contains(Warning, RunOnTerminal(PlainTerminal(), "check", path).Out, StringComparison.Ordinal);
        Assert.Contains(Warning, RunOnTerminal(PlainTerminal(), "check", path, "--color", "auto").Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", RunWithEnvironment(PlainTerminal(), "check", path).Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NO_COLOR", "1")]
    [InlineData("NO_COLOR", "0")]
    [InlineData("TERM", "dumb")]
    public void No_color_and_a_dumb_terminal_turn_auto_colour_off(string variable, string value)
    {
        var path = _folder.Write("draft.txt", VagueSource);
        var result = RunOnTerminal(PlainTerminal((variable, value)), "check", path);
        Assert.StartsWith($"{path}(3,1): warning RH3002: ", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Color_never_beats_a_terminal_and_always_beats_no_color()
    {
        var path = _folder.Write("draft.txt", VagueSource);
        Assert.DoesNotContain("\u001b", RunOnTerminal(PlainTerminal(), "check", path, "--color", "never").Out, StringComparison.Ordinal);
        Assert.Contains(Warning, RunOnTerminal(PlainTerminal(("NO_COLOR", "1")), "check", path, "--color", "always").Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("true", true)]
    [InlineData("0", false)]
    [InlineData("false", false)]
    public void Force_color_colours_a_pipe_unless_no_color_is_set(string force, bool coloured)
    {
        var path = _folder.Write("draft.txt", VagueSource);
        var piped = RunWithEnvironment(PlainTerminal(("FORCE_COLOR", force)), "check", path).Out;
        Assert.Equal(coloured, piped.Contains(Warning, StringComparison.Ordinal));
        Assert.DoesNotContain("\u001b", RunWithEnvironment(PlainTerminal(("FORCE_COLOR", force), ("NO_COLOR", "1")), "check", path).Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("github")]
    [InlineData("junit")]
    [InlineData("checkstyle")]
    [InlineData("html")]
    public void Machine_formats_are_never_coloured(string format)
    {
        var path = _folder.Write("draft.txt", VagueSource);
        var result = Run("check", path, "--format", format, "--color", "always");
        Assert.Contains("RH3002", result.Out);
        Assert.DoesNotContain("\u001b[", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_written_to_a_file_is_not_coloured()
    {
        var path = _folder.Write("draft.txt", VagueSource);
        var report = Path.Combine(_folder.Path, "report.txt");
        Run("check", path, "--color", "always", "--output", report);
        Assert.StartsWith($"{path}(3,1): warning RH3002: ", File.ReadAllText(report), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_color_choice_is_a_usage_error()
    {
        var path = _folder.Write("draft.txt", VagueSource);
        var result = Run("check", path, "--color", "sometimes");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'sometimes' not recognized", result.Error);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void Fix_colours_its_diff_as_git_does_and_its_review_by_severity()
    {
        _folder.WriteHouseAndWireStylePacks();
        var path = _folder.Write("draft.md", "The harbour closed.\n");

        var diff = Run("fix", "--diff", path, "--color", "always").Out.Split('\n');
        Assert.StartsWith("\u001b[1m--- a/", diff[0], StringComparison.Ordinal);
        Assert.StartsWith("\u001b[1m+++ b/", diff[1], StringComparison.Ordinal);
        Assert.Equal("\u001b[36m@@ -1 +1 @@\u001b[0m", diff[2]);
        Assert.Equal("\u001b[31m-The harbour closed.\u001b[0m", diff[3]);
        Assert.Equal("\u001b[32m+The harbor closed.\u001b[0m", diff[4]);
        Assert.DoesNotContain("\u001b", Run("fix", "--diff", path).Out, StringComparison.Ordinal);

        var review = RunWithInput("s\n", "fix", "--interactive", path, "--color", "always").Out;
        Assert.Contains($": {Warning} \u001b[1mHP101\u001b[0m: ", review, StringComparison.Ordinal);
        Assert.Contains("    \u001b[31m- The harbour closed.\u001b[0m\n    \u001b[32m+ The harbor closed.\u001b[0m\n", review.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_colours_each_finding_by_severity_and_escapes_the_drafts_control_characters()
    {
        var path = _folder.Write("draft.txt", "Harbor fees rose \u001b[2J again.\n\nOne columnist noted that the port \"has never been cheaper to run.\"\n");

        var output = Run("explain", path, "--color", "always").Out;

        Assert.Contains($"  finding   \u001b[1mRH3002\u001b[0m {Warning} (3:1) One columnist noted: ", output, StringComparison.Ordinal);
        Assert.Contains("Harbor fees rose \\x1b[2J again.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[2J", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", RunWithEnvironment(PlainTerminal(), "explain", path).Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_colour_the_severity_a_rule_has_on_the_draft()
    {
        var lines = RunOnTerminal(PlainTerminal(), "rules").Out.Split('\n');

        Assert.Contains($"\u001b[1mRH1004  \u001b[0m ThreatInflation  {Warning}    warning    built-in     Hostile intent attributed without evidence", lines);
        Assert.Contains(lines, l => l.StartsWith("\u001b[1mRH3004  \u001b[0m Sourcing         off        off        built-in ", StringComparison.Ordinal));
        Assert.DoesNotContain("\u001b", RunOnTerminal(PlainTerminal(("NO_COLOR", "1")), "rules").Out, StringComparison.Ordinal);
    }
}
