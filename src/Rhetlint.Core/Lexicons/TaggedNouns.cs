using System.Collections.Immutable;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Lexicons;

/// <summary>
/// Noun phrases stored as lemmas under a kind (<c>KIND&lt;TAB&gt;noun</c>: "disease&lt;TAB&gt;bird flu",
/// "outage&lt;TAB&gt;power cut"), matched token by token with their plurals (<see cref="LemmaPhrases"/>). A kind is
/// an enum member named like the line's KIND without hyphens ("mass-death" is MassDeath). A phrase listed twice (or
/// a form two entries share) keeps the kind of the first.
/// </summary>
/// <remarks>
/// Most entries are one plain word (the noun-type lexicon's twenty thousand all are). Such a word is kept once, as its
/// lemma, and a token is matched to it by reading the lemma back off the token (itself, an irregular plural, or a
/// regular plural's stem); expanding each into its sequences, a set to make them distinct and a sorted group per first
/// word cost 32 MB to load that lexicon (issue 18). Other entries (several words, alternatives, a marked head) are
/// expanded as before. Where both kinds of entry match at a token, the longer match wins and then the entry listed
/// first, which is the order the expanded list gave.
/// </remarks>
public sealed class TaggedNouns<TKind> where TKind : struct, Enum
{
    /// <summary>An entry's kind and its position in the lexicons' order: of two entries that match alike, the first counts.</summary>
    private readonly record struct Listed(TKind Kind, int Entry);

    /// <summary>A one-word entry's kind, position, and whether English forms its plural irregularly (so the regular one is not a form).</summary>
    private readonly record struct Lemma(TKind Kind, int Entry, bool IrregularPlural);

    /// <summary>The expanded entries' phrases by first word, longest first.</summary>
    private readonly WordKeyMap<(string[] Words, Listed Entry)[]> _byFirstWord;

    /// <summary>The one-word entries by their lemma, first listed kept.</summary>
    private readonly WordKeyMap<Lemma> _lemmas;

    /// <summary>The irregular plurals of one-word entries ("crises" of "crisis"), each the first entry that has it.</summary>
    private readonly WordKeyMap<Listed> _irregularPlurals;

    private TaggedNouns(Dictionary<string, (string[] Words, Listed Entry)[]> byFirstWord, Dictionary<string, Lemma> lemmas, Dictionary<string, Listed> irregularPlurals)
    {
        _byFirstWord = new WordKeyMap<(string[] Words, Listed Entry)[]>(byFirstWord);
        _lemmas = new WordKeyMap<Lemma>(lemmas);
        _irregularPlurals = new WordKeyMap<Listed>(irregularPlurals);
    }

    /// <summary>The entries of <paramref name="lexicons"/> in <paramref name="store"/>, in order: a phrase listed twice keeps its first kind.</summary>
    /// <exception cref="InvalidOperationException">A line names a kind <typeparamref name="TKind"/> does not have.</exception>
    public static TaggedNouns<TKind> Load(LexiconStore store, params string[] lexicons)
    {
        var builder = new Builder();
        foreach (var lexicon in lexicons)
            // Read from the lexicon's bytes: a line is not kept as a string, nor is its kind cut out of it (issue 18).
            store.ReadEntries(lexicon, line => builder.Add(lexicon, line));
        return builder.Build();
    }

    /// <summary>The entries of <paramref name="lines"/>, as <see cref="Load"/> reads a lexicon's.</summary>
    internal static TaggedNouns<TKind> FromLines(IEnumerable<string> lines)
    {
        var builder = new Builder();
        foreach (var line in lines) builder.Add("(lines)", line.AsSpan().Trim());
        return builder.Build();
    }

    private sealed class Builder
    {
        private readonly Dictionary<string, List<(string[] Words, Listed Entry)>> _byFirstWord = new(StringComparer.Ordinal);

        // Compared word by word, not joined into a string each (issue 18).
        private readonly HashSet<string[]> _seen = new(LemmaPhrases.WordSequenceComparer.Instance);
        private readonly Dictionary<string, TKind?>.AlternateLookup<ReadOnlySpan<char>> _kinds = new Dictionary<string, TKind?>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        private readonly LemmaPhrases.Expander _expander = new(Inflections.PartOfSpeech.Noun);
        private readonly Dictionary<string, Lemma>.AlternateLookup<ReadOnlySpan<char>> _lemmas = new Dictionary<string, Lemma>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        private readonly Dictionary<string, Listed> _irregularPlurals = new(StringComparer.Ordinal);
        private int _entries;

        public void Add(string lexicon, ReadOnlySpan<char> line)
        {
            var tab = line.IndexOf('\t');
            if (tab < 0 || KindNamed(_kinds, line[..tab]) is not { } kind)
                throw new InvalidOperationException($"Lexicon '{lexicon}': expected KIND<TAB>noun with a kind of {typeof(TKind).Name}: {line}");
            var listed = new Listed(kind, _entries++);
            var noun = line[(tab + 1)..];
            if (IsPlainWord(noun.Trim(' '))) AddWord(noun.Trim(' '), listed);
            else
                foreach (var words in _expander.Of(noun.ToString()))
                {
                    if (!_seen.Add(words)) continue;
                    if (!_byFirstWord.TryGetValue(words[0], out var group)) _byFirstWord[words[0]] = group = [];
                    group.Add((words, listed));
                }
        }

