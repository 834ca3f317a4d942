using System.Collections.Immutable;
using Rhetlint.Core.Analysis;

namespace Rhetlint.CodeRules.Tests;

/// <summary>The shipped example, rules/examples/ExclamationInReporting.rule.cs, compiled by the loader and run by the engine.</summary>
public sealed class ExampleRuleTests : IClassFixture<ExampleRuleTests.CompiledExample>
{
    private readonly ImmutableArray<RhetoricAnalyzer> _analyzers;

    public ExampleRuleTests(CompiledExample example) => _analyzers = example.Load.Analyzers;

    /// <summary>Compiles the example once for the whole class: a compile takes seconds.</summary>
    public sealed class CompiledExample : IDisposable
    {
        private readonly RuleFolder _folder = new();
        private readonly CodeRuleLoader _loader;

        public CompiledExample()
        {
            _loader = new CodeRuleLoader(_folder.CacheDirectory);
            Load = _loader.Load(_folder.Write("ExclamationInReporting.rule.cs", CodeRuleHarness.ExampleSource));
        }

        public CodeRuleLoad Load { get; }

        public void Dispose()
        {
            _loader.Dispose();
            _folder.Dispose();
        }
    }

    [Fact]
    public void The_example_compiles_into_one_analyzer_for_HOUSE101()
    {
        var analyzer = Assert.Single(_analyzers);
        Assert.Equal("HOUSE101", Assert.Single(analyzer.SupportedDiagnostics).Id);
    }

    [Fact]
    public void It_flags_an_exclamation_mark_in_the_writers_sentence_with_a_full_stop_as_the_fix()
    {
        const string text = "The council voted to close the Varn Street library!";
        var finding = Assert.Single(CodeRuleHarness.Lint(_analyzers, text), f => f.Id == "HOUSE101");
        Assert.Equal("!", text.Substring(finding.Span.Start, finding.Span.Length));
        var change = Assert.Single(Assert.Single(finding.Rewrites).Changes);
        Assert.Equal(".", change.NewText);
    }

    [Fact]
    public void A_run_of_exclamation_marks_is_one_finding()
    {
        Assert.Equal(["!!!"], CodeRuleHarness.Flagged(_analyzers, "HOUSE101", "The Harlow Institute missed its deadline again!!! Nobody at the council asked why."));
    }

    [Fact]
    public void After_a_question_mark_the_fix_drops_the_exclamation_mark()
    {
        var finding = Assert.Single(CodeRuleHarness.Lint(_analyzers, "Who signed off on the Kestria contract?!"), f => f.Id == "HOUSE101");
        Assert.Equal("", Assert.Single(Assert.Single(finding.Rewrites).Changes).NewText);
    }

    [Fact]
    public void An_exclamation_mark_inside_the_sentence_is_flagged_without_a_fix()
    {
        var finding = Assert.Single(CodeRuleHarness.Lint(_analyzers, "The mayor (!) approved the budget in four minutes."), f => f.Id == "HOUSE101");
        Assert.Empty(finding.Rewrites);
    }

    [Theory]
    [InlineData("\"Not one more closure!\" Ilse Brandt told the council.")]
    [InlineData("Ilse Brandt told the council: \"Not one more closure!\"")]
    public void A_quoted_exclamation_mark_is_not_flagged(string text)
    {
        Assert.Empty(CodeRuleHarness.Flagged(_analyzers, "HOUSE101", text));
    }
}
