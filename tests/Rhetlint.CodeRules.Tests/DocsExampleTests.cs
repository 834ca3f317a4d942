namespace Rhetlint.CodeRules.Tests;

/// <summary>The minimal rule in docs/code-rules.md compiles and does what the page says, so the page cannot drift from the API.</summary>
public sealed class DocsExampleTests : IDisposable
{
    private readonly RuleFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string FirstCSharpBlock()
    {
        var page = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "code-rules.md"));
        var start = page.IndexOf("```csharp\n", StringComparison.Ordinal) + "```csharp\n".Length;
        return page[start..page.IndexOf("```", start, StringComparison.Ordinal)];
    }

    [Fact]
    public void The_minimal_rule_compiles_and_flags_headline_verbs_in_the_writers_words_only()
    {
        using var loader = new CodeRuleLoader(_folder.CacheDirectory);
        var load = loader.Load(_folder.Write("HeadlineVerbs.rule.cs", FirstCSharpBlock()));

        Assert.Empty(load.Problems);
        Assert.Equal(["slammed"], CodeRuleHarness.Flagged(load.Analyzers, "HOUSE201", "The Norvania council slammed the harbor budget on Tuesday."));
        Assert.Empty(CodeRuleHarness.Flagged(load.Analyzers, "HOUSE201", "\"They slammed the door on us,\" Ilse Brandt said."));
    }
}