        /// <summary>One word with none of the marks <see cref="LemmaPhrases"/> reads (alternatives, optional words, a marked head, a gap).</summary>
        private static bool IsPlainWord(ReadOnlySpan<char> noun) => noun.Length > 0 && noun.IndexOfAny(" |(*…".AsSpan()) < 0;

        /// <summary>A one-word entry: its lemma normalized as a token is, and its irregular plurals, each kept for the first entry that has it.</summary>
        private void AddWord(ReadOnlySpan<char> word, Listed listed)
        {
            Span<char> buffer = stackalloc char[128];
            var normalized = word.Length <= buffer.Length ? buffer[..word.Length] : new char[word.Length];
            Token.Normalize(word, normalized);
            if (_lemmas.ContainsKey(normalized)) return;
            var lemma = normalized.ToString();
            var irregular = Inflections.IrregularPlurals(lemma);
            _lemmas.Dictionary.Add(lemma, new Lemma(listed.Kind, listed.Entry, irregular is not null));
            foreach (var plural in irregular ?? []) _irregularPlurals.TryAdd(plural, listed);
        }

        public TaggedNouns<TKind> Build()
        {
            var longestFirst = new Dictionary<string, (string[] Words, Listed Entry)[]>(_byFirstWord.Count, StringComparer.Ordinal);
            // A stable sort: among phrases of one length the first listed stays first.
            foreach (var (first, group) in _byFirstWord) longestFirst[first] = [.. group.OrderByDescending(e => e.Words.Length)];
            return new TaggedNouns<TKind>(longestFirst, _lemmas.Dictionary, _irregularPlurals);
        }
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
        if (start < 0 || start >= limit) return null;
        var token = tokens[start];
        (Listed Entry, int Length)? phrase = null;
        if (_byFirstWord.TryGetValue(token, out var candidates))
            foreach (var (words, entry) in candidates)
                if (PhraseList.MatchesAt(tokens, start, limit, words))
                {
                    phrase = (entry, words.Length);
                    break;
                }
        if (phrase is { Length: > 1 } longer) return (longer.Entry.Kind, longer.Length);
        return First(phrase?.Entry, WordEntry(token.Norm, token.WordKey)) is { } word ? (word.Kind, 1) : null;
    }

    /// <summary>The kind of a one-word entry (or one of its plurals) that is the token's word, or null.</summary>
    public TKind? WordKind(Token token) => WordKind(token.Norm, token.WordKey);

    /// <summary>The kind of a one-word entry (or one of its plurals) spelled <paramref name="norm"/>, or null.</summary>
    public TKind? WordKind(string norm) => WordKind(norm, WordKeyMap.KeyOf(norm));

    private TKind? WordKind(string norm, uint key) => First(ExpandedWordEntry(norm, key), WordEntry(norm, key))?.Kind;

    /// <summary>The expanded entry whose phrase is the one word <paramref name="norm"/>, or null.</summary>
    private Listed? ExpandedWordEntry(string norm, uint key)
    {
        if (!_byFirstWord.TryGetValue(norm, key, out var candidates)) return null;
        foreach (var (words, entry) in candidates)
            if (words.Length == 1) return entry;
        return null;
    }

    /// <summary>
    /// The one-word entry <paramref name="norm"/> is a form of: the entry that lists it as a lemma, or else the first that
    /// it is an irregular plural of, or the regular plural of a lemma English does not pluralize irregularly, as
    /// <see cref="Inflections.NounForms"/> spells them. A word listed as its own lemma is that noun before it is another's
    /// plural: "physics" is the science, not the plural of "physic", and "arms" are weapons before they are limbs.
    /// </summary>
    private Listed? WordEntry(string norm, uint key)
    {
        Listed? found = null;
        if (_lemmas.TryGetValue(norm, key, out var lemma)) return new Listed(lemma.Kind, lemma.Entry);
        if (_irregularPlurals.TryGetValue(norm, key, out var irregular)) found = irregular;
        if (norm.Length < 2 || norm[^1] != 's') return found;
        // A regular plural adds "s" or "es", or spells a final consonant's "y" as "ies": the stems it could have come from.
        found = First(found, RegularPluralOf(norm, norm.AsSpan(0, norm.Length - 1)));
        if (norm.EndsWith("es", StringComparison.Ordinal)) found = First(found, RegularPluralOf(norm, norm.AsSpan(0, norm.Length - 2)));
        if (norm.EndsWith("ies", StringComparison.Ordinal))
        {
            Span<char> stem = stackalloc char[norm.Length - 2];
            norm.AsSpan(0, norm.Length - 3).CopyTo(stem);
            stem[^1] = 'y';
            found = First(found, RegularPluralOf(norm, stem));
        }
        return found;
    }

    /// <summary>The one-word entry spelled <paramref name="stem"/> when <paramref name="norm"/> is its regular plural, or null.</summary>
    private Listed? RegularPluralOf(string norm, ReadOnlySpan<char> stem) =>
        _lemmas.TryGetValue(stem, out var entry) && !entry.IrregularPlural && Inflections.IsRegularPlural(stem, norm)
            ? new Listed(entry.Kind, entry.Entry) : null;

    /// <summary>Of two matches, the entry listed first.</summary>
    private static Listed? First(Listed? a, Listed? b) => a is not { } x ? b : b is not { } y ? x : x.Entry <= y.Entry ? x : y;
}
