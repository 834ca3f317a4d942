using System.Numerics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Lexicons;

/// <summary>
/// A large one-word-per-line lexicon as a set, kept as the lexicon's text and a table of where its entries are: two
/// objects instead of a string per entry plus a hash set of them. A set of tens of thousands of words read once per
/// process was a large share of a one-paragraph check, most of it the allocation and the garbage collections of one
/// small string per entry (issue 18).
/// </summary>
public sealed class WordTable
{
    /// <summary>The lexicon's text, normalized as tokens are (<see cref="Token.Normalize"/>).</summary>
    private readonly string _text;

    /// <summary>Open addressing: an entry's start in <see cref="_text"/> in the high half, its length in the low half; 0 is empty.</summary>
    private readonly long[] _slots;

    private WordTable(string text, long[] slots, int count)
    {
        _text = text;
        _slots = slots;
        Count = count;
    }

    public int Count { get; }

    /// <summary>The entries of <paramref name="name"/> (one per line, trimmed; blank lines and <c>#</c> comments skipped), normalized as tokens are.</summary>
    public static WordTable Load(LexiconStore store, string name) => FromText(store.Text(name));

    /// <param name="text">Lexicon lines, in the format of <see cref="LexiconStore"/>.</param>
    public static WordTable FromText(string text)
    {
        // Normalizing maps each character to one character, so the whole text normalized is each line normalized and
        // the lines' bounds stay where they are.
        text = Token.Normalize(text);
        var entries = new List<(int Start, int Length)>();
        for (var lineStart = 0; lineStart < text.Length;)
        {
            var newline = text.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? text.Length : newline;
            var (start, end) = (lineStart, lineEnd);
            while (start < end && char.IsWhiteSpace(text[start])) start++;
            while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
            if (end > start && text[start] != '#') entries.Add((start, end - start));
            lineStart = lineEnd + 1;
        }
        var slots = new long[Math.Max(16, (int)BitOperations.RoundUpToPowerOf2((uint)entries.Count * 2))];
        var count = 0;
        foreach (var (start, length) in entries)
        {
            var slot = Find(text, slots, text.AsSpan(start, length));
            if (slots[slot] != 0) continue;
            slots[slot] = (long)start << 32 | (uint)length;
            count++;
        }
        return new WordTable(text, slots, count);
    }

    /// <param name="normalized">A normalized word (<see cref="Token.Norm"/>).</param>
    public bool Contains(ReadOnlySpan<char> normalized) => normalized.Length > 0 && _slots[Find(_text, _slots, normalized)] != 0;

    /// <summary>The slot that holds <paramref name="word"/>, or the empty slot where it would go.</summary>
    private static int Find(string text, long[] slots, ReadOnlySpan<char> word)
    {
        var mask = slots.Length - 1;
        for (var slot = string.GetHashCode(word) & mask; ; slot = (slot + 1) & mask)
        {
            var entry = slots[slot];
            if (entry == 0 || text.AsSpan((int)(entry >> 32), (int)(uint)entry).SequenceEqual(word)) return slot;
        }
    }
}
