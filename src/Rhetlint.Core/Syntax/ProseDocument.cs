using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Markup;

namespace Rhetlint.Core.Syntax;

/// <summary>A sentence: a contiguous run of <see cref="ProseDocument.Tokens"/>.</summary>
public sealed record Sentence(int Index, int ParagraphIndex, TextSpan Span, int FirstToken, int TokenCount)
{
    public int EndToken => FirstToken + TokenCount;

    /// <summary>
    /// The normalized word of token <paramref name="k"/> of <paramref name="tokens"/> when it lies in this sentence, else
    /// "": the bounds check every look ahead or behind a cue needs.
    /// </summary>
    public string NormAt(ImmutableArray<Token> tokens, int k) => k >= FirstToken && k < EndToken ? tokens[k].Norm : "";
}

/// <summary>A paragraph: one prose block of the markup, split into sentences.</summary>
public sealed record Paragraph(int Index, BlockKind Kind, TextSpan Span, int FirstSentence, int SentenceCount)
{
    public int EndSentence => FirstSentence + SentenceCount;
}

public enum QuoteMarkStyle : byte
{
    Double,
    Single,
    Guillemet,
}

/// <summary>
/// A paired quotation. <see cref="Span"/> includes the marks; <see cref="ContentSpan"/> excludes them.
/// A quotation may span sentences and, when continued by an opening mark at the start of the next paragraph,
/// paragraphs (or the next line, in text written a sentence per line). An unclosed quotation (<see cref="IsClosed"/>
/// false) runs to the end of its last paragraph, or line.
/// </summary>
/// <remarks>
/// A struct held inline in <see cref="ProseDocument.Quotations"/>, with its optional indexes stored as -1: a quote storm
/// pairs over a million marks, and as a record of 72 bytes plus a reference each they were a sixth of its peak (issue 18).
/// </remarks>
public readonly record struct Quotation
{
    private readonly int _parentIndex;
    private readonly int _closeToken;

    public Quotation(
        int index,
        TextSpan span,
        TextSpan contentSpan,
        QuoteMarkStyle style,
        int depth,
        int? parentIndex,
        int openToken,
        int? closeToken,
        int firstParagraph,
        int lastParagraph)
    {
        Index = index;
        Span = span;
        ContentSpan = contentSpan;
        Style = style;
        Depth = depth;
        _parentIndex = parentIndex ?? -1;
        OpenToken = openToken;
        _closeToken = closeToken ?? -1;
        FirstParagraph = firstParagraph;
        LastParagraph = lastParagraph;
    }

    public int Index { get; }
    public TextSpan Span { get; }
    public TextSpan ContentSpan { get; }
    public QuoteMarkStyle Style { get; }
    public int Depth { get; }
    public int? ParentIndex => _parentIndex >= 0 ? _parentIndex : null;
    public int OpenToken { get; }
    public int? CloseToken => _closeToken >= 0 ? _closeToken : null;
    public int FirstParagraph { get; }
    public int LastParagraph { get; }
    public bool IsClosed => _closeToken >= 0;
}

/// <summary>A problem the parser found in the text itself (an unbalanced quotation mark).</summary>
public sealed record SyntaxIssue(TextSpan Span, string Message);

/// <summary>The syntax model of one document: built once, read by every rule.</summary>
public sealed class ProseDocument
{
    public ProseDocument(
        ProseText prose,
        ImmutableArray<Token> tokens,
        ImmutableArray<Sentence> sentences,
        ImmutableArray<Paragraph> paragraphs,
        ImmutableArray<Quotation> quotations,
        ImmutableArray<SyntaxIssue> issues)
    {
        Prose = prose;
        Tokens = tokens;
        Sentences = sentences;
        Paragraphs = paragraphs;
        Quotations = quotations;
        Issues = issues;
    }

    private bool[]? _titleCase;
    private bool[]? _headline;

    public ProseText Prose { get; }
    public SourceText Source => Prose.Source;

    /// <summary>
    /// Whether a sentence is written in title case, like a headline ("Brandt Says Port Will Open"): at least 60% of its
    /// words of four letters or more are capitalized. Computed once for all sentences.
    /// </summary>
    public bool IsTitleCase(Sentence sentence)
    {
        _titleCase ??= [.. Sentences.Select(ComputeTitleCase)];
        return _titleCase[sentence.Index];
    }

