namespace Rhetlint.Packs.Tests;

/// <summary>The packs shipped in rules/packs load cleanly and their inline examples pass.</summary>
public sealed class BundledPackTests
{
    public static TheoryData<string> Names => [.. BundledPacks.Names];

    [Fact]
    public void Rhetlint_bundles_the_wire_style_pack() => Assert.Contains("wire-style", BundledPacks.Names);

    [Theory]
    [MemberData(nameof(Names))]
    public void A_bundled_pack_loads_without_problems(string name)
    {
        var pack = PackLoader.Load(name);
        Assert.Empty(pack.Problems);
        Assert.NotEmpty(pack.Analyzers);
        Assert.Equal(name, pack.Name);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_example_of_a_bundled_pack_passes(string name)
    {
        var results = PackLoader.Load(name).RunExamples();
        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.True(r.Passed, $"{r.Path}({r.Line},{r.Column}) {r.RuleId} {r.Kind} \"{r.Text}\": {r.Failure}"));
    }
}
