using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Markup;

/// <summary>
/// Finds the page furniture that scraped and pasted articles carry between their paragraphs — bylines, reader polls
/// and their form fields, "Related:" and "Read more:" link lines, share prompts, photo captions, and widgets repeated
/// down the page — so that only the writer's prose is analyzed (real-text audit FP-1: a poll question read as a
/// superlative, a caption run into the next line read as a source).
/// <para>
/// Each test reads the shape of a block, not its words: how it starts and ends, its case, its length, what stands
/// before a colon, and whether the same unpunctuated block or question came before (a sentence the writer repeats is
/// prose each time). A block of prose ends in a sentence terminator; almost all
/// furniture does not. Captions and share prompts are looked for in plain text only, and not in its first two blocks,
/// where a headline and a standfirst stand: Markdown marks its structure, and a Markdown paragraph may end in a masked
/// link. Headings and table cells are never furniture; list items only as bylines, form fields, polls or link lines.
/// </para>
/// </summary>
public static class PageFurniture
{
    /// <summary>Furniture is short: a byline, a label, a prompt. Longer unpunctuated blocks are prose that lost its stop.</summary>
    private const int MaxShortWords = 8;

    /// <summary>A label before a link line's colon: "Related", "Read more", "See also".</summary>
    private const int MaxLabelWords = 2;

    /// <summary>A caption is a clause: shorter, an unpunctuated line is a label or a headline.</summary>
    private const int MinCaptionWords = 8;

    /// <summary><paramref name="prose"/> without its furniture blocks; a block after a dropped one starts a new paragraph.</summary>
    public static ProseText Without(ProseText prose) => Without(prose, Find(prose));

    /// <summary>
    /// <paramref name="prose"/> without the blocks that start inside one of <paramref name="furniture"/> (sorted spans
    /// found by <see cref="Find"/>, maybe on a larger text: the language server decides on the whole draft and analyzes a
    /// window of it, whose first blocks are no headline and whose repeats may lie outside it).
    /// </summary>
    public static ProseText Without(ProseText prose, ImmutableArray<TextSpan> furniture)
    {
        if (furniture.IsEmpty) return prose;
        var blocks = prose.Blocks;
        var kept = ImmutableArray.CreateBuilder<ProseBlock>(blocks.Length);
        var dropped = false;
        // Blocks and furniture spans are both in document order and never overlap: one walk through each.
        var next = 0;
        foreach (var block in blocks)
        {
            while (next < furniture.Length && furniture[next].End <= block.Span.Start) next++;
            if (next < furniture.Length && furniture[next].Contains(block.Span.Start))
            {
                dropped = true;
                continue;
            }
            kept.Add(dropped && block.ContinuesParagraph ? block with { ContinuesParagraph = false } : block);
            dropped = false;
        }
        return kept.Count == blocks.Length ? prose : new ProseText(prose.Source, prose.Format, prose.Masked, kept.ToImmutable(), prose.Links, prose.Comments);
    }

    /// <summary>The spans of <paramref name="prose"/>'s furniture blocks, in order.</summary>
    public static ImmutableArray<TextSpan> Find(ProseText prose) => Find(BlocksOf(prose), prose.Format);

    /// <summary>
    /// What the furniture tests read of each block of <paramref name="prose"/>. A block's reading depends on its own text
    /// only, so a text that parses the same in parts (the language server's chunks) can be read part by part, and each
    /// part's blocks kept until it changes.
    /// </summary>
    public static ImmutableArray<FurnitureBlock> BlocksOf(ProseText prose)
    {
        var blocks = ImmutableArray.CreateBuilder<FurnitureBlock>(prose.Blocks.Length);
        foreach (var block in prose.Blocks) blocks.Add(FurnitureBlock.Of(block, prose.Masked));
        return blocks.MoveToImmutable();
    }

