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
        var sequences = new List<string[]>();
        HashSet<string[]>? seen = null;
        ExpandInto(sequences, entry, head, ref seen);
        return sequences;
    }

    /// <summary>Appends the word sequences <paramref name="entry"/> stands for to <paramref name="into"/> (<see cref="Combine"/>).</summary>
    private static void ExpandInto(List<string[]> into, string entry, PartOfSpeech head, ref HashSet<string[]>? seen)
    {
        if (SlotsOf(entry, head) is { } slots) Combine(slots, into, ref seen);
    }

    /// <summary>
    /// An entry as the choices of each of its slots, its head's inflected; null for an entry that stands for nothing
    /// (blank, or a slot with no choice).
    /// </summary>
    private static string[][][]? SlotsOf(string entry, PartOfSpeech head)
    {
        // Plain loops, not LINQ: every entry of every lemma lexicon comes through here at startup (issue 18).
        var slots = Slot.ParseAll(entry);
        if (slots.Count == 0) return null;
        var headIndex = HeadIndex(slots, head);
        var choices = new string[slots.Count][][];
        for (var i = 0; i < slots.Count; i++)
        {
            choices[i] = i == headIndex ? [.. Inflected(slots[i], head)] : slots[i].Choices();
            if (choices[i].Length == 0) return null;
        }
        return choices;
    }

    /// <summary>
    /// Appends every sequence of one choice per slot, the first slot's choice varying slowest, then keeps the distinct
    /// ones (<see cref="KeepDistinct"/>). Each sequence is built once at its length, not grown slot by slot through a
    /// copy per prefix (issue 18: an entry with alternatives and "be" expands to thousands). A lexicon's entries are
    /// expanded into one list, not a list each and a second one for their distinct sequences, and
    /// <paramref name="seen"/> (created on first need) is the set a large expansion is made distinct with, cleared and
    /// reused for the next entry.
    /// </summary>
    internal static void Combine(string[][][] choices, List<string[]> into, ref HashSet<string[]>? seen)
    {
        var combinations = 1;
        foreach (var slot in choices) combinations *= slot.Length;
        var start = into.Count;
        into.EnsureCapacity(start + combinations);
        // An entry has a few slots: its picks fit on the stack.
        Span<int> picks = choices.Length <= MaxStackSlots ? stackalloc int[MaxStackSlots] : new int[choices.Length];
        picks = picks[..choices.Length];
        while (true)
        {
            int length = 0, parts = 0;
            string[]? part = null;
            for (var i = 0; i < choices.Length; i++)
            {
                var choice = choices[i][picks[i]];
                length += choice.Length;
                if (choice.Length > 0) (part, parts) = (choice, parts + 1);
            }
            into.Add(parts == 1 ? part! : Joined(choices, picks, length));
            // The next combination: the last slot advances, carrying into the slots before it.
            var slot = choices.Length - 1;
            while (slot >= 0 && ++picks[slot] == choices[slot].Length) picks[slot--] = 0;
            if (slot < 0) break;
        }
        KeepDistinct(into, start, ref seen);
    }

    /// <summary>
    /// The picked choices in one new sequence of <paramref name="length"/> words. A combination whose words all come from
    /// one choice is that choice's array instead: a one-word noun entry's forms are its sequences, not copies of them.
    /// Choices are arrays an expansion makes for itself and never changes, so a sequence may be one.
    /// </summary>
    private static string[] Joined(string[][][] choices, ReadOnlySpan<int> picks, int length)
    {
        if (length == 0) return [];
        var sequence = new string[length];
        var at = 0;
        for (var i = 0; i < choices.Length; i++)
        {
            choices[i][picks[i]].CopyTo(sequence, at);
            at += choices[i][picks[i]].Length;
        }
        return sequence;
    }

    /// <summary>The most slots whose picks <see cref="Combine"/> keeps on the stack.</summary>
    private const int MaxStackSlots = 32;

    /// <summary>Below this many sequences, duplicates are found by comparing each pair rather than by a set.</summary>
    private const int PairwiseDistinctLimit = 16;

    /// <summary>
    /// Keeps, of the sequences from <paramref name="start"/> on, the non-empty ones, the first of equal ones, in order,
    /// moving them down in place. Most entries expand to a handful of sequences, compared pair by pair; more go through
    /// a set that compares them word by word, not as a joined string each.
    /// </summary>
    private static void KeepDistinct(List<string[]> sequences, int start, ref HashSet<string[]>? seen)
    {
        var kept = start;
        if (sequences.Count - start <= PairwiseDistinctLimit)
        {
            for (var i = start; i < sequences.Count; i++)
                if (sequences[i].Length > 0 && !Holds(sequences, start, kept, sequences[i])) sequences[kept++] = sequences[i];
        }
        else
        {
            seen ??= new HashSet<string[]>(WordSequenceComparer.Instance);
            seen.Clear();
            for (var i = start; i < sequences.Count; i++)
                if (sequences[i].Length > 0 && seen.Add(sequences[i])) sequences[kept++] = sequences[i];
        }
        sequences.RemoveRange(kept, sequences.Count - kept);
    }

    /// <summary>Whether a sequence in [<paramref name="from"/>, <paramref name="to"/>) equals <paramref name="sequence"/>.</summary>
    private static bool Holds(List<string[]> sequences, int from, int to, string[] sequence)
    {
        for (var i = from; i < to; i++)
            if (sequences[i].AsSpan().SequenceEqual(sequence)) return true;
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

    /// <summary>
    /// Every entry of a lexicon file, to be expanded (<see cref="Expand"/>): enumerated, the sequences; made a
    /// <see cref="PhraseList"/>, matched slot by slot (<see cref="LemmaPatterns"/>).
    /// </summary>
    public static IEnumerable<string[]> Load(LexiconStore store, string lexicon, PartOfSpeech head) => Patterns(store.Lines(lexicon), head);

    /// <summary>Entries as <see cref="Load"/> returns a lexicon's: enumerated, their sequences; made a <see cref="PhraseList"/>, matched as written.</summary>
    internal static LemmaPatterns Patterns(IEnumerable<string> entries, PartOfSpeech head)
    {
        var slotted = new List<string[][][]>();
        foreach (var entry in entries)
            if (SlotsOf(entry, head) is { } slots) slotted.Add(slots);
        return new LemmaPatterns(slotted);
    }

    /// <summary>The entries of one kind of a <c>KIND&lt;TAB&gt;entry</c> lexicon, to be expanded, as <see cref="Load"/>.</summary>
    public static IEnumerable<string[]> LoadKind(LexiconStore store, string lexicon, string kind, PartOfSpeech head)
    {
        // The kind is compared in place, and only an entry of that kind becomes a string: a lexicon read once per kind is
        // neither split nor kept as a string per line (issue 18).
        var entries = new List<string[][][]>();
        store.ReadEntries(lexicon, line =>
        {
            var tab = line.IndexOf('\t');
            if (tab >= 0 && line[..tab].Trim().SequenceEqual(kind) && SlotsOf(line[(tab + 1)..].ToString(), head) is { } slots) entries.Add(slots);
        });
        return new LemmaPatterns(entries);
    }

    /// <summary>
    /// Expands entries one after another into one list it reuses (<see cref="Of"/>): for a reader that takes each
    /// entry's sequences and keeps them elsewhere, so no entry needs a list of its own (issue 18).
    /// </summary>
    internal sealed class Expander(PartOfSpeech head)
    {
        private readonly List<string[]> _sequences = [];
        private HashSet<string[]>? _seen;

        /// <summary>The sequences of <paramref name="entry"/>, as <see cref="Expand"/>; valid until the next call.</summary>
        public List<string[]> Of(string entry)
        {
            _sequences.Clear();
            ExpandInto(_sequences, entry, head, ref _seen);
            return _sequences;
        }
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
                forms.Add(WithWordAt(alternative, at, form));
            if (head == PartOfSpeech.Verb && alternative is ["be", ..])
                foreach (var perfect in PerfectOfBe) forms.Add([.. perfect, .. alternative.AsSpan(1)]);
        }
        if (slot.Optional) forms.Add([]);
        return forms;
    }

    /// <summary>
    /// <paramref name="words"/> with <paramref name="form"/> at <paramref name="at"/>: the alternative itself when the form is
    /// the word written there (a choice is only read, <see cref="Combine"/> copies it), else one copy.
    /// </summary>
    private static string[] WithWordAt(string[] words, int at, string form)
    {
        if (words[at] == form) return words;
        var inflected = (string[])words.Clone();
        inflected[at] = form;
        return inflected;
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
        public string[][] Choices() => Optional ? [.. Alternatives, []] : Alternatives;
    }
}
