namespace Rhetlint.Core.Lexicons;

/// <summary>
/// Whether a word can be a past or present participle: the second half of "best-known" (RH2001), the verb of "has
/// lifted" or "have ever regretted" (RH2005), the state of "want every farm gone" (RH1004). Regular forms by suffix,
/// irregular ones from WordNet's exception list.
/// </summary>
public static class Participles
{
    public static bool IsParticiple(string word) =>
        word.Length > 3 && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal)
            || word.EndsWith("en", StringComparison.Ordinal) || word.EndsWith("wn", StringComparison.Ordinal))
        // Irregular verb forms from WordNet's exception list ("known", "built", "paid", "done"), read once by Inflections.
        || Inflections.IsIrregularVerbForm(word)
        // Verbs whose participle is their base form (the zero-change class of "cut" and "let"), which the exception
        // list leaves out because their forms need no exception.
        || word is "run" or "hit" or "cut" or "set" or "put" or "read" or "let" or "shut" or "hurt" or "quit" or "spread"
            or "split" or "burst" or "cast" or "bet" or "shed" or "thrust" or "upset";
}
