namespace Rhetlint.Core.Lexicons;

/// <summary>
/// The hash the lexicon tables probe their open-addressed slots with: FNV-1a over a word's bytes or characters, mixed so
/// that the low bits (the slot) depend on every one. An ASCII word hashes alike as bytes and as characters, so a table
/// built over the assembly's UTF-8 lines is looked up with a token's characters.
/// </summary>
internal static class SlotHash
{
    public static uint Of(ReadOnlySpan<byte> bytes)
    {
        var hash = 2166136261u;
        foreach (var b in bytes) hash = (hash ^ b) * 16777619u;
        return Mix(hash);
    }

    /// <summary>The hash of the bytes with ASCII capitals lowered, as a lower-case word's characters hash.</summary>
    public static uint OfLowered(ReadOnlySpan<byte> bytes)
    {
        var hash = 2166136261u;
        foreach (var b in bytes) hash = (hash ^ LowerAscii(b)) * 16777619u;
        return Mix(hash);
    }

    public static uint Of(ReadOnlySpan<char> chars)
    {
        var hash = 2166136261u;
        foreach (var c in chars) hash = (hash ^ c) * 16777619u;
        return Mix(hash);
    }

    public static char LowerAscii(byte b) => (char)(b is >= (byte)'A' and <= (byte)'Z' ? b + 32 : b);

    private static uint Mix(uint hash)
    {
        hash ^= hash >> 16;
        hash *= 0x85EBCA6Bu;
        return hash ^ hash >> 13;
    }
}