    private bool ComputeTitleCase(Sentence sentence)
    {
        int words = 0, capitalized = 0;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (!Tokens[i].IsWord || Tokens[i].Text.Length < 4) continue;
            words++;
            if (Tokens[i].IsCapitalized) capitalized++;
        }
        return words >= 2 && capitalized * 10 >= words * 6;
    }

    /// <summary>
    /// Whether a paragraph is a title line: one sentence with no closing punctuation, whatever its case — a headline,
    /// caption, byline or dateline in plain text ("Comet will miss Earth, astronomers say").
    /// </summary>
    public bool IsTitleLine(Paragraph paragraph)
    {
        if (paragraph.SentenceCount != 1) return false;
        var sentence = Sentences[paragraph.FirstSentence];
        var last = sentence.EndToken - 1;
        // "“…” — Ilse Brandt": a signature line after the quotation does not make it a headline.
        for (var k = last; k > sentence.FirstToken && last - k <= 12; k--)
            if (Tokens[k].Kind == TokenKind.Dash && Tokens[k - 1].Kind == TokenKind.Quote) { last = k - 1; break; }
        if (Tokens[last].Kind == TokenKind.Quote && last > sentence.FirstToken) last--;
        return Tokens[last].Text is not ("." or "!" or "?" or "…") && Tokens[last].Kind != TokenKind.Ellipsis;
    }

    /// <summary>
    /// Whether a sentence is a headline: on lines of its own (a Markdown heading, a plain-text paragraph or line) and
    /// not in a list or a table, at most <see cref="MaxHeadlineWords"/> words in title case — it starts capitalized and
    /// nearly all its words of four letters or more are ("Acme Announces Record Profit", "Meet Aurora: The Fastest
    /// Kettle Ever Made") — and not ending in a full stop. Its capital letters are its style: they say nothing about
    /// which of its words are names.
    /// </summary>
    public bool IsHeadline(Sentence sentence)
    {
        _headline ??= [.. Sentences.Select(ComputeHeadline)];
        return _headline[sentence.Index];
    }

    /// <summary>Longer than this, a title-case line is a list of names or a run of capitals, not a headline.</summary>
    private const int MaxHeadlineWords = 20;

    private bool ComputeHeadline(Sentence sentence)
    {
        if (Paragraphs[sentence.ParagraphIndex].Kind is not (BlockKind.Paragraph or BlockKind.Heading) || !HasLinesOfItsOwn(sentence)) return false;
        int words = 0, longWords = 0, capitalized = 0, last = -1;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var token = Tokens[i];
            if (token.Kind != TokenKind.Quote && token.Text is not (")" or "]")) last = i;
            if (!token.IsWord) continue;
            if (words++ == 0 && !token.IsCapitalized) return false;
            if (token.Text.Length < 4) continue;
            longWords++;
            if (token.IsCapitalized) capitalized++;
        }
        if (words > MaxHeadlineWords || longWords < 2 || capitalized * 10 < longWords * 8) return false;
        return last >= 0 && !Tokens[last].Text.EndsWith('.');
    }

    /// <summary>Nothing but whitespace (or masked markup) shares a line with the sentence.</summary>
    private bool HasLinesOfItsOwn(Sentence sentence)
    {
        var text = Prose.Masked;
        for (var p = sentence.Span.Start - 1; p >= 0 && text[p] is not ('\n' or '\r'); p--)
            if (!char.IsWhiteSpace(text[p]) && !MarkupFiller.IsFiller(text[p])) return false;
        for (var p = sentence.Span.End; p < text.Length && text[p] is not ('\n' or '\r'); p++)
            if (!char.IsWhiteSpace(text[p]) && !MarkupFiller.IsFiller(text[p])) return false;
        return true;
    }

    /// <summary>All tokens in document order.</summary>
    public ImmutableArray<Token> Tokens { get; }
    /// <summary>All sentences in document order.</summary>
    public ImmutableArray<Sentence> Sentences { get; }
    public ImmutableArray<Paragraph> Paragraphs { get; }
    /// <summary>Quotations ordered by opening position; nested ones have a parent.</summary>
    public ImmutableArray<Quotation> Quotations { get; }
    public ImmutableArray<SyntaxIssue> Issues { get; }

    public Paragraph ParagraphOf(Sentence sentence) => Paragraphs[sentence.ParagraphIndex];

    /// <summary>
    /// <paramref name="sentence"/> and up to <paramref name="reach"/> sentences on either side of it, never crossing its
    /// paragraph: the context a reading may look at ("Make no mistake where this ends. First …").
    /// </summary>
    public ReadOnlySpan<Sentence> SentencesAround(Sentence sentence, int reach)
    {
        var paragraph = ParagraphOf(sentence);
        var first = Math.Max(paragraph.FirstSentence, sentence.Index - reach);
        var end = Math.Min(paragraph.EndSentence, sentence.Index + reach + 1);
        return Sentences.AsSpan()[first..end];
    }

    /// <summary>The index of the token whose span contains <paramref name="offset"/>, or -1 (whitespace, markup).</summary>
    public int TokenIndexAt(int offset)
    {
        int lo = 0, hi = Tokens.Length - 1;
        while (lo <= hi)
        {
            int mid = lo + (hi - lo) / 2;
            var span = Tokens[mid].Span;
            if (offset < span.Start) hi = mid - 1;
            else if (offset >= span.End) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    /// <summary>The sentence that holds the token at <paramref name="tokenIndex"/>.</summary>
    public Sentence SentenceOfToken(int tokenIndex)
    {
        if ((uint)tokenIndex >= (uint)Tokens.Length) throw new ArgumentOutOfRangeException(nameof(tokenIndex));
        int lo = 0, hi = Sentences.Length - 1;
        while (lo < hi)
        {
            int mid = lo + (hi - lo + 1) / 2;
            if (Sentences[mid].FirstToken <= tokenIndex) lo = mid;
            else hi = mid - 1;
        }
        return Sentences[lo];
    }

    /// <summary>The innermost quotation whose span (marks included) contains <paramref name="offset"/>, if any.</summary>
    public Quotation? QuotationAt(int offset)
    {
        // Quotations nest without crossing, so the innermost one holding the offset is the last one opened
        // before it, or one of that one's ancestors.
        int lo = 0, hi = Quotations.Length - 1, last = -1;
        while (lo <= hi)
        {
            int mid = lo + (hi - lo) / 2;
            if (Quotations[mid].Span.Start <= offset) { last = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        for (int? i = last >= 0 ? last : null; i is int q; i = Quotations[q].ParentIndex)
            if (Quotations[q].Span.Contains(offset)) return Quotations[q];
        return null;
    }
}
