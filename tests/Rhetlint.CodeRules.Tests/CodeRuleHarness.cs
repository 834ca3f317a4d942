using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Markup;

namespace Rhetlint.CodeRules.Tests;

internal static class CodeRuleHarness
{
    /// <summary>The example rule shipped in rules/examples, copied beside the tests by the project file.</summary>
    public static string ExampleSource => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "examples", "ExclamationInReporting.rule.cs"));

    public static ImmutableArray<Finding> Lint(ImmutableArray<RhetoricAnalyzer> analyzers, string text) =>
        new Linter(new AnalyzerDriver(analyzers)).Lint("draft.txt", SourceText.From(text), DocumentFormat.PlainText);

    /// <summary>The text each finding of <paramref name="id"/> covers.</summary>
    public static string[] Flagged(ImmutableArray<RhetoricAnalyzer> analyzers, string id, string text) =>
        [.. Lint(analyzers, text).Where(f => f.Id == id).Select(f => text.Substring(f.Span.Start, f.Span.Length))];

    /// <summary>A rule file with one analyzer that reports nothing, with room for a constructor and an Initialize body.</summary>
    public static string Analyzer(string className, string id, string constructorBody = "", string initializeBody = "") => $$"""
        public sealed class {{className}} : RhetoricAnalyzer
        {
            private static readonly DiagnosticDescriptor Descriptor =
                new("{{id}}", "Title", "Message", "HouseStyle", DiagnosticSeverity.Warning, isEnabledByDefault: true);

            public {{className}}() { {{constructorBody}} }

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

            public override void Initialize(AnalysisContext context) { {{initializeBody}} }
        }

        """;
}
