using Rhetlint.Core.Config;
using Rhetlint.Core.Markup;
using static Rhetlint.Cli.Tests.CliRunner;

namespace Rhetlint.Cli.Tests;

public sealed class ResultCacheTests : IDisposable
{
    private readonly TempFolder _drafts = new();
    private readonly TempFolder _cache = new();

    public void Dispose()
    {
        _drafts.Dispose();
        _cache.Dispose();
    }

    private (CheckedFile[] Files, int Analyzed) Check(params string[] paths)
    {
        var resolver = new EditorConfigResolver();
        var runner = new CheckRunner(new RuleSets([]), DocumentFormat.PlainText, resolver.Resolve, new ResultCache(_cache.Path));
        var files = runner.Run(paths, () => Stream.Null, CancellationToken.None);
        return (files, runner.Analyzed);
    }

    private string[] Tree()
    {
        _drafts.Write(".editorconfig", "root = true\n");
        return
        [
            _drafts.Write("a.md", "One columnist noted that the plan \"gives away the harbor.\"\n"),
            _drafts.Write("b.txt", "It is the greatest energy policy this country has ever seen.\n"),
            _drafts.Write("c.md", "The ferry left at noon.\n"),
        ];
    }

    private static string Render(CheckedFile[] files) =>
        string.Join("\n", files.SelectMany(f => f.Findings.Select(d => $"{f.Path} {d.Id} {d.Span} {d.Severity} {d.Message} {d.Rewrites.Length} {d.Fingerprint} {d.Diagnostic.Location.GetLineSpan()}")))
        + string.Join(",", files.Select(f => f.Statistics));

    [Fact]
    public void A_second_run_over_an_unchanged_tree_analyzes_nothing_and_reports_the_same()
    {
        var paths = Tree();
        var first = Check(paths);
        Assert.Equal(3, first.Analyzed);
        var second = Check(paths);
        Assert.Equal(0, second.Analyzed);
        Assert.Equal(Render(first.Files), Render(second.Files));
        Assert.Contains(second.Files, f => f.Findings.Length > 0);
        Assert.All(second.Files.SelectMany(f => f.Findings), f => Assert.NotNull(f.Fingerprint));
    }

    [Fact]
    public void Comment_suppressed_findings_come_back_from_the_cache_with_their_reason()
    {
        _drafts.Write(".editorconfig", "root = true\n");
        var draft = _drafts.Write("s.md", "<!-- rhetlint-ignore RH3002 -- the columnist asked not to be named -->\n" + "One columnist noted that the plan \"gives away the harbor.\"\n");
        var first = Check(draft).Files[0];
        var second = Check(draft);
        Assert.Equal(0, second.Analyzed);
        var suppressed = Assert.Single(second.Files[0].Suppressed);
        Assert.Equal(first.Suppressed.Single().Suppression, suppressed.Suppression);
        Assert.Equal("the columnist asked not to be named", suppressed.Suppression!.Justification);
    }

    [Fact]
    public void An_edited_file_is_analyzed_again_and_only_that_one()
    {
        var paths = Tree();
        Check(paths);
        File.AppendAllText(paths[2], "Nobody ever reads the minutes.\n");
        Assert.Equal(1, Check(paths).Analyzed);
    }

