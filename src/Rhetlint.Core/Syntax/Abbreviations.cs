using System.Collections.Frozen;
using Rhetlint.Core.Lexicons;
using Lookup = System.Collections.Frozen.FrozenSet<string>.AlternateLookup<System.ReadOnlySpan<char>>;

namespace Rhetlint.Core.Syntax;

/// <summary>The word lists the tokenizer and sentence splitter consult, looked up without allocating.</summary>
internal static class Abbreviations
{
    private static readonly Lookup Known = Load("abbreviations");
    private static readonly Lookup SentenceFinal = Load("sentence_final_abbreviations");
    private static readonly Lookup Starters = Load("sentence_starters");
    private static readonly Lookup ElisionWords = Load("elisions");
    private static readonly Lookup AttributionVerbs = Load("split_attribution_verbs");

    /// <summary>The longest abbreviation or elision we look up; longer candidates are never in a list.</summary>
    public const int MaxLength = 16;

    public static bool IsKnown(ReadOnlySpan<char> word) => Contains(Known, word);

    /// <summary>
    /// An abbreviation after which a sentence may still end: listed, an initialism (U.S.) or a capital initial,
    /// which ends "... Plan B. The ..." but not "J. R. Moss".
    /// </summary>
    public static bool MayEndSentence(ReadOnlySpan<char> word) =>
        Contains(SentenceFinal, word) || IsInitialism(word) || word is [var letter, '.'] && char.IsUpper(letter);

    public static bool IsSentenceStarter(ReadOnlySpan<char> word) => Starters.Contains(word);

    public static bool IsElision(ReadOnlySpan<char> word) => ContainsLowered(ElisionWords, word);

    public static bool IsAttributionVerb(ReadOnlySpan<char> word) => AttributionVerbs.Contains(word);

    /// <summary>Two or more single letters each followed by a period: U.S., e.g., J.R.R.</summary>
    public static bool IsInitialism(ReadOnlySpan<char> word)
    {
        if (word.Length < 4 || word.Length % 2 != 0) return false;
        for (int i = 0; i < word.Length; i += 2)
            if (!char.IsLetter(word[i]) || word[i + 1] != '.') return false;
        return true;
    }

    /// <summary>Exact match, or a lower-case entry written with a capital first letter ("E.g." for "e.g.").</summary>
    private static bool Contains(Lookup lookup, ReadOnlySpan<char> word)
    {
        if (lookup.Contains(word)) return true;
        if (word.Length == 0 || word.Length > MaxLength || !char.IsUpper(word[0])) return false;
        Span<char> lowered = stackalloc char[word.Length];
        word.CopyTo(lowered);
        lowered[0] = char.ToLowerInvariant(word[0]);
        return lookup.Contains(lowered);
    }

    private static bool ContainsLowered(Lookup lookup, ReadOnlySpan<char> word)
    {
        if (word.Length > MaxLength) return false;
        Span<char> lowered = stackalloc char[word.Length];
        word.ToLowerInvariant(lowered);
        return lookup.Contains(lowered);
    }

    private static Lookup Load(string name) =>
        LexiconStore.Engine.Lines(name).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
}
