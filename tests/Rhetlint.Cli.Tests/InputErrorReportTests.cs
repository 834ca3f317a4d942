using static Rhetlint.Cli.Tests.CliRunner;

namespace Rhetlint.Cli.Tests;

/// <summary>After an input error with nothing found, the errors are the whole report: no "No findings" line.</summary>
public sealed class InputErrorReportTests : IDisposable
{
    private const string VagueSource = "One columnist noted that the port \"has never been cheaper to run.\"\n";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_missing_file_is_reported_alone_without_a_no_findings_line()
    {
        var missing = Path.Combine(_folder.Path, "nope.md");
        foreach (var format in new[] { "text", "concise", "github" })
        {
            var result = Run("check", missing, "--format", format);
            Assert.Equal(2, result.ExitCode);
            Assert.Equal("", result.Out);
            Assert.Equal($"rhetlint: {missing}: no such file or directory\n", result.Error.ReplaceLineEndings("\n"));
        }
    }

    [Fact]
    public void A_setting_error_is_reported_alone_without_a_no_findings_line()
    {
        var draft = _folder.Write("draft.md", "The ferry left at noon.\n");
        _folder.Write(".editorconfig", "root = true\n[*.md]\nrhetlint.RH2001.evidence_windw = paragraph\n");
        var result = Run("check", draft);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Contains("evidence_windw", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("No findings", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_in_the_files_that_were_read_are_still_reported_beside_an_input_error()
    {
        var draft = _folder.Write("draft.txt", VagueSource);
        var result = Run("check", draft, Path.Combine(_folder.Path, "nope.md"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("1 warning in 1 file (1 checked).", result.Out, StringComparison.Ordinal);
    }
}
