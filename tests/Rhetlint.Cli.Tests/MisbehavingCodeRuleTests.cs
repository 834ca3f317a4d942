using static Rhetlint.Cli.Tests.CliRunner;

namespace Rhetlint.Cli.Tests;

/// <summary>
/// A trusted C# rule that recurses without end, loops forever or ends the process costs only that rule: the run goes
/// on and reports (reliability.md #16).
/// </summary>
public class MisbehavingCodeRuleTests
{
    private static TempFolder PackWith(string ruleName, string registration)
    {
        var folder = new TempFolder();
        folder.Write(".editorconfig", "root = true\n[*.md]\nrhetlint.packs = house\n");
        folder.Write("house/pack.yaml", "name: house\n");
        folder.Write($"house/{ruleName}.rule.cs", $$"""
            public sealed class {{ruleName}} : RhetoricAnalyzer
            {
                public static readonly DiagnosticDescriptor D = new("ODD1", "t", "m", "HouseStyle", DiagnosticSeverity.Warning, true);
                public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [D];
                public override void Initialize(AnalysisContext c) => {{registration}};
                private static int Recurse(int n) => Recurse(n + 1) + 1;
            }
            """);
        folder.Write("draft.md", "Critics say the plan is the greatest ever.\n\nThe ferry ran on time. The board met.\n");
        return folder;
    }

    private static CliResult Check(TempFolder folder) =>
        Run("check", "--allow-code-rules", "--no-cache", "--format", "concise", "--fail-on", "warning", Path.Combine(folder.Path, "draft.md"));

    [Fact]
    public void A_rule_that_recurses_without_end_is_stopped_and_reported_as_its_own_problem()
    {
        using var folder = PackWith("Deep", "c.RegisterDocumentAction(_ => Recurse(0))");
        var result = Check(folder);
        Assert.Contains("warning RH0005: rule ODD1 recursed too deeply on this document and was stopped before the stack ran out", result.Out);
        Assert.Contains("RH3001", result.Out);
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void A_rule_that_never_returns_is_stopped_at_its_time_limit_once_per_document()
    {
        using var folder = PackWith("Endless", "c.RegisterSentenceAction(_ => { while (true) { } })");
        var result = Check(folder);
        var timeout = Assert.Single(result.Out.Split('\n'), line => line.Contains("RH0005"));
        Assert.Contains("rule ODD1 exceeded its time limit of 5 s on this document and was stopped", timeout);
        Assert.Contains("RH3001", result.Out);
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void A_rule_that_throws_a_cancellation_of_its_own_is_reported_as_its_own_problem()
    {
        // A rule whose lookup times out throws OperationCanceledException, while the run itself was never cancelled.
        using var folder = PackWith("Impatient", "c.RegisterDocumentAction(_ => throw new OperationCanceledException(\"the lookup timed out\"))");
        var result = Check(folder);
        Assert.Contains("warning RH0005: rule ODD1 threw OperationCanceledException on this document (the lookup timed out); its findings here are incomplete", result.Out);
        Assert.Contains("RH3001", result.Out);
        Assert.Equal(1, result.ExitCode);
    }

    [Theory]
    [InlineData("Quitter", "c.RegisterDocumentAction(_ => Environment.Exit(0))", "System.Environment.Exit")]
    [InlineData("Writer", "c.RegisterDocumentAction(_ => System.IO.File.WriteAllText(\"owned\", \"\"))", "System.IO.File")]
    [InlineData("Launcher", "c.RegisterDocumentAction(_ => System.Diagnostics.Process.Start(\"true\"))", "System.Diagnostics.Process")]
    public void A_rule_that_would_end_the_process_start_programs_or_write_files_is_refused_when_it_compiles(string rule, string registration, string api)
    {
        using var folder = PackWith(rule, registration);
        var result = Check(folder);
        Assert.Matches($@"{rule}\.rule\.cs\(5,\d+\): error: a rule may not use {api.Replace(".", @"\.")}", result.Error);
        Assert.Contains("RH3001", result.Out);
        Assert.Equal(2, result.ExitCode);
    }
}

/// <summary>The guards are inserted without changing what a well-behaved rule means.</summary>
public class GuardedCodeRuleTests
{
    [Fact]
    public void Expression_bodies_throw_expressions_iterators_and_expression_trees_compile_and_run_as_written()
    {
        using var folder = new TempFolder();
        folder.Write(".editorconfig", "root = true\n[*.md]\nrhetlint.packs = house\n");
        folder.Write("house/pack.yaml", "name: house\n");
        folder.Write("house/Shapes.rule.cs", """
            public sealed class Shapes : RhetoricAnalyzer
            {
                public static readonly DiagnosticDescriptor D = new("SHAPE1", "t", "'{0}' counted", "HouseStyle", DiagnosticSeverity.Warning, true);
                public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [D];
                private int Unused => throw new InvalidOperationException();
                private static void Never() => throw new InvalidOperationException();
                private static System.Linq.Expressions.Expression<Func<int, int>> Tree => x => x + 1;
                private static IEnumerable<Token> Words(DocumentModel d, Sentence s)
                {
                    for (var i = s.FirstToken; i < s.EndToken; i++) if (d.Tokens[i].IsWord) yield return d.Tokens[i];
                }
                public override void Initialize(AnalysisContext c) => c.RegisterSentenceAction(s =>
                {
                    var first = Words(s.Document, s.Sentence).First(t => t.Norm == "ferry");
                    if (Tree.Compile()(1) == 2) s.Report(D, first.Span, [], first.Text);
                });
            }
            """);
        folder.Write("draft.md", "The ferry ran on time.\n");
        var result = Run("check", "--allow-code-rules", "--no-cache", "--format", "concise", Path.Combine(folder.Path, "draft.md"));
        Assert.Equal("1 warning in 1 file (1 checked).\n", result.Error);
        Assert.Contains("warning SHAPE1: 'ferry' counted", result.Out);
    }
}
