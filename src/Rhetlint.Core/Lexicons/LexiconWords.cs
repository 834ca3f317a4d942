using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Lexicons;

/// <summary>
/// Lexicon entries split into words normalized as tokens are (<see cref="Token.Normalize(string)"/>), one string per
/// distinct word of a load: an entry read from the lexicon's bytes (<see cref="LexiconStore.ReadEntries"/>) allocates
/// only the words not seen before, where a line string, its split and a lower-cased copy of each capitalized word were
/// allocated for every line (issue 18).
/// </summary>
internal sealed class LexiconWords
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _words =
        new HashSet<string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly List<string> _split = [];

    /// <summary>The words of <paramref name="entry"/> between spaces, empty ones dropped, each normalized: what
    /// <c>Split(' ', RemoveEmptyEntries)</c> and <see cref="Token.Normalize(string)"/> give.</summary>
    public string[] Split(ReadOnlySpan<char> entry)
    {
        _split.Clear();
        foreach (var range in entry.Split(' '))
            if (entry[range] is { Length: > 0 } word) _split.Add(Normalized(word));
        return [.. _split];
    }

    /// <summary>The word lower-cased (invariant) with curly apostrophes made straight, as the string this load already holds for it.</summary>
    public string Normalized(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[128];
        Span<char> normalized = word.Length <= buffer.Length ? buffer[..word.Length] : new char[word.Length];
        Token.Normalize(word, normalized);
        if (_words.TryGetValue(normalized, out var known)) return known;
        // Into the set itself: the lookup's Add would make a second string of the characters.
        var added = normalized.ToString();
        _words.Set.Add(added);
        return added;
    }
}
