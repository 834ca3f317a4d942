using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Lexicons;

/// <summary>
/// Noun phrases stored as lemmas under a kind (<c>KIND&lt;TAB&gt;noun</c>: "disease&lt;TAB&gt;bird flu",
/// "outage&lt;TAB&gt;power cut"), matched token by token with their plurals (<see cref="LemmaPhrases"/>). A kind is
/// an enum member named like the line's KIND without hyphens ("mass-death" is MassDeath).
/// </summary>
public sealed class TaggedNouns<TKind> where TKind : struct, Enum
{
    /// <summary>Phrases by first word, longest first.</summary>
    private readonly FrozenDictionary<string, (string[] Words, TKind Kind)[]> _byFirstWord;

    private TaggedNouns(FrozenDictionary<string, (string[] Words, TKind Kind)[]> byFirstWord) => _byFirstWord = byFirstWord;

    /// <summary>The entries of <paramref name="lexicons"/> in <paramref name="store"/>, in order: a phrase listed twice keeps its first kind.</summary>
    /// <exception cref="InvalidOperationException">A line names a kind <typeparamref name="TKind"/> does not have.</exception>
    public static TaggedNouns<TKind> Load(LexiconStore store, params string[] lexicons)
    {
        var entries = new List<(string[] Words, TKind Kind)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var lexicon in lexicons)
            foreach (var line in store.Lines(lexicon))
            {
                var tab = line.IndexOf('\t');
                if (tab < 0 || !Enum.TryParse<TKind>(line[..tab].Replace("-", ""), ignoreCase: true, out var kind))
                    throw new InvalidOperationException($"Lexicon '{lexicon}': expected KIND<TAB>noun with a kind of {typeof(TKind).Name}: {line}");
                foreach (var words in LemmaPhrases.Expand(line[(tab + 1)..], Inflections.PartOfSpeech.Noun))
                    if (seen.Add(string.Join(' ', words))) entries.Add((words, kind));
            }
        return new TaggedNouns<TKind>(entries
            .GroupBy(e => e.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(e => e.Words.Length).ToArray(), StringComparer.Ordinal));
    }

    /// <summary>The kind and token count of the longest phrase at <paramref name="start"/> that ends by <paramref name="limit"/>, or null.</summary>
    public (TKind Kind, int Length)? LongestAt(ImmutableArray<Token> tokens, int start, int limit)
    {
        if (start < 0 || start >= limit || !_byFirstWord.TryGetValue(tokens[start].Norm, out var candidates)) return null;
        foreach (var (words, kind) in candidates)
            if (PhraseList.MatchesAt(tokens, start, limit, words)) return (kind, words.Length);
        return null;
    }

    /// <summary>The kind of a one-word entry (or one of its plurals) spelled <paramref name="norm"/>, or null.</summary>
    public TKind? WordKind(string norm)
    {
        if (!_byFirstWord.TryGetValue(norm, out var candidates)) return null;
        foreach (var (words, kind) in candidates)
            if (words.Length == 1) return kind;
        return null;
    }
}
