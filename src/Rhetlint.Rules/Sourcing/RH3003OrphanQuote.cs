using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Sourcing;

/// <summary>
/// RH3003 — quote without attribution.
///
/// What it does: flags a direct quotation that nobody is said to speak: no attribution in its own sentence,
/// in the sentence before or after (same paragraph), no "— Name" line under it, no attributed quote paragraph
/// right before it that it continues. It must be a full clause or at least eight words; a quotation that is a
/// sentence on its own counts whatever its length ("“Unplayable.”" opening a piece). Severity is error for
/// at least one full sentence (three or more words that end a sentence, or several sentences), warning for
/// anything shorter.
///
/// Why is this bad? The reader cannot tell whose words these are, whether the speaker exists, or what they
/// know. Wikipedia's manual of style asks for the author of any quotation of a full sentence; AP and Reuters
/// want every quote attributed, in the same sentence or right next to it.
///
/// Example: “We will sink every last one of their ships.” The alliance must take that seriously.
/// Use instead: “We will sink every last one of their ships,” Varn's navy chief, Oskar Lind, said on Monday.
///
/// Not flagged: a quote attributed in its sentence or the adjacent one, or with any verb of speaking or naming
/// there that the frame finder could not tie to a source ("As Lind put it, “…”"); a quote a clause hands over
/// to ("… exclaimed, “…”", "… despaired that “…”"); a quotation in headline case ("“I Will Not Lie”"); an epigraph or block quote with a
/// "— Name" line; a quote paragraph continuing the previous attributed one (one paragraph only); mentioned
/// words and titles ("the term “…”", "her essay, “Why Deterrence Still Works,”"); a partial quote repeating
/// words already attributed; quotes inside quotes; headings and table cells; any quotation in a paragraph
/// with an unbalanced mark (RH0002 reports that instead).
/// </summary>
public sealed class RH3003OrphanQuote : RhetoricAnalyzer
{
    /// <summary>Below a full clause, a quotation this long still carries someone's claim.</summary>
    private const int MinWords = 8;
    private const int MaxExcerptChars = 60;

    public static readonly DiagnosticDescriptor Descriptor = new(
        "RH3003",
        "Quote without attribution",
        "{0} is quoted without saying who said it; name the speaker in the same or the next sentence, or paraphrase it",
        RuleCategories.Sourcing,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A direct quotation of a full clause or more has no speaker in its sentence, the adjacent sentence, a dash line, or the quote paragraph it continues.",
        helpLinkUri: RuleCategories.HelpUri("RH3003"));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterQuotationAction(AnalyzeQuotation);

    private static void AnalyzeQuotation(QuotationContext context)
    {
        var document = context.Document;
        var quotation = context.Quotation;
        if (!QuotationShape.IsCheckable(document, quotation) || document.IsMention(quotation)) return;
        // "“…” — Anonymous" signs the quotation with nobody.
        if (document.QuotationSpeaker(quotation.Index) is { } speaker && !(speaker.Kind == QuoteAttributionKind.DashLine && speaker.SpeakerClass == SpeakerClass.VagueSingular)) return;

        var shape = new QuotationShape(document, quotation);
        if (shape.Words == 0 || !shape.StandsAlone && !shape.IsFullSentence && shape.Words < MinWords) return;
        if (IsIntroduced(document, quotation) || IsHeadlineCase(document, quotation, shape) || QuotationShape.HasSpeechVerb(document,
            Math.Max(AdjacentStart(document, shape.First).FirstToken, quotation.OpenToken - QuotationShape.MaxSpeechVerbDistance),
            Math.Min(AdjacentEnd(document, shape.Last).EndToken, quotation.CloseToken!.Value + QuotationShape.MaxSpeechVerbDistance), oneSpeakerOnly: true)) return;

        var severity = shape.IsFullSentence ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning;
        context.Report(Descriptor, severity, quotation.Span, [AttributionTemplate(document, quotation, shape)], Excerpt(document, quotation));
    }

    /// <summary>
    /// "“…,” [Name], [role], said on [date]." in place of a quotation that is its own sentence; an inserted
    /// "as [Name], [role], put it," before one inside a longer sentence.
    /// </summary>
    private static Rewrite AttributionTemplate(DocumentModel document, Quotation quotation, QuotationShape shape)
    {
        const string Title = "Name the speaker";
        if (!shape.StandsAlone)
            return Rewrite.Template(Title, new TextSpan(quotation.Span.Start, 0), "as [Name], [role], put it on [date], ");

        var tokens = document.Tokens;
        var source = document.Source;
        var close = tokens[quotation.CloseToken!.Value];
        var last = tokens[shape.LastContent];
        var ending = last.Text is "!" or "?" ? last.Text : ",";
        var kept = last.Text is "." or "!" or "?" or "," ? last.Span.Start : last.Span.End;
        var text = source.ToString(TextSpan.FromBounds(quotation.Span.Start, kept)) + ending + close.Text + " [Name], [role], said on [date]";
        var sentenceEnd = shape.Last.EndToken - 1 > quotation.CloseToken ? tokens[shape.Last.EndToken - 1].Span.End : quotation.Span.End;
        return Rewrite.Template(Title, TextSpan.FromBounds(quotation.Span.Start, sentenceEnd), text + ".");
    }

    /// <summary>"… exclaiming, “…”", "… despaired that “…”", "the headline read: “…”": a clause hands over to the quotation, whoever speaks it.</summary>
    private static bool IsIntroduced(DocumentModel document, Quotation quotation)
    {
        var sentence = document.SentenceOf(quotation.OpenToken);
        return quotation.OpenToken > sentence.FirstToken && document.Tokens[quotation.OpenToken - 1].Norm is "," or ":" or "that";
    }

    /// <summary>Every word capitalized, three or more of them: a headline or a title, not speech.</summary>
    private static bool IsHeadlineCase(DocumentModel document, Quotation quotation, QuotationShape shape)
    {
        if (shape.Words < 3) return false;
        for (var k = quotation.OpenToken + 1; k < quotation.CloseToken; k++)
            if (document.Tokens[k].IsWord && !document.Tokens[k].IsCapitalized) return false;
        return true;
    }

    private static Sentence AdjacentStart(DocumentModel document, Sentence sentence) =>
        sentence.Index > document.Syntax.Paragraphs[sentence.ParagraphIndex].FirstSentence ? document.Syntax.Sentences[sentence.Index - 1] : sentence;

    private static Sentence AdjacentEnd(DocumentModel document, Sentence sentence) =>
        sentence.Index + 1 < document.Syntax.Paragraphs[sentence.ParagraphIndex].EndSentence ? document.Syntax.Sentences[sentence.Index + 1] : sentence;

    private static string Excerpt(DocumentModel document, Quotation quotation)
    {
        var text = document.Excerpt(quotation.Span);
        return text.Length <= MaxExcerptChars ? $"'{text}'" : $"'{text[..(MaxExcerptChars - 1)].TrimEnd()}…'";
    }
}
