using static Rhetlint.Cli.Tests.CliRunner;

namespace Rhetlint.Cli.Tests;

public class ConfigCommandTests
{
    [Fact]
    public void Show_lists_each_setting_with_the_file_it_comes_from()
    {
        using var folder = new TempFolder();
        var outer = folder.Write(".editorconfig", "root = true\n[*.md]\nrhetlint_diagnostic.RH2001.severity = error\n");
        var inner = folder.Write("opinion/.editorconfig", "[*.md]\nrhetlint.profile = opinion\nrhetlint_diagnostic.RH2001.severity = none\n");
        var draft = System.IO.Path.Combine(folder.Path, "opinion", "column.md");

        var result = Run("config", "show", draft);

        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Trim().Split('\n').Select(l => l.Trim()).ToArray();
        Assert.Equal($"{draft}: profile opinion", lines[0]);
        Assert.Contains($"rhetlint.profile = opinion    # {inner}", lines);
        Assert.Contains($"rhetlint_diagnostic.rh2001.severity = none    # {inner}", lines);
        Assert.DoesNotContain(lines, l => l.EndsWith(outer, StringComparison.Ordinal));
    }

    [Fact]
    public void Show_says_when_nothing_applies_and_rejects_a_bad_value()
    {
        using var folder = new TempFolder();
        folder.Write(".editorconfig", "root = true\n[*.txt]\nrhetlint.profile = blog\n");
        Assert.Contains("no .editorconfig setting for Rhetlint applies", Run("config", "show", System.IO.Path.Combine(folder.Path, "draft.md")).Out);
        var bad = Run("config", "show", System.IO.Path.Combine(folder.Path, "draft.txt"));
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("rhetlint.profile = blog", bad.Error);
    }

    [Fact]
    public void Show_lists_rule_options_and_lexicon_files_and_checks_option_keys()
    {
        using var folder = new TempFolder();
        var config = folder.Write(".editorconfig", "root = true\n[*.md]\nrhetlint.RH1013.min_moves = 2\nrhetlint.vocabulary = style/accept.txt\n");
        folder.Write("style/accept.txt", "Greatest Story Company\n");
        var draft = System.IO.Path.Combine(folder.Path, "draft.md");

        var lines = Run("config", "show", draft).Out.Split('\n').Select(l => l.Trim()).ToArray();
        Assert.Contains($"rhetlint.rh1013.min_moves = 2    # {config}", lines);
        Assert.Contains($"rhetlint.vocabulary = style/accept.txt    # {config}", lines);

        folder.Write(".editorconfig", "root = true\n[*.md]\nrhetlint.RH1013.max_moves = 2\n");
        var bad = Run("config", "show", draft);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("RH1013 has no option 'max_moves' (RH1013 options: min_findings", bad.Error);
    }
}