    [Fact]
    public void A_changed_setting_analyzes_again()
    {
        var paths = Tree();
        Check(paths);
        _drafts.Write(".editorconfig", "root = true\n[*]\nrhetlint_diagnostic.RH3002.severity = error\n");
        var changed = Check(paths);
        Assert.Equal(3, changed.Analyzed);
        Assert.Contains(changed.Files[0].Findings, f => f.Id == "RH3002" && f.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
    }

    [Fact]
    public void A_changed_pack_rule_analyzes_again()
    {
        var paths = Tree();
        _drafts.Write(".editorconfig", "root = true\n[*]\nrhetlint.packs = house\n");
        _drafts.Write("house/pack.yaml", "name: house\n");
        _drafts.Write("house/r.yaml", "id: HG1\nkind: existence\nmessage: m\nphrases: [ferry]\nexamples:\n  flag: [ferry]\n  pass: [boat]\n");
        Assert.Equal(3, Check(paths).Analyzed);
        Assert.Equal(0, Check(paths).Analyzed);
        _drafts.Write("house/r.yaml", "id: HG1\nkind: existence\nmessage: m\nphrases: [noon]\nexamples:\n  flag: [noon]\n  pass: [boat]\n");
        var changed = Check(paths);
        Assert.Equal(3, changed.Analyzed);
        var finding = Assert.Single(changed.Files[2].Findings, f => f.Id == "HG1");
        Assert.Equal("noon", changed.Files[2].Text!.ToString(finding.Span));
    }

    [Fact]
    public void A_corrupt_entry_is_a_miss_not_a_crash()
    {
        var paths = Tree();
        Check(paths);
        foreach (var entry in Directory.GetFiles(_cache.Path)) File.WriteAllText(entry, "{ not json");
        var again = Check(paths);
        Assert.Equal(3, again.Analyzed);
    }

    [Fact]
    public void Check_caches_by_default_and_no_cache_turns_it_off()
    {
        var paths = Tree();
        var withCache = Run("check", "--cache-dir", _cache.Path, paths[0]);
        Assert.NotEmpty(Directory.GetFiles(_cache.Path));
        Assert.Equal(withCache.Out, Run("check", "--cache-dir", _cache.Path, paths[0]).Out);
        using var empty = new TempFolder();
        Run("check", "--no-cache", "--cache-dir", empty.Path, paths[0]);
        Assert.Empty(Directory.GetFiles(empty.Path));
    }

    [Theory]
    [InlineData("", "", "")]
    [InlineData("", "relative/cache", "")]
    [InlineData("", "", "relative-home")]
    public void Without_an_explicit_folder_an_absolute_xdg_cache_or_an_absolute_home_there_is_no_cache_root(string rhetlintCacheDir, string xdgCacheHome, string home)
    {
        var environment = new Dictionary<string, string?> { ["RHETLINT_CACHE_DIR"] = rhetlintCacheDir, ["XDG_CACHE_HOME"] = xdgCacheHome, ["HOME"] = home };
        Assert.Null(CacheDirectories.Root(name => environment.GetValueOrDefault(name)));
    }

    [Fact]
    public void A_relative_xdg_cache_home_is_ignored_for_the_home_cache()
    {
        var environment = new Dictionary<string, string?> { ["XDG_CACHE_HOME"] = "relative/cache", ["HOME"] = "/home/ilse" };
        Assert.Equal(Path.Combine("/home/ilse", ".cache", "rhetlint"), CacheDirectories.Root(name => environment.GetValueOrDefault(name)));
    }

    [Fact]
    public void Without_a_cache_root_check_runs_uncached_and_says_so_once()
    {
        var draft = _drafts.Write("a.md", "It is the greatest energy policy this country has ever seen.\n");
        var environment = new Dictionary<string, string?> { ["RHETLINT_CACHE_DIR"] = "", ["XDG_CACHE_HOME"] = "", ["HOME"] = "" };

        var result = RunWithEnvironment(environment, "check", draft, _drafts.Write("b.md", "The ferry left at noon.\n"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("RH2001", result.Out, StringComparison.Ordinal);
        Assert.Equal("rhetlint: checking without a result cache: no home folder, XDG_CACHE_HOME or RHETLINT_CACHE_DIR to keep one in "
            + "(--cache-dir DIR or RHETLINT_CACHE_DIR=DIR gives it one, --no-cache silences this)\n", result.Error.ReplaceLineEndings("\n"));
        Assert.Equal("", RunWithEnvironment(environment, "check", "--no-cache", draft).Error);
    }

    [Fact]
    public void A_cache_folder_that_cannot_be_written_is_named_once_and_the_run_still_passes()
    {
        var draft = _drafts.Write("a.md", "It is the greatest energy policy this country has ever seen.\n");
        var second = _drafts.Write("b.md", "One columnist noted that the plan \"gives away the harbor.\"\n");
        var blocker = _cache.Write("blocker", "a file where the cache folder would go\n");
        var cacheDir = Path.Combine(blocker, "results");

        var result = Run("check", "--cache-dir", cacheDir, draft, second);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("RH2001", result.Out, StringComparison.Ordinal);
        var line = Assert.Single(result.Error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
        Assert.StartsWith($"rhetlint: results were not cached: cannot write in {cacheDir} (", line, StringComparison.Ordinal);
        Assert.EndsWith("); --cache-dir DIR or RHETLINT_CACHE_DIR=DIR moves the cache, --no-cache turns it off", line, StringComparison.Ordinal);
    }
}
