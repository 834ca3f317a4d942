using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Markup;

namespace Rhetlint.Core.Tests.Fixes;

/// <summary>A test rule: flags every occurrence of a phrase and offers the given rewrites of it (a template first, when asked).</summary>
internal sealed class PhraseRule(string id, string phrase, params (string Replacement, Applicability Applicability)[] rewrites) : RhetoricAnalyzer
{
#pragma warning disable RS1017 // Roslyn wants constant ids in analyzers; these test rules take theirs from the test, as pack rules do.
    private readonly DiagnosticDescriptor _rule = new(id, "test rule", "'{0}'", RuleCategories.HouseStyle, DiagnosticSeverity.Warning, true);
#pragma warning restore RS1017

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [_rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(document =>
    {
        var text = document.Document.Source.ToString();
        for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            var span = new TextSpan(at, phrase.Length);
            document.Report(_rule, span, [.. rewrites.Select(r => new Rewrite($"Write '{r.Replacement}'", [new TextChange(span, r.Replacement)], r.Applicability))], phrase);
        }
    });

    /// <summary>The findings of these rules on a text, as <c>fix</c> analyzes each pass.</summary>
    public static Func<SourceText, ImmutableArray<Finding>> Analyzer(params RhetoricAnalyzer[] rules)
    {
        var linter = new Linter(new AnalyzerDriver(rules));
        return text => linter.Lint("draft.txt", text, DocumentFormat.PlainText);
    }
}

