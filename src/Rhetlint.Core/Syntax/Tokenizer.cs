using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Markup;

namespace Rhetlint.Core.Syntax;

/// <summary>
/// Splits the masked prose of one block into tokens, in a single forward pass. Quote tokens are handed to the
/// <see cref="QuotationPairer"/> as they are made, because whether "students’" ends in an apostrophe depends
/// on whether a single quotation is open.
/// </summary>
internal sealed class Tokenizer(string text, List<Token> tokens, QuotationPairer pairer)
{
    /// <summary>Repeated words share one Text and one Norm string, so a long document allocates per distinct word.</summary>
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _pool =
        new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private int _start, _end;
    private int _markSearchFrom, _nextMark = -1;

    public void Tokenize(TextSpan block)
    {
        _start = block.Start;
        _end = block.End;
        _nextMark = -1;
        int i = _start;
        while (i < _end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c) || MarkupFiller.IsFiller(c)) { i++; continue; }
            i = c switch
            {
                _ when IsWordStart(c) => ScanWord(i, i),
                '\'' or '’' or '‘' when ElisionEnd(i) is int end => ScanWord(i, end),
                '"' or '\'' or '“' or '”' or '‘' or '’' or '«' or '»' or '‹' or '›' or '„' or '‚' => Quote(i),
                '—' or '–' or '―' or '‒' => Emit(TokenKind.Dash, i, RunEnd(i, c)),
                '-' => Hyphen(i),
                '…' => Emit(TokenKind.Ellipsis, i, i + 1),
                '.' when At(i + 1) == '.' && At(i + 2) == '.' => Emit(TokenKind.Ellipsis, i, i + 3),
                '.' when char.IsAsciiDigit(At(i + 1)) && !char.IsLetterOrDigit(At(i - 1)) => ScanWord(i, i + 1),
                '.' or ',' or ';' or ':' or '?' or '!' or '(' or ')' or '[' or ']' or '{' or '}' or '¿' or '¡' or '‽'
                    => Emit(TokenKind.Punctuation, i, i + 1),
                _ when char.IsHighSurrogate(c) && char.IsLowSurrogate(At(i + 1)) => Emit(TokenKind.Symbol, i, i + 2),
                _ => Emit(TokenKind.Symbol, i, i + 1),
            };
        }
    }

    private char At(int i) => i >= _start && i < _end ? text[i] : '\0';

    /// <summary>The character before <paramref name="i"/>, past markup fillers.</summary>
    private char Before(int i) => At(MarkupFiller.SkipBackward(text, i, _start));

    private static bool IsWordStart(char c) => char.IsLetterOrDigit(c);

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    private static bool IsApostrophe(char c) => c is '\'' or '’';

    private static bool IsHyphen(char c) => c is '-' or '‐' or '‑';

    /// <summary>
    /// Scans a word or number from <paramref name="start"/>; letters begin at <paramref name="body"/> (after an
    /// elision apostrophe or a leading decimal point). Inner apostrophes and hyphens, and the separators of
    /// numbers (3.5, 1,200, 21:48), stay inside; so does the period of a known abbreviation or an initial.
    /// </summary>
    private int ScanWord(int start, int body)
    {
        bool elided = body > start && text[start] != '.';
        bool number = char.IsAsciiDigit(text[start]) || text[start] == '.';
        int i = body;
        while (true)
        {
            while (i < _end && IsWordChar(text[i])) i++;
            // Markup inside the word (an inline tag, an entity's tail: MarkupFiller) does not end it.
            int at = MarkupFiller.SkipForward(text, i, _end), after = MarkupFiller.SkipForward(text, at + 1, _end);
            char c = At(at), next = At(after);
            if (at > i && IsWordChar(c)) { i = at; continue; }
            if (IsApostrophe(c) && char.IsLetter(next)) { i = after + 1; continue; }
            if (IsHyphen(c) && char.IsLetterOrDigit(next)) { i = after + 1; continue; }
            if (at > i) break;
            if (c is '.' or ',' or ':' && char.IsAsciiDigit(next) && char.IsAsciiDigit(text[i - 1])) { i = after + 1; continue; }
            if (c == '.' && !number && AbbreviationEnd(start, i) is int abbreviationEnd)
            {
                i = abbreviationEnd;
                if (IsHyphen(At(i)) && char.IsLetter(At(i + 1))) { i += 2; continue; }
            }
            break;
        }
        // A trailing apostrophe is a plural possessive (students’) or closes an elided word (’n’),
        // unless a single quotation is open for it to close.
        if (IsApostrophe(At(i)) && !char.IsLetterOrDigit(At(i + 1)) && (elided || text[i - 1] is 's' or 'S')
            && (!pairer.IsOpenFor('’') || IsPossessiveInsideQuote(i)))
            i++;
        return Emit(number ? TokenKind.Number : TokenKind.Word, start, i);
    }

    /// <summary>
    /// Where a word ending at <paramref name="dot"/> ends when its period belongs to it: the longest chain of
    /// short letter groups and periods (Ph.D., U.S., W.Va.) that is a known abbreviation or an initialism,
    /// or a single capital initial (J.). "I." is left alone: it ends sentences far more often than it abbreviates.
    /// </summary>
    private int? AbbreviationEnd(int start, int dot)
    {
        const int maxGroup = 4;
        if (dot - start > Abbreviations.MaxLength) return null;
        Span<int> ends = stackalloc int[8];
        int count = 0, i = dot;
        while (count < ends.Length && At(i) == '.')
        {
            ends[count++] = ++i;
            int group = i;
            while (char.IsLetter(At(i)) && i - group < maxGroup) i++;
            if (i == group || char.IsLetter(At(i))) break;
        }
        for (int k = count - 1; k >= 0; k--)
        {
            var candidate = text.AsSpan(start, ends[k] - start);
            if (Abbreviations.IsKnown(candidate) || Abbreviations.IsInitialism(candidate)) return ends[k];
        }
        return dot - start == 1 && char.IsUpper(text[start]) && text[start] != 'I' ? dot + 1 : null;
    }

    /// <summary>
    /// Inside an open single quotation, "students’ union" is still a possessive when a noun follows and the next
    /// single mark in the block is a closing one: ‘The students’ union is strong,’ he said.
    /// </summary>
    private bool IsPossessiveInsideQuote(int apostrophe)
    {
        if (!char.IsWhiteSpace(At(apostrophe + 1)) || !char.IsLetter(At(apostrophe + 2))) return false;
        int mark = NextSingleMark(apostrophe + 1);
        return mark < _end && (text[mark] == '’' || text[mark] == '\'' && !char.IsWhiteSpace(At(mark - 1)));
    }

    /// <summary>
    /// The next ‘ ’ or ' at or after <paramref name="from"/> that is not inside a word or an elided decade, or the
    /// block end. Queries only move forward, so the answer is cached and the text is scanned once per block.
    /// </summary>
    private int NextSingleMark(int from)
    {
        if (from >= _markSearchFrom && from <= _nextMark) return _nextMark;
        int i = from;
        for (; i < _end; i++)
        {
            if (text[i] is not ('‘' or '’' or '\'')) continue;
            bool inner = char.IsLetterOrDigit(At(i - 1)) && char.IsLetter(At(i + 1));
            bool decade = !char.IsLetterOrDigit(At(i - 1)) && char.IsAsciiDigit(At(i + 1));
            if (!inner && !decade) break;
        }
        _markSearchFrom = from;
        _nextMark = i;
        return i;
    }

    /// <summary>The end of the word if the apostrophe at <paramref name="i"/> starts an elision (’90s, 'em).</summary>
    private int? ElisionEnd(int i)
    {
        if (char.IsLetterOrDigit(Before(i))) return null;
        int body = i + 1;
        if (char.IsAsciiDigit(At(body)) && char.IsAsciiDigit(At(body + 1)) && !char.IsAsciiDigit(At(body + 2))) return body;
        if (text[i] == '‘') return null;
        int end = body;
        while (char.IsLetter(At(end))) end++;
        return end > body && Abbreviations.IsElision(text.AsSpan(body, end - body)) ? body : null;
    }

    /// <summary>A straight mark right after a digit is a prime (6'2", 12") unless it can close an open quotation.</summary>
    private int Quote(int i)
    {
        if (text[i] is '\'' or '"' && char.IsAsciiDigit(Before(i)) && !pairer.IsOpenFor(text[i]))
            return Emit(TokenKind.Symbol, i, i + 1);
        var end = Emit(TokenKind.Quote, i, i + 1);
        pairer.Add(tokens.Count - 1);
        return end;
    }

    /// <summary>Two or more hyphens are a dash, and so is a lone hyphen with space on both sides.</summary>
    private int Hyphen(int i)
    {
        int end = RunEnd(i, '-');
        bool spaced = (i == _start || char.IsWhiteSpace(text[i - 1])) && (end == _end || char.IsWhiteSpace(text[end]));
        return Emit(end - i > 1 || spaced ? TokenKind.Dash : TokenKind.Punctuation, i, end);
    }

    private int RunEnd(int i, char c)
    {
        while (i < _end && text[i] == c) i++;
        return i;
    }

    private int Emit(TokenKind kind, int start, int end)
    {
        while (end < _end && text[end] == MarkupFiller.EntityTail) end++;
        var span = text.AsSpan(start, end - start);
        if (span.ContainsAny(MarkupFiller.Tag, MarkupFiller.EntityTail)) span = MarkupFiller.Strip(span.ToString());
        if (!_pool.TryGetValue(span, out var pooled, out var norm))
        {
            pooled = span.ToString();
            norm = Token.Normalize(pooled);
            _pool.Dictionary.Add(pooled, norm);
        }
        tokens.Add(new Token(kind, TextSpan.FromBounds(start, end), pooled, norm));
        return end;
    }
}
