using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;
using Rhetlint.Rules.Sourcing;

namespace Rhetlint.Rules.Hedging;

/// <summary>
/// Where a stance word comments on a whole clause rather than on one word, for the supporting-signal rules
/// (RH4001, RH4004, RH4005): at the start of a clause, as a parenthetical, or between a subject and its verb.
/// "Clearly, Varn lied" and "Varn clearly lied" comment on the claim; "spoke clearly" and "clearly visible" do not.
/// Also the edit that deletes such a word with its commas.
/// </summary>
internal static class StanceSlots
{
    /// <summary>The kinds of slot a stance word may sit in.</summary>
    public enum Slot { None, ClauseStart, Parenthetical, BeforeVerb }

    /// <summary>
    /// The sentence-level slot of the phrase [<paramref name="start"/>, <paramref name="end"/>), or <see cref="Slot.None"/>.
    /// With <paramref name="setOffOnly"/>, only a clause start followed by a comma, or a parenthetical, counts.
    /// </summary>
    public static Slot Of(ImmutableArray<Token> tokens, Sentence sentence, int start, int end, bool setOffOnly)
    {
        var commaAfter = end < sentence.EndToken && tokens[end].Text == ",";
        if (start > sentence.FirstToken && tokens[start - 1].Text == "," && (commaAfter || EndsClause(tokens, sentence, end)))
            return Slot.Parenthetical;
        var clauseStart = IsClauseStart(tokens, sentence, start);
        if (clauseStart && commaAfter) return Slot.ClauseStart;
        if (setOffOnly) return Slot.None;
        if (clauseStart) return OpensClause(tokens, sentence, end) ? Slot.ClauseStart : Slot.None;
        return AfterAuxiliary(tokens, sentence, start) || BetweenSubjectAndVerb(tokens, sentence, start, end) ? Slot.BeforeVerb : Slot.None;
    }

    /// <summary>The sentence start, or right after punctuation, a quote mark, a dash or a clause-opening conjunction.</summary>
    public static bool IsClauseStart(ImmutableArray<Token> tokens, Sentence sentence, int k) =>
        SubjectCues.IsClauseStart(tokens, sentence, k) && (k == sentence.FirstToken || tokens[k - 1].Text != "(");

    /// <summary>Whether the token at <paramref name="k"/> is followed by the end of the clause (sentence-final punctuation, ";", ":", a dash).</summary>
    public static bool EndsClause(ImmutableArray<Token> tokens, Sentence sentence, int k) =>
        k >= sentence.EndToken || tokens[k].Text is "." or "!" or "?" or ";" or ":" or "…" || tokens[k].Kind is TokenKind.Dash or TokenKind.Ellipsis;

    /// <summary>"has clearly failed", "will obviously", "is plainly the aggressor": a stance word after an auxiliary or copula.</summary>
    private static bool AfterAuxiliary(ImmutableArray<Token> tokens, Sentence sentence, int start) =>
        start > sentence.FirstToken && (FunctionWords.Auxiliaries.Contains(tokens[start - 1]) || IsContractedAuxiliary(tokens[start - 1])
            || tokens[start - 1].Norm is "be" or "been" or "am");

    /// <summary>"Varn obviously wants war", "the ministry predictably denied it": a subject before, a verb after.</summary>
    private static bool BetweenSubjectAndVerb(ImmutableArray<Token> tokens, Sentence sentence, int start, int end)
    {
        if (start == sentence.FirstToken || end >= sentence.EndToken) return false;
        var before = tokens[start - 1];
        var after = tokens[end];
        if (!before.IsWord || !after.IsWord || after.IsCapitalized) return false;
        var subject = FunctionWords.PersonPronouns.Contains(before) || FunctionWords.AuthorPronouns.Contains(before)
            || before.Norm is "you" or "this" or "that" or "these" or "those" or "who" or "which"
            || before.IsCapitalized || IsNounLike(before);
        return subject && IsVerbLike(after);
    }

