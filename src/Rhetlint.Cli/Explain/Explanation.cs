using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Cli.Output;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;
using Rhetlint.Core.Text;

namespace Rhetlint.Cli.Explain;

// What the engine saw in one document, sentence by sentence: the shape of `rhetlint explain --format json`
// and the data the text view prints. Offsets are UTF-16 code units into the text after any byte-order mark,
// as in the check report; enum members are printed by name (camelCase) so new members need no change here.

internal sealed record ExplainReport(
    JsonTool Tool,
    string Path,
    IReadOnlyList<ExplainedSentence> Sentences,
    IReadOnlyList<ExplainedFinding> DocumentFindings,
    ExplainSummary Summary);

/// <summary>
/// A stretch of the text; <see cref="Text"/> is on one line (line breaks and runs of spaces collapsed), and in an HTML
/// page it is the prose a reader sees (entities decoded, tags left out), so it is not always the file's text at
/// <see cref="Start"/>, which with <see cref="Length"/>, <see cref="Line"/> and <see cref="Column"/> stays the file's.
/// </summary>
internal sealed record ExplainedSpan(int Start, int Length, int Line, int Column, string Text);

/// <param name="Evidence">The evidence items found in the sentence, whatever claim they may bear on.</param>
/// <param name="Claims">The claims in the sentence that rules asked evidence for, with what was linked and why.</param>
internal sealed record ExplainedSentence(
    int Index,
    int Paragraph,
    ExplainedSpan Span,
    IReadOnlyList<ExplainedEvidence> Evidence,
    IReadOnlyList<ExplainedClaim> Claims,
    IReadOnlyList<ExplainedQuotation> Quotations,
    IReadOnlyList<ExplainedFrame> Frames,
    IReadOnlyList<VoiceRun> Voices,
    IReadOnlyList<CueScope> Negations,
    IReadOnlyList<CueScope> Hedges,
    IReadOnlyList<ExplainedFinding> Findings);

/// <summary>An evidence item: its kind ("figure", "source", …), for a figure what it measures, for a source or dataset who publishes it.</summary>
internal sealed record ExplainedEvidence(string Kind, string? Figure, string? Dimension, string? Publisher, string Description, ExplainedSpan Span);

/// <summary>A claim a rule weighed: its kind, the window searched, the strength of what was linked, and each item with its reason.</summary>
internal sealed record ExplainedClaim(string Rule, string Kind, ExplainedSpan Span, string Window, string Strength,
    IReadOnlyList<ExplainedLink> Linked, IReadOnlyList<ExplainedLink> NotLinked);

/// <summary>An evidence item weighed for a claim, with the sentence it is in and why it does or does not bear on the claim.</summary>
internal sealed record ExplainedLink(string Description, ExplainedSpan Span, int Sentence, string Strength, string Reason);

/// <summary>A quotation, listed under the sentence it opens in.</summary>
/// <param name="Use">"mention" for a mentioned term or title, otherwise how its speaker was found ("sameSentence", "dashLine", …), or null when no speaker was found.</param>
internal sealed record ExplainedQuotation(int Index, ExplainedSpan Span, string Style, int Depth, int? Parent, bool Closed,
    string? Use, ExplainedSpan? Speaker, string? SpeakerClass);

internal sealed record ExplainedFrame(
    ExplainedSpan Source,
    ExplainedSpan SourceHead,
    string Speaker,
    ExplainedSpan Cue,
    string Side,
    ExplainedSpan Content,
    int? Quotation,
    ExplainedSpan? RefersTo);

/// <summary>A run of consecutive tokens with the same voice.</summary>
internal sealed record VoiceRun(string Voice, ExplainedSpan Span);

/// <summary>A negation or hedge cue and the tokens it governs.</summary>
internal sealed record CueScope(ExplainedSpan Cue, ExplainedSpan Scope);

internal sealed record ExplainedFinding(string Id, string Severity, string Message, ExplainedSpan Span);

internal sealed record ExplainSummary(int Sentences, int Quotations, int Frames, int Findings);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(ExplainReport))]
internal sealed partial class ExplainReportContext : JsonSerializerContext;

/// <summary>Builds an <see cref="ExplainReport"/> from a document model and the findings of the rules on it.</summary>
internal static class Explanation
{
    /// <param name="weighed">Every claim the rules asked evidence for; a claim asked about twice by one rule is shown once.</param>
    public static ExplainReport Build(string path, DocumentModel model, ImmutableArray<Finding> findings, IReadOnlyList<WeighedClaim> weighed)
    {
        var syntax = model.Syntax;
        var claimsBySentence = weighed
            .DistinctBy(w => (w.RuleId, w.Evidence.Claim.Start, w.Evidence.Claim.End))
            .ToLookup(w => syntax.SentenceOfToken(w.Evidence.Claim.Start).Index);
        var findingsBySentence = findings.ToLookup(f => SentenceAt(syntax, f.Span.Start));
        var quotationsBySentence = syntax.Quotations.ToLookup(q => syntax.SentenceOfToken(q.OpenToken).Index);
        var sentences = syntax.Sentences.Select(s => new ExplainedSentence(
            s.Index,
            s.ParagraphIndex,
            Span(model, s.Span),
            [.. model.EvidenceItems.Where(e => e.SentenceIndex == s.Index).Select(e => Evidence(model, e))],
            [.. claimsBySentence[s.Index].Select(w => Claim(model, w))],
            [.. quotationsBySentence[s.Index].Select(q => Quotation(model, q))],
            [.. model.FramesIn(s).Select(f => Frame(model, f))],
            VoiceRuns(model, s),
            CueScopes(model, s, model.NegationCueOf),
            CueScopes(model, s, model.HedgeCueOf),
            [.. findingsBySentence[s.Index].Select(f => Finding(model, f))])).ToList();
        return new ExplainReport(
            new JsonTool("rhetlint", ToolVersion.Current),
            path,
            sentences,
            [.. findingsBySentence[-1].Select(f => Finding(model, f))],
            new ExplainSummary(syntax.Sentences.Length, syntax.Quotations.Length, model.Frames.Length, findings.Length));
    }

