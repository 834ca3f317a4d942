using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Rhetlint.Core.Lexicons;

/// <summary>
/// Whether a word may be in a set, answered from a bit per <see cref="Sketch"/> of each member: "no" is certain, "yes"
/// means "look it up". Rules ask hundreds of lexicons at every token and most tokens are in none of them; a clear bit
/// answers without hashing the whole word and comparing it with a map's candidates, which was the largest cost of
/// checking a megabyte (issue 18).
/// </summary>
public sealed class WordFilter
{
    /// <summary>Bits per member: about one word in fifteen that is not a member still passes.</summary>
    private const int BitsPerWord = 16;

    /// <summary>A power of two of bits, so a sketch's top bits pick one.</summary>
    private readonly ulong[] _bits;

    /// <summary>How far a sketch is shifted to leave the bits that index <see cref="_bits"/>.</summary>
    private readonly int _shift;

    public WordFilter(IReadOnlyCollection<string> words)
    {
        _bits = new ulong[Math.Max(1, (int)BitOperations.RoundUpToPowerOf2((uint)(words.Count * BitsPerWord + 63) / 64))];
        _shift = 64 - BitOperations.Log2((ulong)_bits.Length * 64);
        foreach (var word in words)
        {
            var bit = BitOf(word);
            _bits[bit >> 6] |= 1UL << bit;
        }
    }

    public bool MayContain(string word) => MayContain(word.AsSpan());

    /// <summary>As <see cref="MayContain(string)"/>, for a word spelled in a buffer (a singular read off a plural) rather than a string.</summary>
    public bool MayContain(ReadOnlySpan<char> word)
    {
        var bit = BitOf(word);
        return (_bits[bit >> 6] & 1UL << bit) != 0;
    }

    private int BitOf(ReadOnlySpan<char> word) => (int)(Sketch(word) >> _shift);

    /// <summary>
    /// A hash of a word read from its length and its first and last four characters (two loads, not a loop over the
    /// word): cheap enough to ask at every token of every lexicon, and it tells apart all but a few words of a lexicon of
    /// sixty thousand. Its top bits are the best mixed, and they index the filter.
    /// </summary>
    private static ulong Sketch(ReadOnlySpan<char> word)
    {
        ulong head = 0, tail = 0;
        if (word.Length >= 4)
        {
            var bytes = MemoryMarshal.AsBytes(word);
            head = BinaryPrimitives.ReadUInt64LittleEndian(bytes);
            tail = BinaryPrimitives.ReadUInt64LittleEndian(bytes[^8..]);
        }
        else
            foreach (var c in word) head = head << 16 | c;
        return (head * 0x9E3779B97F4A7C15UL ^ tail * 0xC2B2AE3D27D4EB4FUL ^ (ulong)word.Length) * 0x165667B19E3779F9UL;
    }
}
