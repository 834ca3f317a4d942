namespace Rhetlint.Packs.Tests;

public sealed class ExampleTests : IDisposable
{
    private readonly TempPack _pack = new();

    public void Dispose() => _pack.Dispose();

    [Fact]
    public void Examples_pass_when_the_rule_does_what_they_say()
    {
        var pack = _pack.Write("rule.yaml", "id: HG101\nkind: existence\nmessage: m\nphrases: [bombshell]\nexamples:\n  flag:\n    - A [[bombshell]] landed.\n  pass:\n    - A quiet day.\n").Load();
        Assert.All(pack.RunExamples(), r => Assert.True(r.Passed, r.Failure));
        Assert.Equal(2, pack.RunExamples().Length);
    }

    [Fact]
    public void A_failing_example_says_what_happened_and_where_it_is()
    {
        var pack = _pack.Write("rule.yaml", "id: HG101\nkind: existence\nmessage: m\nphrases: [bombshell]\nexamples:\n  flag:\n    - A [[quiet]] bombshell.\n  pass:\n    - Another bombshell.\n").Load();
        var results = pack.RunExamples();
        var wrongSpan = results.Single(r => r.Kind == "flag");
        Assert.Equal((7, 7), (wrongSpan.Line, wrongSpan.Column));
        Assert.Equal("expected a finding on 'quiet', got 'bombshell'", wrongSpan.Failure);
        Assert.Equal("expected no finding, got 'bombshell'", results.Single(r => r.Kind == "pass").Failure);
    }

    [Fact]
    public void Fix_examples_apply_the_rewrites()
    {
        var pack = _pack.Write("rule.yaml", "id: HG201\nkind: substitution\nmessage: m\nswap:\n  utilize: use\nexamples:\n  fix:\n    - before: We utilize it.\n      after: We use it.\n    - before: They utilize it.\n      after: They employ it.\n  pass: [Fine.]\n").Load();
        var fixes = pack.RunExamples().Where(r => r.Kind == "fix").ToList();
        Assert.True(fixes[0].Passed);
        Assert.Equal("expected 'They employ it.', got 'They use it.'", fixes[1].Failure);
    }
}
