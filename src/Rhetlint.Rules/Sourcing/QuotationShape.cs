using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Markup;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Sourcing;

/// <summary>What the quotation rules (RH3003–RH3005) need to know about the form of a quotation.</summary>
internal readonly struct QuotationShape
{

    private readonly DocumentModel _document;
    private readonly Quotation _quotation;

    public QuotationShape(DocumentModel document, Quotation quotation)
    {
        _document = document;
        _quotation = quotation;
        var tokens = document.Tokens;
        var close = quotation.CloseToken ?? quotation.OpenToken;
        for (var k = quotation.OpenToken + 1; k < close; k++)
            if (tokens[k].IsWord || tokens[k].Kind == TokenKind.Number) Words++;
        First = document.SentenceOf(quotation.OpenToken);
        Last = document.SentenceOf(close);
        LastContent = close - 1;
    }

    public int Words { get; }
    public Sentence First { get; }
    public Sentence Last { get; }
    /// <summary>The last token inside the marks.</summary>
    public int LastContent { get; }

    public bool SpansSentences => Last.Index > First.Index;

    /// <summary>The quotation is its sentence (or sentences): nothing but a terminal mark outside it.</summary>
    public bool StandsAlone
    {
        get
        {
            if (_quotation.CloseToken is not int close || _quotation.OpenToken != First.FirstToken) return false;
            var rest = Last.EndToken - close - 1;
            return rest == 0 || rest == 1 && _document.Tokens[close + 1].Text is "." or "!" or "?";
        }
    }

    /// <summary>The words inside end a sentence: "… knows it.”", "“Unplayable!”".</summary>
    public bool EndsWithTerminal => LastContent > _quotation.OpenToken && _document.Tokens[LastContent].Text is "." or "!" or "?";

    /// <summary>At least one full sentence: several quoted sentences, or a capitalized clause of three or more words that ends a sentence.</summary>
    public bool IsFullSentence =>
        Words >= 3 && (SpansSentences || StandsAlone || EndsWithTerminal && _document.Tokens[_quotation.OpenToken + 1].IsCapitalized);

    /// <summary>
    /// A quotation the rules may judge: top level, closed, in running prose (not a heading or a table cell), in
    /// paragraphs without an unbalanced mark, so that a pairing error never turns into quote findings.
    /// </summary>
    public static bool IsCheckable(DocumentModel document, Quotation quotation)
    {
        if (quotation.Depth > 0 || !quotation.IsClosed || LooksMispaired(document, quotation)) return false;
        var syntax = document.Syntax;
        for (var p = quotation.FirstParagraph; p <= quotation.LastParagraph; p++)
        {
            var paragraph = syntax.Paragraphs[p];
            if (paragraph.Kind is BlockKind.Heading or BlockKind.TableCell || document.Syntax.IsTitleLine(paragraph)) return false;
            if (HasIssueIn(syntax.Issues, paragraph.Span)) return false;
        }
        return true;
    }

    /// <summary>
    /// Some verb of speaking or naming, in any form, outside quotations among tokens [<paramref name="first"/>,
    /// <paramref name="end"/>): "As Lind put it", "tweeting", "calling the move …". The frame finder wants a source
    /// it can read; here any such verb means somebody is being quoted, which is enough to stay quiet.
    /// </summary>
    /// <summary>How far from a quotation a speech verb is looked for: far enough for any real attribution, bounded for huge sentences.</summary>
    public const int MaxSpeechVerbDistance = 60;

    /// <param name="oneSpeakerOnly">Leave out the verbs of unnamed groups ("Neighbours say …"), which speak no verbatim quotation.</param>
    public static bool HasSpeechVerb(DocumentModel document, int first, int end, bool oneSpeakerOnly)
    {
        for (var k = first; k < end; k++)
        {
            if (document.Voices[k] is Voice.Quoted or Voice.Mention || oneSpeakerOnly && IsCueOfUnnamedGroup(document, k)) continue;
            var token = document.Tokens[k];
            if (Vocabulary.IsReportingVerb(token) || Vocabulary.NamingVerbs.Contains(token) || token.Norm == "words"
                || token.Norm is "put" or "puts" && k + 1 < end && document.Tokens[k + 1].Norm == "it")
                return true;
        }
        return false;
    }

    /// <summary>
    /// The verb of "Neighbours say …", or of the writer's relative clause on a group ("Farmers I spoke to were blunt"):
    /// read, and by or about a group that cannot have spoken a verbatim quotation.
    /// </summary>
    private static bool IsCueOfUnnamedGroup(DocumentModel document, int token)
    {
        foreach (var frame in document.FramesIn(document.SentenceOf(token)))
            if (frame.CueToken == token && document.AsSpeakerOfQuotationNextDoor(frame).IsUnnamedGroup(document.Tokens)) return true;
        return false;
    }

    /// <summary>
    /// Pairing that may have gone wrong though nothing was left unbalanced: an opening mark followed by a space
    /// (“ Alas), or a single-quoted span holding a word that ends in an apostrophe (‘losers’ whom …’), where
    /// the apostrophe may have been the real closing mark.
    /// </summary>
    private static bool LooksMispaired(DocumentModel document, Quotation quotation)
    {
        var source = document.Source;
        var afterOpen = document.Tokens[quotation.OpenToken].Span.End;
        if (afterOpen < source.Length && char.IsWhiteSpace(source[afterOpen])) return true;
        if (quotation.Style != QuoteMarkStyle.Single) return false;
        for (var k = quotation.OpenToken + 1; k < quotation.CloseToken; k++)
            if (document.Tokens[k].IsWord && document.Tokens[k].Text[^1] is '\u2019' or '\'') return true;
        return false;
    }

    /// <summary>Issues come in text order and each covers one mark, so a binary search finds any inside the span.</summary>
    private static bool HasIssueIn(System.Collections.Immutable.ImmutableArray<SyntaxIssue> issues, Microsoft.CodeAnalysis.Text.TextSpan span)
    {
        int lo = 0, hi = issues.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (issues[mid].Span.End <= span.Start) lo = mid + 1;
            else hi = mid;
        }
        return lo < issues.Length && issues[lo].Span.Start < span.End;
    }
}
