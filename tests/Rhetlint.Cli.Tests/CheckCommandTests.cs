using System.Text;
using static Rhetlint.Cli.Tests.CliRunner;

namespace Rhetlint.Cli.Tests;

public class CheckCommandTests
{
    private const string VagueSource = "Harbor fees rose again.\n\nOne columnist noted that the port \"has never been cheaper to run.\"\n";

    [Fact]
    public void Text_output_is_compiler_style_with_excerpt_caret_rewrite_and_summary()
    {
        using var folder = new TempFolder();
        var path = folder.Write("draft.txt", VagueSource);

        var result = Run("check", path);

        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split('\n');
        Assert.Equal($"{path}(3,1): warning RH3002: 'One columnist noted' does not identify the source; name who said it, or say why they cannot be named", lines[0]);
        Assert.Equal("    One columnist noted that the port \"has never been cheaper to run.\"", lines[1]);
        Assert.Equal("    ^^^^^^^^^^^^^^^^^^^", lines[2]);
        Assert.Equal("    = suggestion: Name the source and their role: [Name], a columnist at [organization],", lines[3]);
        Assert.Equal("1 warning in 1 file (1 checked).", lines[4]);
    }

    [Fact]
    public void A_rewrite_fix_can_apply_shows_the_words_it_replaces_and_what_replaces_them()
    {
        using var folder = new TempFolder();
        var path = folder.Write("draft.txt", "The warden claimed the reservoir was full. Tellingly, the so-called audit never reached the board.\n");

        var lines = Run("check", path).Out.Split('\n');

        Assert.Contains("    = unsafe fix: Replace with 'said': 'claimed' → 'said'", lines);
        Assert.Contains("    = unsafe fix: Delete 'Tellingly': 'Tellingly, the' → 'The'", lines);
        Assert.Contains("    = unsafe fix: Delete 'so-called': 'so-called ' → (removed)", lines);
    }

    private const string LateAttribution = "“The dock is closed. The cranes are idle. The ships have gone,” said Nina Petrov, a harbor pilot, on Monday.\n";

    [Fact]
    public void A_rule_that_is_off_by_default_reports_only_when_enabled()
    {
        using var folder = new TempFolder();
        var path = folder.Write("draft.txt", LateAttribution);

        var byDefault = Run("check", path);
        Assert.Equal(0, byDefault.ExitCode);
        Assert.StartsWith("No findings in 1 file.\n", byDefault.Out.ReplaceLineEndings("\n"));
        var enabled = Run("check", path, "--enable", "RH3004");
        Assert.Equal(0, enabled.ExitCode);
        Assert.Contains(": suggestion RH3004: ", enabled.Out);
    }

