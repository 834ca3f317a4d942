using Rhetlint.Core.Syntax;
using static Rhetlint.Core.Lexicons.Inflections;

namespace Rhetlint.Core.Lexicons;

/// <summary>
/// Lexicon entries written as lemmas, expanded at load time to the word sequences they match, so a list holds
/// "be bent on" once instead of "is bent on", "are bent on", "was bent on" …, and "sleeper cell" instead of both
/// numbers. An entry is words separated by spaces:
/// <list type="bullet">
/// <item>the head is inflected: the first word of a verb phrase ("covet" → covets, coveted, coveting; "be bent on"
/// → is/are/was/were/'s/'re/has been/… bent on), the last word of a noun phrase ("sleeper cell" → sleeper cells);
/// a word written <c>*word</c> is the head instead ("*way of life" → ways of life, "only *understand force");</item>
/// <item><c>a|b|c</c> is one word with alternatives ("seek to destroy|dominate|conquer"); every alternative of the
/// head is inflected;</item>
/// <item><c>(…)</c> is optional: one word, alternatives or several words ("be (only|just) waiting for …",
/// "seek (nothing less than) the destruction of");</item>
/// <item>"…" (a gap some lexicons give a meaning to) is kept as it is.</item>
/// </list>
/// Words are normalized as tokens are (<see cref="Token.Normalize"/>).
/// </summary>
public static class LemmaPhrases
{
    private const char HeadMark = '*';

    /// <summary>"has been bent on": the perfect of "be", which a phrase of "be" matches as well as its simple forms.</summary>
    private static readonly string[][] PerfectOfBe = [["has", "been"], ["have", "been"], ["had", "been"], ["'s", "been"], ["'ve", "been"], ["'d", "been"]];

    /// <summary>The word sequences <paramref name="entry"/> stands for, its head inflected as <paramref name="head"/>.</summary>
    public static IEnumerable<string[]> Expand(string entry, PartOfSpeech head)
    {
        // Plain loops, not LINQ: every entry of every lemma lexicon comes through here at startup (issue 18).
        var slots = Slot.ParseAll(entry);
        if (slots.Count == 0) return [];
        var headIndex = HeadIndex(slots, head);
        var choices = new IReadOnlyList<string[]>[slots.Count];
        var combinations = 1;
        for (var i = 0; i < slots.Count; i++)
        {
            choices[i] = i == headIndex ? Inflected(slots[i], head) : slots[i].Choices();
            combinations *= choices[i].Count;
        }
        return combinations == 0 ? [] : Distinct(Combine(choices, combinations));
    }

    /// <summary>
    /// Every sequence of one choice per slot, the first slot's choice varying slowest: each sequence is built once at its
    /// length, not grown slot by slot through a copy per prefix (issue 18: an entry with alternatives and "be" expands to
    /// thousands).
    /// </summary>
    private static List<string[]> Combine(IReadOnlyList<string[]>[] choices, int combinations)
    {
        var sequences = new List<string[]>(combinations);
        var picks = new int[choices.Length];
        while (true)
        {
            var length = 0;
            for (var i = 0; i < choices.Length; i++) length += choices[i][picks[i]].Length;
            var sequence = length == 0 ? [] : new string[length];
            var at = 0;
            for (var i = 0; i < choices.Length; i++)
            {
                choices[i][picks[i]].CopyTo(sequence, at);
                at += choices[i][picks[i]].Length;
            }
            sequences.Add(sequence);
            // The next combination: the last slot advances, carrying into the slots before it.
            var slot = choices.Length - 1;
            while (slot >= 0 && ++picks[slot] == choices[slot].Count) picks[slot--] = 0;
            if (slot < 0) return sequences;
        }
    }

    /// <summary>Below this many sequences, duplicates are found by comparing each pair rather than by a set.</summary>
    private const int PairwiseDistinctLimit = 16;

    /// <summary>
    /// The non-empty sequences, the first of equal ones kept, in order. Most entries expand to a handful of sequences,
    /// compared pair by pair; more go through a set that compares them word by word, not as a joined string each
    /// (issue 18: every entry of every lemma lexicon is expanded at startup).
    /// </summary>
    private static List<string[]> Distinct(List<string[]> sequences)
    {
        var distinct = new List<string[]>(sequences.Count);
        if (sequences.Count <= PairwiseDistinctLimit)
        {
            foreach (var sequence in sequences)
                if (sequence.Length > 0 && !Holds(distinct, sequence)) distinct.Add(sequence);
            return distinct;
        }
        var seen = new HashSet<string[]>(sequences.Count, WordSequenceComparer.Instance);
        foreach (var sequence in sequences)
            if (sequence.Length > 0 && seen.Add(sequence)) distinct.Add(sequence);
        return distinct;
    }

