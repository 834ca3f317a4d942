using System.Collections.Frozen;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Lexicons;

/// <summary>A lexicon of multi-word phrases matched token by token on <see cref="Token.Norm"/>.</summary>
public sealed class PhraseList
{
    /// <summary>Phrases by first word, longest first: a lookup per token instead of a scan of the whole list.</summary>
    private readonly FrozenDictionary<string, string[][]> _byFirstWord;

    private PhraseList(string[][] phrases)
    {
        Phrases = phrases;
        _byFirstWord = phrases
            .Where(p => p.Length > 0)
            .GroupBy(p => p[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(p => p.Length).ToArray(), StringComparer.Ordinal);
    }

    public IReadOnlyList<string[]> Phrases { get; }

    public static PhraseList Load(string lexicon) =>
        new([.. LexiconStore.Lines(lexicon).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Token.Normalize).ToArray())]);

    /// <summary>A phrase list over phrases already split into normalized words (one kind of a tagged lexicon, say).</summary>
    public static PhraseList From(IEnumerable<string[]> phrases) => new([.. phrases]);

    /// <summary>Whether <paramref name="phrase"/> occurs at <paramref name="start"/> without running past <paramref name="limit"/>.</summary>
    public static bool MatchesAt(IReadOnlyList<Token> tokens, int start, int limit, string[] phrase)
    {
        if (start < 0 || start + phrase.Length > limit) return false;
        for (var p = 0; p < phrase.Length; p++)
            if (tokens[start + p].Norm != phrase[p]) return false;
        return true;
    }

    /// <summary>Whether some phrase starts in [<paramref name="from"/>, <paramref name="to"/>) and ends by <paramref name="to"/>.</summary>
    public bool OccursIn(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (LongestAt(tokens, k, to) > 0) return true;
        return false;
    }

    /// <summary>The length of the longest phrase at <paramref name="start"/>, or 0.</summary>
    public int LongestAt(IReadOnlyList<Token> tokens, int start, int limit)
    {
        if (start < 0 || start >= limit || !_byFirstWord.TryGetValue(tokens[start].Norm, out var candidates)) return 0;
        foreach (var phrase in candidates)
            if (MatchesAt(tokens, start, limit, phrase)) return phrase.Length;
        return 0;
    }
}
