namespace Rhetlint.Core.Lexicons;

/// <summary>
/// English inflection both ways. <see cref="IsFormOf"/> tells whether a word is an inflected form of a base word
/// ("sent" of "send", "warnings" of "warning", "stopped" of "stop"): the regular noun and verb suffixes undone by
/// rule, the rest from WordNet's exception lists (<c>rules/lexicons/irregular_forms.txt</c>); it is deliberately
/// generous, answering "could this be a form of that base?", which is all a phrase match needs.
/// <see cref="NounForms"/> and <see cref="VerbForms"/> go the other way, from a lemma to the forms a lexicon stored
/// as lemmas should match.
/// </summary>
public static class Inflections
{
    /// <summary>A part of speech whose forms the lexicons inflect.</summary>
    public enum PartOfSpeech { Noun, Verb }

    // Read where the assembly holds the lexicon's bytes: the forms become strings only when a loader asks (issue 18).
    private static readonly Lazy<IrregularForms> Irregular = new(() => IrregularForms.Index(LexiconStore.Engine.Fixed("irregular_forms")));

    /// <summary>"be" as a finite or non-finite verb, with its enclitics ("it's", "they're", "I'm").</summary>
    private static readonly string[] BeForms = ["be", "is", "are", "am", "was", "were", "been", "being", "'s", "'re", "'m"];

    /// <summary>"have" as a verb, with its enclitics ("it's got", "they've", "we'd").</summary>
    private static readonly string[] HaveForms = ["have", "has", "had", "having", "'s", "'ve", "'d"];

    /// <param name="word">A lower-cased word as written.</param>
    /// <param name="baseForm">A lower-cased base form (a verb's infinitive, a noun's singular).</param>
    public static bool IsFormOf(string word, string baseForm) =>
        word == baseForm || Irregular.Value.IsFormOf(word, baseForm) || IsRegularFormOf(word, baseForm);

    /// <summary>A past tense or participle English forms irregularly: "paid", "sold", "went", "built".</summary>
    public static bool IsIrregularVerbForm(string word) => Irregular.Value.IsForm(word, noun: false);

    /// <summary>A plural English forms irregularly: "children", "women", "crises".</summary>
    public static bool IsIrregularPlural(string word) => Irregular.Value.IsForm(word, noun: true);

    /// <summary>A noun's singular and plurals: "threat" → threat, threats; "crisis" → crisis, crises; "gang member" → … gang members.</summary>
    public static IReadOnlyList<string> NounForms(string lemma)
    {
        if (IrregularPlurals(lemma) is { } irregular) return [lemma, .. irregular];
        return [lemma, RegularPlural(lemma)];
    }

    /// <summary>
    /// The plurals of <see cref="NounForms"/> where English forms them irregularly ("crisis" → crises), else null: for
    /// a loader that adds a noun's plurals to its own map without a list per lemma (issue 18). A new array each call.
    /// </summary>
    public static string[]? IrregularPlurals(string lemma) => IrregularPlurals(lemma.AsSpan());

    /// <summary><see cref="IrregularPlurals(string)"/> of a lemma a loader holds as characters, not a string.</summary>
    internal static string[]? IrregularPlurals(ReadOnlySpan<char> lemma) => Irregular.Value.FormsOf(lemma, noun: true);

