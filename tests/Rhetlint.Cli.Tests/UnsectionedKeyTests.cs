using static Rhetlint.Cli.Tests.CliRunner;

namespace Rhetlint.Cli.Tests;

/// <summary>
/// Rhetlint keys before an .editorconfig's first [glob] header apply to no file: the run says so once per file, with
/// the file and line, rather than ignoring them without a word.
/// </summary>
public sealed class UnsectionedKeyTests : IDisposable
{
    private const string Superlative = "It is the greatest energy policy this country has ever seen.\n";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Warning(int line, string key, string more = "") =>
        $"rhetlint: {Path.Combine(_folder.Path, ".editorconfig")}({line}): warning: '{key}' is outside any [glob] section, where it applies to no file{more}; "
        + "put it under a section header such as [*.{md,markdown,txt}]\n";

    [Fact]
    public void A_key_appended_to_a_file_without_sections_is_named_once_for_all_the_drafts_it_misses()
    {
        _folder.Write(".editorconfig", "root = true\nrhetlint_diagnostic.RH2001.severity = none\n");
        var first = _folder.Write("a.md", Superlative);
        var second = _folder.Write("b.md", Superlative);

        var result = Run("check", "--no-cache", first, second);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("RH2001", result.Out, StringComparison.Ordinal);
        Assert.Equal(Warning(2, "rhetlint_diagnostic.RH2001.severity"), result.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Several_misplaced_keys_give_one_line_that_counts_the_others()
    {
        _folder.Write(".editorconfig", "# house settings\nrhetlint.profile = opinion\n\nrhetlint.packs: house\nrhetlint.page_furniture = check\n[*.md]\nrhetlint.RH2001.evidence_window = paragraph\n");
        var draft = _folder.Write("a.md", Superlative);

        var result = Run("config", "show", draft);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Warning(2, "rhetlint.profile", " (and 2 more Rhetlint keys above the first section)"), result.Error.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("root = true\nrhetlint.exclude = drafts/old/\n[*.md]\nrhetlint.profile = opinion\n")]
    [InlineData("root = true\n[*.md]\nrhetlint.profile = opinion\n")]
    [InlineData("is_global = true\nrhetlint.profile = opinion\n")]
    public void Keys_that_belong_before_the_first_section_or_a_global_config_give_no_warning(string editorConfig)
    {
        _folder.Write(".editorconfig", editorConfig);
        var draft = _folder.Write("a.md", Superlative);

        foreach (var command in new[] { new[] { "check", "--no-cache", draft }, ["fix", "--diff", draft], ["explain", draft], ["config", "show", draft] })
            Assert.DoesNotContain("warning", Run(command).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Fix_explain_and_baseline_warn_as_check_does()
    {
        _folder.Write(".editorconfig", "rhetlint.profile = opinion\n");
        var draft = _folder.Write("a.md", Superlative);

        Assert.Contains(Warning(1, "rhetlint.profile"), Run("fix", "--diff", draft).Error.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains(Warning(1, "rhetlint.profile"), Run("explain", draft).Error.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains(Warning(1, "rhetlint.profile"),
            Run("baseline", "create", draft, "--file", Path.Combine(_folder.Path, "b.json")).Error.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }
}
