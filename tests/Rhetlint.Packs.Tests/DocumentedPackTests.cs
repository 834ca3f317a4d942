using System.Text.RegularExpressions;

namespace Rhetlint.Packs.Tests;

/// <summary>The rules shown in docs/packs.md and the sample pack in samples/ load and pass their own examples.</summary>
public sealed partial class DocumentedPackTests
{
    [GeneratedRegex("```yaml\\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex YamlBlock();

    public static TheoryData<string> GuideRules =>
    [
        .. YamlBlock().Matches(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "packs.md")))
            .Select(m => m.Groups["body"].Value)
            .Where(body => body.Contains("\nexamples:", StringComparison.Ordinal)),
    ];

    [Fact]
    public void The_guide_shows_a_rule_of_each_kind() => Assert.Equal(3, GuideRules.Count);

    [Theory]
    [MemberData(nameof(GuideRules))]
    public void A_rule_in_the_guide_works_as_written(string yaml)
    {
        using var pack = new TempPack();
        var loaded = pack.Write("rule.yaml", yaml).Load();
        Assert.Empty(loaded.Problems);
        Assert.All(loaded.RunExamples(), r => Assert.True(r.Passed, $"{r.RuleId} {r.Kind} \"{r.Text}\": {r.Failure}"));
    }

    [Fact]
    public void The_sample_house_style_pack_loads_and_its_examples_pass()
    {
        var pack = PackLoader.Load(Path.Combine(AppContext.BaseDirectory, "samples", "house-style"));
        Assert.Empty(pack.Problems);
        Assert.Equal("harbor-gazette", pack.Name);
        Assert.Equal(3, pack.Analyzers.Length);
        Assert.All(pack.RunExamples(), r => Assert.True(r.Passed, $"{r.RuleId} {r.Kind} \"{r.Text}\": {r.Failure}"));
    }
}
