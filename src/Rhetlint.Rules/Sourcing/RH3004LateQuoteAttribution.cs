using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Markup;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Sourcing;

/// <summary>RH3004 — attribution too late, or speakers run together.</summary>
public sealed class RH3004LateQuoteAttribution : RhetoricAnalyzer
{
    public override RuleDocumentation Documentation { get; } = new(Descriptor)
    {
        WhatItDoes = """
            - **Late attribution:** a quotation whose speaker is named only right after its closing mark, when three or
              more quoted sentences come first ("“A. B. C,” said Petrov."). The threshold is the third sentence, not the
              second: two sentences before "said Petrov" is common wire style, and flagging it would bury the real cases.
            - **Speakers run together:** in one paragraph, full-sentence quotations (three or more words, capitalized)
              from two different named speakers in consecutive sentences, each opening its sentence. Speakers are
              compared by the last capitalized word of the name, so "Mayor Joan Ellis" and "Ellis" are one speaker; a
              pronoun ("she added") continues the same speaker.

            This is a house-style rule (Reuters' guidance on where attribution goes), not a sourcing gap: the quote is
            attributed, only late. Newsrooms that follow the guidance turn it on; by default it stays quiet so that a
            sourcing check reports only quotes and claims whose source the reader cannot identify.
            """,
        WhyIsThisBad = """
            The reader reads several sentences without knowing whose they are, or has to work out where one speaker
            stops and the next begins. Reuters asks to identify the speaker quickly, usually after the first sentence,
            and not to run quotes from different speakers together.
            """,
        NotFlagged = """
            - Quotes of one or two sentences; a speaker named before the quote ("Petrov said: “…”") or after the first
              sentence.
            - Partial quotes inside indirect speech ("Crewe said the deal was “fair”. Reid said it was “painful”."):
              each is tied to its speaker in mid-sentence.
            - Speakers in separate paragraphs.
            """,
        Examples =
        [
            "“The blockade is illegal. It breaks three treaties. We will challenge it,” [[said lawyer Nina Petrov]].",
            "“Taxes must rise,” Mayor Joan Ellis said. “That would ruin small shops,” [[said grocer Omar Haddad]].",
        ],
        UseInstead =
        [
            "“The blockade is illegal,” said lawyer Nina Petrov. “It breaks three treaties. We will challenge it.”",
            """
            “Taxes must rise,” Mayor Joan Ellis said.

            “That would ruin small shops,” said grocer Omar Haddad.
            """,
        ],
        Rewrite = """
            Unsafe: move the attribution after the first quoted sentence (offered when the attribution directly follows
            the closing mark and ends the sentence). Safe: start a new paragraph where the speaker changes (offered in
            ordinary paragraphs, not list items or block quotes).
            """,
    };

    /// <summary>
    /// Two quoted sentences before "said Petrov" is common wire style; from three on the reader is lost. The
    /// catalog's "after the 2nd or later sentence" is read as: the speaker arrives with the third sentence or later.
    /// </summary>
    private const int MinSentencesBefore = 3;

    public static readonly DiagnosticDescriptor Descriptor = new(
        "RH3004",
        "Attribution too late or speakers run together",
        "{0}",
        RuleCategories.Sourcing,
        DiagnosticSeverity.Info,
        isEnabledByDefault: false,
        description: "A multi-sentence quote names its speaker only after the second sentence, or quotes from two speakers run together in one paragraph.",
        helpLinkUri: RuleCategories.HelpUri("RH3004"),
        customTags: RuleCategories.FixableTag);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterParagraphAction(AnalyzeParagraph);