    /// <summary>
    /// The spans of the furniture among <paramref name="blocks"/>, all the blocks of a document in order (from
    /// <see cref="BlocksOf"/>, maybe read part by part and moved to where each part starts).
    /// </summary>
    public static ImmutableArray<TextSpan> Find(IReadOnlyList<FurnitureBlock> blocks, DocumentFormat format)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var repeated = new bool[blocks.Count];
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < blocks.Count; i++)
        {
            // A widget repeats down the page; a sentence the writer chose to repeat is prose each time (its Line is empty).
            var key = blocks[i].Line;
            if (key.Length > 0) counts[key] = counts.GetValueOrDefault(key) + 1;
            repeated[i] = key.Length > 0 && !seen.Add(key);
        }

        var furniture = ImmutableArray.CreateBuilder<TextSpan>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].EndsSentence) continue;
            var next = i + 1 < blocks.Count ? blocks[i + 1].Words : [];
            var recurs = counts.GetValueOrDefault(blocks[i].Line) > 1;
            if (repeated[i] || IsFurniture(blocks[i].Kind, blocks[i].Words, format == DocumentFormat.PlainText && i >= LeadBlocks, next, recurs))
                furniture.Add(blocks[i].Span);
        }
        return furniture.ToImmutable();
    }

    /// <summary>The headline and standfirst of plain text: never read as a caption or a prompt.</summary>
    private const int LeadBlocks = 2;

    private static bool IsFurniture(BlockKind kind, string[] words, bool mayBeCaption, string[] next, bool recurs)
    {
        if (words.Length == 0 || kind is BlockKind.Heading or BlockKind.TableCell) return false;
        if (IsByline(words) || IsFormField(words) || IsReaderPoll(words, next, recurs) || IsLinkLine(words)) return true;
        return mayBeCaption && kind == BlockKind.Paragraph && (IsSharePrompt(words) || IsCaption(words));
    }

    /// <summary>"By Lena Moss", "By Lena Moss and Omar Haddad | Political Editor": "By" and a name, nothing else.</summary>
    private static bool IsByline(string[] words) =>
        words.Length is >= 3 and <= MaxShortWords + 2 && words[0] is "By" or "BY" && StartsUpper(words[1]) && !EndsSentence(words)
        && words.Skip(1).All(w => StartsUpper(w) || w is "and" or "&" or "|" or "," or "of" or "for" or "at" or "the" || !w.Any(char.IsLetter));

    /// <summary>"Email *", "* Ray Dunn Lena Moss": a form's required-field marker.</summary>
    private static bool IsFormField(string[] words) =>
        words.Length <= MaxShortWords * 2 && (words[0].StartsWith('*') || words[^1].EndsWith('*')) && !EndsSentence(words);

    /// <summary>
    /// A question put to the reader with a form under it or repeated down the page ("Which councillor has the worst
    /// record?" then "* Ray Dunn Lena Moss"): a poll, not the writer's question.
    /// </summary>
    private static bool IsReaderPoll(string[] words, string[] next, bool recurs) =>
        words[^1].EndsWith('?') && (recurs || next.Length > 0 && IsFormField(next));

    /// <summary>
    /// "Related: Pier repairs delayed again", "Read more: Why the ferry is late": a short label of ordinary words, a
    /// colon and a headline with no stop. A speaker's name or a source before the colon ("Brandt: Port Will Reopen",
    /// "Officials: …") makes a headline attribution, which stays.
    /// </summary>
    private static bool IsLinkLine(string[] words)
    {
        var colon = Array.FindIndex(words, w => w.EndsWith(':'));
        if (colon < 0 || colon >= MaxLabelWords || colon + 1 >= words.Length || EndsSentence(words) || words.Length > MaxShortWords * 2) return false;
        for (var k = 0; k <= colon; k++)
        {
            var label = Token.Normalize(words[k].TrimEnd(':'));
            if (label.Length == 0 || !label.All(char.IsLetter) || !Vocabulary.IsCommonWord(label) || IsSourceWord(label)) return false;
        }
        return true;
    }

    private static bool IsSourceWord(string word) =>
        SourceNouns.Of(new Token(TokenKind.Word, default, word, word)) is not null || Vocabulary.IsPluralDocumentNoun(new Token(TokenKind.Word, default, word, word))
        || Vocabulary.IsDocumentNoun(new Token(TokenKind.Word, default, word, word));

    /// <summary>
    /// "Share this article on Facebook", "Follow us for updates": a short command to the reader about the page itself,
    /// with no stop: it opens with a lower-case-in-prose word that is no function word, and points at the page or at
    /// the publisher ("this", "us", "our").
    /// </summary>
    private static bool IsSharePrompt(string[] words) =>
        words.Length <= MaxShortWords && !EndsSentence(words) && !words[^1].EndsWith('?')
        && Token.Normalize(words[0]) is var first && first.All(char.IsLetter) && Vocabulary.IsCommonWord(first)
        && !FunctionWords.SentenceStarters.Contains(first) && !FunctionWords.NounPhraseBreakers.Contains(first)
        && words.Skip(1).Any(w => Token.Normalize(w.Trim(',', '.', '!')) is "this" or "us" or "our");

    /// <summary>
    /// "Volunteers clear seaweed from the slipway before the regatta": a clause in sentence case with no stop and no
    /// quotation, between blocks of prose — a photo caption. A headline is Title Case or short; prose ends in a terminator.
    /// </summary>
    private static bool IsCaption(string[] words) =>
        words.Length >= MinCaptionWords && !EndsSentence(words) && !words[^1].EndsWith('?') && !words[^1].EndsWith(':')
        // A quotation signed on its line ("“…” ― Nina Petrov") is speech, not a caption.
        && !words.Any(w => w.IndexOfAny(QuotationMarks) >= 0)
        && words.Count(w => w.Length > 0 && char.IsLower(w[0])) * 2 > words.Length;

    private static readonly char[] QuotationMarks = ['“', '”', '"', '‘', '«', '»'];

    /// <summary>The block's last word as a split at white space would give it; empty for a block of whitespace.</summary>
    internal static string LastWord(string text, TextSpan span)
    {
        var end = span.End;
        while (end > span.Start && char.IsWhiteSpace(text[end - 1])) end--;
        var start = end;
        while (start > span.Start && !char.IsWhiteSpace(text[start - 1])) start--;
        return text[start..end];
    }

    private static bool StartsUpper(string word) => word.Length > 0 && char.IsUpper(word[0]);

    /// <summary>The last word ends in a terminator, maybe inside closing marks or brackets.</summary>
    private static bool EndsSentence(string[] words) => EndsSentence(words[^1]);

    internal static bool EndsSentence(string lastWord)
    {
        var last = lastWord.TrimEnd('”', '’', '"', '\'', ')', ']', '*', '_', MarkupFiller.Tag, MarkupFiller.EntityTail);
        return last.Length > 0 && last[^1] is '.' or '!' or '…' or ';';
    }
}

/// <summary>
/// A block as <see cref="PageFurniture"/> reads it: its kind and extent, its words and the words joined by single
/// spaces — none for a block that ends a sentence, which is prose (no furniture test takes one, nor a form field after
/// a poll), so most of a document costs a look at its last word.
/// </summary>
public readonly record struct FurnitureBlock(BlockKind Kind, TextSpan Span, string[] Words, string Line, bool EndsSentence)
{
    public static FurnitureBlock Of(ProseBlock block, string masked)
    {
        if (PageFurniture.EndsSentence(PageFurniture.LastWord(masked, block.Span))) return new FurnitureBlock(block.Kind, block.Span, [], "", true);
        var words = MarkupFiller.Strip(masked.Substring(block.Span.Start, block.Span.Length)).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return new FurnitureBlock(block.Kind, block.Span, words, string.Join(' ', words), false);
    }

    /// <summary>The same block in a text where what held it starts <paramref name="offset"/> characters later.</summary>
    public FurnitureBlock MovedBy(int offset) => this with { Span = new TextSpan(Span.Start + offset, Span.Length) };
}
