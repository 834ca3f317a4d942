using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Lexicons;

/// <summary>
/// A case-insensitive set of lexicon entries, compared on <see cref="Token.Norm"/> form; a token is found by its
/// <see cref="Token.WordKey"/>, without hashing its word again (issue 18).
/// </summary>
public sealed class FrozenWordSet(IEnumerable<string> entries)
{
    private readonly WordKeyMap<bool> _set = new([.. entries.Select(entry => KeyValuePair.Create(Token.Normalize(entry), true))]);

    public bool Contains(string normalized) => _set.ContainsKey(normalized);
    public bool Contains(Token token) => _set.ContainsKey(token);
    public int Count => _set.Count;
}
