using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;
using System.Text;

namespace Rhetlint.Core.Lexicons;

/// <summary>
/// Word lists shipped as data in <c>rules/lexicons/</c> and embedded, at build, into the assembly whose code reads
/// them: the engine's own lists into this one (<see cref="Engine"/>), the lists only rules read into the rules'
/// assembly (<see cref="Of"/>). Format: one entry per line; blank lines and lines starting with <c>#</c> are
/// ignored; an entry may contain spaces (a phrase). Entries are returned trimmed, in file order.
/// </summary>
public sealed class LexiconStore
{
    private const string Prefix = "lexicons/";
    private const string Extension = ".txt";
    private const string PrebuiltPrefix = "prebuilt/";
    private const string PrebuiltExtension = ".bin";

    private static readonly ConcurrentDictionary<Assembly, LexiconStore> Stores = new();

    private readonly Assembly _assembly;
    private readonly ConcurrentDictionary<string, ImmutableArray<string>> _cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaggedLexicon> _tagged = new(StringComparer.Ordinal);

    private LexiconStore(Assembly assembly) => _assembly = assembly;

    /// <summary>The engine's lexicons, embedded in <c>Rhetlint.Core</c>.</summary>
    public static LexiconStore Engine { get; } = Of(typeof(LexiconStore).Assembly);

    /// <summary>The lexicons embedded in <paramref name="assembly"/> (as <c>lexicons/NAME.txt</c>).</summary>
    public static LexiconStore Of(Assembly assembly) => Stores.GetOrAdd(assembly, a => new LexiconStore(a));

    /// <summary>The names of the lexicons embedded in this store's assembly.</summary>
    public IEnumerable<string> Names => _assembly.GetManifestResourceNames()
        .Where(r => r.StartsWith(Prefix, StringComparison.Ordinal) && r.EndsWith(Extension, StringComparison.Ordinal))
        .Select(r => r[Prefix.Length..^Extension.Length]);

    /// <param name="name">File name without extension, e.g. <c>abbreviations</c>.</param>
    public ImmutableArray<string> Lines(string name) => _cache.GetOrAdd(name, Load);

    /// <summary>
    /// The lexicon read as <c>KIND&lt;TAB&gt;entry</c> lines, parsed once per process: a dozen readings load kinds of the
    /// same tagged lexicon, and each used to split and normalize all of it again at startup (issue 18).
    /// </summary>
    internal TaggedLexicon Tagged(string name) => _tagged.GetOrAdd(name, n => TaggedLexicon.Parse(this, n));

    /// <summary>What <see cref="ReadEntries"/> does with one entry; the characters are valid only during the call.</summary>
    public delegate void EntryReader(ReadOnlySpan<char> entry);

    /// <summary>
    /// Each entry of the lexicon, in file order, exactly as <see cref="Lines"/> returns it (trimmed, blank lines and
    /// <c>#</c> comments skipped) but decoded into a buffer instead of a string per line, and not kept: for a reader that
    /// keeps some fields of a lexicon it reads once (a kind, a lemma to expand), not the line (issue 18).
    /// </summary>
    public void ReadEntries(string name, EntryReader reader)
    {
        Span<char> buffer = stackalloc char[256];
        foreach (var utf8 in Entries(Utf8(name)))
        {
            var chars = utf8.Length <= buffer.Length ? buffer[..Encoding.UTF8.GetChars(utf8, buffer)] : Encoding.UTF8.GetString(utf8).AsSpan();
            // Entries trims ASCII white space only; a line is trimmed of any, as a read line is.
            var entry = chars.Trim();
            if (entry.Length == 0 || entry[0] == '#') continue;
            reader(entry);
        }
    }

    /// <summary>The entries lower-cased (curly apostrophes made straight), as a set.</summary>
    public FrozenWordSet Set(string name) => new(Lines(name));

