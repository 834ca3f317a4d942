using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// RH1004 — hostile intent attributed without evidence.
///
/// What it does: flags the writer asserting what a state or collective actor secretly wants — "Russia covets
/// Europe", "the regime is bent on destroying us" — when the previous, same and next sentences carry no
/// citation, named source or document of the actor's own.
///
/// Why is this bad? Intent is the hardest thing to know about an adversary and the easiest to assert.
/// Threat inflation routinely swaps observable capability and action for imputed motive.
///
/// Example: Make no mistake: Iran is bent on dominating the Gulf.
/// Use instead: Iran has tripled its fast-attack boat fleet since 2019 (IISS), which the analyst Mara Vance reads as an aim to control the strait.
///
/// Not flagged: quoted or reported claims (their source is judged by the sourcing rules), negated claims
/// ("no evidence that Moscow covets…"), and claims with evidence in the window. A hedge ("may seek to
/// dominate") or a question lowers it to a suggestion.
/// </summary>
public sealed class RH1004UnevidencedHostileIntent : RhetoricAnalyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "RH1004",
        "Hostile intent attributed without evidence",
        "'{0}' asserts what {1} intends without evidence; show what it has done, or cite who says so",
        RuleCategories.ThreatInflation,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The writer imputes a hostile aim to a state or collective actor with no citation, named source or document of the actor's own nearby.",
        helpLinkUri: RuleCategories.HelpUri("RH1004"));

    private static readonly Lazy<PhraseList> Predicates = new(() => PhraseList.Load("hostile_intent_predicates"));

    /// <summary>Adverbs that may stand between the actor and its predicate ("Moscow still covets").</summary>
    private static readonly HashSet<string> Interveners = ["still", "clearly", "secretly", "now", "openly", "always", "obviously", "plainly", "evidently", "also", "long", "has", "have", "had",
        "may", "might", "could", "would", "will", "can", "must", "should"];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(AnalyzeSentence);

    private static void AnalyzeSentence(SentenceContext context)
    {
        var document = context.Document;
        var sentence = context.Sentence;
        var tokens = document.Tokens;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var length = Predicates.Value.LongestAt(tokens, i, sentence.EndToken);
            if (length == 0) continue;
            if (document.Voices[i] != Voice.Author || document.IsNegated(i)) continue;
            if (FindActor(tokens, sentence, i) is not int actorStart) continue;
            if (document.EvidenceAround(sentence, 1, 1) >= EvidenceStrength.Strong) continue;

            var span = document.SpanOf(actorStart, i + length);
            var actor = document.Excerpt(document.SpanOf(actorStart, ActorEnd(tokens, sentence, actorStart)));
            var hedged = document.IsHedged(i) || tokens[sentence.EndToken - 1].Text == "?";
            var rewrite = Rewrite.Template("Replace imputed intent with observed action and a source", span,
                $"{actor} has [observable action] ([source]), which [named analyst] reads as an aim to [goal]");
            context.Report(Descriptor, hedged ? DiagnosticSeverity.Info : Descriptor.DefaultSeverity, span, [rewrite], document.Excerpt(span), actor);
            i += length - 1;
        }
    }

    /// <summary>The start of a gazetteer actor that is the subject of the predicate at <paramref name="predicate"/>.</summary>
    private static int? FindActor(ImmutableArray<Token> tokens, Sentence sentence, int predicate)
    {
        var end = predicate;
        while (end - 1 >= sentence.FirstToken && Interveners.Contains(tokens[end - 1].Norm)) end--;
        var span = tokens.AsSpan(0, sentence.EndToken);
        for (var start = end - 1; start >= sentence.FirstToken && end - start <= 4; start--)
            if (Actors.Match(span, start) is { } actor && start + actor.Length == end)
                return start;
        return null;
    }

    private static int ActorEnd(ImmutableArray<Token> tokens, Sentence sentence, int start) =>
        Actors.Match(tokens.AsSpan(0, sentence.EndToken), start) is { } actor ? start + actor.Length : start + 1;
}
