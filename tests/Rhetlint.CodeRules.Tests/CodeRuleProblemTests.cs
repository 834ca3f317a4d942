using Rhetlint.Core.Config;

namespace Rhetlint.CodeRules.Tests;

/// <summary>Whatever is wrong with a rule file comes back as a problem with a place in the file, never as an exception.</summary>
public sealed class CodeRuleProblemTests : IDisposable
{
    private readonly RuleFolder _folder = new();
    private readonly CodeRuleLoader _loader;

    public CodeRuleProblemTests() => _loader = new CodeRuleLoader(_folder.CacheDirectory);

    public void Dispose()
    {
        _loader.Dispose();
        _folder.Dispose();
    }

    private CodeRuleLoad Load(string source) => _loader.Load(_folder.Write("House.rule.cs", source));

    [Fact]
    public void A_compile_error_is_a_problem_at_its_line_and_column_and_nothing_is_cached()
    {
        // Line 6 lacks its semicolon; the compiler reports it right after the "1", in column 22.
        var path = _folder.Write("Broken.rule.cs", """
            public sealed class Broken : RhetoricAnalyzer
            {
                public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [];
                public override void Initialize(AnalysisContext context)
                {
                    var count = 1
                }
            }
            """);
        var load = _loader.Load(path);

        Assert.Equal(new RuleLoadProblem(path, 6, 22, "CS1002: ; expected"), Assert.Single(load.Problems));
        Assert.Empty(load.Analyzers);
        Assert.Empty(_folder.CacheFiles());
    }

    [Fact]
    public void The_implicit_usings_let_a_rule_name_the_analyzer_api_without_using_directives()
    {
        var load = Load(CodeRuleHarness.Analyzer("Quiet", "HOUSE200", initializeBody: "context.RegisterSentenceAction(c => _ = c.Document.Voices[c.Sentence.FirstToken] == Voice.Author);"));
        Assert.Empty(load.Problems);
        Assert.Single(load.Analyzers);
    }

    [Fact]
    public void A_file_without_an_analyzer_class_is_a_problem()
    {
        var problem = Assert.Single(Load("public static class Helpers { public static int Twice(int x) => 2 * x; }").Problems);
        Assert.Contains("no analyzer", problem.Message);
        Assert.Equal((1, 1), (problem.Line, problem.Column));
    }

    [Fact]
    public void An_RH_id_is_reserved_for_built_in_rules_and_the_files_other_analyzers_still_load()
    {
        var load = Load(CodeRuleHarness.Analyzer("Impostor", "RH2001") + CodeRuleHarness.Analyzer("Honest", "HOUSE300"));

        var problem = Assert.Single(load.Problems);
        Assert.Equal("Impostor: rule id 'RH2001' is reserved for built-in rules; use your own prefix, such as HOUSE101", problem.Message);
        Assert.Equal("HOUSE300", Assert.Single(Assert.Single(load.Analyzers).SupportedDiagnostics).Id);
    }

    [Theory]
    [InlineData("HOUSE")]
    [InlineData("101")]
    [InlineData("HOUSE-101")]
    [InlineData("HOUSE101a")]
    public void An_id_that_is_not_letters_followed_by_digits_is_a_problem(string id)
    {
        var problem = Assert.Single(Load(CodeRuleHarness.Analyzer("Odd", id)).Problems);
        Assert.Equal($"Odd: rule id '{id}' must be letters followed by digits, such as HOUSE101", problem.Message);
    }

    [Fact]
    public void A_constructor_that_throws_is_a_problem()
    {
        var load = Load(CodeRuleHarness.Analyzer("Fragile", "HOUSE400", constructorBody: "throw new InvalidOperationException(\"lexicon missing\");"));
        Assert.Equal("Fragile: its constructor threw InvalidOperationException: lexicon missing", Assert.Single(load.Problems).Message);
        Assert.Empty(load.Analyzers);
    }

    [Fact]
    public void An_Initialize_that_throws_is_a_problem()
    {
        var load = Load(CodeRuleHarness.Analyzer("Fragile", "HOUSE400", initializeBody: "throw new NotSupportedException(\"not yet\");"));
        Assert.Equal("Fragile: Initialize threw NotSupportedException: not yet", Assert.Single(load.Problems).Message);
    }

    [Fact]
    public void An_analyzer_without_a_parameterless_constructor_is_a_problem()
    {
        var load = Load(CodeRuleHarness.Analyzer("Configured", "HOUSE500").Replace("public Configured()", "public Configured(int threshold)"));
        Assert.Equal("Configured: needs a public parameterless constructor", Assert.Single(load.Problems).Message);
    }

    [Fact]
    public void A_missing_file_is_a_problem()
    {
        var path = Path.Combine(_folder.CacheDirectory, "..", "Absent.rule.cs");
        var problem = Assert.Single(_loader.Load(path).Problems);
        Assert.Equal(path, problem.Path);
        Assert.StartsWith("cannot read the rule file: ", problem.Message);
    }
}
