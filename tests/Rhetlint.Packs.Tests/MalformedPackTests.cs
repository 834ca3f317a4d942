using Rhetlint.Core.Config;

namespace Rhetlint.Packs.Tests;

/// <summary>A broken pack costs its own rules, never the run, and every problem points at a line and column.</summary>
public sealed class MalformedPackTests : IDisposable
{
    private readonly TempPack _pack = new();

    public void Dispose() => _pack.Dispose();

    private const string Examples = "examples:\n  flag: [x]\n  pass: [y]\n";

    private RuleLoadProblem OnlyProblem(string yaml, string file = "rule.yaml")
    {
        var pack = _pack.Write(file, yaml).Load();
        Assert.Empty(pack.Analyzers);
        var problem = Assert.Single(pack.Problems);
        Assert.Equal(Path.Combine(_pack.Folder, file), problem.Path);
        return problem;
    }

    [Fact]
    public void A_yaml_syntax_error_names_its_line_and_column()
    {
        var problem = OnlyProblem("id: HG101\nkind: existence\nmessage: m\nphrases:\n  - one\n two: x\n");
        Assert.StartsWith("YAML syntax error", problem.Message);
        Assert.Equal(6, problem.Line);
    }

    [Fact]
    public void An_unclosed_flow_list_is_a_syntax_error_on_its_line()
    {
        // YamlDotNet's scanner throws a bare InvalidOperationException here: it must still become a problem.
        var problem = OnlyProblem("id: HG101\nkind: existence\nphrases: [one, two\nmessage: m\n");
        Assert.StartsWith("YAML syntax error", problem.Message);
        Assert.Equal(3, problem.Line);
    }

    [Fact]
    public void An_unknown_key_is_reported_where_it_is_with_a_suggestion()
    {
        var problem = OnlyProblem("id: HG101\nkind: existence\nmessage: m\nphrases: [one]\nsevertiy: error\n" + Examples);
        Assert.Equal((5, 1), (problem.Line, problem.Column));
        Assert.Contains("unknown key 'severtiy'", problem.Message);
        Assert.Contains("did you mean 'severity'?", problem.Message);
    }

    [Fact]
    public void A_key_of_another_kind_is_unknown_for_this_one()
    {
        var problem = OnlyProblem("id: HG101\nkind: existence\nmessage: m\nphrases: [one]\nswap:\n  a: b\n" + Examples);
        Assert.Contains("unknown key 'swap' in an existence rule", problem.Message);
    }

    [Fact]
    public void A_bad_regex_is_reported_on_its_value()
    {
        var problem = OnlyProblem("id: HG101\nkind: existence\nmessage: m\nregex: 'sources (said'\n" + Examples);
        Assert.Equal((4, 8), (problem.Line, problem.Column));
        Assert.Contains("bad regular expression", problem.Message);
    }

    [Fact]
    public void A_regex_the_linear_engine_cannot_run_is_refused_with_the_reason()
    {
        var problem = OnlyProblem("id: HG101\nkind: existence\nmessage: m\nregex: '(\\w+) \\1'\n" + Examples);
        Assert.Contains("linear time", problem.Message);
    }

    [Fact]
    public void A_duplicate_id_keeps_the_first_rule()
    {
        _pack.Write("a.yaml", "id: HG101\nkind: existence\nmessage: m\nphrases: [one]\n" + Examples);
        var problem = OnlyProblemBeside("b.yaml", "id: HG101\nkind: existence\nmessage: m\nphrases: [two]\n" + Examples);
        Assert.Equal(1, problem.Line);
        Assert.Contains("duplicate rule id 'HG101'", problem.Message);
    }

    private RuleLoadProblem OnlyProblemBeside(string file, string yaml)
    {
        var pack = _pack.Write(file, yaml).Load();
        Assert.Single(pack.Analyzers);
        return Assert.Single(pack.Problems);
    }

    [Theory]
    [InlineData("id: RH9001\nkind: existence\nmessage: m\nphrases: [one]\n", "reserved")]
    [InlineData("id: house rule\nkind: existence\nmessage: m\nphrases: [one]\n", "letters followed by digits")]
    [InlineData("id: HG101\nkind: exists\nmessage: m\nphrases: [one]\n", "unknown kind 'exists'")]
    [InlineData("id: HG101\nkind: existence\nmessage: 'Avoid {word}'\nphrases: [one]\n", "{match}")]
    [InlineData("id: HG101\nkind: existence\nmessage: m\n", "exactly one of 'phrases' and 'regex'")]
    [InlineData("id: HG101\nkind: existence\nmessage: m\nphrases: [one]\nunless: evidence nearby\n", "unknown condition 'evidence nearby'")]
    [InlineData("id: HG101\nkind: existence\nmessage: m\nphrases: [one]\nvoice: narrator\n", "unknown voice 'narrator'")]
    [InlineData("id: HG101\nkind: sequence\nmessage: m\npattern:\n  - skip: 2\n  - word: a\n", "start and end with a token step")]
    [InlineData("id: HG101\nkind: sequence\nmessage: m\npattern:\n  - class: verb\n", "unknown class 'verb'")]
    [InlineData("id: HG101\nkind: sequence\nmessage: m\npattern:\n  - word: two words\n", "single token")]
    [InlineData("id: HG101\nkind: sequence\nmessage: m\npattern:\n  - skip: 40\n", "from 1 to 10")]
    public void Each_mistake_in_a_rule_gets_a_message_that_says_what_to_write(string yaml, string expected) =>
        Assert.Contains(expected, OnlyProblem(yaml + Examples).Message);

    [Fact]
    public void A_rule_without_examples_is_refused()
    {
        var problem = OnlyProblem("id: HG101\nkind: existence\nmessage: m\nphrases: [one]\n");
        Assert.Contains("needs 'examples'", problem.Message);
    }

    [Fact]
    public void A_bad_manifest_is_a_problem_on_pack_yaml()
    {
        var problem = OnlyProblem("name: Harbor Gazette\n", "pack.yaml");
        Assert.Contains("lower-case letters", problem.Message);
    }

    [Fact]
    public void A_missing_folder_is_a_problem_not_an_exception()
    {
        var problem = Assert.Single(PackLoader.Load(Path.Combine(_pack.Folder, "nowhere")).Problems);
        Assert.Contains("no such pack folder", problem.Message);
    }

    [Fact]
    public void Two_packs_defining_one_id_load_it_from_the_first()
    {
        using var other = new TempPack("other-pack");
        _pack.Write("a.yaml", "id: HG101\nkind: existence\nmessage: m\nphrases: [one]\n" + Examples);
        other.Write("a.yaml", "id: HG101\nkind: existence\nmessage: m\nphrases: [two]\n" + Examples);
        var packs = PackLoader.LoadAll([_pack.Folder, other.Folder]);
        Assert.Single(packs[0].Analyzers);
        Assert.Empty(packs[1].Analyzers);
        Assert.Contains("also defined by pack 'test-pack'", Assert.Single(packs[1].Problems).Message);
    }
}
