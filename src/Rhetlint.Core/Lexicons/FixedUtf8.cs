using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Rhetlint.Core.Lexicons;

/// <summary>
/// UTF-8 bytes that stay at one address for the life of the process, so a table can keep where its entries are and read
/// them without holding a copy: a lexicon where its assembly embeds it, or else a copy on the pinned heap. A large
/// lexicon read into an array of its own was a sixth of a one-paragraph check's allocation (issue 18).
/// </summary>
internal readonly unsafe struct FixedUtf8
{
    private readonly byte* _start;

    /// <summary>The pinned copy the bytes are in, kept alive with them; null for bytes the assembly holds.</summary>
    private readonly byte[]? _copy;

    private FixedUtf8(byte* start, int length, byte[]? copy)
    {
        _start = start;
        Length = length;
        _copy = copy;
    }

    public int Length { get; }

    public ReadOnlySpan<byte> Span => new(_start, Length);

    /// <summary>Bytes the runtime keeps in place for as long as the process runs (a resource of a loaded, never unloaded assembly).</summary>
    public static FixedUtf8 InPlace(byte* start, int length) => new(start, length, null);

    /// <summary>A copy of <paramref name="bytes"/> on the pinned heap, where the collector never moves it.</summary>
    public static FixedUtf8 Copy(ReadOnlySpan<byte> bytes)
    {
        var copy = GC.AllocateUninitializedArray<byte>(bytes.Length, pinned: true);
        bytes.CopyTo(copy);
        return Pinned(copy);
    }

    /// <summary>The rest of <paramref name="stream"/>, read into an array on the pinned heap.</summary>
    public static FixedUtf8 Read(Stream stream)
    {
        var copy = GC.AllocateUninitializedArray<byte>(checked((int)(stream.Length - stream.Position)), pinned: true);
        stream.ReadExactly(copy);
        return Pinned(copy);
    }

    private static FixedUtf8 Pinned(byte[] copy) => new((byte*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(copy)), copy.Length, copy);
}