    private static void AnalyzeParagraph(ParagraphContext context)
    {
        var document = context.Document;
        (string Key, string Name, int Sentence)? previous = null;
        var reportedChange = false;
        foreach (var quotation in QuotationsOpeningIn(document, context.Paragraph))
        {
            if (document.QuotationSpeaker(quotation.Index) is not { } attribution) continue;
            ReportLateAttribution(context, quotation, attribution);

            if (reportedChange || !OpensItsSentence(document, quotation) || !IsSentenceQuote(document, quotation)
                || attribution is not { Kind: QuoteAttributionKind.SameSentence, Frame: { } frame } || SpeakerKey(document, frame) is not { } key) continue;
            var name = document.Excerpt(attribution.Speaker);
            var shape = new QuotationShape(document, quotation);
            if (previous is { } p && p.Key != key && p.Sentence + 1 == shape.First.Index)
            {
                ReportSpeakerChange(context, quotation, frame, p.Name, name);
                reportedChange = true;
            }
            previous = (key, name, Math.Max(shape.Last.Index, frame.SentenceIndex));
        }
    }

    private static IEnumerable<Quotation> QuotationsOpeningIn(DocumentModel document, Paragraph paragraph)
    {
        if (paragraph.SentenceCount == 0) yield break;
        var syntax = document.Syntax;
        var start = syntax.Sentences[paragraph.FirstSentence].FirstToken;
        var end = syntax.Sentences[paragraph.EndSentence - 1].EndToken;
        for (var q = FirstOpeningAtOrAfter(syntax, document.Tokens[start].Span.Start); q < syntax.Quotations.Length && syntax.Quotations[q].OpenToken < end; q++)
        {
            var quotation = syntax.Quotations[q];
            if (QuotationShape.IsCheckable(document, quotation) && !document.IsMention(quotation))
                yield return quotation;
        }
    }