    private static bool Holds(List<string[]> sequences, string[] sequence)
    {
        foreach (var kept in sequences)
            if (kept.AsSpan().SequenceEqual(sequence)) return true;
        return false;
    }

    /// <summary>Word sequences equal when their words are, in order (ordinal).</summary>
    internal sealed class WordSequenceComparer : IEqualityComparer<string[]>
    {
        public static readonly WordSequenceComparer Instance = new();

        public bool Equals(string[]? x, string[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(string[] sequence)
        {
            var hash = new HashCode();
            foreach (var word in sequence) hash.Add(word, StringComparer.Ordinal);
            return hash.ToHashCode();
        }
    }

    /// <summary>Every entry of a lexicon file, expanded (<see cref="Expand"/>).</summary>
    public static IEnumerable<string[]> Load(LexiconStore store, string lexicon, PartOfSpeech head)
    {
        var phrases = new List<string[]>();
        foreach (var line in store.Lines(lexicon)) phrases.AddRange(Expand(line, head));
        return phrases;
    }

    /// <summary>The entries of one kind of a <c>KIND&lt;TAB&gt;entry</c> lexicon, expanded (<see cref="Expand"/>).</summary>
    public static IEnumerable<string[]> LoadKind(LexiconStore store, string lexicon, string kind, PartOfSpeech head)
    {
        // The kind is compared in place, and only an entry of that kind becomes a string: a lexicon read once per kind is
        // neither split nor kept as a string per line (issue 18).
        var phrases = new List<string[]>();
        store.ReadEntries(lexicon, line =>
        {
            var tab = line.IndexOf('\t');
            if (tab >= 0 && line[..tab].Trim().SequenceEqual(kind)) phrases.AddRange(Expand(line[(tab + 1)..].ToString(), head));
        });
        return phrases;
    }

    private static int HeadIndex(List<Slot> slots, PartOfSpeech head)
    {
        var marked = slots.FindIndex(s => s.IsHead);
        if (marked >= 0) return marked;
        int first = -1, last = -1;
        for (var i = 0; i < slots.Count; i++)
        {
            if (slots[i].Optional || slots[i].IsGap) continue;
            if (first < 0) first = i;
            last = i;
        }
        return head == PartOfSpeech.Verb ? first : last;
    }

    /// <summary>The head's forms: each alternative inflected (a phrase of several words is inflected on its last word, or first for a verb).</summary>
    private static List<string[]> Inflected(Slot slot, PartOfSpeech head)
    {
        var forms = new List<string[]>();
        foreach (var alternative in slot.Alternatives)
        {
            var at = head == PartOfSpeech.Verb ? 0 : alternative.Length - 1;
            foreach (var form in FormsOf(alternative[at], head))
                forms.Add([.. alternative[..at], form, .. alternative[(at + 1)..]]);
            if (head == PartOfSpeech.Verb && alternative is ["be", ..]) forms.AddRange(PerfectOfBe.Select(perfect => (string[])[.. perfect, .. alternative[1..]]));
        }
        if (slot.Optional) forms.Add([]);
        return forms;
    }

    /// <summary>One position of an entry: its alternatives (each one or more words), whether it may be left out, whether it is the marked head.</summary>
    private sealed record Slot(string[][] Alternatives, bool Optional, bool IsHead)
    {
        public bool IsGap => Alternatives is [["…"]];

        /// <summary>Splits an entry into slots; a parenthesized group may hold spaces ("(nothing less than)").</summary>
        public static List<Slot> ParseAll(string entry)
        {
            var slots = new List<Slot>();
            var words = entry.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < words.Length; i++)
            {
                var written = words[i];
                var isHead = written[0] == HeadMark;
                if (isHead) written = written[1..];
                if (written.StartsWith('(') && !written.EndsWith(')'))
                    while (i + 1 < words.Length && !written.EndsWith(')')) written += " " + words[++i];
                var optional = written.Length > 2 && written[0] == '(' && written[^1] == ')';
                if (optional) written = written[1..^1];
                // Most slots are one plain word: no splitting for it (issue 18).
                string[][] alternatives = written.Length > 0 && written.AsSpan().IndexOfAny('|', ' ') < 0 ? [[Token.Normalize(written)]]
                    : [.. written.Split('|', StringSplitOptions.RemoveEmptyEntries)
                        .Select(a => a.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Token.Normalize).ToArray())];
                slots.Add(new Slot(alternatives, optional, isHead));
            }
            return slots;
        }

        /// <summary>The alternatives, and an empty choice when the slot is optional. Shared: read, never change.</summary>
        public IReadOnlyList<string[]> Choices() => Optional ? [.. Alternatives, []] : Alternatives;
    }
}
