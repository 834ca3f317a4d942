using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;
using Rhetlint.Rules.Superlatives;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// RH1004 — hostile intent attributed without evidence.
///
/// What it does: flags the writer asserting what a state or collective actor secretly wants — "Russia covets
/// Europe", "the regime is bent on destroying us", "it understands only force", "their warships are not there
/// for trade" — when the previous, same and next sentences carry no citation, named source or document of the
/// actor's own.
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
        helpLinkUri: RuleCategories.HelpUri("RH1004"),
        customTags: new EvidenceWindow(1, 1).Tag);

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
            var insinuation = false;
            if (length == 0 && InsinuatedPurposeLength(tokens, sentence, i) is int purpose)
            {
                length = purpose;
                insinuation = true;
            }
            if (length == 0) continue;
            if (document.Voices[i] != Voice.Author || document.IsNegated(i)) continue;
            if (FindSubject(document, sentence, i, allowPossessive: insinuation) is not var (subjectStart, actor)) continue;
            if (context.EvidenceFor(Descriptor, new Claim(ClaimKind.Intent, subjectStart, i + length)).Strength >= EvidenceStrength.Strong) continue;

            var span = document.SpanOf(subjectStart, i + length);
            var hedged = document.IsHedged(i) || ClaimScope.EndsWithQuestion(tokens, sentence);
            var rewrite = Rewrite.Template("Replace imputed intent with observed action and a source", span,
                $"{actor} has [observable action] ([source]), which [named analyst] reads as an aim to [goal]");
            context.Report(Descriptor, hedged ? DiagnosticSeverity.Info : Descriptor.DefaultSeverity, span, [rewrite], document.Excerpt(span), actor);
            i += length - 1;
        }
    }

    /// <summary>
    /// "… are not out there for fishing", "… is not here to trade": denying the innocent purpose insinuates a
    /// hostile one. The length runs through the purpose word.
    /// </summary>
    private static int? InsinuatedPurposeLength(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (tokens[i].Norm is not ("is" or "are" or "was" or "were") || i + 4 >= sentence.EndToken) return null;
        var k = i + 1;
        if (tokens[k].Norm is not ("not" or "n't")) return null;
        k++;
        if (tokens[k].Norm is "up" or "out" or "down" or "over" or "in") k++;
        if (tokens[k].Norm is not ("there" or "here") || k + 2 >= sentence.EndToken) return null;
        k++;
        if (tokens[k].Norm is not ("for" or "to")) return null;
        k++;
        if (tokens[k].Norm is "the" or "a" or "an" or "its" or "their") k++;
        return k < sentence.EndToken && tokens[k].IsWord ? k + 1 - i : null;
    }

    /// <summary>
    /// The subject of the predicate at <paramref name="predicate"/> when it is an actor: a gazetteer actor, an actor
    /// with a place after it ("the regime in Pyongyang"), or "it"/"they" — and, for insinuations, "its"/"their" +
    /// noun ("their icebreakers") — whose antecedent is an actor in this or the two sentences before. Returns the
    /// subject's first token and the actor's name for the message.
    /// </summary>
    private static (int Start, string Actor)? FindSubject(DocumentModel document, Sentence sentence, int predicate, bool allowPossessive)
    {
        var tokens = document.Tokens;
        var end = predicate;
        while (end - 1 >= sentence.FirstToken && Interveners.Contains(tokens[end - 1].Norm)) end--;
        var span = tokens.AsSpan(0, sentence.EndToken);
        // Earliest first, so "the regime in Tehran" wins over "Tehran".
        for (var start = Math.Max(sentence.FirstToken, end - 6); start < end; start++)
        {
            if (document.Actors.Match(span, start) is not { } actor) continue;
            var actorEnd = start + actor.Length;
            if (actorEnd == end || IsPlaceModifier(tokens, actorEnd, end))
                return (start, document.Excerpt(document.SpanOf(start, actorEnd)));
        }
        var subject = end - 1;
        if (subject < sentence.FirstToken) return null;
        if (tokens[subject].Norm is "it" or "they")
            return AntecedentActor(document, sentence, subject) is { } antecedent ? (subject, antecedent) : null;
        if (!allowPossessive) return null;
        // "their icebreakers", "its new warships": a possessive, up to two modifiers and the head noun.
        for (var k = subject - 1; k >= sentence.FirstToken && subject - k <= 3; k--)
        {
            if (tokens[k].Norm is not ("its" or "their")) continue;
            return AntecedentActor(document, sentence, k) is { } owner ? (k, owner) : null;
        }
        return null;
    }

    /// <summary>"in Pyongyang", "of Varn": a preposition and a capitalized place closing the subject.</summary>
    private static bool IsPlaceModifier(ImmutableArray<Token> tokens, int from, int end)
    {
        if (end - from is < 2 or > 3 || tokens[from].Norm is not ("in" or "of" or "from")) return false;
        for (var k = from + 1; k < end; k++)
            if (!tokens[k].IsCapitalized) return false;
        return true;
    }

    /// <summary>The nearest actor named before <paramref name="pronoun"/> in its sentence or the two before it, in its paragraph.</summary>
    private static string? AntecedentActor(DocumentModel document, Sentence sentence, int pronoun)
    {
        var tokens = document.Tokens;
        var paragraph = document.Syntax.Paragraphs[sentence.ParagraphIndex];
        for (var s = sentence.Index; s >= Math.Max(paragraph.FirstSentence, sentence.Index - 2); s--)
        {
            var candidate = document.Syntax.Sentences[s];
            var last = s == sentence.Index ? pronoun : candidate.EndToken;
            var span = tokens.AsSpan(0, candidate.EndToken);
            string? found = null;
            for (var k = candidate.FirstToken; k < last; k++)
            {
                // Generic groups ("militants", "the enemy") are actors, but a pronoun rarely points back to a lower-case one.
                if (document.Actors.Match(span, k) is not { } actor || actor.Class == ActorClass.Group && !tokens[k].IsCapitalized) continue;
                found = document.Excerpt(document.SpanOf(k, k + actor.Length));
                k += actor.Length - 1;
            }
            if (found is not null) return found;
        }
        return null;
    }
}
