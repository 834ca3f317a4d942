using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis.Text;

using Rhetlint.Core.Markup;

namespace Rhetlint.Core.Syntax;

/// <summary>
/// Pairs quotation marks with a stack per block — a paragraph, or a line of text written one sentence per line
/// (RULES.md §3 M3). The tokenizer feeds it each Quote token as it is made, so that it can ask whether a single
/// quotation is open before reading "students’".
/// </summary>
internal sealed class QuotationPairer(string text, List<Token> tokens)
{
    public const string UnclosedMessage = "unclosed quotation mark";
    public const string StrayCloserMessage = "closing quotation mark without an opening one";

    /// <summary>Marks pair only within a family: a straight " may close a curly “, never a ‘.</summary>
    private enum Family { Double, Single, Guillemet, SingleGuillemet }

    /// <summary>
    /// A quotation under construction; a struct because pathological input can open millions, with no parent or closing
    /// mark stored as -1 and its mark last, which packs it into 44 bytes.
    /// </summary>
    private struct Builder(int openToken, TextSpan open, char glyph, int depth, int parent, int paragraph)
    {
        public readonly int OpenToken = openToken;
        public readonly TextSpan Open = open;
        public readonly int Depth = depth;
        public readonly int Parent = parent;
        public readonly int FirstParagraph = paragraph;
        public int LastParagraph = paragraph;
        public int CloseToken = -1;
        public int ContentEnd;
        public int End;
        public readonly char Glyph = glyph;
    }

    private readonly List<Builder> _quotes = [];
    private readonly List<SyntaxIssue> _issues = [];
    private readonly List<int> _stack = [];
    private readonly int[] _openByFamily = new int[4];
    /// <summary>Indexed by token; only Quote tokens are ever set.</summary>
    private bool[] _openingTokens = new bool[64];
    private List<int>? _pending;
    private int _pendingEnd;
    private int _paragraph, _blockStart, _blockEnd, _firstToken;

    /// <summary>Whether a quotation that <paramref name="glyph"/> could close is open in the current block.</summary>
    public bool IsOpenFor(char glyph) => _openByFamily[(int)FamilyOf(glyph)] > 0;

    public bool IsOpening(int tokenIndex) => tokenIndex < _openingTokens.Length && _openingTokens[tokenIndex];

    /// <param name="paragraph">The paragraph the block is in: a quotation records the paragraphs it spans.</param>
    public void BeginBlock(int paragraph, TextSpan block, int firstToken)
    {
        _paragraph = paragraph;
        _blockStart = block.Start;
        _blockEnd = block.End;
        _firstToken = firstToken;
    }

    public void Add(int tokenIndex)
    {
        var token = tokens[tokenIndex];
        char glyph = token.Text[0];
        bool opening = glyph switch
        {
            '„' or '‚' or '«' or '‹' => true,
            '”' or '’' or '»' or '›' => false,
            '“' => TopGlyph != '„',
            '‘' => TopGlyph != '‚',
            _ => IsStraightOpening(tokenIndex, glyph),
        };
        if (_pending is not null && ResolvePending(opening && tokenIndex == _firstToken ? tokenIndex : -1)) return;
        if (opening) Open(tokenIndex, glyph);
        else Close(tokenIndex, glyph);
    }

    /// <param name="end">The end of the block's last token.</param>
    public void EndBlock(int end)
    {
        if (_pending is not null) ResolvePending(-1);
        if (_stack.Count == 0) return;
        _pending = [.. _stack];
        _pendingEnd = end;
        _stack.Clear();
        Array.Clear(_openByFamily);
    }

    public (ImmutableArray<Quotation> Quotations, ImmutableArray<SyntaxIssue> Issues) Finish()
    {
        if (_pending is not null) ResolvePending(-1);
        var quotations = ImmutableArray.CreateBuilder<Quotation>(_quotes.Count);
        for (int i = 0; i < _quotes.Count; i++)
        {
            var q = _quotes[i];
            quotations.Add(new Quotation(
                i, TextSpan.FromBounds(q.Open.Start, q.End), TextSpan.FromBounds(q.Open.End, q.ContentEnd), StyleOf(q.Glyph),
                q.Depth, q.Parent >= 0 ? q.Parent : null, q.OpenToken, q.CloseToken >= 0 ? q.CloseToken : null, q.FirstParagraph, q.LastParagraph));
        }
        return (quotations.MoveToImmutable(), InTextOrder(_issues));
    }

    /// <summary>
    /// An unclosed mark is reported when its block ends or its parent closes, after stray marks that follow it,
    /// so the list is nearly sorted; sort only when needed.
    /// </summary>
    private static ImmutableArray<SyntaxIssue> InTextOrder(List<SyntaxIssue> issues)
    {
        var array = issues.ToArray();
        for (int i = 1; i < array.Length; i++)
        {
            if (array[i - 1].Span.Start <= array[i].Span.Start) continue;
            Array.Sort(array.Select(issue => issue.Span.Start).ToArray(), array);
            break;
        }
        return ImmutableCollectionsMarshal.AsImmutableArray(array);
    }

