using System.Collections.Frozen;

namespace Rhetlint.Core.Lexicons;

/// <summary>
/// Whether a word is an inflected form of a base word ("sent" of "send", "warnings" of "warning", "stopped" of
/// "stop"): the regular noun and verb suffixes undone by rule, the rest from WordNet's exception lists
/// (<c>rules/lexicons/irregular_forms.txt</c>). Deliberately generous: it answers "could this be a form of that
/// base?", which is all a phrase match needs.
/// </summary>
public static class Inflections
{
    private static readonly Lazy<FrozenDictionary<string, string[]>> Irregular = new(() =>
        LexiconStore.Lines("irregular_forms")
            .Select(line => line.Split(' ', 2))
            .GroupBy(pair => pair[0], pair => pair[1], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal));

    /// <param name="word">A lower-cased word as written.</param>
    /// <param name="baseForm">A lower-cased base form (a verb's infinitive, a noun's singular).</param>
    public static bool IsFormOf(string word, string baseForm) =>
        word == baseForm || (Irregular.Value.TryGetValue(word, out var lemmas) && lemmas.Contains(baseForm)) || RegularBases(word).Contains(baseForm);

    /// <summary>The bases a regular suffix could have come off: "tries" → try, trie; "hoped" → hop, hope; "running" → runn, run.</summary>
    private static IEnumerable<string> RegularBases(string word)
    {
        if (word.Length < 3) yield break;
        if (word.EndsWith("ies", StringComparison.Ordinal) || word.EndsWith("ied", StringComparison.Ordinal)) yield return word[..^3] + "y";
        if (word.EndsWith("es", StringComparison.Ordinal)) yield return word[..^2];
        if (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)) yield return word[..^1];
        if (word.EndsWith("ed", StringComparison.Ordinal))
        {
            yield return word[..^2];
            yield return word[..^1];
            if (DoubledBefore(word, 2)) yield return word[..^3];
        }
        if (word.EndsWith("ing", StringComparison.Ordinal) && word.Length > 4)
        {
            yield return word[..^3];
            yield return word[..^3] + "e";
            if (DoubledBefore(word, 3)) yield return word[..^4];
        }
    }

    private static bool DoubledBefore(string word, int suffixLength) =>
        word.Length > suffixLength + 2 && word[^(suffixLength + 1)] == word[^(suffixLength + 2)];
}
