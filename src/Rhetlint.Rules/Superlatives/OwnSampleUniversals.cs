using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Superlatives;

/// <summary>
/// "Everyone I interviewed said", "Every housing expert we've talked to agrees", "nobody I spoke with could name it",
/// "all the growers we called": a universal whose relative clause has the writer as subject and a verb of reaching
/// people (contact_verbs_wordnet.txt, tools/gen_contact_verbs.py) counts the writer's own sample. The set is bounded by
/// whom the writer reached and the sentence reports what they heard, so it claims no agreement of a whole group. A
/// verb of knowing ("everyone I know") names an acquaintance, not people asked, and a group with no such clause
/// ("every expert agrees") still claims everyone.
/// </summary>
internal static class OwnSampleUniversals
{
    /// <summary>Words of the group noun phrase between the quantifier and the writer: "all the [independent housing experts]".</summary>
    private const int MaxGroupWords = 4;

    /// <summary>Words between the writer and the verb: "I have", "we had recently", "I did".</summary>
    private const int MaxAuxiliaryTokens = 2;

    private static readonly Lazy<FrozenWordSet> ContactVerbs = new(() =>
        RuleLexicons.Store.Lines("contact_verbs_wordnet").SelectMany(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(Token.Normalize).ToFrozenWordSet());

    /// <summary>
    /// Whether the universal opening at <paramref name="start"/> is restricted by the writer's own contacts: a pronoun
    /// ("everyone", "nobody") or a quantifier and its group ("every stallholder", "all the growers", "none of the
    /// experts"), then "I" or "we" (after "who", "that" or "whom") and a contact verb.
    /// </summary>
    public static bool IsWritersSample(ImmutableArray<Token> tokens, Sentence sentence, int start)
    {
        var k = start + 1;
        if (tokens[start].Norm is "every" or "all" or "each" or "no" or "none" or "any")
        {
            if (k < sentence.EndToken && tokens[k].Norm == "of") k++;
            if (k < sentence.EndToken && (tokens[k].Norm == "the" || FunctionWords.Possessive.Contains(tokens[k]))) k++;
            var groupStart = k;
            while (k < sentence.EndToken && k - groupStart < MaxGroupWords && IsGroupWord(tokens[k])) k++;
            if (k == groupStart) return false;
        }
        else if (tokens[start].Norm is not ("everyone" or "everybody" or "nobody" or "anyone" or "anybody")) return false;
        if (k < sentence.EndToken && tokens[k].Norm is "who" or "whom" or "that") k++;
        return k < sentence.EndToken && IsWriter(tokens[k]) && IsContactAfter(tokens, sentence, k + 1, tokens[k].Norm.Contains('\''));
    }

    /// <summary>A noun or adjective of the group's noun phrase ("housing", "stallholders"), not the writer or a function word.</summary>
    private static bool IsGroupWord(Token token) =>
        token.IsWord && !IsWriter(token) && !FunctionWords.NounPhraseBreakers.Contains(token)
        && (NounTypes.Of(token) is not null || AdjectiveForms.IsAdjective(token.Norm));

    /// <summary>"I", "we", and their contractions with "have" or "had" ("I've", "we'd").</summary>
    private static bool IsWriter(Token token) =>
        FunctionWords.AuthorPronouns.Contains(token) || token.Norm is "i've" or "we've" or "i'd" or "we'd";

    /// <summary>A contact verb right after the writer, behind at most an auxiliary or an adverb ("have recently talked to").</summary>
    private static bool IsContactAfter(ImmutableArray<Token> tokens, Sentence sentence, int k, bool contracted)
    {
        for (var skipped = 0; k < sentence.EndToken && tokens[k].IsWord; k++, skipped++)
        {
            if (ContactVerbs.Value.Contains(tokens[k])) return true;
            var auxiliary = !contracted && tokens[k].Norm is "have" or "had" or "did" or "do" or "'ve" or "'d";
            if (skipped >= MaxAuxiliaryTokens || !(auxiliary || tokens[k].Norm.EndsWith("ly", StringComparison.Ordinal) || tokens[k].Norm is "ever" or "also")) return false;
        }
        return false;
    }
}
