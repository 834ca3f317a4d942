using static Rhetlint.Cli.Tests.CliRunner;

namespace Rhetlint.Cli.Tests;

/// <summary>
/// A rule selector or a setting that names nothing is an error (exit 2, one line), as in Ruff, rather than a run
/// that silently turns every rule off or ignores the setting.
/// </summary>
public sealed class ConfigValidationTests : IDisposable
{
    private const string Superlative = "It is the greatest energy policy this country has ever seen.\n";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private void HousePack(string extraSettings = "")
    {
        _folder.Write(".editorconfig", "root = true\n[*.md]\nrhetlint.packs = house\n" + extraSettings);
        _folder.Write("house/pack.yaml", "name: house\n");
        _folder.Write("house/spelling.yaml",
            "id: HP101\nkind: substitution\nmessage: \"Write '{replacement}'\"\nvoice: writer\napplicability: safe\nswap:\n  harbour: harbor\n"
            + "examples:\n  flag: ['The [[harbour]] closed.']\n  pass: [The harbor closed.]\n");
    }

    [Theory]
    [InlineData("--select", "NOPE123")]
    [InlineData("--ignore", "NOPE123")]
    [InlineData("--select", "HP2")]
    public void A_selector_that_matches_no_rule_is_a_usage_error(string option, string prefix)
    {
        HousePack();
        var draft = _folder.Write("a.md", Superlative);

        var result = Run("check", draft, option, prefix);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{option} {prefix}: no rule id starts with it", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public void Fix_refuses_a_selector_that_matches_no_rule_and_an_unknown_rule_id()
    {
        var draft = _folder.Write("a.md", Superlative);
        Assert.Equal(2, Run("fix", draft, "--select", "NOPE123").ExitCode);

        _folder.Write(".editorconfig", "root = true\n[*.md]\nrhetlint_diagnostic.RH9999.severity = error\n");
        var result = Run("fix", draft);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown rule id 'rh9999'", result.Error, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Theory]
    [InlineData("create")]
    [InlineData("update")]
    public void Baseline_refuses_a_selector_that_matches_no_rule_and_writes_nothing(string verb)
    {
        HousePack();
        var draft = _folder.Write("a.md", Superlative);
        var file = Path.Combine(_folder.Path, "base.json");
        if (verb == "update") Assert.Equal(0, Run("baseline", "create", draft, "--file", file).ExitCode);
        var before = File.Exists(file) ? File.ReadAllText(file) : null;

        var result = Run("baseline", verb, draft, "--file", file, "--select", "HP2");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--select HP2: no rule id starts with it", result.Error);
        Assert.Equal(before, File.Exists(file) ? File.ReadAllText(file) : null);
    }

    [Fact]
    public void A_selector_for_a_pack_rule_is_accepted()
    {
        HousePack();
        var draft = _folder.Write("a.md", "The harbour closed.\n");

        var result = Run("check", draft, "--select", "HP1", "--fail-on", "none");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("HP101", result.Out);
    }

    [Theory]
    [InlineData("rhetlint.profle = opinion", "unknown setting 'rhetlint.profle'")]
    [InlineData("rhetlint_diagnostic.RH2001.severty = error", "unknown setting 'rhetlint_diagnostic.rh2001.severty'")]
    [InlineData("rhetlint_diagnostic.RH9999.severity = error", "unknown rule id 'rh9999'")]
    [InlineData("rhetlint.RH9999.max_words = 3", "unknown rule id 'rh9999'")]
    public void An_unknown_setting_or_rule_id_in_editorconfig_is_an_error_naming_it(string setting, string expected)
    {
        var config = _folder.Write(".editorconfig", $"root = true\n[*.md]\n{setting}\n");
        var draft = _folder.Write("a.md", Superlative);

        var check = Run("check", draft);
        Assert.Equal(2, check.ExitCode);
        Assert.Contains(expected, check.Error + check.Out, StringComparison.OrdinalIgnoreCase);

        var show = Run("config", "show", draft);
        Assert.Equal(2, show.ExitCode);
        Assert.Contains(expected, show.Error, StringComparison.OrdinalIgnoreCase);
        if (expected.StartsWith("unknown setting", StringComparison.Ordinal)) Assert.Contains(config, show.Error);
    }

    [Fact]
    public void Settings_for_a_pack_rule_are_accepted_where_the_pack_applies()
    {
        HousePack("rhetlint_diagnostic.HP101.severity = error\n");
        var draft = _folder.Write("a.md", "The harbour closed.\n");

        var result = Run("check", draft);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error HP101", result.Out);
        Assert.Equal(0, Run("config", "show", draft).ExitCode);
    }
}