    /// <summary>A lower-case word that can end a subject: not a function word, not a likely verb or adverb form.</summary>
    private static bool IsNounLike(Token token) =>
        !token.IsCapitalized && !FunctionWords.NounPhraseBreakers.Contains(token) && !FunctionWords.Prepositions.Contains(token)
        && !FunctionWords.Definite.Contains(token) && !FunctionWords.IndefiniteSingular.Contains(token)
        && !FunctionWords.Possessive.Contains(token) && !FunctionWords.ObjectPronouns.Contains(token)
        && !token.Norm.EndsWith("ed", StringComparison.Ordinal) && !token.Norm.EndsWith("ly", StringComparison.Ordinal)
        && !token.Norm.EndsWith("ing", StringComparison.Ordinal);

    /// <summary>An auxiliary, "never"/"not", or a content word that is not an adjective, preposition or determiner.</summary>
    private static bool IsVerbLike(Token token)
    {
        if (FunctionWords.Auxiliaries.Contains(token) || token.Norm is "never" or "not" or "also" or "still") return true;
        if (FunctionWords.NounPhraseBreakers.Contains(token) || FunctionWords.Prepositions.Contains(token)
            || FunctionWords.Definite.Contains(token) || FunctionWords.IndefiniteSingular.Contains(token)
            || FunctionWords.Possessive.Contains(token) || FunctionWords.ObjectPronouns.Contains(token)
            || FunctionWords.PersonPronouns.Contains(token))
            return false;
        // A past form is a verb even when WordNet also lists it as an adjective ("failed", "misled").
        return token.Norm.EndsWith("ed", StringComparison.Ordinal) || !AdjectiveForms.IsAdjective(token.Norm);
    }

    /// <summary>Whether a subject opens at <paramref name="end"/>: "Clearly Varn lied", not "Clearly visible from the road".</summary>
    public static bool OpensClause(ImmutableArray<Token> tokens, Sentence sentence, int end)
    {
        if (end >= sentence.EndToken || !tokens[end].IsWord) return false;
        var next = tokens[end];
        return next.IsCapitalized || FunctionWords.Definite.Contains(next) || FunctionWords.Possessive.Contains(next)
            || FunctionWords.PersonPronouns.Contains(next) || FunctionWords.AuthorPronouns.Contains(next)
            || next.Norm is "you" or "there" or "no" or "nobody" or "nothing" or "everyone" or "some" or "many" or "most" or "a" or "an";
    }

    private static bool IsContractedAuxiliary(Token token) =>
        token.Norm.EndsWith("'s", StringComparison.Ordinal) && FunctionWords.IsPronounContraction(token)
        || token.Norm.EndsWith("'re", StringComparison.Ordinal) || token.Norm.EndsWith("'ve", StringComparison.Ordinal)
        || token.Norm.EndsWith("'ll", StringComparison.Ordinal) || token.Norm.EndsWith("'d", StringComparison.Ordinal);

    /// <summary>
    /// The edit that deletes the phrase [<paramref name="start"/>, <paramref name="end"/>) from its slot: with its comma at a
    /// clause start (or its colon: "Make no mistake: …"), with the comma before it as a parenthetical, with the space after it before a verb. A word that
    /// moves to the front of the sentence is capitalized.
    /// </summary>
    public static TextChange Delete(DocumentModel document, Sentence sentence, int start, int end, Slot slot)
    {
        var tokens = document.Tokens;
        var last = end - 1;
        if (slot == Slot.Parenthetical)
        {
            var through = end < sentence.EndToken && tokens[end].Text == "," ? tokens[end].Span.End : tokens[last].Span.End;
            return new TextChange(TextSpan.FromBounds(tokens[start - 1].Span.Start, through), "");
        }
        var next = end < sentence.EndToken && tokens[end].Text is "," or ":" ? end + 1 : end;
        if (next >= sentence.EndToken || !tokens[next].IsWord)
        {
            var from = start > sentence.FirstToken ? tokens[start - 1].Span.End : tokens[start].Span.Start;
            return new TextChange(TextSpan.FromBounds(from, tokens[last].Span.End), "");
        }
        var text = tokens[next].Text;
        var opensSentence = start == sentence.FirstToken || start - 1 == sentence.FirstToken && tokens[start - 1].Kind == TokenKind.Quote;
        var replacement = opensSentence && tokens[start].IsCapitalized && !tokens[next].IsCapitalized
            ? char.ToUpperInvariant(text[0]) + text[1..]
            : text;
        return new TextChange(TextSpan.FromBounds(tokens[start].Span.Start, tokens[next].Span.End), replacement);
    }
}
