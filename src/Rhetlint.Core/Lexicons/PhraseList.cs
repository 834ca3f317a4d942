using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Lexicons;

/// <summary>
/// A lexicon of multi-word phrases matched token by token on <see cref="Token.Norm"/>. A phrase whose first word is an
/// enclitic ("'s", "'re", "'ve", as lemma expansion writes the contracted "is", "are", "have") matches at a token that
/// ends in it: "'s bent on" at "it's bent on". A list of a lemma lexicon's entries (<see cref="LemmaPatterns"/>) finds the
/// longest phrase at a token from the entries as written, and builds their phrases only when a phrase's position is
/// asked for.
/// </summary>
public sealed class PhraseList
{
    /// <summary>
    /// Phrases by first word: longest first (a lookup per token instead of a scan of the whole list), and their positions
    /// in <see cref="Phrases"/> in list order (for rules whose list order is a precedence). One frozen map for both: a
    /// run builds hundreds of lists at startup (issue 18). Found by a token's key: most tokens start no phrase of a
    /// list, and an empty slot says so without reading the word.
    /// </summary>
    private readonly WordKeyMap<Group> _byFirstWord = null!;

    /// <summary>Whether some phrase starts with an enclitic: only then is a token's enclitic worth reading.</summary>
    private readonly bool _hasEncliticFirstWords;

    private sealed record Group(string[][] LongestFirst, int[] Positions);

    private readonly string[][] _phrases = null!;

    /// <summary>
    /// The lemma entries this list was made from, matched as written; null for a list of phrases. Only the members a
    /// lemma list is asked for at every token read them; the others read <see cref="Expanded"/>.
    /// </summary>
    private readonly LemmaPatterns? _lemmas;

    /// <summary>The list of the lemma entries' phrases, built on first need.</summary>
    private PhraseList? _expanded;

    /// <summary>The most words a phrase has: how far back a phrase ending at a position can start.</summary>
    private readonly int _maxLength;

    private PhraseList(string[][] phrases)
    {
        _phrases = phrases;
        // Two passes: how many phrases each first word starts, then each phrase into its group's arrays, made at their
        // size; a growing list of positions per first word was most of what hundreds of lists allocate at startup (issue 18).
        var counts = new Dictionary<string, int>(phrases.Length, StringComparer.Ordinal);
        foreach (var phrase in phrases)
        {
            _maxLength = Math.Max(_maxLength, phrase.Length);
            if (phrase.Length > 0) CollectionsMarshal.GetValueRefOrAddDefault(counts, phrase[0], out _)++;
        }
        var groups = new Dictionary<string, Group>(counts.Count, StringComparer.Ordinal);
        foreach (var (first, count) in counts) groups.Add(first, new Group(new string[count][], new int[count]));
        for (var i = 0; i < phrases.Length; i++)
        {
            if (phrases[i].Length == 0) continue;
            var group = groups[phrases[i][0]];
            // The count left is where the next phrase of the group goes, counted from the end: positions in list order.
            var at = group.Positions.Length - CollectionsMarshal.GetValueRefOrNullRef(counts, phrases[i][0])--;
            group.Positions[at] = i;
            group.LongestFirst[at] = phrases[i];
        }
        foreach (var group in groups.Values)
            if (group.LongestFirst.Length > 1) SortLongestFirst(group.LongestFirst);
        _byFirstWord = new WordKeyMap<Group>(groups);
        _hasEncliticFirstWords = groups.Keys.Any(IsEnclitic);
    }

    /// <summary>
    /// Longest first, and among phrases of one length the first listed stays first: an insertion sort, stable and in
    /// place, over a group that most often holds a few phrases.
    /// </summary>
    private static void SortLongestFirst(string[][] group)
    {
        for (var k = 1; k < group.Length; k++)
        {
            var phrase = group[k];
            var j = k - 1;
            for (; j >= 0 && group[j].Length < phrase.Length; j--) group[j + 1] = group[j];
            group[j + 1] = phrase;
        }
    }

    private PhraseList(LemmaPatterns lemmas) => _lemmas = lemmas;

    /// <summary>This list as phrases: itself, or the phrases of its lemma entries (built once; a race builds the same list twice).</summary>
    private PhraseList Expanded => _lemmas is null ? this : LazyInitializer.EnsureInitialized(ref _expanded, () => new PhraseList([.. _lemmas]));

    /// <summary>The phrases that start with <paramref name="firstWord"/> (an enclitic, or a word that is not a token's).</summary>
    private Group? GroupOf(string firstWord) => _byFirstWord.GetValueOrDefault(firstWord);

    /// <summary>The phrases that start with the token's word.</summary>
    private Group? GroupOf(Token token) => _byFirstWord.GetValueOrDefault(token);

    public IReadOnlyList<string[]> Phrases => Expanded._phrases;