    /// <summary>
    /// The lexicon file's bytes (UTF-8), read each time and not kept: for a reader that builds its own compact structure
    /// from a large lexicon (<see cref="WordTable"/>) rather than from a string per line.
    /// </summary>
    public byte[] Bytes(string name)
    {
        using var stream = Resource(name);
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>
    /// The lexicon file's bytes (UTF-8) where the assembly holds them, not copied: valid while the assembly is loaded, so
    /// for reading through, not keeping. A copy only when the runtime gives the resource as some other stream.
    /// </summary>
    public unsafe ReadOnlySpan<byte> Utf8(string name)
    {
        using var stream = Resource(name);
        if (stream is UnmanagedMemoryStream embedded) return new ReadOnlySpan<byte>(embedded.PositionPointer, checked((int)embedded.Length));
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>
    /// The lexicon file's bytes (UTF-8) at an address that never changes, for a table that keeps where its entries are
    /// (<see cref="WordTable"/>): where the assembly holds them, not copied; a copy on the pinned heap when the runtime
    /// gives the resource as some other stream, or the assembly may be unloaded.
    /// </summary>
    internal unsafe FixedUtf8 Fixed(string name)
    {
        using var stream = Resource(name);
        if (stream is UnmanagedMemoryStream embedded && !_assembly.IsCollectible) return FixedUtf8.InPlace(embedded.PositionPointer, checked((int)embedded.Length));
        return FixedUtf8.Read(stream);
    }

    /// <summary>
    /// A table prebuilt at build time from a lexicon (<c>rules/lexicons/prebuilt/NAME.bin</c>, embedded as
    /// <c>prebuilt/NAME.bin</c>), where the assembly holds it: read in place, so loading it costs nothing (issue 18).
    /// A test rebuilds each from its lexicon and fails when the two differ.
    /// </summary>
    internal unsafe FixedUtf8 Prebuilt(string name)
    {
        using var stream = _assembly.GetManifestResourceStream(PrebuiltPrefix + name + PrebuiltExtension)
            ?? throw new InvalidOperationException($"No prebuilt table of '{name}' is embedded in {_assembly.GetName().Name}.");
        if (stream is UnmanagedMemoryStream embedded && !_assembly.IsCollectible) return FixedUtf8.InPlace(embedded.PositionPointer, checked((int)embedded.Length));
        return FixedUtf8.Read(stream);
    }

    /// <summary>
    /// The entries of lexicon bytes (<see cref="Bytes"/>) as spans over them, in file order: each line trimmed of ASCII
    /// white space, blank lines and <c>#</c> comments skipped, as <see cref="Lines"/> reads them. For a reader that keeps
    /// only some fields of a large lexicon, so no line becomes a string it then splits (issue 18).
    /// </summary>
    public static Utf8Entries Entries(ReadOnlySpan<byte> utf8) => new(utf8.StartsWith("\uFEFF"u8) ? utf8[3..] : utf8);

    /// <summary>The enumerator of <see cref="Entries"/>: allocates nothing.</summary>
    public ref struct Utf8Entries(ReadOnlySpan<byte> rest)
    {
        private ReadOnlySpan<byte> _rest = rest;
        private bool _done;

        public ReadOnlySpan<byte> Current { get; private set; }

        public readonly Utf8Entries GetEnumerator() => this;

        public bool MoveNext()
        {
            while (!_done)
            {
                var newline = _rest.IndexOf((byte)'\n');
                var line = newline < 0 ? _rest : _rest[..newline];
                if (newline < 0) _done = true;
                else _rest = _rest[(newline + 1)..];
                line = line.Trim(" \t\r\v\f"u8);
                if (line.Length == 0 || line[0] == (byte)'#') continue;
                Current = line;
                return true;
            }
            return false;
        }
    }

    private StreamReader Open(string name) => new(Resource(name));

    private Stream Resource(string name) =>
        _assembly.GetManifestResourceStream(Prefix + name + Extension)
        ?? throw new InvalidOperationException($"Lexicon '{name}' is not embedded in {_assembly.GetName().Name}.");

    private ImmutableArray<string> Load(string name)
    {
        using var reader = Open(name);
        var lines = ImmutableArray.CreateBuilder<string>();
        while (reader.ReadLine() is { } line)
        {
            var entry = line.Trim();
            if (entry.Length == 0 || entry[0] == '#') continue;
            lines.Add(entry);
        }
        return lines.ToImmutable();
    }
}
