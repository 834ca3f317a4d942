using System.Text;
using static Rhetlint.Cli.Tests.CliRunner;

namespace Rhetlint.Cli.Tests;

/// <summary>
/// Pack files from a stranger: YAML aliases that would recurse forever or expand exponentially are refused with a
/// problem at their line and column, and the run goes on (reliability.md #7, #10).
/// </summary>
public class HostilePackTests
{
    private static TempFolder FolderWithRule(string ruleYaml)
    {
        var folder = new TempFolder();
        folder.Write(".editorconfig", "root = true\n[*.md]\nrhetlint.packs = p\n");
        folder.Write("p/pack.yaml", "name: p\n");
        folder.Write("p/r.yaml", ruleYaml);
        folder.Write("p/ok.yaml", "id: HG2\nkind: existence\nmessage: \"'{match}' is hype\"\nseverity: error\nphrases: [bombshell]\nexamples:\n  flag: [A bombshell.]\n  pass: [A report.]\n");
        folder.Write("a.md", "The audit was a bombshell.\n");
        return folder;
    }

    /// <summary>Nine levels of lists of ten aliases to the level below: 10^9 values once expanded.</summary>
    private static string BillionLaughs(string use)
    {
        var yaml = new StringBuilder("l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 1; level <= 9; level++)
            yaml.Append($"l{level}: &l{level} [{string.Join(", ", Enumerable.Repeat($"*l{level - 1}", 10))}]\n");
        return yaml + use + "id: HG1\nkind: existence\nmessage: x\nphrases: [x]\n";
    }

    [Fact]
    public void A_self_referencing_alias_as_a_key_is_a_pack_problem_not_a_stack_overflow()
    {
        using var folder = FolderWithRule("&a [*a]: 1\nid: HG1\nkind: existence\nmessage: x\nphrases: [x]\n");
        var result = Run("check", "--no-cache", Path.Combine(folder.Path, "a.md"));
        Assert.Contains($"{Path.Combine(folder.Path, "p", "r.yaml")}(1,1): error: a key must be a plain word, not a list or a mapping", result.Error);
        Assert.Contains("error HG2: 'bombshell' is hype", result.Out);
        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public void An_alias_as_a_key_is_a_pack_problem()
    {
        using var folder = FolderWithRule("name: &n id\n*n : HG1\nkind: existence\nmessage: x\nphrases: [x]\n");
        var result = Run("check", "--no-cache", Path.Combine(folder.Path, "a.md"));
        Assert.Contains($"{Path.Combine(folder.Path, "p", "r.yaml")}(2,1): error: an alias (*n) cannot be a key; write the key out", result.Error);
        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public void Billion_laughs_as_a_key_is_refused_at_once()
    {
        using var folder = FolderWithRule(BillionLaughs("? *l9\n: x\n"));
        var result = Run("check", "--no-cache", Path.Combine(folder.Path, "a.md"));
        Assert.Contains("r.yaml(", result.Error);
        Assert.Contains("error HG2", result.Out);
        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public void Aliases_that_expand_beyond_the_limit_are_refused_where_they_cross_it()
    {
        using var folder = FolderWithRule(BillionLaughs(""));
        var result = Run("check", "--no-cache", Path.Combine(folder.Path, "a.md"));
        Assert.Matches(@"r\.yaml\(\d+,\d+\): error: aliases expand this file to more than 100,000 values", result.Error);
        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public void A_few_aliases_still_work()
    {
        using var folder = FolderWithRule("words: &w [bombshell, explosive]\nid: HG1\nkind: existence\nmessage: x\nphrases: *w\n");
        var result = Run("check", "--no-cache", Path.Combine(folder.Path, "a.md"));
        Assert.DoesNotContain("alias", result.Error);
    }
}
