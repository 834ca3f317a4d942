using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Superlatives;

/// <summary>
/// Where an evaluative word sits, for the lexical superlative rules (RH2002, RH2003, RH2004, RH2008): before its
/// noun, after a copula, inside a name or title; and the edit that deletes it.
/// </summary>
internal static class ModifierSlots
{
    /// <summary>Adverbs that may stand between a determiner or copula and the word they lead to ("a truly iconic", "is simply flawless").</summary>
    private static readonly FrozenWordSet LinkAdverbs = TaggedLexicon.Load(RuleLexicons.Store, "superlative_modifiers").Words("link-adverb").ToFrozenWordSet();

    /// <summary>
    /// Capitalized where a common word would not be: mid-sentence ("the Landmark Theatre"), or at the sentence
    /// start before another capitalized word ("Iconic Records signed …"). Either is a name or a title.
    /// </summary>
    public static bool IsNameOrTitle(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (!tokens[i].IsCapitalized) return false;
        if (i > sentence.FirstToken && !OpensUnit(tokens[i - 1])) return true;
        return i + 1 < sentence.EndToken && tokens[i + 1].IsWord && tokens[i + 1].IsCapitalized;
    }

    /// <summary>A determiner, possessive or quantifier that opens a noun phrase.</summary>
    public static bool IsDeterminer(Token token) =>
        FunctionWords.Definite.Contains(token) || FunctionWords.IndefiniteSingular.Contains(token)
        || FunctionWords.Possessive.Contains(token) || IsPossessiveNoun(token)
        || token.Norm is "another" or "every" or "each" or "such" or "no" or "any" or "some" or "their";

    public static bool IsPossessiveNoun(Token token) =>
        token.IsWord && !FunctionWords.IsPronounContraction(token)
        && token.HasPossessiveEnding;

    /// <summary>The token before <paramref name="i"/>, skipping link adverbs ("a truly iconic" → "a"), or -1 at the sentence start.</summary>
    public static int PreviousSkippingAdverbs(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var k = i - 1;
        while (k >= sentence.FirstToken && LinkAdverbs.Contains(tokens[k])) k--;
        return k >= sentence.FirstToken ? k : -1;
    }

    /// <summary>"is flawless", "was simply unprecedented": a copula (and link adverbs) right before <paramref name="i"/>.</summary>
    public static bool FollowsCopula(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var k = PreviousSkippingAdverbs(tokens, sentence, i);
        return k >= 0 && FunctionWords.Copulas.Contains(tokens[k]);
    }

    /// <summary>Whether the clause ends right after <paramref name="end"/>: punctuation, a conjunction, or the sentence end.</summary>
    public static bool ClauseEndsAt(ImmutableArray<Token> tokens, Sentence sentence, int end) =>
        end >= sentence.EndToken || tokens[end].Kind is TokenKind.Punctuation or TokenKind.Dash or TokenKind.Quote
        || tokens[end].Norm is "and" or "but" or "or" or "in" or "among" or "for" or "as";

    /// <summary>Whether a lower-case content word (a noun or another adjective) follows at <paramref name="k"/>.</summary>
    public static bool IsContentWordAt(ImmutableArray<Token> tokens, Sentence sentence, int k) =>
        k < sentence.EndToken && tokens[k].IsWord && !tokens[k].IsCapitalized && !IsFunctionWord(tokens[k]);

    /// <summary>The end of up to <paramref name="maxWords"/> lower-case content words from <paramref name="from"/>: the head a modifier applies to.</summary>
    public static int HeadEnd(ImmutableArray<Token> tokens, Sentence sentence, int from, int maxWords)
    {
        var k = from;
        while (k - from < maxWords && IsContentWordAt(tokens, sentence, k)) k++;
        return k;
    }

    /// <summary>A change deleting token <paramref name="i"/> and the space after it; "an iconic arena" becomes "an arena" with the article fixed.</summary>
    public static TextChange DeleteWord(DocumentModel document, int i)
    {
        var tokens = document.Tokens;
        var start = tokens[i].Span.Start;
        var end = i + 1 < tokens.Length ? tokens[i + 1].Span.Start : tokens[i].Span.End;
        if (i > 0 && i + 1 < tokens.Length && tokens[i - 1].Norm is "a" or "an")
        {
            var article = tokens[i - 1];
            var next = tokens[i + 1].Text;
            var wanted = StartsWithVowelSound(next) ? "an" : "a";
            if (!string.Equals(article.Norm, wanted, StringComparison.Ordinal))
            {
                var cased = char.IsUpper(article.Text[0]) ? char.ToUpperInvariant(wanted[0]) + wanted[1..] : wanted;
                var between = document.Source.ToString(TextSpan.FromBounds(article.Span.End, start));
                return new TextChange(TextSpan.FromBounds(article.Span.Start, end), cased + between);
            }
        }
        return new TextChange(TextSpan.FromBounds(start, end), "");
    }

    /// <summary>A spelling heuristic for a/an: "an hour", "a unique", "a one-off".</summary>
    private static bool StartsWithVowelSound(string word)
    {
        var lower = word.ToLowerInvariant();
        if (lower.StartsWith("hour", StringComparison.Ordinal) || lower.StartsWith("honest", StringComparison.Ordinal)
            || lower.StartsWith("honor", StringComparison.Ordinal) || lower.StartsWith("honour", StringComparison.Ordinal) || lower.StartsWith("heir", StringComparison.Ordinal))
            return true;
        if (lower.StartsWith("uni", StringComparison.Ordinal) || lower.StartsWith("use", StringComparison.Ordinal) || lower.StartsWith("usu", StringComparison.Ordinal)
            || lower.StartsWith("uti", StringComparison.Ordinal) || lower.StartsWith("eu", StringComparison.Ordinal) || lower.StartsWith("one", StringComparison.Ordinal)
            || lower.StartsWith("once", StringComparison.Ordinal))
            return false;
        return lower.Length > 0 && "aeiou".Contains(lower[0]);
    }

    private static bool OpensUnit(Token token) => token.Kind is TokenKind.Quote or TokenKind.Dash || token.Text is ":" or "(" or "*" or "_" or "#";

    private static bool IsFunctionWord(Token token) =>
        FunctionWords.NounPhraseBreakers.Contains(token) || FunctionWords.Definite.Contains(token)
        || FunctionWords.IndefiniteSingular.Contains(token) || FunctionWords.Possessive.Contains(token)
        || FunctionWords.PersonPronouns.Contains(token) || FunctionWords.AuthorPronouns.Contains(token)
        || FunctionWords.ObjectPronouns.Contains(token) || token.Norm is "ever" or "you" or "enough" or "too" or "very";
}
