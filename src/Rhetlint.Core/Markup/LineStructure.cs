using System.Collections.Frozen;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Semantics;

namespace Rhetlint.Core.Markup;

/// <summary>A non-blank line of plain text: where it starts, and its content without the whitespace around it.</summary>
internal readonly record struct PlainLine(int Start, TextSpan Content)
{
    /// <summary>The columns the line takes, indentation included: what a hard wrap measures.</summary>
    public int Width => Content.End - Start;
}

/// <summary>
/// Reads the shape of a run of non-blank plain-text lines: hard-wrapped prose, or line-structured copy.
/// <para>
/// Hard-wrapped prose breaks a line only where the next word would not have fitted (greedy wrapping), so every break
/// falls where the line is full, and most fall mid-sentence: before a lower-case word, after a comma or a preposition.
/// Line-structured copy — a sentence or a paragraph per line, with headlines, captions, polls and bylines between them,
/// as scraped articles arrive — breaks where its content ends, often where the next line's first word would have fitted.
/// A run is line-structured when it has more breaks of that kind than breaks that continue a sentence; a run of
/// greedily wrapped lines has none, so hard-wrapped text stays one block per run, as always.
/// </para>
/// <para>
/// In a line-structured run every line ends a sentence, except a line whose sentence visibly continues on the next
/// one, and a line that leaves a quotation open which a following line closes without reopening it (a quoted passage
/// split one sentence per line): those lines are joined into one block. The blocks stay one paragraph: a line may be a
/// paragraph or a single sentence of one, and reading every line as a paragraph would cut a sentence off the
/// attribution in the line before it. A quotation reopened at the start of the next block is the newspaper convention
/// for a quote that runs on, which the parser pairs; any other quotation still open at a block's end is unclosed there.
/// </para>
/// </summary>
internal static class LineStructure
{
    /// <summary>
    /// How many following lines may close a quotation left open at a line end before it counts as unclosed: a speech
    /// quoted a sentence per line runs on for many lines; the bound keeps a run of stray marks from costing quadratic time.
    /// </summary>
    private const int MaxQuotationLines = 40;

    /// <summary>Words a finished sentence or headline does not end with: articles, coordinators, prepositions.</summary>
    private static readonly FrozenSet<string> UnfinishedEndings =
        FunctionWords.Prepositions.Concat(["a", "an", "the", "and", "or", "but", "nor"]).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The prose blocks of one run of non-blank lines, in order.</summary>
    public static IEnumerable<ProseBlock> Blocks(string text, IReadOnlyList<PlainLine> lines)
    {
        if (!IsLineStructured(text, lines))
        {
            yield return new ProseBlock(BlockKind.Paragraph, TextSpan.FromBounds(lines[0].Content.Start, lines[^1].Content.End));
            yield break;
        }
        var units = Units(text, lines);
        for (var i = 0; i < units.Count; i++)
            yield return new ProseBlock(BlockKind.Paragraph, units[i], ContinuesParagraph: i > 0);
    }

