using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Sourcing;

/// <summary>
/// RH3001 — vague collective attribution.
///
/// What it does: flags a claim attributed to an unnamed group: "critics say", "some strategists warn",
/// "analysts agree", "others note", "hydrologists said", "reviewers are calling it".
///
/// Why is this bad? The reader cannot tell how many people hold the view, who they are, or whether the
/// writer is putting their own opinion in an anonymous crowd's mouth (Wikipedia's "unsupported attributions";
/// NPR: "officials say" is not enough).
///
/// Example: Critics say the treaty hands Kestria a veto over our ports.
/// Use instead: Critics, led by MP Sara Lind, say the treaty hands Kestria a veto over our ports.
///
/// Not flagged: a group whose members are named in the phrase, the same sentence or the next one
/// ("critics, including MP Sara Lind,"), or, when the sentence opens its paragraph, later in the paragraph; a
/// group scoped by a named organization ("analysts at Brenner Capital", left to RH3009 when anonymity is the
/// issue); a claim that carries a citation; anything inside a direct quotation.
/// </summary>
public sealed class RH3001VagueCollectiveSource : RhetoricAnalyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "RH3001",
        "Vague collective attribution",
        "'{0}' attributes the claim to an unnamed group; say who they are, or make the claim in your own voice with evidence",
        RuleCategories.Sourcing,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A claim is attributed to a vague group (\"critics say\", \"some experts warn\") whose members the reader cannot identify.",
        helpLinkUri: RuleCategories.HelpUri("RH3001"),
        customTags: EvidenceWindow.Sentence.Tag);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(AnalyzeSentence);

    private static void AnalyzeSentence(SentenceContext context)
    {
        var document = context.Document;
        var sentence = context.Sentence;
        foreach (var frame in document.FramesIn(sentence))
        {
            if (frame.Speaker != SpeakerClass.VagueCollective || !SourceFrames.IsAuthorAttribution(document, frame)) continue;
            if (SourceFrames.IsAnonymousAttack(document, frame) || MembersAreNamed(document, frame) || IsCountedOrDocumentary(document, frame)) continue;
            if (SourceFrames.IsActionNotClaim(document, frame) || IsUniversalGroup(document, frame)) continue;
            var claim = new Claim(ClaimKind.Attribution, Math.Min(frame.SourceStart, frame.CueToken), Math.Max(frame.SourceEnd, frame.CueToken + 1));
            if (context.EvidenceFor(Descriptor, claim).HasCitation) continue;

            var span = SourceFrames.AttributionSpan(document, frame);
            var source = document.SpanOf(frame.SourceStart, frame.SourceHeadEnd);
            var rewrites = ImmutableArray.Create(
                Rewrite.Template("Name members of the group", source, $"{document.Excerpt(source)}, including [Name], [role] at [organization],"),
                Rewrite.Template("Count and cite them", source, $"[N] {document.Tokens[frame.SourceHeadEnd - 1].Norm} surveyed by [organization]"));
            context.Report(Descriptor, span, rewrites, document.Excerpt(span));
        }
    }

    /// <summary>
    /// "Polls show", "leaked documents": research and documents are RH3007's. "Ten voters said": a counted
    /// group is specific enough for this rule.
    /// </summary>
    private static bool IsCountedOrDocumentary(DocumentModel document, AttributionFrame frame) =>
        Vocabulary.IsPluralDocumentNoun(document.Tokens[frame.SourceHeadEnd - 1]) || SourceFrames.IsCounted(document, frame);

    /// <summary>"All experts agree", "economists everywhere agree": a claim that everyone agrees, reported once as RH2006.</summary>
    private static bool IsUniversalGroup(DocumentModel document, AttributionFrame frame)
    {
        var tokens = document.Tokens;
        var first = document.SentenceOf(frame.SourceStart).FirstToken;
        return tokens[frame.SourceStart].Norm is "all" or "every"
            || frame.SourceStart > first && tokens[frame.SourceStart - 1].Norm is "all" or "every"
            || frame.SourceHeadEnd < tokens.Length && tokens[frame.SourceHeadEnd].Norm == "everywhere";
    }

    /// <summary>
    /// The group is specified: names in its own phrase ("critics, led by MP Sara Lind,"), a named source in the
    /// same or next sentence, or — for a topic sentence — anywhere later in its paragraph.
    /// </summary>
    private static bool MembersAreNamed(DocumentModel document, AttributionFrame frame)
    {
        var tokens = document.Tokens;
        for (var i = frame.SourceHeadEnd; i < frame.SourceEnd; i++)
            if (tokens[i].IsWord && tokens[i].IsCapitalized) return true;

        var sentence = document.Syntax.Sentences[frame.SentenceIndex];
        var paragraph = document.Syntax.Paragraphs[sentence.ParagraphIndex];
        var last = sentence.Index == paragraph.FirstSentence ? paragraph.EndSentence - 1 : Math.Min(sentence.Index + 1, paragraph.EndSentence - 1);
        for (var s = sentence.Index; s <= last; s++)
            foreach (var other in document.FramesIn(document.Syntax.Sentences[s]))
                if (other != frame && other.Speaker is SpeakerClass.NamedPerson or SpeakerClass.NamedOrganization or SpeakerClass.NamedDocument)
                    return true;
        return false;
    }
}
