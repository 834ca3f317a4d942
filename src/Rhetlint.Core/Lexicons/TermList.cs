using System.Collections.Frozen;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Markup;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Lexicons;

/// <summary>
/// Names or terms a user lists one per line (outlets, accepted vocabulary), matched on tokens. Each entry is
/// tokenized the way a document is, so "U.S. News &amp; World Report" or "Al-Harbor Post" split as they do in copy.
/// </summary>
public sealed class TermList
{
    /// <summary>An entry's normalized words, and which of them must be capitalized in the text.</summary>
    private sealed record Entry(string[] Words, bool[] Capitalized);

    private readonly FrozenDictionary<string, Entry[]> _byFirstWord;

    private TermList(FrozenDictionary<string, Entry[]> byFirstWord) => _byFirstWord = byFirstWord;

    public static TermList Empty { get; } = new(FrozenDictionary<string, Entry[]>.Empty);

    public bool IsEmpty => _byFirstWord.Count == 0;

    /// <param name="lines">Entries, comments and blank lines already removed. A leading article is left out of the entry.</param>
    /// <param name="keepCapitals">
    /// Whether a word written capitalized in an entry must be capitalized in the text: an outlet called "Critics
    /// Weekly" is not the critics who write weekly. Without it an entry matches in any case.
    /// </param>
    public static TermList FromLines(IEnumerable<string> lines, bool keepCapitals)
    {
        var entries = new List<Entry>();
        foreach (var line in lines)
        {
            var tokens = ProseParser.Parse(PlainTextReader.Read(SourceText.From(line.Trim()))).Tokens;
            // "The Harbor Gazette" is "the Harbor Gazette" mid-sentence: the name is what follows the article.
            if (tokens.Length > 1 && tokens[0].Norm is "the" or "a" or "an") tokens = tokens[1..];
            if (tokens.IsEmpty) continue;
            entries.Add(new Entry([.. tokens.Select(t => t.Norm)], [.. tokens.Select(t => keepCapitals && t.IsCapitalized)]));
        }
        // Longest first, so "Harbor Gazette Weekly" wins over "Harbor Gazette".
        return new TermList(entries
            .GroupBy(e => e.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(e => e.Words.Length).ToArray(), StringComparer.Ordinal));
    }

    /// <summary>The token count of the longest entry at <paramref name="start"/> that ends by <paramref name="limit"/>, or 0.</summary>
    public int LongestAt(ImmutableArray<Token> tokens, int start, int limit)
    {
        if (start < 0 || start >= limit || !_byFirstWord.TryGetValue(tokens[start].Norm, out var candidates)) return 0;
        foreach (var entry in candidates)
            if (Matches(tokens, start, limit, entry)) return entry.Words.Length;
        return 0;
    }

    /// <summary>Every occurrence in <paramref name="tokens"/> as a token range (first, end exclusive), left to right, not overlapping.</summary>
    public IEnumerable<(int First, int End)> Occurrences(ImmutableArray<Token> tokens)
    {
        if (IsEmpty) yield break;
        for (var k = 0; k < tokens.Length; k++)
        {
            var length = LongestAt(tokens, k, tokens.Length);
            if (length == 0) continue;
            yield return (k, k + length);
            k += length - 1;
        }
    }

    private static bool Matches(ImmutableArray<Token> tokens, int start, int limit, Entry entry)
    {
        if (start + entry.Words.Length > limit) return false;
        for (var p = 0; p < entry.Words.Length; p++)
        {
            var token = tokens[start + p];
            if (token.Norm != entry.Words[p] || entry.Capitalized[p] && !token.IsCapitalized) return false;
        }
        return true;
    }
}
