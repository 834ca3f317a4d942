using System.Numerics;
using System.Text;

namespace Rhetlint.Core.Lexicons;

/// <summary>
/// The lines of <c>irregular_forms.txt</c> ("form lemma pos", pos <c>n</c> or else a verb's), kept as the lexicon's
/// bytes where the assembly embeds them and two tables of where each line starts, one by its form and one by its
/// lemma. A string per form and lemma, three maps and an array per key made this table the second largest load of a
/// one-paragraph check (issue 18); a form becomes a string only when a loader asks for a lemma's forms, and a word is
/// compared with a line in place. The lexicon's lines are ASCII, and a word is compared as written (ordinal).
/// </summary>
internal sealed class IrregularForms
{
    private readonly FixedUtf8 _utf8;

    /// <summary>Open addressing by form: a line's start plus one; 0 is empty. Lines of one form follow each other in file order.</summary>
    private readonly int[] _byForm;

    /// <summary>As <see cref="_byForm"/>, by lemma.</summary>
    private readonly int[] _byLemma;

    private IrregularForms(FixedUtf8 utf8, int[] byForm, int[] byLemma)
    {
        _utf8 = utf8;
        _byForm = byForm;
        _byLemma = byLemma;
    }

    /// <summary>Indexes the lines of <paramref name="utf8"/>; a line without three fields is skipped, a repeated one kept once.</summary>
    public static IrregularForms Index(FixedUtf8 utf8)
    {
        var bytes = utf8.Span;
        var size = Math.Max(16, (int)BitOperations.RoundUpToPowerOf2((uint)(bytes.Count((byte)'\n') + 1) * 2));
        var (byForm, byLemma) = (new int[size], new int[size]);
        foreach (var line in LexiconStore.Entries(bytes))
        {
            if (!Line.TryRead(line, out var fields)) continue;
            bytes.Overlaps(line, out var start);
            if (Holds(bytes, byLemma, line, fields)) continue;
            Insert(bytes, byForm, fields.Form(line), start);
            Insert(bytes, byLemma, fields.Lemma(line), start);
        }
        return new IrregularForms(utf8, byForm, byLemma);
    }

    /// <summary>Whether a line reads <paramref name="form"/> as a form of <paramref name="lemma"/>, of either part of speech.</summary>
    public bool IsFormOf(ReadOnlySpan<char> form, ReadOnlySpan<char> lemma)
    {
        var bytes = _utf8.Span;
        var mask = _byForm.Length - 1;
        for (var slot = (int)SlotHash.Of(form) & mask; _byForm[slot] != 0; slot = (slot + 1) & mask)
        {
            var line = LineAt(bytes, _byForm[slot]);
            var fields = Line.Read(line);
            if (Equal(fields.Form(line), form) && Equal(fields.Lemma(line), lemma)) return true;
        }
        return false;
    }

    /// <summary>Whether a line reads <paramref name="form"/> as a noun's form (a plural) or, with <paramref name="noun"/> false, a verb's.</summary>
    public bool IsForm(ReadOnlySpan<char> form, bool noun)
    {
        var bytes = _utf8.Span;
        var mask = _byForm.Length - 1;
        for (var slot = (int)SlotHash.Of(form) & mask; _byForm[slot] != 0; slot = (slot + 1) & mask)
        {
            var line = LineAt(bytes, _byForm[slot]);
            var fields = Line.Read(line);
            if (fields.IsNoun(line) == noun && Equal(fields.Form(line), form)) return true;
        }
        return false;
    }

    /// <summary>The forms the lines give <paramref name="lemma"/> as a noun or, with <paramref name="noun"/> false, a verb, in file order; null when there are none. A new array of new strings each call.</summary>
    public string[]? FormsOf(ReadOnlySpan<char> lemma, bool noun)
    {
        var count = 0;
        foreach (var _ in new Matches(this, lemma, noun)) count++;
        if (count == 0) return null;
        var forms = new string[count];
        count = 0;
        foreach (var form in new Matches(this, lemma, noun)) forms[count++] = Encoding.ASCII.GetString(form);
        return forms;
    }

