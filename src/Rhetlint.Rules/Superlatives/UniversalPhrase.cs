using System.Collections.Immutable;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Superlatives;

/// <summary>
/// A universally quantified phrase read as one unit: its quantifier ("everyone", "everybody", "nobody", "no one",
/// "every", "each", "no", "not a", "not one"), an optional head ("every country", "no serious person", "every law
/// firm") and the modifiers that restrict it without ending it — "alive", "living" or "else", a short scope ("in
/// Tarnby", "on the tour"), a relative clause ("who tries it", "that has copied it") or a contact relative ("we
/// meet"). Restricting a universal does not count it: "everyone in Tarnby" is still everyone there, so RH2005 and
/// RH2006 judge the phrase and the predicate that starts at <see cref="End"/>, not fixed strings. A number in the
/// scope ("nobody among the 40 passengers") makes a counted set, which is no universal claim.
/// </summary>
/// <param name="Start">The quantifier.</param>
/// <param name="Head">The head noun or the quantifier pronoun itself.</param>
/// <param name="End">The first token of the predicate: a finite verb or an auxiliary.</param>
/// <param name="Negative">"nobody", "no one", "no X", "not a X": the predicate is denied of every member.</param>
/// <param name="Personal">The members are people ("everyone", "every engineer"), who can know, agree or doubt.</param>
/// <param name="Relative">A relative clause restricts the set ("who tries it", "we meet").</param>
internal readonly record struct UniversalPhrase(int Start, int Head, int End, bool Negative, bool Personal, bool Relative)
{
    /// <summary>Pronouns that open a contact relative ("every voter we meet"): a subject with its own verb, no "who".</summary>
    private static readonly HashSet<string> ContactSubjects = new(StringComparer.Ordinal) { "we", "i", "you", "they" };

    /// <summary>The universal phrase whose quantifier is at <paramref name="i"/>, up to its predicate; null when there is none.</summary>
    public static UniversalPhrase? At(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (Quantifier(tokens, sentence, i) is not var (head, negative)) return null;
        var personal = head == i || tokens[head].Norm == "one" || Vocabulary.IsRoleNoun(tokens[head]) || tokens[head].Norm is "person" or "man" or "woman";
        var p = head + 1;
        if (p < sentence.EndToken && tokens[p].Norm is "alive" or "living" or "else") p++;
        var relative = false;
        if (p < sentence.EndToken && IsScopePreposition(tokens[p]))
        {
            if (ScopeEnd(tokens, sentence, p) is not int scopeEnd) return null;
            p = scopeEnd;
        }
        if (p < sentence.EndToken && (tokens[p].Norm == "who" || tokens[p].Norm == "that" && !personal || ContactSubjects.Contains(tokens[p].Norm)))
        {
            if (RelativeEnd(tokens, sentence, p) is not int relativeEnd) return null;
            p = relativeEnd;
            relative = true;
        }
        return p < sentence.EndToken && IsFiniteVerb(tokens, p) ? new UniversalPhrase(i, head, p, negative, personal, relative) : null;
    }

    /// <summary>The head of the phrase opened by a quantifier at <paramref name="i"/>, and whether it is negative.</summary>
    private static (int Head, bool Negative)? Quantifier(ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        var limit = sentence.EndToken;
        var word = tokens[i].Norm;
        if (word is "everyone" or "everybody") return (i, false);
        if (word == "nobody") return (i, true);
        if (word == "no" && i + 1 < limit && tokens[i + 1].Norm == "one") return (i + 1, true);
        int k;
        bool negative;
        if (word is "every" or "each") (k, negative) = (i + 1, false);
        else if (word == "no") (k, negative) = (i + 1, true);
        // "not a journalist", "not one player", "not a single voter".
        else if (word == "not" && i + 1 < limit && tokens[i + 1].Norm is "a" or "one") (k, negative) = (i + 2, true);
        else return null;
        if (k < limit && tokens[k].Norm is "single" or "other") k++;
        // "no serious person", "any honest economist": an adjective that disqualifies dissenters narrows without ending the phrase.
        if (k < limit && UniversalCues.Is("serious", tokens[k])) k++;
        if (!IsNoun(tokens, sentence, k)) return null;
        // "every law firm": a second noun of a compound is the head.
        if (IsNoun(tokens, sentence, k + 1) && !tokens[k + 1].Norm.EndsWith('s')) k++;
        return (k, negative);
    }

    /// <summary>A lower-case word that can head the phrase: not a function word, a number, a time noun ("every year") or a verb form.</summary>
    private static bool IsNoun(ImmutableArray<Token> tokens, Sentence sentence, int k) =>
        k < sentence.EndToken && tokens[k].IsWord && !tokens[k].IsCapitalized && !FunctionWords.NounPhraseBreakers.Contains(tokens[k])
        && !FunctionWords.Auxiliaries.Contains(tokens[k]) && !FunctionWords.Prepositions.Contains(tokens[k])
        && !ClaimScope.IsNumberWord(tokens[k]) && !UniversalCues.Is("scope-time", tokens[k]) && !UniversalCues.IsPast(tokens[k])
        && !ContactSubjects.Contains(tokens[k].Norm) && tokens[k].Norm is not ("who" or "that" or "which" or "alive" or "living" or "else" or "doubt" or "longer" or "matter" or "way");

    private static bool IsScopePreposition(Token token) => token.Norm is "in" or "on" or "at" or "across" or "from" or "inside" or "within";

    /// <summary>The end of a short scope ("in Westminster", "at the treasury", "in her department"), or null when a number counts the set.</summary>
    private static int? ScopeEnd(ImmutableArray<Token> tokens, Sentence sentence, int preposition)
    {
        for (var k = preposition + 1; k < sentence.EndToken && k - preposition <= 5; k++)
        {
            if (!tokens[k].IsWord || tokens[k].Kind == TokenKind.Number || ClaimScope.IsNumberWord(tokens[k])) return null;
            if (k > preposition + 1 && (tokens[k].Norm is "who" or "that" || ContactSubjects.Contains(tokens[k].Norm) || IsFiniteVerb(tokens, k))) return k;
        }
        return null;
    }

    /// <summary>
    /// The end of a relative clause opened at <paramref name="opener"/>: past its own verb group and what follows it,
    /// at the next finite verb (the predicate of the whole phrase). At most ten words, no punctuation.
    /// </summary>
    private static int? RelativeEnd(ImmutableArray<Token> tokens, Sentence sentence, int opener)
    {
        var k = opener + 1;
        while (k < sentence.EndToken && tokens[k].IsWord && FunctionWords.Auxiliaries.Contains(tokens[k])) k++;
        // The relative's own verb: "tries", "has looked", "we meet".
        if (k >= sentence.EndToken || !tokens[k].IsWord || FunctionWords.NounPhraseBreakers.Contains(tokens[k])) return null;
        for (k++; k < sentence.EndToken && k - opener <= 10; k++)
        {
            if (!tokens[k].IsWord) return null;
            if (IsFiniteVerb(tokens, k)) return k;
        }
        return null;
    }

    /// <summary>
    /// "knows", "comes", "has", "can": an auxiliary, or a present -s form not right after a determiner or possessive
    /// (where it is a plural noun: "his rallies", "the wards").
    /// </summary>
    private static bool IsFiniteVerb(ImmutableArray<Token> tokens, int k)
    {
        var token = tokens[k];
        if (!token.IsWord || token.IsCapitalized) return false;
        if (token.Norm is "has" or "have" or "is" or "are" or "does" or "do" or "can" or "will" or "would" or "could" or "must" or "should") return true;
        if (token.Norm.Length <= 3 || !token.Norm.EndsWith('s') || token.Norm.EndsWith("ss", StringComparison.Ordinal) || token.Norm.EndsWith("'s", StringComparison.Ordinal)
            || FunctionWords.NounPhraseBreakers.Contains(token) || FunctionWords.Definite.Contains(token) || FunctionWords.Possessive.Contains(token))
            return false;
        var before = tokens[k - 1];
        return !FunctionWords.Definite.Contains(before) && !FunctionWords.Possessive.Contains(before) && !FunctionWords.IndefiniteSingular.Contains(before)
            && !ClaimScope.IsNumberWord(before) && before.Kind != TokenKind.Number;
    }
}
