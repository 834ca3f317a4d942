using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Config;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Sourcing;

/// <summary>
/// RH3009 — anonymous source without access or reason.
///
/// What it does: flags an anonymous source — "a source said", "security sources say", "a senior official
/// told", "people familiar with the talks", "a diplomat who attended the talks", "port bosses privately
/// concede" — and says what the attribution lacks: how the source knows, and why they were not named.
///
/// Why is this bad? Anonymous material is the weakest sourcing there is. AP, NPR, the New York Times and
/// Reuters all require the story to say how an anonymous source knows and why anonymity was granted, and
/// Reuters warns against making one source plural.
///
/// Severity: a warning when the reason for anonymity is missing; a suggestion (for an editor's review) when
/// both access and reason are given, or when the only reason is boilerplate ("not authorized to speak").
///
/// Example: A source says the minister will resign within days.
/// Use instead: A cabinet aide who attended Monday's meeting, speaking on condition of anonymity because the
/// talks are secret, said the minister will resign within days.
///
/// Options: <c>require_reason</c> (default true): false is a policy under which stated access alone justifies
/// anonymity, so an anonymous source whose access is given is a suggestion whatever the reason.
///
/// Not flagged: an organization's spokesperson ("a spokeswoman for Northline Rail said"); a named group of
/// professionals speaking in public ("economists at the Harlow Institute said"); sources inside a quotation.
/// </summary>
public sealed class RH3009AnonymousSourceWithoutContext : RhetoricAnalyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "RH3009",
        "Anonymous source lacks access or reason",
        "'{0}' is an anonymous source; {1}",
        RuleCategories.Sourcing,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "An anonymous source is quoted without saying how they know or why they were not named.",
        helpLinkUri: RuleCategories.HelpUri("RH3009"));

    /// <summary>Reasons in form only: the boilerplate the New York Times' 2010 memo warns against.</summary>
    private static readonly HashSet<string> RoteReasonStarts = new(StringComparer.Ordinal) { "not", "was", "were" };

    public static readonly RuleOption<bool> RequireReason = RuleOption.Bool("RH3009", "require_reason", true,
        "Whether an anonymous source needs a stated reason for anonymity; false lets stated access alone lower the finding to a suggestion.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override ImmutableArray<RuleOption> SupportedOptions => [RequireReason];

    public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(AnalyzeSentence);

    private static void AnalyzeSentence(SentenceContext context)
    {
        var document = context.Document;
        var sentence = context.Sentence;
        Reason? sentenceReason = null;
        var requireReason = context.Options.Get(RequireReason);
        foreach (var frame in document.FramesIn(sentence))
        {
            var reason = sentenceReason ??= ReasonFor(document, sentence);
            if (!IsAnonymous(document, frame, reason) || !SourceFrames.IsAuthorAttribution(document, frame)) continue;
            if (SourceFrames.IsAnonymousAttack(document, frame) || SourceFrames.IsActionNotClaim(document, frame)) continue;

            var access = Vocabulary.SourceAccessCues.OccursIn(document.Tokens, frame.SourceStart, frame.SourceEnd);
            var severity = (reason is Reason.Specific || !requireReason) && access || reason is Reason.Rote && !access ? DiagnosticSeverity.Info : DiagnosticSeverity.Warning;
            // News copy (RULES.md §1): a bare "a source said", with neither access nor reason, blocks publication.
            if (frame.Speaker == SpeakerClass.AnonymousBare && !access && reason == Reason.None && context.Profile == GenreProfile.News)
                severity = DiagnosticSeverity.Error;
            var span = SourceFrames.AttributionSpan(document, frame);
            var template = Rewrite.Template("Say how they know and why they are anonymous", document.SpanOf(frame.SourceStart, frame.SourceEnd),
                "a [role] who [how they know], speaking on condition of anonymity because [specific reason],");
            context.Report(Descriptor, severity, span, [template], document.Excerpt(span), Missing(document, frame, access, reason, requireReason));
        }
    }

    private static bool IsAnonymous(DocumentModel document, AttributionFrame frame, Reason reason)
    {
        if (frame.Speaker == SpeakerClass.AnonymousBare) return true;
        if (frame.Speaker != SpeakerClass.AnonymousDescribed) return false;
        var head = document.Tokens[frame.SourceHeadEnd - 1];
        // Documents ("court documents", "police reports") are judged by the research and hearsay rules, not as people.
        if (Vocabulary.IsSpokesperson(head) || Vocabulary.IsDocumentNoun(head) || Vocabulary.IsPluralDocumentNoun(head)) return false;
        // A named group of professionals ("economists at the Harlow Institute") speaks in public unless the sentence says otherwise.
        if (Vocabulary.IsPluralRoleNoun(head) && !Vocabulary.IsAnonymousSourceNoun(head))
            return IsOffTheRecord(document, frame) || reason != Reason.None;
        return true;
    }

    private static bool IsOffTheRecord(DocumentModel document, AttributionFrame frame)
    {
        for (var i = frame.SourceEnd; i <= frame.CueToken && i < document.Tokens.Length; i++)
            if (FunctionWords.AnonymityAdverbs.Contains(document.Tokens[i].Norm)) return true;
        return false;
    }

    private enum Reason { None, Rote, Specific }

    /// <summary>The reason for anonymity given in the sentence: "because …" after any cue makes it specific.</summary>
    private static Reason ReasonFor(DocumentModel document, Sentence sentence)
    {
        var tokens = document.Tokens;
        var found = Reason.None;
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            var length = Vocabulary.AnonymityReasons.LongestAt(tokens, k, sentence.EndToken);
            if (length == 0) continue;
            var rote = RoteReasonStarts.Contains(tokens[k].Norm) && !HasBecauseAfter(tokens, sentence, k + length);
            if (!rote) return Reason.Specific;
            found = Reason.Rote;
        }
        return found;
    }

    private static bool HasBecauseAfter(ImmutableArray<Token> tokens, Sentence sentence, int from)
    {
        for (var k = from; k < sentence.EndToken && k - from < 8; k++)
            if (tokens[k].Norm is "because" or "since") return true;
        return false;
    }

    private static string Missing(DocumentModel document, AttributionFrame frame, bool access, Reason reason, bool requireReason)
    {
        var plural = document.Tokens[frame.SourceHeadEnd - 1].Norm.EndsWith('s') && frame.Speaker == SpeakerClass.AnonymousBare && !SourceFrames.IsCounted(document, frame)
            ? "; if there are several, say how many"
            : "";
        var what = (access, reason) switch
        {
            (false, _) when !requireReason => "say how the source knows",
            (true, _) when !requireReason => "access is given; an editor should still approve it",
            (false, Reason.None) => "say how the source knows and why they were not named",
            (false, _) => "say how the source knows",
            (true, Reason.None) => "say why the source was not named",
            (true, Reason.Rote) => "the reason for anonymity is boilerplate; give the specific reason",
            _ => "access and reason are given; an editor should still approve it",
        };
        return what + plural;
    }
}
