using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Semantics;

namespace Rhetlint.Rules.Sourcing;

/// <summary>RH3010 — anonymous or vague source attacks a person.</summary>
public sealed class RH3010AnonymousAttack : RhetoricAnalyzer
{
    public override RuleDocumentation Documentation { get; } = new(Descriptor)
    {
        WhatItDoes = """
            Flags an unnamed or vague source — "one senior diplomat", "critics inside the party", "a source" — whose
            quoted or reported words attack someone's character: coward, liar, incompetent, puppet, traitor, unfit
            and their kin.
            """,
        WhyIsThisBad = """
            It lets an attack on a person be made with nobody answerable for it. NPR bars anonymous pejorative comments,
            Reuters forbids attacks "behind a cloak of anonymity", and the New York Times does not grant anonymity for
            personal attacks.

            The attack must be said of a person: a name, a personal pronoun or a definite role ("the minister") comes
            before it in the attributed words, and the word is not a modifier of some other noun ("corrupt officials",
            "a dishonest plan" attack no one in particular).
            """,
        NotFlagged = """
            - The critic is named ("opposition leader Tomas Berg said").
            - The anonymous source reports facts ("had missed two of the three summit sessions").
            - The attack is negated ("was not a coward").

            This rule takes precedence over RH3001, RH3002 and RH3009: one source, one finding.
            """,
        Examples = ["“The minister is a coward and a liar,” [[one senior diplomat said]]."],
        UseInstead =
        [
            """
            The minister missed two of the three summit sessions, according to the published attendance record.
            """,
        ],
        Rewrite = "A display-only template: `[named critic], [role],`.",
    };

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
            var attack = SourceFrames.AttackWord(document, frame)!.Value;
            var span = SourceFrames.AttributionSpan(document, frame);
            var rewrite = Rewrite.Template("Name the critic", document.SpanOf(frame.SourceStart, frame.SourceEnd), "[named critic], [role],");
            context.Report(Descriptor, span, [rewrite], document.Excerpt(span), attack.Text);
        }
    }
}
