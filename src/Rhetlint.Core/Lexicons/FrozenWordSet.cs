using System.Collections.Frozen;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Lexicons;

/// <summary>A case-insensitive set of lexicon entries, compared on <see cref="Token.Norm"/> form.</summary>
public sealed class FrozenWordSet(IEnumerable<string> entries)
{
    private readonly FrozenSet<string> _set = entries.Select(Token.Normalize).ToFrozenSet(StringComparer.Ordinal);

    public bool Contains(string normalized) => _set.Contains(normalized);
    public bool Contains(Token token) => _set.Contains(token.Norm);
    public int Count => _set.Count;
}