    /// <summary>
    /// A verb's forms: base, third person singular, past, past participle and present participle ("covet" → covets,
    /// coveted, coveting; "seek" → seeks, sought, seeking; "stop" → stopped, stopping). "be" and "have" include their
    /// enclitics ("'s", "'re", "'ve"), which a phrase list matches at the end of the word they lean on.
    /// </summary>
    public static IReadOnlyList<string> VerbForms(string lemma)
    {
        if (lemma == "be") return BeForms;
        if (lemma == "have") return HaveForms;
        var forms = new List<string> { lemma, ThirdPersonSingular(lemma) };
        var irregular = Irregular.Value.FormsOf(lemma, noun: false) ?? [];
        forms.AddRange(irregular);
        // A doubled consonant ("stopped", "stopping") replaces the regular forms, which may be another verb's ("hoped"
        // is hope's, not hop's); other irregulars stand beside them ("dreamt" and "dreamed").
        if (!irregular.Any(form => form.StartsWith(lemma + lemma[^1], StringComparison.Ordinal)))
        {
            forms.Add(Past(lemma));
            forms.Add(PresentParticiple(lemma));
        }
        return [.. forms.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The forms of <paramref name="lemma"/> as <paramref name="partOfSpeech"/>.</summary>
    public static IReadOnlyList<string> FormsOf(string lemma, PartOfSpeech partOfSpeech) =>
        partOfSpeech == PartOfSpeech.Noun ? NounForms(lemma) : VerbForms(lemma);

    /// <summary>The plural by suffix, as <see cref="NounForms"/> forms it for a noun with no irregular plural.</summary>
    public static string RegularPlural(string noun)
    {
        var (kept, suffix) = RegularPluralParts(noun);
        return string.Concat(noun.AsSpan(0, kept), suffix);
    }

    /// <summary>
    /// Whether <paramref name="form"/> is spelled as <see cref="RegularPlural"/> of <paramref name="noun"/>: for a loader
    /// that holds another plural of the noun already, so the regular one becomes a string only where it differs (issue 18).
    /// </summary>
    public static bool IsRegularPlural(string noun, string form) => IsRegularPlural(noun.AsSpan(), form.AsSpan());

    /// <summary><see cref="IsRegularPlural(string, string)"/> of a noun and form a loader holds as characters.</summary>
    internal static bool IsRegularPlural(ReadOnlySpan<char> noun, ReadOnlySpan<char> form)
    {
        var (kept, suffix) = RegularPluralParts(noun);
        return form.Length == kept + suffix.Length && form.StartsWith(noun[..kept]) && form.EndsWith(suffix, StringComparison.Ordinal);
    }

    /// <summary><see cref="RegularPlural"/> written into <paramref name="destination"/> (two characters longer than the noun); returns its length.</summary>
    internal static int RegularPlural(ReadOnlySpan<char> noun, Span<char> destination)
    {
        var (kept, suffix) = RegularPluralParts(noun);
        return WriteForm(noun, kept, suffix, destination);
    }

    /// <summary>The first <paramref name="kept"/> characters of <paramref name="stem"/> and then <paramref name="suffix"/>, written into <paramref name="destination"/>; returns the length.</summary>
    internal static int WriteForm(ReadOnlySpan<char> stem, int kept, string suffix, Span<char> destination)
    {
        stem[..kept].CopyTo(destination);
        suffix.CopyTo(destination[kept..]);
        return kept + suffix.Length;
    }

    /// <summary>How <see cref="RegularPlural"/> spells a noun's plural: how much of the noun it keeps, and the ending it adds.</summary>
    private static (int Kept, string Suffix) RegularPluralParts(ReadOnlySpan<char> noun) =>
        noun.EndsWith('s') || noun.EndsWith('x') || noun.EndsWith('z') || noun.EndsWith("sh", StringComparison.Ordinal) || noun.EndsWith("ch", StringComparison.Ordinal) ? (noun.Length, "es")
        : EndsInConsonantY(noun) ? (noun.Length - 1, "ies")
        : (noun.Length, "s");

    // "go" → "goes", "do" → "does", "veto" → "vetoes": a final "o" after a consonant takes "es" in the verb, unlike a noun's "photos".
    private static string ThirdPersonSingular(string verb) =>
        verb.Length > 1 && verb[^1] == 'o' && !"aeiou".Contains(verb[^2]) ? verb + "es" : RegularPlural(verb);

    private static string Past(string verb) =>
        verb.EndsWith('e') ? verb + "d"
        : EndsInConsonantY(verb) ? verb[..^1] + "ied"
        : verb + "ed";

    private static string PresentParticiple(string verb) =>
        verb.EndsWith("ie", StringComparison.Ordinal) ? verb[..^2] + "ying"
        : verb.EndsWith('e') && verb.Length > 2 && !verb.EndsWith("ee", StringComparison.Ordinal) && !verb.EndsWith("ye", StringComparison.Ordinal)
            && !verb.EndsWith("oe", StringComparison.Ordinal) ? verb[..^1] + "ing"
        : verb + "ing";

    private static bool EndsInConsonantY(ReadOnlySpan<char> word) => word.Length > 2 && word[^1] == 'y' && !"aeiou".Contains(word[^2]);

    /// <summary>
    /// Whether <paramref name="baseForm"/> is a base a regular suffix of <paramref name="word"/> could have come off:
    /// "tries" → try, trie; "hoped" → hop, hope; "running" → runn, run.
    /// </summary>
    private static bool IsRegularFormOf(string word, string baseForm)
    {
        // The bases compared in place, not built: this is asked per token pair by the linker and by packs, and an
        // iterator with a string per base was a few megabytes of a megabyte's check (issue 18).
        if (word.Length < 3) return false;
        var w = word.AsSpan();
        if ((w.EndsWith("ies", StringComparison.Ordinal) || w.EndsWith("ied", StringComparison.Ordinal))
            && baseForm.Length == w.Length - 2 && baseForm[^1] == 'y' && w[..^3].SequenceEqual(baseForm.AsSpan(0, baseForm.Length - 1))) return true;
        if (w.EndsWith("es", StringComparison.Ordinal) && IsBase(w[..^2], baseForm)) return true;
        if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && IsBase(w[..^1], baseForm)) return true;
        if (w.EndsWith("ed", StringComparison.Ordinal)
            && (IsBase(w[..^2], baseForm) || IsBase(w[..^1], baseForm) || DoubledBefore(word, 2) && IsBase(w[..^3], baseForm))) return true;
        if (w.EndsWith("ing", StringComparison.Ordinal) && w.Length > 4)
            return IsBase(w[..^3], baseForm)
                || baseForm.Length == w.Length - 2 && baseForm[^1] == 'e' && w[..^3].SequenceEqual(baseForm.AsSpan(0, baseForm.Length - 1))
                || DoubledBefore(word, 3) && IsBase(w[..^4], baseForm);
        return false;
    }

    private static bool IsBase(ReadOnlySpan<char> stem, string baseForm) => stem.SequenceEqual(baseForm);

    private static bool DoubledBefore(string word, int suffixLength) =>
        word.Length > suffixLength + 2 && word[^(suffixLength + 1)] == word[^(suffixLength + 2)];
}
