using System.Collections.Frozen;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Sourcing;

/// <summary>RH3008 — quote lacks date, outlet or occasion.</summary>
public sealed class RH3008MissingQuoteProvenance : RhetoricAnalyzer
{
    public override RuleDocumentation Documentation { get; } = new(Descriptor)
    {
        WhatItDoes = """
            Flags the words of a named person quoted from outside the reported event — "as the historian Lena Moss once
            put it", "Dunn has written that", "Brandt famously declared" — when nothing in the
            sentence, the next one, or the first sentence of the paragraph says when, where or in what the words
            appeared.
            """,
        WhyIsThisBad = """
            A reader who wants to check the quote or its context cannot find it. Wikipedia's quotation guideline asks
            for a citation clear enough to find the original; AP asks writers to attribute material they did not gather
            themselves.
            """,
        NotFlagged = """
            - A date (a month, a weekday, a year, "yesterday"), an outlet ("in the Harbor Gazette", "told the Gazette"),
              an occasion ("in a speech", "at the hearing") or a link is nearby.
            - The speech is part of the reported event ("Brandt said on Tuesday", "Dunn wrote", "Brandt has said"):
              news copy uses plain "wrote" and "has said" for statements inside the story's own time, and flagging
              every one would bury the remote quotes this rule is for.
            - A habitual position with no single occasion to cite ("Dunn has long argued that the levy is too high").
            - "put it" that reports the occasion at hand ("Dunn put it bluntly: …") rather than fetching words with "as".
            - The speaker is unnamed: RH3002 and RH3009 judge those.
            """,
        Examples = ["[[Columnist Ray Dunn has written]] that “Kestria only understands force.”"],
        UseInstead =
        [
            """
            Columnist Ray Dunn wrote in the Harbor Gazette on 12 March that “Kestria only understands force.”
            """,
        ],
        UseInsteadNote = """
            Plain "Dunn wrote" or "Brandt has said" is not flagged: news copy uses them for statements inside the
            story's own time, and flagging every one would bury the remote quotes this rule is for.
            """,
        Rewrite = "A display-only insertion after the cue: ` in [outlet or occasion] on [date]`.",
    };

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
    private static readonly FrozenSet<string> RemoteMarkers = TaggedLexicon.Load(RuleLexicons.Store, "quote_occasions").Words("remote");

    /// <summary>Nouns that name the occasion of a statement ("in a speech", "at a hearing").</summary>
    private static readonly FrozenWordSet OccasionNouns = TaggedLexicon.Load(RuleLexicons.Store, "quote_occasions").Words("occasion").ToFrozenWordSet();

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
            // "As Moss put it": words fetched from elsewhere; "Moss put it bluntly:" reports the occasion at hand.
            if (norm == "put" && i + 1 < sentence.EndToken && tokens[i + 1].Norm == "it" && frame.SourceStart > sentence.FirstToken
                && tokens[frame.SourceStart - 1].Norm == "as") return true;
            // "has written": a body of work, not a statement at the event reported. "has long called/argued" is habitual
            // use, with no single occasion to cite (real-text audit FP-6).
            if (norm is "has" or "have" && i + 1 < to && tokens[i + 1].Norm == "written") return true;
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
            if (FunctionWords.Months.Contains(token) || FunctionWords.Weekdays.Contains(token)) return true;
            if (token.IsYear) return true;
            if (token.Norm is "yesterday" or "today" or "tonight") return true;
            if (OccasionNouns.Contains(token) && i > sentence.FirstToken && document.Voices[i - 1] != Voice.Quoted) return true;
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
