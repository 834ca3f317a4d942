using Microsoft.CodeAnalysis.Text;

namespace Rhetlint.Core.Syntax;

public enum TokenKind
{
    /// <summary>Letters, with inner apostrophes and hyphens (don't, well-known, students’, ’90s, U.S.).</summary>
    Word,
    /// <summary>Digits with separators and decimals (3.5, 1,200, 2024, 9-14).</summary>
    Number,
    /// <summary>A quotation mark that is not an apostrophe: " ' “ ” ‘ ’ « » ‹ › „ ‚.</summary>
    Quote,
    /// <summary>— – and --.</summary>
    Dash,
    /// <summary>… or three dots.</summary>
    Ellipsis,
    /// <summary>. , ; : ? ! ( ) [ ] and the like.</summary>
    Punctuation,
    /// <summary>Anything else that is not whitespace (%, $, €, &amp;, #, /).</summary>
    Symbol,
}

/// <summary>
/// A token of prose. <see cref="Norm"/> is lower-cased with curly apostrophes made straight, for lexicon lookup.
/// A struct of 32 bytes held inline in <see cref="ProseDocument.Tokens"/>: as a record of 48 bytes plus a reference
/// each, tokens were the largest part of a big document's model (issue 18). Its text and word are pooled strings.
/// </summary>
public readonly record struct Token(TokenKind Kind, TextSpan Span, string Text, string Norm)
{
    /// <summary>A copy made with another <see cref="Norm"/> (<c>with { Norm = … }</c>) gets that word's <see cref="WordKey"/>.</summary>
    public string Norm
    {
        get;
        init
        {
            field = value;
            WordKey = Lexicons.WordKeyMap.KeyOf(value);
        }
    } = Norm;

    /// <summary>
    /// A hash of <see cref="Norm"/>, computed once with the token: a word list asks for a token by it
    /// (<see cref="Lexicons.WordKeyMap{TValue}"/>) without hashing the word again at every one of the hundreds of lists a
    /// rule run asks, which was an eighth of checking a megabyte (issue 18). Two words may share a key; a list that
    /// finds the key compares the words.
    /// </summary>
    public uint WordKey { get; private init; } = Lexicons.WordKeyMap.KeyOf(Norm);

    public static string Normalize(string text) => text.Replace('\u2019', '\'').Replace('\u2018', '\'').ToLowerInvariant();

    /// <summary>
    /// <see cref="Normalize(string)"/> written into <paramref name="destination"/> (as long as <paramref name="text"/>), for
    /// a reader that keeps a word only when it is new (<see cref="Lexicons.LexiconWords"/>); the string form returns its
    /// input when nothing changes, which a token's text mostly is.
    /// </summary>
    public static void Normalize(ReadOnlySpan<char> text, Span<char> destination)
    {
        text.ToLowerInvariant(destination);
        destination.Replace('\u2019', '\'');
        destination.Replace('\u2018', '\'');
    }

    public static Token Create(TokenKind kind, TextSpan span, string text) => new(kind, span, text, Normalize(text));

    public bool IsWord => Kind == TokenKind.Word;
    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);
    /// <summary>A four-digit number read as a year (1800–2100): it dates a claim.</summary>
    public bool IsYear => Kind == TokenKind.Number && IsYearText(Text);
    /// <summary>"1840s", "1970s": a year ending in 0 with a plural s, a decade named as an era.</summary>
    public bool IsDecade => Norm.Length == 5 && Norm[4] == 's' && Norm[3] == '0' && IsYearText(Norm[..4]);

    /// <summary>
    /// The word ends in a possessive "'s" or "s'" ("regime's", "thugs'"). Contractions end the same way ("it's",
    /// "she's"): a caller that expects a noun before its head tells them apart.
    /// </summary>
    public bool HasPossessiveEnding => Norm.EndsWith("'s", StringComparison.Ordinal) || Norm.EndsWith("s'", StringComparison.Ordinal);

    /// <summary>The word without its possessive ending ("regime's" → "regime", "thugs'" → "thugs"); the word itself otherwise.</summary>
    public string NormWithoutPossessive => WithoutPossessive(Norm);

    /// <summary><see cref="NormWithoutPossessive"/> of a token whose word is <paramref name="norm"/>: for a sentence cue, which sees words, not tokens.</summary>
    public static string WithoutPossessive(string norm) =>
        norm.EndsWith("'s", StringComparison.Ordinal) ? norm[..^2] : norm.EndsWith("s'", StringComparison.Ordinal) ? norm[..^1] : norm;

    public static bool IsYearText(string text) => text.Length == 4 && int.TryParse(text, out var year) && year is >= 1800 and <= 2100;

    public override string ToString() => $"{Kind}:{Text}@{Span}";
}
