using System.Text.Json;
using static Rhetlint.Cli.Tests.CliRunner;

namespace Rhetlint.Cli.Tests;

/// <summary>YAML rule packs from the command line: configured per folder, listed, explained and tested.</summary>
public class PackCommandTests
{
    private const string BannedWords = "id: HG101\nkind: existence\nmessage: \"'{match}' is hype\"\nseverity: error\nphrases: [bombshell]\nexamples:\n  flag: [A bombshell.]\n  pass: [A report.]\n";

    private static TempFolder Newsroom(string editorconfig = "root = true\n[*.md]\nrhetlint.packs = house\n")
    {
        var folder = new TempFolder();
        folder.Write(".editorconfig", editorconfig);
        folder.Write("house/pack.yaml", "name: house\ndescription: Our style.\n");
        folder.Write("house/hype.yaml", BannedWords);
        folder.Write("draft.md", "The audit was a bombshell for the Varn council.\n");
        return folder;
    }

    [Fact]
    public void Check_runs_the_packs_the_editorconfig_names_beside_the_built_in_rules()
    {
        using var folder = Newsroom();
        var result = Run("check", Path.Combine(folder.Path, "draft.md"));
        Assert.Contains("error HG101: 'bombshell' is hype", result.Out);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("rhetlint: failed: 1 finding at or above --fail-on error\n", result.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_folder_without_the_pack_in_its_config_does_not_run_it()
    {
        using var folder = Newsroom("root = true\n[opinion/*.md]\nrhetlint.packs = ./house\n");
        Assert.DoesNotContain("HG101", Run("check", Path.Combine(folder.Path, "draft.md")).Out);
        folder.Write("opinion/column.md", "The audit was a bombshell.\n");
        Assert.Contains("HG101", Run("check", Path.Combine(folder.Path, "opinion", "column.md")).Out);
    }

    [Fact]
    public void A_broken_rule_is_reported_with_its_position_and_the_rest_still_runs()
    {
        using var folder = Newsroom();
        folder.Write("house/broken.yaml", "id: HG102\nkind: existence\nmessage: m\nregex: '(unclosed'\nexamples:\n  flag: [x]\n  pass: [y]\n");
        var result = Run("check", Path.Combine(folder.Path, "draft.md"));
        Assert.Contains("HG101", result.Out);
        Assert.Contains($"{Path.Combine(folder.Path, "house", "broken.yaml")}(4,8): error: bad regular expression", result.Error);
        Assert.Equal(2, result.ExitCode);
    }

    [Theory]
    [InlineData("rhetlint_diagnostic.HG101.severity = suggestion", "suggestion HG101")]
    [InlineData("rhetlint_analyzer_diagnostic.category-HouseStyle.severity = warning", "warning HG101")]
    [InlineData("rhetlint_analyzer_diagnostic.category-HouseStyle.severity = none", null)]
    public void Pack_rules_are_configured_per_id_and_per_category_like_built_in_ones(string setting, string? expected)
    {
        using var folder = Newsroom($"root = true\n[*.md]\nrhetlint.packs = house\n{setting}\n");
        var output = Run("check", Path.Combine(folder.Path, "draft.md")).Out;
        if (expected is null) Assert.DoesNotContain("HG101", output);
        else Assert.Contains(expected, output);
    }

    [Fact]
    public void Select_and_ignore_take_pack_id_prefixes()
    {
        using var folder = Newsroom();
        var draft = Path.Combine(folder.Path, "draft.md");
        Assert.DoesNotContain("HG101", Run("check", draft, "--ignore", "HG").Out);
        var selected = Run("check", draft, "--select", "HG1");
        Assert.Contains("HG101", selected.Out);
        Assert.DoesNotContain("RH", selected.Out.Replace("rhetlint", ""));
    }

    [Fact]
    public void A_suppression_comment_may_name_a_pack_rule()
    {
        using var folder = Newsroom();
        var draft = folder.Write("draft.md", "<!-- rhetlint-ignore HG101 -- the headline desk approved it -->\nThe audit was a bombshell.\n");
        var result = Run("check", draft);
        Assert.DoesNotContain("HG101", result.Out);
        Assert.DoesNotContain("RH0004", result.Out);
    }

    [Fact]
    public void Rules_lists_pack_rules_with_their_pack()
    {
        using var folder = Newsroom();
        var result = Run("rules", Path.Combine(folder.Path, "draft.md"), "--format", "json");
        Assert.Equal(0, result.ExitCode);
        var rules = JsonDocument.Parse(result.Out).RootElement.EnumerateArray().ToList();
        var hype = rules.Single(r => r.GetProperty("id").GetString() == "HG101");
        Assert.Equal("house", hype.GetProperty("pack").GetString());
        Assert.Equal("HouseStyle", hype.GetProperty("category").GetString());
        Assert.Equal("error", hype.GetProperty("severity").GetString());
        Assert.Equal("built-in", rules.Single(r => r.GetProperty("id").GetString() == "RH3002").GetProperty("pack").GetString());
    }

    [Fact]
    public void Explain_rule_writes_a_pack_rules_page_from_its_file()
    {
        using var folder = Newsroom();
        var result = Run("explain-rule", "hg101", Path.Combine(folder.Path, "draft.md"));
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("# HG101: '…' is hype", result.Out);
        Assert.Contains("pack **house**", result.Out);
        Assert.Contains("- A bombshell.", result.Out);
    }

    [Fact]
    public void Test_pack_runs_the_examples_and_fails_on_a_wrong_one()
    {
        using var folder = Newsroom();
        var ok = Run("test-pack", Path.Combine(folder.Path, "house"));
        Assert.Equal(0, ok.ExitCode);
        Assert.EndsWith("2 passed, 0 failed", ok.Out.Trim());

        folder.Write("house/hype.yaml", BannedWords.Replace("pass: [A report.]", "pass: [Another bombshell.]"));
        var failing = Run("test-pack", Path.Combine(folder.Path, "house"));
        Assert.Equal(1, failing.ExitCode);
        Assert.Contains("FAIL HG101 pass example \"Another bombshell.\": expected no finding, got 'bombshell'", failing.Out);
        Assert.EndsWith("1 passed, 1 failed", failing.Out.Trim());
    }

    [Fact]
    public void Test_pack_knows_the_bundled_packs_and_the_sample_pack_passes()
    {
        var bundled = Run("test-pack", "wire-style");
        Assert.Equal(0, bundled.ExitCode);
        Assert.Contains("wire-style (rules/packs/wire-style): 3 rules", bundled.Out);
    }

    [Fact]
    public void Test_pack_on_a_missing_folder_is_an_input_error()
    {
        var result = Run("test-pack", "/nonexistent/pack");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no such pack folder", result.Error);
    }
}

/// <summary>
/// C# rule files in a pack run only when the person running Rhetlint allows them (--allow-code-rules or
/// RHETLINT_ALLOW_CODE_RULES), never because the checked folder's own .editorconfig says so.
/// </summary>
public class CodeRulePackTests
{
    private const string OptedInByTheFolder = "root = true\n[*.md]\nrhetlint.packs = house\nrhetlint.allow_code_rules = true\n";

    private static TempFolder PackWithCodeRule(string editorconfig = "root = true\n[*.md]\nrhetlint.packs = house\n")
    {
        var folder = new TempFolder();
        folder.Write(".editorconfig", editorconfig);
        folder.Write("house/pack.yaml", "name: house\n");
        var example = Path.Combine(AppContext.BaseDirectory, "examples", "ExclamationInReporting.rule.cs");
        folder.Write("house/ExclamationInReporting.rule.cs", File.ReadAllText(example));
        folder.Write("draft.md", "The vote passed!\n");
        return folder;
    }

    [Fact]
    public void Without_the_opt_in_a_code_rule_is_not_loaded_and_the_run_says_why()
    {
        using var folder = PackWithCodeRule();
        var result = Run("check", Path.Combine(folder.Path, "draft.md"));
        Assert.DoesNotContain("HOUSE101", result.Out);
        Assert.Contains("ExclamationInReporting.rule.cs(1,1): error: C# rule files run with your permissions and are loaded only with --allow-code-rules or RHETLINT_ALLOW_CODE_RULES=1", result.Error);
        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public void A_checked_folder_cannot_opt_in_to_code_rules_through_its_own_editorconfig()
    {
        using var folder = PackWithCodeRule(OptedInByTheFolder);
        var evil = "public sealed class Evil : RhetoricAnalyzer {\n"
            + "  public static readonly DiagnosticDescriptor D = new(\"EVIL1\", \"t\", \"m\", \"HouseStyle\", DiagnosticSeverity.Warning, true);\n"
            + "  public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [D];\n"
            + "  public override void Initialize(AnalysisContext c) { c.RegisterDocumentAction(_ => throw new InvalidOperationException(\"ran\")); } }\n";
        folder.Write("house/Evil.rule.cs", evil);

        var result = Run("check", Path.Combine(folder.Path, "draft.md"));

        Assert.DoesNotContain("HOUSE101", result.Out);
        Assert.DoesNotContain("EVIL1", result.Out);
        Assert.DoesNotContain("RH0005", result.Out);
        // The setting used to be the switch: say once per rule file what to do instead.
        Assert.Contains("Evil.rule.cs(1,1): error: C# rule files run with your permissions and are loaded only with --allow-code-rules or RHETLINT_ALLOW_CODE_RULES=1 (rhetlint.allow_code_rules in an .editorconfig no longer allows them)", result.Error);
        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public void With_the_allow_code_rules_flag_the_jit_build_compiles_and_runs_it()
    {
        using var folder = PackWithCodeRule();
        var result = Run("check", "--allow-code-rules", Path.Combine(folder.Path, "draft.md"));
        Assert.Contains("warning HOUSE101", result.Out);
        Assert.Equal("", result.Error);
        Assert.Equal(0, result.ExitCode);
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("true", true)]
    [InlineData("0", false)]
    [InlineData("", false)]
    public void The_environment_variable_allows_code_rules_too(string value, bool allowed)
    {
        using var folder = PackWithCodeRule();
        var result = RunWithEnvironment(new() { ["RHETLINT_ALLOW_CODE_RULES"] = value }, "check", Path.Combine(folder.Path, "draft.md"));
        Assert.Equal(allowed, result.Out.Contains("warning HOUSE101"));
        Assert.Equal(allowed ? 0 : 2, result.ExitCode);
    }

    [Fact]
    public void Fix_and_rules_take_the_flag_as_well()
    {
        using var folder = PackWithCodeRule();
        Assert.Contains("HOUSE101", Run("rules", "--allow-code-rules", Path.Combine(folder.Path, "draft.md")).Out);
        Assert.DoesNotContain("HOUSE101", Run("rules", Path.Combine(folder.Path, "draft.md")).Out);
        var fix = Run("fix", "--allow-code-rules", Path.Combine(folder.Path, "draft.md"));
        Assert.Contains("+The vote passed.", fix.Out);
        Assert.Equal(1, fix.ExitCode);
    }
}