    [Fact]
    public void Enabling_an_unknown_rule_is_a_usage_error()
    {
        using var folder = new TempFolder();
        var path = folder.Write("draft.txt", LateAttribution);

        var result = Run("check", path, "--enable", "RH9999");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown rule id 'RH9999' for --enable", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Theory]
    [InlineData("error", 0)]
    [InlineData("warning", 1)]
    [InlineData("suggestion", 1)]
    [InlineData("none", 0)]
    public void Fail_on_sets_the_exit_code(string failOn, int expected)
    {
        using var folder = new TempFolder();
        var path = folder.Write("draft.txt", VagueSource);
        Assert.Equal(expected, Run("check", path, "--fail-on", failOn).ExitCode);
    }

    [Fact]
    public void A_clean_draft_exits_zero_even_when_failing_on_suggestions()
    {
        using var folder = new TempFolder();
        var path = folder.Write("clean.md", "# Budget\n\nThe council approved the budget on Tuesday, its clerk said.\n");
        var result = Run("check", path, "--fail-on", "suggestion");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("No findings in 1 file.\n", result.Out.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Directories_are_searched_recursively_for_drafts_only()
    {
        using var folder = new TempFolder();
        folder.Write("a.md", VagueSource);
        folder.Write("nested/b.markdown", VagueSource);
        folder.Write("nested/deeper/c.txt", VagueSource);
        folder.Write("notes.odt", VagueSource);
        folder.Write("code.cs", VagueSource);

        var result = Run("check", folder.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("3 warnings in 3 files (3 checked).", result.Out);
        Assert.DoesNotContain("notes.odt", result.Out);
    }

    [Fact]
    public void A_file_named_twice_is_checked_once()
    {
        using var folder = new TempFolder();
        var path = folder.Write("draft.txt", VagueSource);
        Assert.Contains("1 warning in 1 file (1 checked).", Run("check", path, path, folder.Path).Out);
    }

    [Fact]
    public void Standard_input_is_read_for_a_dash()
    {
        var result = RunWithInput(VagueSource, "check", "-");
        Assert.StartsWith("<stdin>(3,1): warning RH3002:", result.Out);
    }

    [Fact]
    public void Markdown_code_is_not_checked()
    {
        using var folder = new TempFolder();
        var path = folder.Write("code.md", "Intro.\n\n```\nOne columnist noted that the port \"has never been cheaper.\"\n```\n\nAlso `one columnist noted that` in code.\n");
        Assert.StartsWith("No findings in 1 file.\n", Run("check", path).Out.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_missing_path_is_an_input_error()
    {
        var result = Run("check", "/no/such/draft.md");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("rhetlint: /no/such/draft.md: no such file or directory", result.Error.Trim());
    }

    [Fact]
    public void Invalid_utf8_is_an_input_error_naming_the_offset()
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("bad.txt", [(byte)'a', (byte)'b', 0xC3, 0x28, (byte)'c']);
        var result = Run("check", path);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"rhetlint: {path}: ", result.Error);
        Assert.Contains("UTF-8", result.Error);
        Assert.Contains("2", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public void A_binary_file_is_an_input_error()
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01]);
        var result = Run("check", path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("binary", result.Error);
    }

    [Fact]
    public void Other_files_are_still_reported_when_one_cannot_be_read()
    {
        using var folder = new TempFolder();
        var good = folder.Write("good.txt", VagueSource);
        var bad = folder.WriteBytes("bad.txt", [0x00, 0x01]);
        var result = Run("check", good, bad);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("RH3002", result.Out);
        Assert.Contains("bad.txt", result.Error);
    }

    [Fact]
    public void An_empty_file_is_checked_and_clean()
    {
        using var folder = new TempFolder();
        var path = folder.Write("empty.md", "");
        var result = Run("check", path);
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("No findings in 1 file.\n", result.Out.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_utf16_file_with_bom_is_read()
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("utf16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(VagueSource)]);
        Assert.Contains("(3,1): warning RH3002", Run("check", path).Out);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("check", "x.md", "--format", "yaml")]
    [InlineData("check", "x.md", "--fail-on", "sometimes")]
    [InlineData("frobnicate")]
    public void Usage_errors_exit_two(params string[] args)
    {
        var result = Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("rhetlint: ", result.Error);
    }

    [Fact]
    public void The_text_report_ends_with_finding_density_and_named_quote_share()
    {
        using var folder = new TempFolder();
        const string draft = "Critics say the harbor plan is reckless.\n\n“We will not pay for it,” said Ilse Brandt, the mayor of Halden.\n\n“Nobody asked us,” a resident said.\n";
        var path = folder.Write("draft.txt", draft);

        var lastLine = Run("check", path).Out.Trim().Split('\n')[^1].Trim();

        // 26 words; two findings in Sourcing (the vague critics and the unnamed resident) = 76.9 per 1,000 words.
        Assert.Equal("Per 1,000 words (26 words): threat inflation 0, superlatives 0, sourcing 76.9, hedging 0; direct quotes with a named source: 1 of 2 (50%).", lastLine);
    }

    [Fact]
    public void The_opinion_profile_lowers_a_superlative_and_an_unknown_profile_is_a_usage_error()
    {
        using var folder = new TempFolder();
        var path = folder.Write("column.txt", "Orbita is the greatest launch company on the planet.\n");

        Assert.Contains(": warning RH2001: ", Run("check", path).Out);
        Assert.Contains(": suggestion RH2001: ", Run("check", path, "--profile", "opinion").Out);
        Assert.Equal(2, Run("check", path, "--profile", "blog").ExitCode);
    }

    [Fact]
    public void An_editorconfig_above_the_draft_sets_severities_and_the_profile_per_folder()
    {
        using var folder = new TempFolder();
        folder.Write(".editorconfig", "root = true\n[*.txt]\nrhetlint_diagnostic.RH2001.severity = error\n[opinion/**.txt]\nrhetlint_analyzer_diagnostic.category-Sourcing.severity = none\n");
        const string draft = "Orbita is the greatest launch company on the planet. Critics say it is reckless.\n";
        var news = folder.Write("news.txt", draft);
        var column = folder.Write("opinion/column.txt", draft);

        var result = Run("check", news, column);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("news.txt(1,11): error RH2001", result.Out);
        Assert.Contains(": warning RH3001: ", result.Out);
        Assert.DoesNotContain("column.txt(1,54)", result.Out);
    }

    [Fact]
    public void A_bad_editorconfig_value_is_an_input_error_naming_the_key()
    {
        using var folder = new TempFolder();
        folder.Write(".editorconfig", "root = true\n[*]\nrhetlint.profile = blog\n");
        var result = Run("check", folder.Write("draft.txt", "The port reopened on Monday.\n"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("rhetlint.profile = blog: expected news or opinion", result.Error);
    }

    [Fact]
    public void Select_and_ignore_take_id_prefixes_and_beat_the_config()
    {
        using var folder = new TempFolder();
        folder.Write(".editorconfig", "root = true\n[*]\nrhetlint_diagnostic.RH3001.severity = error\n");
        var path = folder.Write("draft.txt", "Orbita is the greatest launch company on the planet. Critics say it is reckless.\n");

        var sourcingOnly = Run("check", path, "--select", "RH3").Out;
        Assert.Contains(": error RH3001: ", sourcingOnly);
        Assert.DoesNotContain("RH2001", sourcingOnly);
        var ignored = Run("check", path, "--ignore", "RH2,RH3001").Out;
        Assert.DoesNotContain("RH2001", ignored);
        Assert.DoesNotContain("RH3001", ignored);
        Assert.Equal(2, Run("check", path, "--select", "RH9").ExitCode);
    }

    [Fact]
    public void Config_reads_one_file_instead_of_the_search_and_a_missing_one_is_an_input_error()
    {
        using var folder = new TempFolder();
        folder.Write(".editorconfig", "root = true\n[*]\nrhetlint_diagnostic.RH3001.severity = error\n");
        var house = folder.Write("house/style.editorconfig", "[*.txt]\nrhetlint_diagnostic.RH3001.severity = none\n");
        var path = folder.Write("draft.txt", "Critics say the harbor plan is reckless.\n");

        Assert.Contains("No findings", Run("check", path, "--config", house, "--stdin-format", "text").Out.Split('\n')[0]);
        var missing = Run("check", path, "--config", folder.Path + "/nope.editorconfig");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("no such file", missing.Error);
    }

    [Fact]
    public void Add_suppressions_comments_every_markdown_block_with_findings_keeping_bom_and_line_endings()
    {
        using var folder = new TempFolder();
        const string draft = "# Harbor\r\n\r\nOrbita is the greatest launch company on the planet.\r\n\r\n- Critics say the harbor plan is reckless.\r\n";
        var path = folder.WriteBytes("draft.md", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(draft)]);
        var plain = folder.Write("notes.txt", "Critics say the plan is reckless.\n");

        var first = Run("check", "--add-suppressions", path, plain);

        Assert.Contains("draft.md: added 2 suppression comments", first.Error);
        Assert.Contains("notes.txt: plain text has no comment syntax", first.Error);
        var bytes = File.ReadAllBytes(path);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var written = Encoding.UTF8.GetString(bytes[3..]);
        Assert.Equal(
            "# Harbor\r\n\r\n<!-- rhetlint-ignore RH2001 -- added by rhetlint check --add-suppressions -->\r\nOrbita is the greatest launch company on the planet.\r\n\r\n"
            + "- <!-- rhetlint-ignore RH3001 -- added by rhetlint check --add-suppressions --> Critics say the harbor plan is reckless.\r\n",
            written);
        Assert.StartsWith("No findings in 1 file.", Run("check", path).Out);
        Assert.Equal("Critics say the plan is reckless.\n", File.ReadAllText(plain));
    }

    [Fact]
    public void Rule_options_and_lexicon_files_from_editorconfig_change_what_check_reports()
    {
        using var folder = new TempFolder();
        var path = folder.Write("draft.txt", "Norvania covets our coast.\n\nCritics Weekly said the mayor will resign.\n\nA diplomat who attended the talks said the deal was close.\n");
        var before = Run("check", path).Out;
        Assert.DoesNotContain("RH1004", before);
        Assert.Contains("warning RH3001", before);
        Assert.Contains("warning RH3009", before);

        folder.Write("style/actors.txt", "STATE\tNorvania\n");
        folder.Write("style/outlets.txt", "Critics Weekly\n");
        folder.Write(".editorconfig", "root = true\n[*.txt]\nrhetlint.actors = style/actors.txt\nrhetlint.outlets = style/outlets.txt\nrhetlint.RH3009.require_reason = false\n");
        var after = Run("check", path).Out;
        Assert.Contains("draft.txt(1,1): warning RH1004", after);
        Assert.DoesNotContain("RH3001", after);
        Assert.Contains("suggestion RH3009", after);
    }

    [Theory]
    [InlineData("rhetlint.RH3009.require_reasons = false", "rhetlint.rh3009.require_reasons = false: RH3009 has no option 'require_reasons' (RH3009 options: require_reason = true|false (default true))")]
    [InlineData("rhetlint.RH1013.min_moves = many", "rhetlint.rh1013.min_moves = many: expected integer >= 2")]
    [InlineData("rhetlint.outlets = lists/outlets.txt", "rhetlint.outlets in ")]
    public void A_bad_rule_option_or_a_missing_lexicon_file_is_an_input_error(string line, string expected)
    {
        using var folder = new TempFolder();
        folder.Write(".editorconfig", $"root = true\n[*]\n{line}\n");
        var result = Run("check", folder.Write("draft.txt", "The port reopened on Monday.\n"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error);
    }

    [Fact]
    public void An_option_for_a_rule_rhetlint_does_not_have_is_left_to_its_pack() =>
        Assert.Equal(0, RunIn("rhetlint.NEWS101.max_words = 30"));

    private static int RunIn(string line)
    {
        using var folder = new TempFolder();
        folder.Write(".editorconfig", $"root = true\n[*]\n{line}\n");
        return Run("check", folder.Write("draft.txt", "The port reopened on Monday.\n")).ExitCode;
    }
}
