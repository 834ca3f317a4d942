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
    /// <summary>
    /// Phrases by first word, longest first. A plain dictionary: the noun-type lexicon is tens of thousands of lines read
    /// once per process, where freezing cost more than every lookup of a run gains (issue 18).
    /// </summary>
    private readonly Dictionary<string, (string[] Words, TKind Kind)[]> _byFirstWord;

    /// <summary>The first words of <see cref="_byFirstWord"/>, asked first: most tokens start no entry (<see cref="WordFilter"/>).</summary>
    private readonly WordFilter _firstWords;

    private TaggedNouns(Dictionary<string, (string[] Words, TKind Kind)[]> byFirstWord)
    {
        _byFirstWord = byFirstWord;
        _firstWords = new WordFilter(byFirstWord.Keys);
    }

    private (string[] Words, TKind Kind)[]? CandidatesOf(string firstWord) =>
        _firstWords.MayContain(firstWord) ? _byFirstWord.GetValueOrDefault(firstWord) : null;

    /// <summary>The entries of <paramref name="lexicons"/> in <paramref name="store"/>, in order: a phrase listed twice keeps its first kind.</summary>
    /// <exception cref="InvalidOperationException">A line names a kind <typeparamref name="TKind"/> does not have.</exception>
    public static TaggedNouns<TKind> Load(LexiconStore store, params string[] lexicons)
    {
        var byFirstWord = new Dictionary<string, List<(string[] Words, TKind Kind)>>(StringComparer.Ordinal);
        // Compared word by word, not joined into a string each: the noun-type lexicon expands to tens of thousands (issue 18).
        var seen = new HashSet<string[]>(LemmaPhrases.WordSequenceComparer.Instance);
        var kinds = new Dictionary<string, TKind?>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var expander = new LemmaPhrases.Expander(Inflections.PartOfSpeech.Noun);
        foreach (var lexicon in lexicons)
            // Read from the lexicon's bytes: a line is not kept as a string, nor is its kind cut out of it (issue 18).
            store.ReadEntries(lexicon, line =>
            {
                var tab = line.IndexOf('\t');
                if (tab < 0 || KindNamed(kinds, line[..tab]) is not { } kind)
                    throw new InvalidOperationException($"Lexicon '{lexicon}': expected KIND<TAB>noun with a kind of {typeof(TKind).Name}: {line}");
                foreach (var words in expander.Of(line[(tab + 1)..].ToString()))
                {
                    if (!seen.Add(words)) continue;
                    if (!byFirstWord.TryGetValue(words[0], out var group)) byFirstWord[words[0]] = group = [];
                    group.Add((words, kind));
                }
            });
        var longestFirst = new Dictionary<string, (string[] Words, TKind Kind)[]>(byFirstWord.Count, StringComparer.Ordinal);
        // A stable sort: among phrases of one length the first listed stays first.
        foreach (var (first, group) in byFirstWord) longestFirst[first] = [.. group.OrderByDescending(e => e.Words.Length)];
        return new TaggedNouns<TKind>(longestFirst);
    }

    /// <summary>The kind a line's KIND names, parsed once per name: a lexicon has tens of thousands of lines and a dozen kinds.</summary>
    private static TKind? KindNamed(Dictionary<string, TKind?>.AlternateLookup<ReadOnlySpan<char>> kinds, ReadOnlySpan<char> name)
    {
        if (!kinds.TryGetValue(name, out var kind))
            kinds[name] = kind = Enum.TryParse<TKind>(name.ToString().Replace("-", ""), ignoreCase: true, out var parsed) ? parsed : null;
        return kind;
    }

    /// <summary>The kind and token count of the longest phrase at <paramref name="start"/> that ends by <paramref name="limit"/>, or null.</summary>
    public (TKind Kind, int Length)? LongestAt(ImmutableArray<Token> tokens, int start, int limit)
    {
        if (start < 0 || start >= limit || CandidatesOf(tokens[start].Norm) is not { } candidates) return null;
        foreach (var (words, kind) in candidates)
            if (PhraseList.MatchesAt(tokens, start, limit, words)) return (kind, words.Length);
        return null;
    }

    /// <summary>The kind of a one-word entry (or one of its plurals) spelled <paramref name="norm"/>, or null.</summary>
    public TKind? WordKind(string norm)
    {
        if (CandidatesOf(norm) is not { } candidates) return null;
        foreach (var (words, kind) in candidates)
            if (words.Length == 1) return kind;
        return null;
    }
}
