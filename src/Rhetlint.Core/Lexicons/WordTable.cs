using System.Numerics;
using System.Text;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Lexicons;

/// <summary>
/// A large one-word-per-line lexicon as a set, kept as the lexicon file's UTF-8 bytes and a table of where its entries
/// are. A set of tens of thousands of words read once per process was a large share of a one-paragraph check: first
/// one small string per entry, then the file decoded into a string, normalized into a second one and indexed through
/// a growing list (issue 18). The bytes are read where the assembly embeds them, not copied, and indexed in one pass
/// into a table of one int per slot; an entry of plain ASCII (every entry of the shipped lists) is compared in place,
/// lower-cased as <see cref="Token.Normalize"/> would; any other entry is normalized into a small set of strings.
/// </summary>
public sealed class WordTable
{
    /// <summary>The lexicon's bytes (UTF-8), where they stay for the life of the process.</summary>
    private readonly FixedUtf8 _utf8;

    /// <summary>
    /// Open addressing over the ASCII entries: an entry's start in <see cref="_utf8"/> above its length's
    /// <see cref="LengthBits"/>; 0 is empty. An int rather than a long per slot halves the table (issue 18).
    /// </summary>
    private readonly uint[] _slots;

    /// <summary>The low bits of a slot that hold its entry's length; a longer entry, or one starting past what the rest can say, goes to <see cref="_others"/>.</summary>
    private const int LengthBits = 8;

    /// <summary>Entries whose line has a character beyond ASCII (or that no slot can hold), normalized; null when there are none.</summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>>? _others;

    private WordTable(FixedUtf8 utf8, uint[] slots, HashSet<string>? others, int asciiCount)
    {
        _utf8 = utf8;
        _slots = slots;
        _others = others?.GetAlternateLookup<ReadOnlySpan<char>>();
        Count = asciiCount + (others?.Count(word => !(Ascii.IsValid(word) && InSlots(word))) ?? 0);
    }

    public int Count { get; }

    /// <summary>The entries of <paramref name="name"/> (one per line, trimmed; blank lines and <c>#</c> comments skipped), normalized as tokens are.</summary>
    public static WordTable Load(LexiconStore store, string name) => Index(store.Fixed(name), firstWord: false);

    /// <param name="text">Lexicon lines, in the format of <see cref="LexiconStore"/>.</param>
    /// <param name="firstWord">As in <see cref="FromUtf8"/>.</param>
    public static WordTable FromText(string text, bool firstWord = false) => FromUtf8(Encoding.UTF8.GetBytes(text), firstWord);

    /// <param name="utf8">Lexicon lines encoded as UTF-8 (a byte order mark is skipped, as a text reader would).</param>
    /// <param name="firstWord">Hold each line's first word (up to its first space), for a lexicon whose lines add
    /// fields after the word (<see cref="AdjectiveForms"/>).</param>
    public static WordTable FromUtf8(byte[] utf8, bool firstWord = false) => Index(FixedUtf8.Copy(utf8), firstWord);

    /// <summary>A table of the lexicon <paramref name="utf8"/>, as <see cref="FromUtf8"/> describes.</summary>
    internal static WordTable Index(FixedUtf8 utf8, bool firstWord)
    {
        var bytes = utf8.Span;
        var lineCount = bytes.Count((byte)'\n') + 1;
        var slots = new uint[Math.Max(16, (int)BitOperations.RoundUpToPowerOf2((uint)lineCount * 2))];
        HashSet<string>? others = null;
        var asciiCount = 0;
        foreach (var line in LexiconStore.Entries(bytes))
        {
            var entry = line;
            if (firstWord && entry.IndexOf((byte)' ') is > 0 and var space) entry = entry[..space];
            bytes.Overlaps(entry, out var start);
            if (!Ascii.IsValid(entry) || !Packs(start, entry.Length))
            {
                // Rare: trimmed and normalized as a string, exactly as a line of text would be.
                var word = Encoding.UTF8.GetString(entry).Trim();
                if (word.Length > 0 && word[0] != '#') (others ??= new HashSet<string>(StringComparer.Ordinal)).Add(Token.Normalize(word));
                continue;
            }
            var slot = FindEntry(bytes, slots, entry);
            if (slots[slot] != 0) continue;
            slots[slot] = (uint)start << LengthBits | (uint)entry.Length;
            asciiCount++;
        }
        return new WordTable(utf8, slots, others, asciiCount);
    }

    /// <param name="normalized">A normalized word (<see cref="Token.Norm"/>).</param>
    public bool Contains(ReadOnlySpan<char> normalized)
    {
        if (normalized.Length == 0) return false;
        // A line beyond ASCII may normalize to an ASCII word ("keeper’s" → "keeper's"), so the set is asked either way.
        return Ascii.IsValid(normalized) && InSlots(normalized) || _others is { } others && others.Contains(normalized);
    }

    /// <summary>Whether an entry's start and length fit one slot: lexicons of up to 16 MB, entries of up to 255 bytes.</summary>
    private static bool Packs(int start, int length) => length < 1 << LengthBits && start < 1 << (32 - LengthBits);

    private bool InSlots(ReadOnlySpan<char> word)
    {
        var utf8 = _utf8.Span;
        var mask = _slots.Length - 1;
        for (var slot = (int)SlotHash.Of(word) & mask; ; slot = (slot + 1) & mask)
        {
            var entry = _slots[slot];
            if (entry == 0) return false;
            if (EqualsLowered(Entry(utf8, entry), word)) return true;
        }
    }

    /// <summary>The slot that holds an entry equal to <paramref name="entry"/> once both are lower-cased, or the empty slot where it would go.</summary>
    private static int FindEntry(ReadOnlySpan<byte> utf8, uint[] slots, ReadOnlySpan<byte> entry)
    {
        var mask = slots.Length - 1;
        for (var slot = (int)SlotHash.OfLowered(entry) & mask; ; slot = (slot + 1) & mask)
        {
            if (slots[slot] == 0 || Ascii.EqualsIgnoreCase(Entry(utf8, slots[slot]), entry)) return slot;
        }
    }

    private static ReadOnlySpan<byte> Entry(ReadOnlySpan<byte> utf8, uint slot) => utf8.Slice((int)(slot >> LengthBits), (int)(slot & (1u << LengthBits) - 1));

    /// <summary>Whether the ASCII <paramref name="entry"/>, lower-cased, is <paramref name="word"/>.</summary>
    private static bool EqualsLowered(ReadOnlySpan<byte> entry, ReadOnlySpan<char> word)
    {
        if (entry.Length != word.Length) return false;
        for (var i = 0; i < entry.Length; i++)
        {
            if (SlotHash.LowerAscii(entry[i]) != word[i]) return false;
        }
        return true;
    }
}
