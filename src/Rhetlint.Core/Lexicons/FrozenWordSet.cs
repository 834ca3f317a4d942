using System.Collections;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Lexicons;

/// <summary>
/// A set of words built once and then only asked, most often for a token: a token is found by its
/// <see cref="Token.WordKey"/>, without hashing its word again (issue 18). Asking <c>set.Contains(token)</c> rather than
/// <c>set.Contains(token.Norm)</c> is what saves the work; the answer is the same.
/// </summary>
public sealed class FrozenWordSet : IReadOnlyCollection<string>
{
    private readonly WordKeyMap<bool> _set;

    /// <summary>Lexicon entries, compared on <see cref="Token.Norm"/> form (lower-cased, apostrophes straightened).</summary>
    public FrozenWordSet(IEnumerable<string> entries) : this(MapOf(entries.Select(Token.Normalize))) { }

    private FrozenWordSet(WordKeyMap<bool> set) => _set = set;

    private static WordKeyMap<bool> MapOf(IEnumerable<string> words) => new([.. words.Select(word => KeyValuePair.Create(word, true))]);

    /// <summary>
    /// The words as they are spelled, compared ordinally, as <c>ToFrozenSet(StringComparer.Ordinal)</c> compares them: a
    /// set that held "U.S." does not hold "u.s.".
    /// </summary>
    public static FrozenWordSet Exact(IEnumerable<string> words) => new(MapOf(words));

    public bool Contains(string normalized) => _set.ContainsKey(normalized);

    /// <summary>Whether a word spelled in a buffer (part of a token's word) is held, without a string for it.</summary>
    public bool Contains(ReadOnlySpan<char> normalized) => _set.TryGetValue(normalized, out _);

    /// <summary>Whether the token's <see cref="Token.Norm"/> is held.</summary>
    public bool Contains(Token token) => _set.ContainsKey(token);

    public int Count => _set.Count;

    public IEnumerator<string> GetEnumerator() => _set.Keys.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>Building a <see cref="FrozenWordSet"/> where a <c>FrozenSet&lt;string&gt;</c> was built.</summary>
public static class FrozenWordSetExtensions
{
    /// <summary>The words as a <see cref="FrozenWordSet"/> that compares them as spelled (<see cref="FrozenWordSet.Exact"/>).</summary>
    public static FrozenWordSet ToFrozenWordSet(this IEnumerable<string> words) => FrozenWordSet.Exact(words);
}
