using System.Collections;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Lexicons;

/// <summary>
/// The entries of a lemma lexicon (<see cref="LemmaPhrases"/>) kept as they are written, a list of choices per slot,
/// and matched against tokens slot by slot: the longest phrase at a token is found without the word sequences the
/// entries stand for. A few dozen entries of alternatives, optional words and the forms of "be" stand for tens of
/// thousands of sequences, and building them was the largest allocation of a one-paragraph check (issue 18).
/// Enumerated, it gives those sequences, exactly as <see cref="LemmaPhrases.Load"/> lists them; a <see cref="PhraseList"/>
/// made from it (<see cref="PhraseList.From"/>) builds them only when asked for a phrase's position.
/// </summary>
internal sealed class LemmaPatterns : IEnumerable<string[]>
{
    /// <summary>Per entry, per slot, the choices: each a word sequence, empty for an optional slot left out.</summary>
    private readonly string[][][][] _entries;

    /// <summary>
    /// The entries whose phrases may start with a word (<see cref="Starts"/>), found by a token's key: most tokens start
    /// no entry, and an empty slot says so without reading the word.
    /// </summary>
    private readonly WordKeyMap<Starts> _byFirstWord;

    /// <summary>
    /// The entries whose phrases may start with one word: those with a phrase of that word alone, read at every token
    /// of it, and the others by the word their phrases have next. A token of "be" or "want" starts dozens of entries,
    /// and reading each slot by slot was most of the time of the hostile-intent lists (issue 18); the word after the
    /// token leaves the few whose second word it is.
    /// </summary>
    private sealed record Starts(int[] OneWord, WordKeyMap<int[]>? BySecondWord);

    /// <summary>Whether some phrase starts with an enclitic ("'s bent on"), as in <see cref="PhraseList"/>.</summary>
    private readonly bool _hasEncliticFirstWords;

    public LemmaPatterns(List<string[][][]> entries)
    {
        _entries = [.. entries];
        // Lists of entries, ascending and distinct: an entry's openings are added together, so a repeat is the last one.
        var oneWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var bySecondWord = new Dictionary<string, Dictionary<string, List<int>>>(StringComparer.Ordinal);
        var openings = new List<(string First, string? Second)>();
        for (var e = 0; e < _entries.Length; e++)
        {
            openings.Clear();
            Openings(_entries[e], 0, null, openings);
            foreach (var (first, second) in openings)
            {
                if (second is null) AddEntry(oneWord, first, e);
                else
                {
                    if (!bySecondWord.TryGetValue(first, out var seconds)) bySecondWord[first] = seconds = new(StringComparer.Ordinal);
                    AddEntry(seconds, second, e);
                }
            }
        }
        var byFirstWord = new Dictionary<string, Starts>(StringComparer.Ordinal);
        foreach (var first in (IEnumerable<string>)[.. oneWord.Keys, .. bySecondWord.Keys])
        {
            if (byFirstWord.ContainsKey(first)) continue;
            // An entry read at every token of the word needs no second look by the word after it.
            var always = oneWord.GetValueOrDefault(first);
            Dictionary<string, int[]>? seconds = null;
            if (bySecondWord.TryGetValue(first, out var bySecond))
            {
                seconds = new Dictionary<string, int[]>(bySecond.Count, StringComparer.Ordinal);
                foreach (var (second, starting) in bySecond)
                {
                    int[] kept = always is null ? [.. starting] : [.. starting.Where(entry => !always.Contains(entry))];
                    if (kept.Length > 0) seconds[second] = kept;
                }
            }
            byFirstWord[first] = new Starts(always is null ? [] : [.. always], seconds is null ? null : new WordKeyMap<int[]>(seconds));
            _hasEncliticFirstWords |= PhraseList.IsEnclitic(first);
        }
        _byFirstWord = new WordKeyMap<Starts>(byFirstWord);
    }

    private static void AddEntry(Dictionary<string, List<int>> entries, string word, int entry)
    {
        if (!entries.TryGetValue(word, out var list)) entries[word] = list = [];
        if (list.Count == 0 || list[^1] != entry) list.Add(entry);
    }