    /// <summary>Each entry of the lexicon a phrase of its words, normalized; read from the lexicon's bytes, a recurring word one string (issue 18).</summary>
    public static PhraseList Load(LexiconStore store, string lexicon)
    {
        var words = new LexiconWords();
        var phrases = new List<string[]>();
        store.ReadEntries(lexicon, entry => phrases.Add(words.Split(entry)));
        return new([.. phrases]);
    }

    /// <summary>A lexicon stored as lemmas, each entry expanded to its inflections (<see cref="LemmaPhrases"/>).</summary>
    public static PhraseList LoadLemmas(LexiconStore store, string lexicon, Inflections.PartOfSpeech head) => From(LemmaPhrases.Load(store, lexicon, head));

    /// <summary>
    /// A phrase list over phrases already split into normalized words (one kind of a tagged lexicon, say), or over a lemma
    /// lexicon's entries as <see cref="LemmaPhrases.Load"/> and <see cref="LemmaPhrases.LoadKind"/> return them, which it
    /// keeps as written (<see cref="LemmaPatterns"/>).
    /// </summary>
    public static PhraseList From(IEnumerable<string[]> phrases) => phrases is LemmaPatterns lemmas ? new(lemmas) : new([.. phrases]);

    /// <summary>Whether <paramref name="phrase"/> occurs at <paramref name="start"/> without running past <paramref name="limit"/>.</summary>
    public static bool MatchesAt(ImmutableArray<Token> tokens, int start, int limit, string[] phrase)
    {
        if (start < 0 || start + phrase.Length > limit) return false;
        if (tokens[start].Norm != phrase[0] && !(IsEnclitic(phrase[0]) && EncliticOf(tokens[start].Norm) == phrase[0])) return false;
        for (var p = 1; p < phrase.Length; p++)
            if (tokens[start + p].Norm != phrase[p]) return false;
        return true;
    }

    /// <summary>Whether the token carries an enclitic verb, "it's", "they're": a phrase matched at it starts inside it.</summary>
    public static bool IsContracted(Token token) => EncliticOf(token.Norm) is not null;

    internal static bool IsEnclitic(string word) => word.Length > 1 && word[0] == '\'';

    /// <summary>"'s" of "it's", "'re" of "they're"; null for words without one ("don't" ends in a negation, not a verb). Read on every lookup, so it allocates nothing.</summary>
    internal static string? EncliticOf(string norm) =>
        norm.Length > 2 && norm[^2] == '\'' ? norm[^1] switch { 's' => "'s", 'm' => "'m", 'd' => "'d", _ => null }
        : norm.Length > 3 && norm[^3] == '\'' ? (norm[^2], norm[^1]) switch { ('r', 'e') => "'re", ('v', 'e') => "'ve", _ => null }
        : null;

    /// <summary>
    /// Whether a one-word phrase is the token's word (or its enclitic): what <see cref="LongestAt"/> over the token alone
    /// answers with 1, without building an array of it (asked per token by rules).
    /// </summary>
    public bool ContainsWord(Token token) =>
        _lemmas is not null ? _lemmas.LongestAt(new ReadOnlySpan<Token>(in token), 0, 1) == 1
        : GroupOf(token) is { } group && IsOneWord(group) || EncliticAt(token.Norm) is { } enclitic && GroupOf(enclitic) is { } contracted && IsOneWord(contracted);

    /// <summary>The token's enclitic when this list has phrases that start with one (<see cref="EncliticOf"/>), else null.</summary>
    private string? EncliticAt(string norm) => _hasEncliticFirstWords ? EncliticOf(norm) : null;

    /// <summary>Whether the group has a phrase of its first word alone: candidates are longest first, so the last is the shortest.</summary>
    private static bool IsOneWord(Group group) => group.LongestFirst[^1].Length == 1;

    /// <summary>
    /// Whether a phrase of the list can start at a token whose word is <paramref name="norm"/>: its own first word, or
    /// its enclitic's ("it's" for "'s bent on"). A cue for a sentence prefilter (<c>RegisterSentenceAction</c>). A list of
    /// lemma entries answers true: its forms are made only on demand, and a cue that is always met costs nothing but its bit.
    /// </summary>
    public bool CanStartWith(string norm) =>
        _lemmas is not null || GroupOf(norm) is not null || EncliticAt(norm) is { } enclitic && GroupOf(enclitic) is not null;

    /// <summary>Whether some phrase starts in [<paramref name="from"/>, <paramref name="to"/>) and ends by <paramref name="to"/>.</summary>
    public bool OccursIn(ImmutableArray<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (LongestAt(tokens, k, to) > 0) return true;
        return false;
    }

