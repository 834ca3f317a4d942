using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>A lexicon of <c>CLASS&lt;TAB&gt;phrase</c> lines, matched word by word on <see cref="Token.Norm"/> within one class.</summary>
public sealed class ClassedLexicon
{
    private readonly FrozenDictionary<string, string[][]> _byClass;

    private ClassedLexicon(FrozenDictionary<string, string[][]> byClass) => _byClass = byClass;

    public static ClassedLexicon Load(string name) =>
        new(LexiconStore.Lines(name)
            .Select(line => line.Split('\t', 2))
            .Where(parts => parts.Length == 2)
            .GroupBy(parts => parts[0].Trim(), StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(p => p[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Token.Normalize).ToArray()).ToArray(), StringComparer.Ordinal));

    /// <summary>The length of the longest phrase of <paramref name="cls"/> at <paramref name="start"/>, not running past <paramref name="limit"/>, or 0.</summary>
    public int LongestAt(ImmutableArray<Token> tokens, int start, int limit, string cls)
    {
        if (!_byClass.TryGetValue(cls, out var phrases)) return 0;
        var best = 0;
        foreach (var phrase in phrases)
            if (phrase.Length > best && PhraseList.MatchesAt(tokens, start, limit, phrase)) best = phrase.Length;
        return best;
    }
}