    /// <summary>
    /// The first two words of the entry's phrases from <paramref name="slot"/> on, after <paramref name="first"/> when
    /// it is read already: a second word of null is a phrase of the first word alone. Slots past the second word are not read.
    /// </summary>
    private static void Openings(string[][][] slots, int slot, string? first, List<(string First, string? Second)> into)
    {
        if (slot == slots.Length)
        {
            if (first is not null) into.Add((first, null));
            return;
        }
        foreach (var choice in slots[slot])
        {
            if (choice.Length == 0) Openings(slots, slot + 1, first, into);
            else if (first is not null) into.Add((first, choice[0]));
            else if (choice.Length > 1) into.Add((choice[0], choice[1]));
            else Openings(slots, slot + 1, choice[0], into);
        }
    }

    /// <summary>
    /// The length of the longest phrase at <paramref name="start"/> that ends by <paramref name="limit"/>, or 0: what
    /// <see cref="PhraseList.LongestAt"/> answers over the expanded phrases. A phrase's first word is the token's word or
    /// its enclitic ("'s" of "it's"); the words after it are tokens' words.
    /// </summary>
    public int LongestAt(ReadOnlySpan<Token> tokens, int start, int limit)
    {
        if (start < 0 || start >= limit) return 0;
        var token = tokens[start];
        var best = _byFirstWord.TryGetValue(token, out var starts) ? Longest(tokens, start, limit, token.Norm, starts) : 0;
        return _hasEncliticFirstWords && PhraseList.EncliticOf(token.Norm) is { } enclitic && _byFirstWord.TryGetValue(enclitic, out var contracted)
            ? Math.Max(best, Longest(tokens, start, limit, enclitic, contracted))
            : best;
    }

    /// <summary>The longest phrase at <paramref name="start"/> of the entries <paramref name="starts"/> lists, whose first word is <paramref name="firstWord"/>.</summary>
    private int Longest(ReadOnlySpan<Token> tokens, int start, int limit, string firstWord, Starts starts)
    {
        var best = 0;
        foreach (var entry in starts.OneWord) best = Math.Max(best, LongestFrom(_entries[entry], 0, tokens, start, start, limit, firstWord));
        // A phrase of two words or more has its second at the next token, within the limit.
        if (start + 1 < limit && starts.BySecondWord is { } bySecondWord && bySecondWord.TryGetValue(tokens[start + 1], out var entries))
            foreach (var entry in entries) best = Math.Max(best, LongestFrom(_entries[entry], 0, tokens, start, start, limit, firstWord));
        return best;
    }

    /// <summary>The longest phrase of the slots from <paramref name="slot"/> on, read from <paramref name="at"/>: its length from <paramref name="start"/>, or 0.</summary>
    private static int LongestFrom(string[][][] slots, int slot, ReadOnlySpan<Token> tokens, int start, int at, int limit, string firstWord)
    {
        if (slot == slots.Length) return at - start;
        var best = 0;
        foreach (var choice in slots[slot])
            if (ChoiceAt(choice, tokens, start, at, limit, firstWord))
                best = Math.Max(best, LongestFrom(slots, slot + 1, tokens, start, at + choice.Length, limit, firstWord));
        return best;
    }

    /// <summary>Whether <paramref name="choice"/>'s words are at <paramref name="at"/>; the phrase's first word (at <paramref name="start"/>) is <paramref name="firstWord"/>.</summary>
    private static bool ChoiceAt(string[] choice, ReadOnlySpan<Token> tokens, int start, int at, int limit, string firstWord)
    {
        if (at + choice.Length > limit) return false;
        for (var k = 0; k < choice.Length; k++)
            if ((at + k == start ? firstWord : tokens[at + k].Norm) != choice[k]) return false;
        return true;
    }

    /// <summary>Every entry's word sequences, distinct within the entry, in lexicon order (<see cref="LemmaPhrases.Load"/>).</summary>
    public IEnumerator<string[]> GetEnumerator()
    {
        var phrases = new List<string[]>();
        HashSet<string[]>? seen = null;
        foreach (var slots in _entries) LemmaPhrases.Combine(slots, phrases, ref seen);
        return phrases.GetEnumerator();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