    private ref Builder Quote(int index) => ref CollectionsMarshal.AsSpan(_quotes)[index];

    private char TopGlyph => _stack.Count == 0 ? '\0' : Quote(_stack[^1]).Glyph;

    /// <summary>
    /// A straight mark opens after a space, the block start, an opening bracket, a dash or another opening mark,
    /// and closes before a space, the block end or punctuation. When the context says both or neither, it closes
    /// an open quotation of its family if there is one.
    /// </summary>
    private bool IsStraightOpening(int tokenIndex, char glyph)
    {
        var span = tokens[tokenIndex].Span;
        // Past markup fillers: the characters a reader sees beside the mark (MarkupFiller).
        int beforeAt = MarkupFiller.SkipBackward(text, span.Start, _blockStart), afterAt = MarkupFiller.SkipForward(text, span.End, _blockEnd);
        char before = beforeAt >= _blockStart ? text[beforeAt] : ' ';
        char after = afterAt < _blockEnd ? text[afterAt] : ' ';
        bool afterOpeningMark = tokenIndex > _firstToken && tokens[tokenIndex - 1].Span.End == span.Start && IsOpening(tokenIndex - 1);
        bool openingContext = char.IsWhiteSpace(before) || before is '(' or '[' or '{' or '—' or '–' or '-' || afterOpeningMark;
        bool closingContext = char.IsWhiteSpace(after) || char.IsPunctuation(after);
        return openingContext == closingContext ? _openByFamily[(int)FamilyOf(glyph)] == 0 : openingContext;
    }

    private void Open(int tokenIndex, char glyph)
    {
        int parent = _stack.Count == 0 ? -1 : _stack[^1];
        int depth = parent >= 0 ? Quote(parent).Depth + 1 : 0;
        _quotes.Add(new Builder(tokenIndex, tokens[tokenIndex].Span, glyph, depth, parent, _paragraph));
        Push(_quotes.Count - 1);
        MarkOpening(tokenIndex);
    }

    private void Push(int quote)
    {
        _stack.Add(quote);
        _openByFamily[(int)FamilyOf(Quote(quote).Glyph)]++;
    }

    private int Pop()
    {
        int quote = _stack[^1];
        _stack.RemoveAt(_stack.Count - 1);
        _openByFamily[(int)FamilyOf(Quote(quote).Glyph)]--;
        return quote;
    }

    private void Close(int tokenIndex, char glyph)
    {
        var span = tokens[tokenIndex].Span;
        var family = FamilyOf(glyph);
        // The family count keeps this linear: we only unwind the stack when a match is certainly in it.
        if (_openByFamily[(int)family] == 0)
        {
            _issues.Add(new SyntaxIssue(span, StrayCloserMessage));
            return;
        }
        while (FamilyOf(Quote(_stack[^1]).Glyph) != family)
            Unclosed(ref Quote(Pop()), span.Start);
        ref var quote = ref Quote(Pop());
        quote.CloseToken = tokenIndex;
        quote.ContentEnd = span.Start;
        quote.End = span.End;
        quote.LastParagraph = _paragraph;
    }

    /// <summary>
    /// Quotations left open at the end of the previous block continue when this block begins with an opening mark of
    /// the outermost one's style (a quote that runs on into the next paragraph, or line); otherwise they are all unclosed.
    /// </summary>
    /// <returns>Whether <paramref name="continuationToken"/> was taken as the continuation mark.</returns>
    private bool ResolvePending(int continuationToken)
    {
        var pending = _pending!;
        _pending = null;
        ref var outer = ref Quote(pending[0]);
        bool continues = continuationToken >= 0 && StyleOf(tokens[continuationToken].Text[0]) == StyleOf(outer.Glyph);
        for (int i = continues ? 1 : 0; i < pending.Count; i++)
            Unclosed(ref Quote(pending[i]), _pendingEnd);
        if (!continues) return false;
        outer.LastParagraph = _paragraph;
        Push(pending[0]);
        MarkOpening(continuationToken);
        return true;
    }

    private void MarkOpening(int tokenIndex)
    {
        if (tokenIndex >= _openingTokens.Length) Array.Resize(ref _openingTokens, Math.Max(tokenIndex + 1, _openingTokens.Length * 2));
        _openingTokens[tokenIndex] = true;
    }

    private void Unclosed(ref Builder quote, int end)
    {
        quote.ContentEnd = end;
        quote.End = end;
        _issues.Add(new SyntaxIssue(quote.Open, UnclosedMessage));
    }

    private static Family FamilyOf(char glyph) => glyph switch
    {
        '\'' or '‘' or '’' or '‚' => Family.Single,
        '«' or '»' => Family.Guillemet,
        '‹' or '›' => Family.SingleGuillemet,
        _ => Family.Double,
    };

    private static QuoteMarkStyle StyleOf(char glyph) => FamilyOf(glyph) switch
    {
        Family.Single => QuoteMarkStyle.Single,
        Family.Guillemet or Family.SingleGuillemet => QuoteMarkStyle.Guillemet,
        _ => QuoteMarkStyle.Double,
    };
}
