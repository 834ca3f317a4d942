namespace Rhetlint.Core.Markup;

/// <summary>
/// What <see cref="ProseText.Masked"/> holds where HTML markup stood inside running text, so that every offset stays a
/// source offset without splitting a word: an inline tag ("un&lt;em&gt;believ&lt;/em&gt;able") becomes
/// <see cref="Tag"/>, and an entity ("don&amp;rsquo;t") its decoded character at its first offset with
/// <see cref="EntityTail"/> after it. The tokenizer reads through both as if they were not there and leaves them out of
/// a token's text; a token ends after the tail of an entity it ends in, so its span covers the whole entity. The
/// quotation pairer looks past them for the characters around a mark.
/// </summary>
public static class MarkupFiller
{
    /// <summary>U+2060 WORD JOINER, which is what an inline tag is to the words around it: invisible, no break.</summary>
    public const char Tag = '\u2060';

    /// <summary>A private-use character: it stands for no character of its own (the reader blanks one met in the page).</summary>
    public const char EntityTail = '\uE000';

    public static bool IsFiller(char c) => c is Tag or EntityTail;

    /// <summary>The first offset at or after <paramref name="position"/> (below <paramref name="end"/>) that holds no filler.</summary>
    public static int SkipForward(string text, int position, int end)
    {
        while (position < end && IsFiller(text[position])) position++;
        return position;
    }

    /// <summary>The last offset before <paramref name="position"/> (at or above <paramref name="start"/>) that holds no filler, or start - 1.</summary>
    public static int SkipBackward(string text, int position, int start)
    {
        position--;
        while (position >= start && IsFiller(text[position])) position--;
        return position;
    }

    /// <summary><paramref name="text"/> without fillers (the same instance when it has none).</summary>
    public static string Strip(string text) =>
        text.AsSpan().IndexOfAny(Tag, EntityTail) < 0 ? text : text.Replace(Tag.ToString(), "", StringComparison.Ordinal).Replace(EntityTail.ToString(), "", StringComparison.Ordinal);
}
