using System.Collections.Immutable;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Superlatives;

/// <summary>
/// "All migrants crossing the border are criminals", "all politicians seeking office lie": an -ing participle after the
/// group narrows it to those who do something, but the group stays open-ended, so the claim is judged at the clause's
/// own verb after the participle's phrase. There "all reporters seeking access will have to sign" reaches a modal, a rule.
/// </summary>
internal static class ParticipleRestriction
{
    /// <summary>
    /// The clause's verb after the participle at <paramref name="participle"/>: a bare verb right after a one-word object
    /// ("seeking office lie to"), else the first auxiliary within six words; null when punctuation, a conjunction or a
    /// relative pronoun comes first, which leaves the phrase's end unknown.
    /// </summary>
    public static int? ClauseVerbAfter(ImmutableArray<Token> tokens, Sentence sentence, int participle)
    {
        if (IsBareVerbAfterOneWordObject(tokens, sentence, participle)) return participle + 2;
        for (var k = participle + 1; k < sentence.EndToken && k - participle <= 6; k++)
        {
            if (!tokens[k].IsWord || tokens[k].Norm is "and" or "or" or "but" or "who" or "that" or "which") return null;
            if (FunctionWords.Auxiliaries.Contains(tokens[k])) return k;
        }
        return null;
    }

    /// <summary>
    /// "seeking office lie to the voters": a bare noun and then a plural subject's present verb, which has no "-s" (a word
    /// in "-s" there is the object's own head: "seeking press passes"), before a preposition, a determiner, a possessive or the end.
    /// </summary>
    private static bool IsBareVerbAfterOneWordObject(ImmutableArray<Token> tokens, Sentence sentence, int participle)
    {
        var noun = participle + 1;
        var verb = participle + 2;
        if (verb >= sentence.EndToken || !IsOpenWord(tokens[noun]) || !IsOpenWord(tokens[verb]) || tokens[verb].Norm.EndsWith('s')) return false;
        var after = verb + 1;
        return after >= sentence.EndToken || !tokens[after].IsWord || FunctionWords.Prepositions.Contains(tokens[after])
            || FunctionWords.Definite.Contains(tokens[after]) || FunctionWords.IndefiniteSingular.Contains(tokens[after])
            || FunctionWords.Possessive.Contains(tokens[after]);
    }

    /// <summary>A lower-case content word: no function word, auxiliary, adverb in "-ly" or further participle.</summary>
    private static bool IsOpenWord(Token token) =>
        token.IsWord && !token.IsCapitalized && !FunctionWords.NounPhraseBreakers.Contains(token) && !FunctionWords.Auxiliaries.Contains(token)
        && !FunctionWords.Prepositions.Contains(token) && !FunctionWords.Definite.Contains(token) && !FunctionWords.IndefiniteSingular.Contains(token)
        && !FunctionWords.Possessive.Contains(token) && !token.Norm.EndsWith("ly", StringComparison.Ordinal) && !token.Norm.EndsWith("ing", StringComparison.Ordinal);
}