    /// <summary>
    /// The positions in <see cref="Phrases"/> of every phrase at <paramref name="start"/> that ends by
    /// <paramref name="limit"/>, in list order: what a scan of the whole list with <see cref="MatchesAt(ImmutableArray{Token}, int, int, string[])"/>
    /// finds, looking only at the phrases that start with the token's word (or its enclitic).
    /// </summary>
    public PositionsAt PositionsOfMatchesAt(ImmutableArray<Token> tokens, int start, int limit)
    {
        if (_lemmas is not null) return Expanded.PositionsOfMatchesAt(tokens, start, limit);
        if (start < 0 || start >= limit) return default;
        var token = tokens[start];
        var plain = GroupOf(token)?.Positions ?? [];
        var contracted = EncliticAt(token.Norm) is { } enclitic ? GroupOf(enclitic)?.Positions ?? [] : [];
        return new PositionsAt(tokens, start, limit, _phrases, plain, contracted);
    }

    /// <summary>The position of the first phrase in list order at <paramref name="start"/> (as <see cref="PositionsOfMatchesAt"/>), or -1.</summary>
    public int FirstAt(ImmutableArray<Token> tokens, int start, int limit)
    {
        foreach (var position in PositionsOfMatchesAt(tokens, start, limit)) return position;
        return -1;
    }

    /// <summary>The first phrase in list order at <paramref name="start"/>, or null.</summary>
    public string[]? FirstPhraseAt(ImmutableArray<Token> tokens, int start, int limit) =>
        FirstAt(tokens, start, limit) is >= 0 and var position ? Expanded._phrases[position] : null;

    /// <summary>
    /// Matching positions of two ascending candidate lists, merged in list order; enumerated without allocating. The
    /// candidates are those of <see cref="PositionsOfMatchesAt"/>, whose first word is the token's word or its enclitic.
    /// </summary>
    public struct PositionsAt(ImmutableArray<Token> tokens, int start, int limit, string[][] phrases, int[] plain, int[] contracted)
    {
        private int _plain, _contracted;

        public int Current { get; private set; }

        public readonly PositionsAt GetEnumerator() => this;

        public bool MoveNext()
        {
            while (true)
            {
                int next;
                if (plain is not null && _plain < plain.Length && (_contracted >= contracted.Length || plain[_plain] < contracted[_contracted])) next = plain[_plain++];
                else if (contracted is not null && _contracted < contracted.Length) next = contracted[_contracted++];
                else return false;
                if (!MatchesAfterFirstWord(tokens, start, limit, phrases[next])) continue;
                Current = next;
                return true;
            }
        }
    }

    /// <summary>
    /// The longest phrase that ends right before <paramref name="end"/> and starts at or after <paramref name="floor"/>
    /// (the first in list order among phrases of that length), or null: a cue read backwards from a word ("another"
    /// before a name), looked up by the first word at each start a phrase of the list could have.
    /// </summary>
    public string[]? LongestEndingAt(ImmutableArray<Token> tokens, int end, int floor)
    {
        if (_lemmas is not null) return Expanded.LongestEndingAt(tokens, end, floor);
        for (var start = Math.Max(floor, end - _maxLength); start < end; start++)
            foreach (var position in PositionsOfMatchesAt(tokens, start, end))
                if (_phrases[position].Length == end - start) return _phrases[position];
        return null;
    }

    /// <summary>The length of the longest phrase at <paramref name="start"/>, or 0.</summary>
    public int LongestAt(ImmutableArray<Token> tokens, int start, int limit)
    {
        if (_lemmas is not null) return _lemmas.LongestAt(tokens.AsSpan(), start, limit);
        if (start < 0 || start >= limit) return 0;
        var token = tokens[start];
        var best = Longest(tokens, start, limit, GroupOf(token));
        return EncliticAt(token.Norm) is { } enclitic ? Math.Max(best, Longest(tokens, start, limit, GroupOf(enclitic))) : best;
    }

    /// <summary>The longest phrase of <paramref name="group"/> (the phrases of the token's word or its enclitic) at <paramref name="start"/>.</summary>
    private static int Longest(ImmutableArray<Token> tokens, int start, int limit, Group? group)
    {
        if (group is null) return 0;
        foreach (var phrase in group.LongestFirst)
            if (MatchesAfterFirstWord(tokens, start, limit, phrase)) return phrase.Length;
        return 0;
    }

    /// <summary>
    /// <see cref="MatchesAt(ImmutableArray{Token}, int, int, string[])"/> for a phrase found under the token's word or
    /// enclitic, whose first word is known to match: only the bounds and the words after it are compared.
    /// </summary>
    private static bool MatchesAfterFirstWord(ImmutableArray<Token> tokens, int start, int limit, string[] phrase)
    {
        if (start < 0 || start + phrase.Length > limit) return false;
        for (var p = 1; p < phrase.Length; p++)
            if (tokens[start + p].Norm != phrase[p]) return false;
        return true;
    }
}
