using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Lexicons;

/// <summary>The key a word is found by in a <see cref="WordKeyMap{TValue}"/>: what a token computes once (<see cref="Token.WordKey"/>).</summary>
public static class WordKeyMap
{
    /// <param name="normalized">A word as <see cref="Token.Norm"/> spells it.</param>
    public static uint KeyOf(ReadOnlySpan<char> normalized) => SlotHash.Of(normalized);

    /// <summary>
    /// The position in <paramref name="words"/> of <paramref name="normalized"/>, whose key is <paramref name="key"/>, or
    /// -1: the probe of every map, outside the generic class so that no instantiation pays for its type.
    /// </summary>
    /// <param name="slots">Open addressing: a word's position plus one in the high half, its key in the low; 0 is empty.</param>
    internal static int Find(ulong[] slots, string[] words, ReadOnlySpan<char> normalized, uint key)
    {
        var mask = slots.Length - 1;
        for (var slot = (int)key & mask; ; slot = (slot + 1) & mask)
        {
            var held = slots[slot];
            if (held == 0) return -1;
            if ((uint)held == key && words[(int)(held >> 32) - 1].AsSpan().SequenceEqual(normalized)) return (int)(held >> 32) - 1;
        }
    }
}

/// <summary>
/// Words, each with a value, built once and then only looked up, most often for a token: a lookup by
/// <see cref="Token.WordKey"/> reads one bit of a filter, then a slot or two of a table of keys, and compares the words
/// only where a key is the token's, so a token whose word is not held (most tokens, for most lists) costs no string work
/// at all. Rules ask hundreds of word lists at every token, and hashing the token's word again for each, behind a filter
/// that read it once more, was an eighth of checking a megabyte (issue 18). A word listed twice keeps its first value.
/// </summary>
public sealed class WordKeyMap<TValue>
{
    /// <summary>A word's position in <see cref="_words"/> plus one above its key (<see cref="WordKeyMap.Find"/>); 0 is empty.</summary>
    private readonly ulong[] _slots;

    /// <summary>
    /// A bit per key's top bits, about sixteen bits per word: asked before the slots, since hundreds of tables of eight
    /// or more bytes a word do not stay in cache and this does; about one word in fifteen that is not held passes.
    /// </summary>
    private readonly ulong[] _filter;

    /// <summary>How far a key is shifted to leave the bits that index <see cref="_filter"/>.</summary>
    private readonly int _filterShift;

    private readonly string[] _words;
    private readonly TValue[] _values;

    /// <param name="entries">Words spelled as <see cref="Token.Norm"/> spells them, with their values.</param>
    public WordKeyMap(IReadOnlyCollection<KeyValuePair<string, TValue>> entries)
    {
        // At most half the slots used: a word that is not held is told by the first empty slot, a step or two away.
        _slots = new ulong[Math.Max(8, (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, entries.Count) * 2))];
        _filter = new ulong[Math.Max(1, (int)BitOperations.RoundUpToPowerOf2((uint)(entries.Count * 16 + 63) / 64))];
        _filterShift = 32 - BitOperations.Log2((uint)_filter.Length * 64);
        _words = new string[entries.Count];
        _values = new TValue[entries.Count];
        var count = 0;
        foreach (var (word, value) in entries)
        {
            var key = WordKeyMap.KeyOf(word);
            if (Find(word, key) >= 0) continue;
            _words[count] = word;
            _values[count] = value;
            _slots[EmptySlot(key)] = (ulong)++count << 32 | key;
            var bit = FilterBit(key);
            _filter[bit >> 6] |= 1UL << bit;
        }
        if (count < _words.Length)
        {
            Array.Resize(ref _words, count);
            Array.Resize(ref _values, count);
        }
    }

    public int Count => _words.Length;

    /// <summary>The words held, in the order they were first given.</summary>
    public IReadOnlyList<string> Keys => _words;

    /// <summary>Whether the token's word is held.</summary>
    public bool ContainsKey(Token token) => Find(token.Norm, token.WordKey) >= 0;

    /// <summary>Whether <paramref name="normalized"/> is held (its key computed here: for a word that is not a token's).</summary>
    public bool ContainsKey(string normalized) => Find(normalized, WordKeyMap.KeyOf(normalized)) >= 0;

    /// <summary>The value of the token's word, if it is held.</summary>
    public bool TryGetValue(Token token, [MaybeNullWhen(false)] out TValue value) => TryGetValue(token.Norm, token.WordKey, out value);

    /// <summary>The value of <paramref name="normalized"/>, if it is held (its key computed here).</summary>
    public bool TryGetValue(string normalized, [MaybeNullWhen(false)] out TValue value) => TryGetValue(normalized, WordKeyMap.KeyOf(normalized), out value);

    /// <summary>The value of the token's word, or the default when it is not held.</summary>
    public TValue? GetValueOrDefault(Token token) => TryGetValue(token, out var value) ? value : default;

    /// <summary>The value of <paramref name="normalized"/>, or the default when it is not held.</summary>
    public TValue? GetValueOrDefault(string normalized) => TryGetValue(normalized, out var value) ? value : default;

    /// <summary>
    /// The value of a word spelled in a buffer (a singular read off a plural) rather than a string, if it is held (its
    /// key computed here).
    /// </summary>
    public bool TryGetValue(ReadOnlySpan<char> normalized, [MaybeNullWhen(false)] out TValue value) => TryGetValue(normalized, WordKeyMap.KeyOf(normalized), out value);

    /// <summary>The value of <paramref name="normalized"/>, whose key is <paramref name="key"/>: for a caller that asks several maps for one word.</summary>
    internal bool TryGetValue(ReadOnlySpan<char> normalized, uint key, [MaybeNullWhen(false)] out TValue value)
    {
        var entry = Find(normalized, key);
        value = entry >= 0 ? _values[entry] : default!;
        return entry >= 0;
    }

    private int Find(ReadOnlySpan<char> normalized, uint key)
    {
        var bit = FilterBit(key);
        return (_filter[bit >> 6] & 1UL << bit) == 0 ? -1 : WordKeyMap.Find(_slots, _words, normalized, key);
    }

    /// <summary>The key's top bits: the slots are indexed by its low ones.</summary>
    private int FilterBit(uint key) => (int)((ulong)key >> _filterShift);

    private int EmptySlot(uint key)
    {
        var mask = _slots.Length - 1;
        var slot = (int)key & mask;
        while (_slots[slot] != 0) slot = (slot + 1) & mask;
        return slot;
    }
}
