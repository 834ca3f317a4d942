using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Semantics;

/// <summary>
/// A definite common noun as the speaker of a reporting verb in the two places only a speaker can stand, whatever the
/// noun: a closing tag after a comma ("…, the mint said.", "…, the opposition warned.") and the subject that opens a
/// sentence before a verb that needs someone to say something and the clause it reports ("The opposition claims the
/// election will be stolen"). Bodies are named by metonymy with any noun ("the mint", "the Met office", "the
/// opposition"), so no lexicon of bodies can list them; the position does the work the source lexicons do elsewhere.
/// </summary>
internal static class BodySpeakers
{
    /// <summary>How many words may stand between "the" and the verb: "the mint", "the harbour board", "the old mint office".</summary>
    private const int MaxNounWords = 3;

    /// <summary>The definite body ending right before the reporting verb at <paramref name="cue"/> in one of the two places, or null.</summary>
    public static SourcePhrase? Before(ImmutableArray<Token> tokens, Sentence sentence, int cue)
    {
        if (Vocabulary.ReportingVerbLemma(tokens[cue]) is not { } lemma || tokens[cue].Norm == lemma || tokens[cue].Norm.EndsWith("ing", StringComparison.Ordinal)) return null;
        var start = cue - 1;
        while (start > sentence.FirstToken && cue - start <= MaxNounWords && IsNounWord(tokens[start])) start--;
        if (start == cue - 1 || tokens[start].Norm != "the" || NamesHearsay(tokens, start + 1, cue)) return null;
        var phrase = new SourcePhrase(start, cue, cue, SpeakerClass.DefiniteRole);
        if (start - 1 > sentence.FirstToken + 2 && tokens[start - 1].Text == "," && ClosesSentence(tokens, sentence, cue + 1)) return phrase;
        return start == sentence.FirstToken && !IsEvidential(lemma) && ClauseFollows(tokens, sentence, cue + 1) ? phrase : null;
    }

    /// <summary>Nouns of talk passed from mouth to mouth (<c>hearsay_nouns_wordnet.txt</c>).</summary>
    private static readonly Lazy<FrozenWordSet> HearsayNouns = new(() => LexiconStore.Engine.Set("hearsay_nouns_wordnet"));

    /// <summary>"the rumour mill", "the village gossip": talk nobody answers for, so no body speaks through it.</summary>
    private static bool NamesHearsay(ImmutableArray<Token> tokens, int first, int end)
    {
        for (var k = first; k < end; k++)
            if (HearsayNouns.Value.Contains(tokens[k])) return true;
        return false;
    }

    /// <summary>A lower-case word that can sit in a noun phrase: no function word, no adverb in -ly, no verb form of saying.</summary>
    private static bool IsNounWord(Token token) =>
        token.IsWord && !token.IsCapitalized && !FunctionWords.NounPhraseBreakers.Contains(token.Norm) && !FunctionWords.PersonPronouns.Contains(token.Norm)
        && !FunctionWords.AuthorPronouns.Contains(token.Norm) && !FunctionWords.Definite.Contains(token.Norm) && !FunctionWords.Possessive.Contains(token.Norm)
        && !token.Norm.EndsWith("ly", StringComparison.Ordinal) && !Vocabulary.IsReportingVerb(token) && token.Norm is not ("the" or "a" or "an");

    /// <summary>Only punctuation is left in the sentence from <paramref name="k"/>.</summary>
    private static bool ClosesSentence(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        for (; k < sentence.EndToken; k++)
            if (tokens[k].IsWord || tokens[k].Kind == TokenKind.Number || tokens[k].Text is "," or ";" or ":") return false;
        return true;
    }

    /// <summary>How far after the verb the reported clause's auxiliary may stand: "claims the count in the county will".</summary>
    private const int MaxSubjectWords = 8;

    /// <summary>
    /// "that", or a clause: a subject (a determiner, a pronoun or a name) with an auxiliary or copula after it ("claims the
    /// election will be stolen"). "expects the best result ever recorded" has an object, no clause.
    /// </summary>
    private static bool ClauseFollows(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        if (k >= sentence.EndToken) return false;
        if (tokens[k].Norm == "that") return true;
        if (!(FunctionWords.Definite.Contains(tokens[k].Norm) || FunctionWords.Possessive.Contains(tokens[k].Norm)
            || FunctionWords.PersonPronouns.Contains(tokens[k].Norm) || FunctionWords.AuthorPronouns.Contains(tokens[k].Norm) || tokens[k].IsCapitalized)) return false;
        var end = k + 1;
        while (end < sentence.EndToken && end - k <= MaxSubjectWords && (tokens[end].IsWord || tokens[end].Kind == TokenKind.Number)) end++;
        return FunctionWords.AnyAuxiliary(tokens, k + 1, end);
    }

    /// <summary>"shows", "suggests": things do these too ("the trend shows"), so an opening subject before them is no speaker.</summary>
    private static bool IsEvidential(string lemma) => lemma is "show" or "suggest" or "indicate" or "find" or "prove" or "imply" or "reveal" or "confirm"
        or "highlight" or "underline" or "underscore" or "estimate";
}