    private static int FirstOpeningAtOrAfter(ProseDocument syntax, int offset)
    {
        int lo = 0, hi = syntax.Quotations.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (syntax.Quotations[mid].Span.Start < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>(a): the speaker comes after the second quoted sentence, in the closing sentence or the one after it.</summary>
    private static void ReportLateAttribution(ParagraphContext context, Quotation quotation, QuoteAttribution attribution)
    {
        var document = context.Document;
        var shape = new QuotationShape(document, quotation);
        if (!shape.SpansSentences || attribution.Frame is not { } frame) return;
        var close = quotation.CloseToken!.Value;
        var attributionFollows = attribution.Kind == QuoteAttributionKind.SameSentence && Math.Min(frame.CueToken, frame.SourceStart) is var start
            && start > close && start - close <= 2;
        var sentencesBefore = frame.SentenceIndex - shape.First.Index + 1;
        if (!attributionFollows || sentencesBefore < MinSentencesBefore) return;
        var span = AttributionSpan(document, frame);
        var speaker = frame.Speaker is SpeakerClass.Pronoun or SpeakerClass.Author ? "the speaker" : document.Excerpt(attribution.Speaker);
        var rewrites = attribution.Kind == QuoteAttributionKind.SameSentence && MoveAttribution(document, quotation, shape, frame) is { } move
            ? ImmutableArray.Create(move)
            : [];
        context.Report(Descriptor, span, rewrites,
            $"The speaker of this quotation is named only after {sentencesBefore} quoted sentences; name {speaker} after the first one");
    }

    /// <summary>
    /// “A. B. C,” said S. → “A,” said S. “B. C.” — only for the plain shape: the attribution right after the
    /// closing mark, ending the sentence with a period.
    /// </summary>
    private static Rewrite? MoveAttribution(DocumentModel document, Quotation quotation, QuotationShape shape, AttributionFrame frame)
    {
        var tokens = document.Tokens;
        var close = quotation.CloseToken!.Value;
        var firstEnd = shape.First.EndToken - 1;
        var final = shape.Last.EndToken - 1;
        var lastContent = tokens[shape.LastContent];
        if (tokens[firstEnd].Text is not ("." or "!" or "?") || firstEnd >= close || lastContent.Text is not ("," or "!" or "?")
            || tokens[final].Text != "." || final - 1 <= close || frame.CueToken <= close || frame.CueToken >= final || frame.SourceStart <= close)
            return null;
        var source = document.Source;
        var open = tokens[quotation.OpenToken].Text;
        var closeMark = tokens[close].Text;
        var firstMark = tokens[firstEnd].Text == "." ? "," : tokens[firstEnd].Text;
        var secondStart = tokens[firstEnd + 1].Span.Start;
        var said = source.ToString(document.SpanOf(close + 1, final));
        var finalMark = lastContent.Text == "," ? "." : lastContent.Text;
        return new Rewrite("Name the speaker after the first sentence",
        [
            new TextChange(TextSpan.FromBounds(tokens[firstEnd].Span.Start, secondStart), $"{firstMark}{closeMark} {said}. {open}"),
            new TextChange(TextSpan.FromBounds(lastContent.Span.Start, tokens[final].Span.End), $"{finalMark}{closeMark}"),
        ], Applicability.Unsafe);
    }

    /// <summary>(b): a second speaker's quotation in the same paragraph; splitting the paragraph there keeps every word.</summary>
    private static void ReportSpeakerChange(ParagraphContext context, Quotation quotation, AttributionFrame frame, string firstName, string secondName)
    {
        var document = context.Document;
        var sentence = document.SentenceOf(quotation.OpenToken);
        var rewrites = ImmutableArray<Rewrite>.Empty;
        if (context.Paragraph.Kind == BlockKind.Paragraph && sentence.Index > context.Paragraph.FirstSentence)
        {
            var previousEnd = document.Syntax.Sentences[sentence.Index - 1].Span.End;
            rewrites = [new Rewrite("Start a new paragraph for the second speaker",
                [new TextChange(TextSpan.FromBounds(previousEnd, sentence.Span.Start), "\n\n")], Applicability.Safe)];
        }
        context.Report(Descriptor, AttributionSpan(document, frame), rewrites,
            $"Quotes from {firstName} and {secondName} run together in one paragraph; start a new paragraph where the speaker changes");
    }

    /// <summary>The source phrase with its cue when they are next to each other ("said lawyer Nina Petrov", "Mayor Joan Ellis said").</summary>
    private static TextSpan AttributionSpan(DocumentModel document, AttributionFrame frame)
    {
        var cue = frame.CueToken;
        if (document.Tokens[cue].Kind != TokenKind.Quote)
        {
            if (cue == frame.SourceStart - 1) return document.SpanOf(cue, frame.SourceHeadEnd);
            if (cue >= frame.SourceEnd && cue - frame.SourceEnd <= 2) return document.SpanOf(frame.SourceStart, cue + 1);
        }
        return document.SpanOf(frame.SourceStart, frame.SourceHeadEnd);
    }

    private static bool OpensItsSentence(DocumentModel document, Quotation quotation)
    {
        var sentence = document.SentenceOf(quotation.OpenToken);
        return quotation.OpenToken == sentence.FirstToken;
    }

    /// <summary>A quoted sentence of three or more words: "“Taxes must rise,” Ellis said.", not a one-word reply.</summary>
    private static bool IsSentenceQuote(DocumentModel document, Quotation quotation) =>
        new QuotationShape(document, quotation).Words >= 3 && document.Tokens[quotation.OpenToken + 1].IsCapitalized;

    /// <summary>A named speaker's identity: the last capitalized word of the source ("Mayor Joan Ellis" and "Ellis" agree); null for pronouns and the author.</summary>
    private static string? SpeakerKey(DocumentModel document, AttributionFrame frame)
    {
        if (frame.Speaker is not (SpeakerClass.NamedPerson or SpeakerClass.NamedOrganization)) return null;
        for (var k = frame.SourceHeadEnd - 1; k >= frame.SourceStart; k--)
            if (document.Tokens[k].IsWord && document.Tokens[k].IsCapitalized) return document.Tokens[k].Norm;
        return null;
    }
}