    /// <summary>The sentence holding the token at <paramref name="offset"/>; -1 when no token is there (a document-level finding).</summary>
    private static int SentenceAt(ProseDocument syntax, int offset)
    {
        var token = syntax.TokenIndexAt(offset);
        return token < 0 ? -1 : syntax.SentenceOfToken(token).Index;
    }

    private static ExplainedEvidence Evidence(DocumentModel model, EvidenceItem item) => new(
        Name(item.Kind),
        item.Kind == EvidenceKind.Figure ? Name(item.Figure) : null,
        item.Kind == EvidenceKind.Figure && item.Dimension != Dimension.None ? Name(item.Dimension) : null,
        item.Publisher is { } publisher ? Name(publisher) : null,
        item.Description,
        Span(model, model.SpanOf(item.First, item.End)));

    private static ExplainedClaim Claim(DocumentModel model, WeighedClaim weighed)
    {
        var evidence = weighed.Evidence;
        return new ExplainedClaim(weighed.RuleId, Name(evidence.Claim.Kind), Span(model, model.SpanOf(evidence.Claim.Start, evidence.Claim.End)),
            evidence.Window.ToString(), Name(evidence.Strength), [.. evidence.Linked.Select(l => Link(model, l))], [.. evidence.NotLinked.Select(l => Link(model, l))]);
    }

    private static ExplainedLink Link(DocumentModel model, EvidenceLink link) =>
        new(link.Item.Description, Span(model, model.SpanOf(link.Item.First, link.Item.End)), link.Item.SentenceIndex, Name(link.Strength), link.Reason);

    private static ExplainedQuotation Quotation(DocumentModel model, Quotation quotation)
    {
        var speaker = model.QuotationSpeaker(quotation.Index);
        var use = model.IsMention(quotation) ? "mention" : speaker is null ? null : Name(speaker.Kind);
        return new(quotation.Index, Span(model, quotation.Span), Name(quotation.Style), quotation.Depth, quotation.ParentIndex, quotation.IsClosed,
            use, speaker is null ? null : Span(model, speaker.Speaker), speaker is null ? null : Name(speaker.SpeakerClass));
    }

    private static ExplainedFrame Frame(DocumentModel model, AttributionFrame frame) => new(
        Span(model, model.SpanOf(frame.SourceStart, frame.SourceEnd)),
        Span(model, model.SpanOf(frame.SourceStart, frame.SourceHeadEnd)),
        Name(frame.Speaker),
        Span(model, model.Tokens[frame.CueToken].Span),
        Name(frame.Side),
        Span(model, frame.Content),
        frame.QuotationIndex,
        frame.Antecedent is int k ? Span(model, model.SpanOf(model.Frames[k].SourceStart, model.Frames[k].SourceHeadEnd)) : null);

    private static ExplainedFinding Finding(DocumentModel model, Finding finding) =>
        new(finding.Id, Severities.Name(finding.Severity), finding.Message, Span(model, finding.Span));

    private static List<VoiceRun> VoiceRuns(DocumentModel model, Sentence sentence)
    {
        var runs = new List<VoiceRun>();
        for (var start = sentence.FirstToken; start < sentence.EndToken;)
        {
            var voice = model.Voices[start];
            var end = start + 1;
            while (end < sentence.EndToken && model.Voices[end] == voice) end++;
            runs.Add(new VoiceRun(Name(voice), Span(model, model.SpanOf(start, end))));
            start = end;
        }
        return runs;
    }

    /// <summary>Runs of consecutive tokens governed by the same cue, so a reader sees each cue once with its scope.</summary>
    private static List<CueScope> CueScopes(DocumentModel model, Sentence sentence, Func<int, (int First, int End)?> cueOf)
    {
        var scopes = new List<CueScope>();
        for (var start = sentence.FirstToken; start < sentence.EndToken;)
        {
            if (cueOf(start) is not { } cue)
            {
                start++;
                continue;
            }
            var end = start + 1;
            while (end < sentence.EndToken && cueOf(end) == cue) end++;
            scopes.Add(new CueScope(Span(model, model.SpanOf(cue.First, cue.End)), Span(model, model.SpanOf(start, end))));
            start = end;
        }
        return scopes;
    }

    private static ExplainedSpan Span(DocumentModel model, TextSpan span)
    {
        var position = LineMap.Of(model.Source).PositionOf(span.Start);
        return new ExplainedSpan(span.Start, span.Length, position.Line + 1, position.Character + 1, model.Excerpt(span));
    }

    /// <summary>An enum member's name in camelCase, like the JSON property names ("vagueSingular", "quoted").</summary>
    private static string Name<T>(T value) where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
