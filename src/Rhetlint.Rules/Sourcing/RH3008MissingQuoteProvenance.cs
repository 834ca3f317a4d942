using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Sourcing;

/// <summary>
/// RH3008 — quote lacks date, outlet or occasion.
///
/// What it does: flags words of a named person quoted from outside the reported event — "as the historian
/// Lena Moss once put it", "Dunn has written that", "Brandt famously declared", "Dunn has long argued" — when
/// nothing in the sentence, the next one or the paragraph's opening says when, where or in what they said it.
///
/// Why is this bad? A reader who wants to check the quote, or its context, cannot find it. Wikipedia's
/// quotation guideline asks for a citation clear enough to find the original.
///
/// Example: Columnist Ray Dunn has written that “Kestria only understands force.”
/// Use instead: Columnist Ray Dunn wrote in the Harbor Gazette on 12 March that “Kestria only understands force.”
///
/// Not flagged: a date, an outlet ("in the Harbor Gazette", "told the Gazette"), an occasion ("in a speech",
/// "at Tuesday's hearing") or a link nearby; speech reported as part of the event ("Brandt said", "Dunn wrote",
/// "Brandt has said"), which news copy places in the story's own time.
/// </summary>
public sealed class RH3008MissingQuoteProvenance : RhetoricAnalyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "RH3008",
        "Quote lacks date, outlet or occasion",
        "'{0}' quotes {1} without saying when, where or in what; add the outlet, date or occasion",
        RuleCategories.Sourcing,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "A named person's words from outside the reported event are quoted with no date, outlet or occasion.",
        helpLinkUri: RuleCategories.HelpUri("RH3008"));

    /// <summary>Words that place a quote outside the reported event: it was said some other time, somewhere else.</summary>
    private static readonly HashSet<string> RemoteMarkers = new(StringComparer.Ordinal) { "once", "famously", "memorably" };

    /// <summary>Nouns that name the occasion of a statement ("in a speech", "at a hearing").</summary>
    private static readonly HashSet<string> OccasionNouns = new(StringComparer.Ordinal)
    {
        "speech", "interview", "statement", "hearing", "briefing", "debate", "conference", "summit", "rally", "lecture",
        "address", "podcast", "broadcast", "post", "tweet", "op-ed", "column", "essay", "article", "book", "memoir", "letter",
        "memo", "blog", "newsletter", "testimony", "panel", "session", "meeting", "event", "appearance",
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(AnalyzeSentence);

    private static void AnalyzeSentence(SentenceContext context)
    {
        var document = context.Document;
        var sentence = context.Sentence;
        foreach (var frame in document.FramesIn(sentence))
        {
            if (frame.Speaker != SpeakerClass.NamedPerson || !document.Voices[frame.SourceStart].IsWritersWords()) continue;
            if (!IsRemote(document, sentence, frame) || HasProvenance(document, sentence)) continue;
            var span = document.SpanOf(Math.Min(frame.SourceStart, frame.CueToken), Math.Max(frame.SourceHeadEnd, frame.CueToken + 1));
            if (document.Tokens[frame.CueToken].Kind == TokenKind.Quote) span = document.SpanOf(frame.SourceStart, frame.SourceHeadEnd);
            var where = frame.CueToken > frame.SourceStart ? document.SpanOf(frame.CueToken, frame.CueToken + 1) : document.SpanOf(frame.SourceHeadEnd - 1, frame.SourceHeadEnd);
            var rewrite = new Rewrite("Add where and when it was said",
                [new Microsoft.CodeAnalysis.Text.TextChange(new Microsoft.CodeAnalysis.Text.TextSpan(where.End, 0), " in [outlet or occasion] on [date]")],
                Applicability.DisplayOnly);
            context.Report(Descriptor, span, [rewrite], document.Excerpt(span), document.Excerpt(document.SpanOf(frame.SourceStart, frame.SourceHeadEnd)));
        }
    }

    /// <summary>"once said", "famously declared", "has written", "wrote that", "put it": words from another time.</summary>
    private static bool IsRemote(DocumentModel document, Sentence sentence, AttributionFrame frame)
    {
        var tokens = document.Tokens;
        var from = Math.Max(sentence.FirstToken, Math.Min(frame.SourceStart, frame.CueToken) - 1);
        var to = Math.Min(sentence.EndToken, Math.Max(frame.SourceEnd, frame.CueToken + 1) + 1);
        for (var i = from; i < to; i++)
        {
            var norm = tokens[i].Norm;
            if (RemoteMarkers.Contains(norm)) return true;
            if (norm == "put" && i + 1 < sentence.EndToken && tokens[i + 1].Norm == "it") return true;
            // "has written", "has long argued": a body of work, not a statement at the event reported.
            if (norm is "has" or "have" && i + 1 < to && tokens[i + 1].Norm is "written" or "long") return true;
        }
        return false;
    }

    /// <summary>A date, an outlet, an occasion or a link in the sentence, the next one, or the paragraph's first.</summary>
    private static bool HasProvenance(DocumentModel document, Sentence sentence)
    {
        var paragraph = document.Syntax.Paragraphs[sentence.ParagraphIndex];
        var next = Math.Min(sentence.Index + 1, paragraph.EndSentence - 1);
        for (var s = sentence.Index; s <= next; s++)
            if (SentenceHasProvenance(document, document.Syntax.Sentences[s])) return true;
        return SentenceHasProvenance(document, document.Syntax.Sentences[paragraph.FirstSentence]);
    }

    private static bool SentenceHasProvenance(DocumentModel document, Sentence sentence)
    {
        var tokens = document.Tokens;
        foreach (var item in document.EvidenceIn(sentence.Index))
            if (item.Kind == EvidenceKind.Link) return true;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var token = tokens[i];
            if (document.Voices[i] == Voice.Quoted) continue;
            if (FunctionWords.Months.Contains(token.Norm) || FunctionWords.Weekdays.Contains(token.Norm)) return true;
            if (token.IsYear) return true;
            if (token.Norm is "yesterday" or "today" or "tonight") return true;
            if (OccasionNouns.Contains(token.Norm) && i > sentence.FirstToken && document.Voices[i - 1] != Voice.Quoted) return true;
            // "in the Harbor Gazette", "told the Gazette", "on Varn Radio": an outlet after a preposition or the cue.
            if (token.Norm is "in" or "on" or "to" or "told" or "tells" && NameFollows(tokens, sentence, i + 1)) return true;
        }
        return false;
    }

    private static bool NameFollows(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        if (k < sentence.EndToken && tokens[k].Norm == "the") k++;
        return k < sentence.EndToken && tokens[k].IsWord && tokens[k].IsCapitalized;
    }
}
