using System.Buffers.Binary;
using System.Numerics;
using System.Text;

namespace Rhetlint.Core.Lexicons;

/// <summary>
/// Words, each with a 32-bit value, laid out as bytes a lookup reads in place: a table built once into an array, or
/// prebuilt at build time and read where the assembly embeds it, so that loading it costs nothing (issue 18: building
/// the noun-type map from its twenty thousand lines was 28% of a one-paragraph check). A lookup is the one of
/// <see cref="WordKeyMap{TValue}"/>: a filter bit of the word's key, then slots of keys, the words compared only where
/// a key is the word's.
/// </summary>
/// <remarks>
/// Layout, little-endian: slot count, filter words and record bytes (three u32); the slots (u64: a record's offset plus
/// one above the word's <see cref="WordKeyMap.KeyOf"/>; 0 is empty); the filter (u64 words, a bit per key's top bits);
/// the records (the word's UTF-8 length as one byte, its value as a u32, its bytes).
/// </remarks>
internal readonly struct WordImage
{
    private const int HeaderBytes = 12;

    private readonly FixedUtf8 _bytes;
    private readonly int _start;
    private readonly int _slotCount;
    private readonly int _filterWords;
    private readonly int _filterShift;

    /// <summary>The image that starts at <paramref name="start"/> in <paramref name="bytes"/>.</summary>
    public WordImage(FixedUtf8 bytes, int start)
    {
        var header = bytes.Span[start..];
        _bytes = bytes;
        _start = start;
        _slotCount = checked((int)BinaryPrimitives.ReadUInt32LittleEndian(header));
        _filterWords = checked((int)BinaryPrimitives.ReadUInt32LittleEndian(header[4..]));
        _filterShift = FilterShift(_filterWords);
        Length = HeaderBytes + 8 * (_slotCount + _filterWords) + checked((int)BinaryPrimitives.ReadUInt32LittleEndian(header[8..]));
        if (!BitOperations.IsPow2(_slotCount) || !BitOperations.IsPow2(_filterWords) || start + Length > bytes.Length)
            throw new InvalidOperationException("A word image is truncated or not one.");
    }

    /// <summary>The image's size in bytes: another may follow it.</summary>
    public int Length { get; }

    /// <summary>
    /// The image of a one-word-per-line lexicon as a set (every value 0): each entry normalized as a token is, so it
    /// answers as <see cref="WordTable"/> does.
    /// </summary>
    public static byte[] SetOf(LexiconStore store, string name)
    {
        var builder = new Builder();
        store.ReadEntries(name, entry => builder.TryAdd(Syntax.Token.Normalize(entry.ToString()), 0));
        return builder.ToBytes();
    }

    /// <summary>Whether <paramref name="normalized"/> is held.</summary>
    public bool Contains(ReadOnlySpan<char> normalized) => TryGetValue(normalized, WordKeyMap.KeyOf(normalized), out _);

    /// <summary>The value of <paramref name="normalized"/> (a word as <see cref="Syntax.Token.Norm"/> spells it), whose key is <paramref name="key"/>, if it is held.</summary>
    public bool TryGetValue(ReadOnlySpan<char> normalized, uint key, out uint value)
    {
        value = 0;
        var image = _bytes.Span[_start..(_start + Length)];
        var filter = image[(HeaderBytes + 8 * _slotCount)..];
        var bit = (int)((ulong)key >> _filterShift);
        if ((BinaryPrimitives.ReadUInt64LittleEndian(filter[(8 * (bit >> 6))..]) & 1UL << bit) == 0) return false;
        var records = filter[(8 * _filterWords)..];
        var mask = _slotCount - 1;
        for (var slot = (int)key & mask; ; slot = (slot + 1) & mask)
        {
            var held = BinaryPrimitives.ReadUInt64LittleEndian(image[(HeaderBytes + 8 * slot)..]);
            if (held == 0) return false;
            if ((uint)held != key) continue;
            var record = records[((int)(held >> 32) - 1)..];
            if (!Equal(record.Slice(5, record[0]), normalized)) continue;
            value = BinaryPrimitives.ReadUInt32LittleEndian(record[1..]);
            return true;
        }
    }

    /// <summary>Whether the UTF-8 <paramref name="utf8"/> spells <paramref name="word"/>.</summary>
    private static bool Equal(ReadOnlySpan<byte> utf8, ReadOnlySpan<char> word)
    {
        if (Ascii.IsValid(utf8)) return Ascii.Equals(utf8, word);
        Span<byte> buffer = stackalloc byte[byte.MaxValue];
        return Encoding.UTF8.TryGetBytes(word, buffer, out var written) && buffer[..written].SequenceEqual(utf8);
    }

    private static int FilterShift(int filterWords) => 32 - BitOperations.Log2((uint)filterWords * 64);

    /// <summary>Words added in order, the first value of a word kept (as a dictionary's <c>TryAdd</c>), then written as an image.</summary>
    public sealed class Builder
    {
        private readonly List<(string Word, uint Value)> _entries = [];
        private readonly HashSet<string> _words = new(StringComparer.Ordinal);

        public int Count => _entries.Count;

        /// <summary>Adds <paramref name="normalized"/> with <paramref name="value"/> unless it is held; whether it was added.</summary>
        /// <exception cref="InvalidOperationException">The word is longer than 255 bytes in UTF-8.</exception>
        public bool TryAdd(string normalized, uint value)
        {
            if (Encoding.UTF8.GetByteCount(normalized) > byte.MaxValue)
                throw new InvalidOperationException($"A word image holds words of up to 255 bytes: {normalized}");
            if (!_words.Add(normalized)) return false;
            _entries.Add((normalized, value));
            return true;
        }

        /// <summary>Whether <paramref name="normalized"/> has been added.</summary>
        public bool Contains(string normalized) => _words.Contains(normalized);

        /// <summary>The image's bytes: the same words and values always give the same bytes.</summary>
        public byte[] ToBytes()
        {
            // As a word-key map sizes itself: at most half the slots used, about sixteen filter bits a word.
            var slotCount = Math.Max(8, (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, _entries.Count) * 2));
            var filterWords = Math.Max(1, (int)BitOperations.RoundUpToPowerOf2((uint)(_entries.Count * 16 + 63) / 64));
            var filterShift = FilterShift(filterWords);
            var recordBytes = 0;
            foreach (var (word, _) in _entries) recordBytes += 5 + Encoding.UTF8.GetByteCount(word);
            var image = new byte[HeaderBytes + 8 * (slotCount + filterWords) + recordBytes];
            BinaryPrimitives.WriteUInt32LittleEndian(image, (uint)slotCount);
            BinaryPrimitives.WriteUInt32LittleEndian(image.AsSpan(4), (uint)filterWords);
            BinaryPrimitives.WriteUInt32LittleEndian(image.AsSpan(8), (uint)recordBytes);
            var slots = image.AsSpan(HeaderBytes, 8 * slotCount);
            var filter = image.AsSpan(HeaderBytes + 8 * slotCount, 8 * filterWords);
            var records = image.AsSpan(HeaderBytes + 8 * (slotCount + filterWords));
            var offset = 0;
            foreach (var (word, value) in _entries)
            {
                var key = WordKeyMap.KeyOf(word);
                var slot = (int)key & (slotCount - 1);
                while (BinaryPrimitives.ReadUInt64LittleEndian(slots[(8 * slot)..]) != 0) slot = (slot + 1) & (slotCount - 1);
                BinaryPrimitives.WriteUInt64LittleEndian(slots[(8 * slot)..], (ulong)(offset + 1) << 32 | key);
                var bit = (int)((ulong)key >> filterShift);
                var filterWord = filter[(8 * (bit >> 6))..];
                BinaryPrimitives.WriteUInt64LittleEndian(filterWord, BinaryPrimitives.ReadUInt64LittleEndian(filterWord) | 1UL << bit);
                var length = Encoding.UTF8.GetBytes(word, records[(offset + 5)..]);
                records[offset] = (byte)length;
                BinaryPrimitives.WriteUInt32LittleEndian(records[(offset + 1)..], value);
                offset += 5 + length;
            }
            return image;
        }
    }
}
