using System.Numerics;
using System.Text;

namespace Rhetlint.Core.Lexicons;

/// <summary>
/// Words, each with a small value, added once and then only looked up: the words are kept end to end as UTF-8 in one
/// array, each after its length and value, and found through a table of one int per slot. A map of ten thousand words
/// held a string and a dictionary entry for each, most of them a plural a loader spelled out (issue 18: the source nouns
/// were the largest load of a one-paragraph check). As a dictionary's <c>TryAdd</c>, the first value added for a word
/// stays. A word of more than <see cref="MaxBytes"/> bytes is never held.
/// </summary>
internal sealed class CompactWordMap
{
    /// <summary>The longest word, in UTF-8 bytes, a map holds: its length is one byte.</summary>
    public const int MaxBytes = byte.MaxValue;

    /// <summary>Each word as its length, its value and its bytes.</summary>
    private byte[] _words;
    private int _used;

    /// <summary>Open addressing: a word's offset in <see cref="_words"/> plus one; 0 is empty.</summary>
    private int[] _slots;

    /// <param name="expectedWords">About how many words will be added: the table is sized for them, and grows past them.</param>
    /// <param name="expectedBytes">About how many bytes they take in UTF-8.</param>
    public CompactWordMap(int expectedWords, int expectedBytes)
    {
        _slots = new int[SlotsFor(expectedWords)];
        _words = new byte[Math.Max(16, expectedBytes + 2 * expectedWords)];
    }

    public int Count { get; private set; }

    /// <summary>Adds <paramref name="word"/> with <paramref name="value"/> unless it is held already; whether it was added.</summary>
    public bool TryAdd(ReadOnlySpan<char> word, byte value)
    {
        Span<byte> buffer = stackalloc byte[MaxBytes];
        if (!TryEncode(word, buffer, out var utf8)) return false;
        var slot = Find(utf8);
        if (_slots[slot] != 0) return false;
        if (_used + 2 + utf8.Length > _words.Length) Array.Resize(ref _words, Math.Max(_words.Length * 2, _used + 2 + utf8.Length));
        _words[_used] = (byte)utf8.Length;
        _words[_used + 1] = value;
        utf8.CopyTo(_words.AsSpan(_used + 2));
        _slots[slot] = _used + 1;
        _used += 2 + utf8.Length;
        if (++Count * 2 > _slots.Length) Grow();
        return true;
    }

    /// <summary>The value added with <paramref name="word"/>, if it is held.</summary>
    public bool TryGetValue(ReadOnlySpan<char> word, out byte value)
    {
        Span<byte> buffer = stackalloc byte[MaxBytes];
        value = 0;
        if (!TryEncode(word, buffer, out var utf8)) return false;
        var offset = _slots[Find(utf8)];
        if (offset == 0) return false;
        value = _words[offset];
        return true;
    }

    /// <summary>The word as UTF-8 in <paramref name="buffer"/>; false when it does not fit (a word no map holds).</summary>
    private static bool TryEncode(ReadOnlySpan<char> word, Span<byte> buffer, out ReadOnlySpan<byte> utf8)
    {
        var fits = Encoding.UTF8.TryGetBytes(word, buffer, out var written);
        utf8 = buffer[..written];
        return fits;
    }

    /// <summary>The slot that holds <paramref name="utf8"/>, or the empty one where it would go.</summary>
    private int Find(ReadOnlySpan<byte> utf8)
    {
        var mask = _slots.Length - 1;
        for (var slot = (int)SlotHash.Of(utf8) & mask; ; slot = (slot + 1) & mask)
        {
            if (_slots[slot] == 0 || WordAt(_slots[slot] - 1).SequenceEqual(utf8)) return slot;
        }
    }

    private ReadOnlySpan<byte> WordAt(int offset) => _words.AsSpan(offset + 2, _words[offset]);

    /// <summary>Twice the slots, the words placed again: a load of more than half makes probes long.</summary>
    private void Grow()
    {
        var old = _slots;
        _slots = new int[old.Length * 2];
        foreach (var offset in old)
            if (offset != 0) _slots[Find(WordAt(offset - 1))] = offset;
    }

    /// <summary>A power of two of slots, at least twice the words.</summary>
    private static int SlotsFor(int words) => Math.Max(16, (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, words) * 2));
}
