namespace Rhetlint.Cli.Tests;

/// <summary>The CLI's seam to C# rule files, as the JIT build (the one tests run) sees it.</summary>
public class CodeRuleSupportTests
{
    [Fact]
    public void The_jit_build_loads_code_rules()
    {
        Assert.True(CodeRuleSupport.IsAvailable);
    }

    [Fact]
    public void A_rule_file_that_cannot_be_read_is_a_problem_on_that_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"rhetlint-absent-{Guid.NewGuid():N}.rule.cs");
        var loaded = CodeRuleSupport.Load(path);
        Assert.Empty(loaded.Analyzers);
        Assert.Equal(path, Assert.Single(loaded.Problems).Path);
    }

    [Theory]
    [InlineData("/var/cache/rhetlint", "/home/ilse/.xdg-cache", "/var/cache/rhetlint/code-rules")]
    [InlineData(null, "/home/ilse/.xdg-cache", "/home/ilse/.xdg-cache/rhetlint/code-rules")]
    [InlineData("", "", "{home}/.cache/rhetlint/code-rules")]
    public void The_cache_directory_is_under_RHETLINT_CACHE_DIR_else_under_XDG_CACHE_HOME_else_under_the_home_cache(string? rhetlintCacheDir, string? xdgCacheHome, string expected)
    {
        var environment = new Dictionary<string, string?> { ["RHETLINT_CACHE_DIR"] = rhetlintCacheDir, ["XDG_CACHE_HOME"] = xdgCacheHome };
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        Assert.Equal(expected.Replace("{home}", home).Replace('/', Path.DirectorySeparatorChar),
            CodeRuleSupport.DefaultCacheDirectory(name => environment.GetValueOrDefault(name)).Replace('/', Path.DirectorySeparatorChar));
    }
}