    private static bool IsLineStructured(string text, IReadOnlyList<PlainLine> lines)
    {
        if (lines.Count < 2) return false;
        var width = lines.Max(l => l.Width);
        int endedLines = 0, continuedLines = 0;
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (Continues(text, lines[i], lines[i + 1])) continuedLines++;
            else if (lines[i].Width + 1 + FirstWordLength(text, lines[i + 1].Content) <= width
                     || !EndsSentence(text, lines[i]) && OpensSentence(text, lines[i + 1]))
                endedLines++;
        }
        return endedLines > continuedLines;
    }

    /// <summary>The line ends in a terminator, maybe inside closing marks or brackets.</summary>
    private static bool EndsSentence(string text, PlainLine line)
    {
        var p = line.Content.End - 1;
        while (p > line.Content.Start && text[p] is '”' or '’' or '"' or '\'' or ')' or ']') p--;
        return text[p] is '.' or '?' or '!' or '…';
    }

    /// <summary>
    /// The line opens with a capitalized word that is lower case inside a sentence ("The", "It", "When"): after a line
    /// with no terminator, a wrap does not fall there — a caption or a headline ended. ("I" is capitalized anywhere.)
    /// </summary>
    private static bool OpensSentence(string text, PlainLine line)
    {
        var end = line.Content.Start;
        while (end < line.Content.End && char.IsLetter(text[end])) end++;
        var word = text[line.Content.Start..end];
        return word is not ("" or "I") && char.IsUpper(word[0]) && FunctionWords.SentenceStarters.Contains(word.ToLowerInvariant());
    }

    /// <summary>The lines joined where a sentence or a quotation runs on into the next line.</summary>
    private static List<TextSpan> Units(string text, IReadOnlyList<PlainLine> lines)
    {
        var units = new List<TextSpan>();
        var quotes = new QuoteState();
        var first = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (i + 1 < lines.Count)
            {
                quotes.Scan(text, lines[i].Content);
                var next = lines[i + 1];
                var reopened = quotes.IsReopenedBy(text, next.Content);
                if (Continues(text, lines[i], next) || quotes.IsOpen && !reopened && quotes.ClosesWithin(text, lines, i + 1, MaxQuotationLines))
                    continue;
                // An open quotation that the next line does not reopen is unclosed: it ends with this line.
                if (quotes.IsOpen && !reopened) quotes = new QuoteState();
            }
            units.Add(TextSpan.FromBounds(lines[first].Content.Start, lines[i].Content.End));
            first = i + 1;
        }
        return units;
    }

    /// <summary>The sentence runs on: the line ends in a comma, a colon, a dash or a preposition, or the next one starts in lower case.</summary>
    private static bool Continues(string text, PlainLine line, PlainLine next)
    {
        if (char.IsLower(text[next.Content.Start])) return true;
        var last = text[line.Content.End - 1];
        if (last is ',' or ';' or ':' or '-' or '–' or '—' or '(' or '/' or '&') return true;
        var wordStart = line.Content.End;
        while (wordStart > line.Content.Start && char.IsLetter(text[wordStart - 1])) wordStart--;
        return wordStart < line.Content.End && UnfinishedEndings.Contains(text[wordStart..line.Content.End]);
    }

    private static int FirstWordLength(string text, TextSpan content)
    {
        var end = content.Start;
        while (end < content.End && !char.IsWhiteSpace(text[end])) end++;
        return end - content.Start;
    }

    /// <summary>
    /// How many quotations of each family are open, read from the marks alone much as the parser reads them: double
    /// marks, single marks (not an apostrophe inside or before a word, nor a plural possessive outside a quotation) and
    /// guillemets.
    /// </summary>
    private sealed class QuoteState
    {
        private const int Families = 3;
        private readonly int[] _open = new int[Families];
        /// <summary>The fewest open quotations of each family during the last scan.</summary>
        private readonly int[] _low = new int[Families];

        public bool IsOpen => _open.Any(n => n > 0);

        /// <summary>The line starts with an opening mark of an open quotation's family: the quotation continues.</summary>
        public bool IsReopenedBy(string text, TextSpan content) =>
            OpeningFamily(text, content.Start, content) is int family && _open[family] > 0;

        /// <summary>Whether one of the lines from <paramref name="from"/>, at most <paramref name="count"/> of them, closes a quotation open now, none reopening it.</summary>
        public bool ClosesWithin(string text, IReadOnlyList<PlainLine> lines, int from, int count)
        {
            var ahead = new QuoteState();
            _open.CopyTo(ahead._open, 0);
            for (var j = from; j < lines.Count && j < from + count; j++)
            {
                if (ahead.IsReopenedBy(text, lines[j].Content)) return false;
                ahead.Scan(text, lines[j].Content);
                for (var f = 0; f < Families; f++)
                    if (_open[f] > 0 && ahead._low[f] < _open[f]) return true;
            }
            return false;
        }

        /// <summary>Reads one line's marks; an opening mark that starts the line inside an open quotation of its family only continues it.</summary>
        public void Scan(string text, TextSpan content)
        {
            var start = content.Start;
            if (IsReopenedBy(text, content)) start++;
            _open.CopyTo(_low, 0);
            for (var p = start; p < content.End; p++)
            {
                if (OpeningFamily(text, p, content) is int opening) _open[opening]++;
                else if (ClosingFamily(text, p, content) is int closing && _open[closing] > 0)
                    _low[closing] = Math.Min(_low[closing], --_open[closing]);
            }
        }

        private int? OpeningFamily(string text, int p, TextSpan content) => text[p] switch
        {
            '“' or '„' => 0,
            '"' when IsStraightOpening(text, p, content) => 0,
            '‘' => 1,
            '\'' when IsOpeningContext(text, p, content) && p + 1 < content.End && char.IsLetter(text[p + 1]) => 1,
            '«' => 2,
            _ => null,
        };

        private static int? ClosingFamily(string text, int p, TextSpan content) => text[p] switch
        {
            '”' or '"' => 0,
            // An apostrophe sits inside a word ("don’t") or before one ("’em"); a closing mark has no letter after it.
            '’' or '\'' when (p + 1 >= content.End || !char.IsLetter(text[p + 1])) && p > content.Start && !char.IsWhiteSpace(text[p - 1]) => 1,
            '»' => 2,
            _ => null,
        };

        private static bool IsOpeningContext(string text, int p, TextSpan content)
        {
            var before = p > content.Start ? text[p - 1] : ' ';
            return char.IsWhiteSpace(before) || before is '(' or '[' or '{' or '—' or '–' or '-' or '“' or '‘' or '"';
        }

        /// <summary>As the parser: a straight mark opens after a space or an opening bracket or dash and closes before a space or punctuation; when both or neither, it closes an open quotation.</summary>
        private bool IsStraightOpening(string text, int p, TextSpan content)
        {
            var after = p + 1 < content.End ? text[p + 1] : ' ';
            var openingContext = IsOpeningContext(text, p, content);
            var closingContext = char.IsWhiteSpace(after) || char.IsPunctuation(after);
            return openingContext == closingContext ? _open[0] == 0 : openingContext;
        }
    }
}