    /// <summary>The forms of a lemma as one part of speech, as spans over the lexicon's bytes, in file order.</summary>
    private ref struct Matches(IrregularForms table, ReadOnlySpan<char> lemma, bool noun)
    {
        private readonly ReadOnlySpan<char> _lemma = lemma;
        private readonly ReadOnlySpan<byte> _bytes = table._utf8.Span;
        private readonly int[] _slots = table._byLemma;
        private int _slot = (int)SlotHash.Of(lemma) & (table._byLemma.Length - 1);
        private bool _started;

        public ReadOnlySpan<byte> Current { get; private set; }

        public readonly Matches GetEnumerator() => this;

        public bool MoveNext()
        {
            var mask = _slots.Length - 1;
            if (_started) _slot = (_slot + 1) & mask;
            _started = true;
            for (; _slots[_slot] != 0; _slot = (_slot + 1) & mask)
            {
                var line = LineAt(_bytes, _slots[_slot]);
                var fields = Line.Read(line);
                if (fields.IsNoun(line) != noun || !Equal(fields.Lemma(line), _lemma)) continue;
                Current = fields.Form(line);
                return true;
            }
            return false;
        }
    }

    /// <summary>Where a line's three fields are, between runs of spaces.</summary>
    private readonly record struct Line(Range FormRange, Range LemmaRange, Range PosRange)
    {
        public ReadOnlySpan<byte> Form(ReadOnlySpan<byte> line) => line[FormRange];

        public ReadOnlySpan<byte> Lemma(ReadOnlySpan<byte> line) => line[LemmaRange];

        public bool IsNoun(ReadOnlySpan<byte> line) => line[PosRange].SequenceEqual("n"u8);

        /// <summary>The fields of a line that has exactly three.</summary>
        public static bool TryRead(ReadOnlySpan<byte> line, out Line fields)
        {
            fields = default;
            Range form = default, lemma = default;
            var count = 0;
            foreach (var range in line.Split((byte)' '))
            {
                if (line[range].IsEmpty) continue;
                switch (count++)
                {
                    case 0: form = range; break;
                    case 1: lemma = range; break;
                    case 2: fields = new Line(form, lemma, range); break;
                    default: return false;
                }
            }
            return count == 3;
        }

        /// <summary>The fields of an indexed line, which has three.</summary>
        public static Line Read(ReadOnlySpan<byte> line)
        {
            TryRead(line, out var fields);
            return fields;
        }
    }

    /// <summary>The line that starts at <paramref name="slot"/> − 1, up to its end, trimmed as <see cref="LexiconStore.Entries"/> trims it.</summary>
    private static ReadOnlySpan<byte> LineAt(ReadOnlySpan<byte> bytes, int slot)
    {
        var rest = bytes[(slot - 1)..];
        var newline = rest.IndexOf((byte)'\n');
        return (newline < 0 ? rest : rest[..newline]).Trim(" \t\r\v\f"u8);
    }

    /// <summary>Whether <paramref name="byLemma"/> holds a line that reads the form of <paramref name="line"/> as the same lemma's, in the same part of speech.</summary>
    private static bool Holds(ReadOnlySpan<byte> bytes, int[] byLemma, ReadOnlySpan<byte> line, Line fields)
    {
        var mask = byLemma.Length - 1;
        for (var slot = (int)SlotHash.Of(fields.Lemma(line)) & mask; byLemma[slot] != 0; slot = (slot + 1) & mask)
        {
            var held = LineAt(bytes, byLemma[slot]);
            var heldFields = Line.Read(held);
            if (heldFields.Form(held).SequenceEqual(fields.Form(line)) && heldFields.Lemma(held).SequenceEqual(fields.Lemma(line))
                && heldFields.IsNoun(held) == fields.IsNoun(line)) return true;
        }
        return false;
    }

    private static void Insert(ReadOnlySpan<byte> bytes, int[] slots, ReadOnlySpan<byte> key, int lineStart)
    {
        var mask = slots.Length - 1;
        var slot = (int)SlotHash.Of(key) & mask;
        while (slots[slot] != 0) slot = (slot + 1) & mask;
        slots[slot] = lineStart + 1;
    }

    private static bool Equal(ReadOnlySpan<byte> ascii, ReadOnlySpan<char> word)
    {
        if (ascii.Length != word.Length) return false;
        for (var i = 0; i < ascii.Length; i++)
            if (ascii[i] != word[i]) return false;
        return true;
    }
}
