using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;

namespace Rhetlint.Core.Lexicons;

/// <summary>
/// Word lists shipped as data in <c>rules/lexicons/</c> and embedded into this assembly at build.
/// Format: one entry per line; blank lines and lines starting with <c>#</c> are ignored; an entry may
/// contain spaces (a phrase). Entries are returned trimmed, in file order.
/// </summary>
public static class LexiconStore
{
    private static readonly ConcurrentDictionary<string, ImmutableArray<string>> Cache = new(StringComparer.Ordinal);

    /// <param name="name">File name without extension, e.g. <c>abbreviations</c>.</param>
    public static ImmutableArray<string> Lines(string name) => Cache.GetOrAdd(name, Load);

    /// <summary>The entries lower-cased (curly apostrophes made straight), as a set.</summary>
    public static FrozenWordSet Set(string name) => new(Lines(name));

    private static ImmutableArray<string> Load(string name)
    {
        using var stream = typeof(LexiconStore).Assembly.GetManifestResourceStream($"lexicons/{name}.txt")
            ?? throw new InvalidOperationException($"Lexicon '{name}' is not embedded in {typeof(LexiconStore).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
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
