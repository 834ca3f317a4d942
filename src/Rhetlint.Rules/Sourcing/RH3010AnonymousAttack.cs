using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Semantics;

namespace Rhetlint.Rules.Sourcing;

/// <summary>
/// RH3010 — anonymous or vague source attacks a person.
///
/// What it does: flags an unnamed or vague source — "one senior diplomat", "critics inside the party", "a
/// source" — whose quoted or reported words attack someone's character: coward, liar, incompetent, puppet,
/// traitor, unfit.
///
/// Why is this bad? It lets an attack on a person's character be made with nobody answerable for it. NPR,
/// the New York Times and Reuters all bar anonymous pejorative comments.
///
/// Example: “The minister is a coward and a liar,” one senior diplomat said.
/// Use instead: report what the minister did (“missed two of the three summit sessions”), or name the critic.
///
/// Not flagged: a named critic ("opposition leader Tomas Berg said"); an anonymous source reporting facts;
/// a negated attack ("is not a coward"). This rule takes precedence over RH3001, RH3002 and RH3009 on the same
/// source.
/// </summary>
public sealed class RH3010AnonymousAttack : RhetoricAnalyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "RH3010",
        "Anonymous source attacks a person",
        "'{0}' is not named, yet the words attributed to them attack a person ('{1}'); name the critic or report a checkable fact instead",
        RuleCategories.Sourcing,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "An unnamed or vague source is quoted attacking someone's character.",
        helpLinkUri: RuleCategories.HelpUri("RH3010"));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(AnalyzeSentence);

    private static void AnalyzeSentence(SentenceContext context)
    {
        var document = context.Document;
        foreach (var frame in document.FramesIn(context.Sentence))
        {
            if (!SourceFrames.IsAuthorAttribution(document, frame) || !SourceFrames.IsAnonymousAttack(document, frame)) continue;
            var attack = SourceFrames.AttackWord(document, frame)!;
            var span = SourceFrames.AttributionSpan(document, frame);
            var rewrite = Rewrite.Template("Name the critic", document.SpanOf(frame.SourceStart, frame.SourceEnd), "[named critic], [role],");
            context.Report(Descriptor, span, [rewrite], document.Excerpt(span), attack.Text);
        }
    }
}
