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

    /// <summary>The kinds by the index a <see cref="OneWordEntries"/> image stores.</summary>
    private static readonly TKind[] Kinds = Enum.GetValues<TKind>();

    /// <summary>The expanded entries' phrases by first word, longest first.</summary>
    private readonly WordKeyMap<(string[] Words, Listed Entry)[]> _byFirstWord;

    /// <summary>The one-word entries by their lemma and their irregular plurals, built from the lines or prebuilt.</summary>
    private readonly OneWordEntries _words;

    private TaggedNouns(Dictionary<string, (string[] Words, Listed Entry)[]> byFirstWord, OneWordEntries words)
    {
        _byFirstWord = new WordKeyMap<(string[] Words, Listed Entry)[]>(byFirstWord);
        _words = words;
    }

    /// <summary>The entries of <paramref name="lexicons"/> in <paramref name="store"/>, in order: a phrase listed twice keeps its first kind.</summary>
    /// <exception cref="InvalidOperationException">A line names a kind <typeparamref name="TKind"/> does not have.</exception>
    public static TaggedNouns<TKind> Load(LexiconStore store, params string[] lexicons) => Read(store, lexicons).Build();

    /// <summary>
    /// The lexicon as <see cref="Load"/> reads it, from the image <see cref="Prebuild"/> made of it at build time and the
    /// store embeds (<see cref="LexiconStore.Prebuilt"/>): nothing is read, parsed or allocated per entry (issue 18).
    /// </summary>
    public static TaggedNouns<TKind> LoadPrebuilt(LexiconStore store, string lexicon) => new([], new OneWordEntries(store.Prebuilt(lexicon)));

    /// <summary>
    /// The image <see cref="LoadPrebuilt"/> reads: the one-word entries of the lexicon, each with its kind and position,
    /// and their irregular plurals. The same lines and kinds always give the same bytes, so a test can tell an image
    /// made from older lines or an older <typeparamref name="TKind"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">An entry is more than one plain word, which the image does not hold.</exception>
    public static byte[] Prebuild(LexiconStore store, string lexicon) => Read(store, [lexicon]).Image();

    private static Builder Read(LexiconStore store, string[] lexicons)
    {
        var builder = new Builder();
        foreach (var lexicon in lexicons)
            // Read from the lexicon's bytes: a line is not kept as a string, nor is its kind cut out of it (issue 18).
            store.ReadEntries(lexicon, line => builder.Add(lexicon, line));
        return builder;
    }

    /// <summary>The entries of <paramref name="lines"/>, as <see cref="Load"/> reads a lexicon's.</summary>
    internal static TaggedNouns<TKind> FromLines(IEnumerable<string> lines)
    {
        var builder = new Builder();
        foreach (var line in lines) builder.Add("(lines)", line.AsSpan().Trim());
        return builder.Build();
    }

    /// <summary>
    /// The one-word entries as two word images (<see cref="WordImage"/>), one after the other: by lemma, a value of the
    /// entry's kind (its index in <see cref="Kinds"/>, top byte), whether English forms its plural irregularly (bit 23)
    /// and its position (the low 23 bits); by irregular plural, the kind and position of the first entry that has it.
    /// </summary>
    private readonly struct OneWordEntries
    {
        private const uint IrregularBit = 1u << 23;
        private const int MaxEntry = (1 << 23) - 1;

        private readonly WordImage _lemmas;
        private readonly WordImage _irregularPlurals;

        public OneWordEntries(FixedUtf8 image)
        {
            _lemmas = new WordImage(image, 0);
            _irregularPlurals = new WordImage(image, _lemmas.Length);
        }

        public static uint Value(Listed listed, bool irregularPlural)
        {
            if (listed.Entry > MaxEntry) throw new InvalidOperationException($"A tagged noun image holds up to {MaxEntry} entries.");
            var kind = Array.IndexOf(Kinds, listed.Kind);
            if (kind > byte.MaxValue) throw new InvalidOperationException($"A tagged noun image holds up to 256 kinds, not those of {typeof(TKind).Name}.");
            return (uint)kind << 24 | (irregularPlural ? IrregularBit : 0) | (uint)listed.Entry;
        }

        /// <summary>The entry whose lemma is <paramref name="normalized"/>, and whether its plural is irregular.</summary>
        public bool TryGetLemma(ReadOnlySpan<char> normalized, uint key, out Listed entry, out bool irregularPlural)
        {
            var found = _lemmas.TryGetValue(normalized, key, out var value);
            entry = Decode(value);
            irregularPlural = (value & IrregularBit) != 0;
            return found;
        }

        /// <summary>The first entry <paramref name="normalized"/> is an irregular plural of.</summary>
        public bool TryGetIrregularPlural(ReadOnlySpan<char> normalized, uint key, out Listed entry)
        {
            var found = _irregularPlurals.TryGetValue(normalized, key, out var value);
            entry = Decode(value);
            return found;
        }

        private static Listed Decode(uint value) => new(Kinds[value >> 24], (int)(value & MaxEntry));
    }

    private sealed class Builder
    {
        private readonly Dictionary<string, List<(string[] Words, Listed Entry)>> _byFirstWord = new(StringComparer.Ordinal);

        // Compared word by word, not joined into a string each (issue 18).
        private readonly HashSet<string[]> _seen = new(LemmaPhrases.WordSequenceComparer.Instance);
        private readonly Dictionary<string, TKind?>.AlternateLookup<ReadOnlySpan<char>> _kinds = new Dictionary<string, TKind?>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        private readonly LemmaPhrases.Expander _expander = new(Inflections.PartOfSpeech.Noun);
        private readonly WordImage.Builder _lemmas = new();
        private readonly WordImage.Builder _irregularPlurals = new();
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
            var lemma = Token.Normalize(word.ToString());
            if (_lemmas.Contains(lemma)) return;
            var irregular = Inflections.IrregularPlurals(lemma);
            _lemmas.TryAdd(lemma, OneWordEntries.Value(listed, irregular is not null));
            foreach (var plural in irregular ?? []) _irregularPlurals.TryAdd(plural, OneWordEntries.Value(listed, irregularPlural: false));
        }

        /// <summary>The one-word entries' images, one after the other.</summary>
        private byte[] OneWordImage() => [.. _lemmas.ToBytes(), .. _irregularPlurals.ToBytes()];

        public TaggedNouns<TKind> Build()
        {
            var longestFirst = new Dictionary<string, (string[] Words, Listed Entry)[]>(_byFirstWord.Count, StringComparer.Ordinal);
            // A stable sort: among phrases of one length the first listed stays first.
            foreach (var (first, group) in _byFirstWord) longestFirst[first] = [.. group.OrderByDescending(e => e.Words.Length)];
            return new TaggedNouns<TKind>(longestFirst, new OneWordEntries(FixedUtf8.Copy(OneWordImage())));
        }

        /// <summary>The image of a lexicon whose entries are all one plain word.</summary>
        public byte[] Image()
        {
            if (_byFirstWord.Count > 0)
                throw new InvalidOperationException($"A tagged noun image holds one-word entries only; '{_byFirstWord.Keys.First()}' begins a longer one.");
            return OneWordImage();
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
        if (_words.TryGetLemma(norm, key, out var lemma, out _)) return lemma;
        if (_words.TryGetIrregularPlural(norm, key, out var irregular)) found = irregular;
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
        _words.TryGetLemma(stem, WordKeyMap.KeyOf(stem), out var entry, out var irregularPlural) && !irregularPlural && Inflections.IsRegularPlural(stem, norm)
            ? entry : null;

    /// <summary>Of two matches, the entry listed first.</summary>
    private static Listed? First(Listed? a, Listed? b) => a is not { } x ? b : b is not { } y ? x : x.Entry <= y.Entry ? x : y;
}
