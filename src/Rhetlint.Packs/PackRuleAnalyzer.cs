using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;

namespace Rhetlint.Packs;

/// <summary>Runs one YAML pack rule as an analyzer, sentence by sentence, like a built-in rule.</summary>
internal sealed class PackRuleAnalyzer(PackRule rule) : RhetoricAnalyzer
{
    public PackRule Rule { get; } = rule;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [rule.Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(sentence =>
    {
        var document = sentence.Document;
        foreach (var match in Rule.Matcher.Find(document, sentence.Sentence))
        {
            if (!Rule.Conditions.Admits(sentence, Rule.Descriptor, match)) continue;
            var written = document.Excerpt(match.Span);
            sentence.Report(Rule.Descriptor, match.Span, Rewrites(match), written, match.Replacement ?? Rule.Suggestion ?? "");
        }
    });

    private ImmutableArray<Rewrite> Rewrites(Matching.PackMatch match)
    {
        if (match.Replacement is { } replacement)
            return [new Rewrite($"Replace with '{replacement}'", [new TextChange(match.Span, replacement)], Rule.Applicability)];
        return Rule.Suggestion is { } suggestion ? [Rewrite.Template($"Replace with '{suggestion}'", match.Span, suggestion)] : [];
    }
}
