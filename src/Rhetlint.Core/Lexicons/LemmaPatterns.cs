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

    /// <summary>The entries (their positions, ascending) whose phrases may start with a word.</summary>
    private readonly Dictionary<string, int[]> _byFirstWord;

    /// <summary>The keys of <see cref="_byFirstWord"/>, asked first: most tokens start no entry.</summary>
    private readonly WordFilter _firstWords;

    /// <summary>Whether some phrase starts with an enclitic ("'s bent on"), as in <see cref="PhraseList"/>.</summary>
    private readonly bool _hasEncliticFirstWords;

    public LemmaPatterns(List<string[][][]> entries)
    {
        _entries = [.. entries];
        var byFirstWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var e = 0; e < _entries.Length; e++)
            foreach (var word in FirstWords(_entries[e]))
            {
                if (!byFirstWord.TryGetValue(word, out var starting)) byFirstWord[word] = starting = [];
                if (starting.Count == 0 || starting[^1] != e) starting.Add(e);
            }
        _byFirstWord = new Dictionary<string, int[]>(byFirstWord.Count, StringComparer.Ordinal);
        foreach (var (word, starting) in byFirstWord)
        {
            _byFirstWord[word] = [.. starting];
            _hasEncliticFirstWords |= PhraseList.IsEnclitic(word);
        }
        _firstWords = new WordFilter(_byFirstWord.Keys);
    }

    /// <summary>The words a phrase of the entry may start with: each slot's, up to the first slot that cannot be left out.</summary>
    private static IEnumerable<string> FirstWords(string[][][] slots)
    {
        foreach (var choices in slots)
        {
            var optional = false;
            foreach (var choice in choices)
            {
                if (choice.Length == 0) optional = true;
                else yield return choice[0];
            }
            if (!optional) yield break;
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
        var norm = tokens[start].Norm;
        var best = Longest(tokens, start, limit, norm);
        return _hasEncliticFirstWords && PhraseList.EncliticOf(norm) is { } enclitic ? Math.Max(best, Longest(tokens, start, limit, enclitic)) : best;
    }

    private int Longest(ReadOnlySpan<Token> tokens, int start, int limit, string firstWord)
    {
        if (!_firstWords.MayContain(firstWord) || !_byFirstWord.TryGetValue(firstWord, out var entries)) return 0;
        var best = 0;
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
