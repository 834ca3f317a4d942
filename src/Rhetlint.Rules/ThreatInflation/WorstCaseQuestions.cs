using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// Questions that state a worst case by the answer they expect, which RH1003 reads as the writer's claim:
/// - an end asked about and answered yes at once: "Is this the end of village cricket too? You bet it is.";
/// - a belief asked about that expects no to a survival: "Do you really think your kids will still have jobs here in
///   2050?", "Does anyone seriously believe our towns will ever recover?".
/// A question answered no, answered with evidence, or asked with no cue is open, and stays with the rules that leave
/// questions alone (RH1002 lowers or drops the large-stake end it asks about).
/// </summary>
internal static class WorstCaseQuestions
{
    private static readonly PhraseList Affirmations = WorstCasePredictions.Cues.Phrases("affirm");
    private static readonly FrozenWordSet BeliefCues = WorstCasePredictions.Cues.Words("believe-cue").ToFrozenWordSet();
    private static readonly FrozenWordSet BeliefVerbs = WorstCasePredictions.Cues.Words("believe-verb").ToFrozenWordSet();
    private static readonly FrozenWordSet Persistence = WorstCasePredictions.Cues.Words("persist").ToFrozenWordSet();
    private static readonly FrozenWordSet DoomNouns = WorstCasePredictions.Cues.Words("doom-noun").ToFrozenWordSet();

    /// <summary>Most words in an answer that only says yes ("Sadly, I fear it is.").</summary>
    private const int MaxAnswerWords = 6;

    /// <summary>The question's worst case: its start and end (the question mark included), or null.</summary>
    public static (int Start, int End)? In(DocumentModel document, Sentence sentence)
    {
        if (!document.IsQuestion(sentence)) return null;
        var tokens = document.Tokens;
        var first = sentence.FirstToken;
        while (first < sentence.EndToken && !tokens[first].IsWord) first++;
        if (first >= sentence.EndToken || !FunctionWords.Auxiliaries.Contains(tokens[first])) return null;
        var end = QuestionEnd(tokens, sentence);
        if (EndAnsweredYes(document, sentence, first)) return (first, end);
        return SurvivalDoubted(tokens, sentence, first) is int start ? (start, end) : null;
    }

    /// <summary>The end of the question, its mark included.</summary>
    private static int QuestionEnd(ImmutableArray<Token> tokens, Sentence sentence)
    {
        for (var k = sentence.EndToken - 1; k > sentence.FirstToken; k--)
            if (tokens[k].Text == "?") return k + 1;
        return sentence.EndToken;
    }

    /// <summary>
    /// "Is this the end of live theatre? Yes.": a yes/no question about the end of a kind of thing — a generic noun
    /// phrase, no article ("the end of local radio", "the death of cheap food") or a large one ("the end of the
    /// republic") — and a short yes in the next sentence of the paragraph. "the end of the season", "the end of his
    /// career" and "the end of Rovers" end one thing, not a kind.
    /// </summary>
    private static bool EndAnsweredYes(DocumentModel document, Sentence sentence, int first)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        var asksEnd = false;
        for (var k = first + 1; k + 2 < end && !asksEnd; k++)
        {
            if (!DoomNouns.Contains(tokens[k]) || tokens[k + 1].Norm != "of") continue;
            var kind = k + 2;
            var objectEnd = Catastrophes.ObjectEnd(tokens, sentence, kind);
            asksEnd = objectEnd > kind && (IsGeneric(tokens, kind, objectEnd) || Catastrophes.NamesLargeIn(document.Actors, tokens, kind, objectEnd))
                && !IsWorldIdiom(tokens, kind);
        }
        return asksEnd && IsAnsweredYes(document, sentence);
    }

    /// <summary>A noun phrase with no determiner, name or possessive: a kind ("live music", "local journalism").</summary>
    private static bool IsGeneric(ImmutableArray<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (tokens[k].Norm is "too" or "as" or "now" or "again" or "here") break;
            if (tokens[k].IsCapitalized || FunctionWords.Definite.Contains(tokens[k]) || FunctionWords.Possessive.Contains(tokens[k])
                || tokens[k].Norm is "a" or "an" || tokens[k].Norm.EndsWith("'s", StringComparison.Ordinal))
                return false;
        }
        return true;
    }

    /// <summary>"the end of the world" is an idiom of disappointment.</summary>
    private static bool IsWorldIdiom(ImmutableArray<Token> tokens, int kind) =>
        tokens[kind].Norm == "the" && kind + 1 < tokens.Length && tokens[kind + 1].Norm == "world";

    /// <summary>Whether the next sentence of the paragraph is a short yes with no figure and no denial.</summary>
    private static bool IsAnsweredYes(DocumentModel document, Sentence sentence)
    {
        var sentences = document.Syntax.Sentences;
        if (sentence.Index + 1 >= sentences.Length || sentences[sentence.Index + 1] is not { } answer || answer.ParagraphIndex != sentence.ParagraphIndex) return false;
        var tokens = document.Tokens;
        var first = answer.FirstToken;
        while (first < answer.EndToken && !tokens[first].IsWord) first++;
        var words = 0;
        for (var k = answer.FirstToken; k < answer.EndToken; k++)
        {
            // "Of course not.", "Yes and no": a figure or a denial is no plain yes.
            if (tokens[k].Kind == TokenKind.Number || Negation.IsWord(tokens[k].Norm, determiner: true)) return false;
            if (tokens[k].IsWord) words++;
        }
        return words <= MaxAnswerWords && Affirmations.LongestAt(tokens, first, answer.EndToken) > 0;
    }

    /// <summary>
    /// "Do you really think our grandchildren will still live here?", "Does anyone seriously believe the valley's
    /// farmers will ever recover?": an auxiliary, a subject, a cue of disbelief (or a rhetorical cue the mood reads), a
    /// verb of belief, and a clause whose subject is a collective — kin after a possessive, a class of people or a
    /// community, "we" — with "will still" or "will ever". Returns the start of that clause's subject.
    /// </summary>
    private static int? SurvivalDoubted(ImmutableArray<Token> tokens, Sentence sentence, int first)
    {
        var end = sentence.EndToken;
        var k = first + 1;
        if (k >= end || tokens[k].Norm is not ("you" or "anyone" or "anybody" or "we" or "they" or "people")) return null;
        k++;
        var cued = false;
        while (k < end && BeliefCues.Contains(tokens[k]))
        {
            cued = true;
            k++;
        }
        if (!cued || k >= end || !BeliefVerbs.Contains(tokens[k])) return null;
        k++;
        if (k < end && tokens[k].Norm == "that") k++;
        var subject = k;
        if (CollectiveSubjectEnd(tokens, sentence, subject) is not int modal || modal + 1 >= end) return null;
        if (tokens[modal].Norm is not ("will" or "would") || !Persistence.Contains(tokens[modal + 1])) return null;
        return subject;
    }

    /// <summary>"our grandchildren", "the town's children", "coastal villages", "we": the end of a collective subject at <paramref name="k"/>, or null.</summary>
    private static int? CollectiveSubjectEnd(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        var end = sentence.EndToken;
        if (k >= end) return null;
        if (tokens[k].Norm is "we") return k + 1;
        var possessed = FunctionWords.Possessive.Contains(tokens[k]);
        var j = possessed || tokens[k].Norm is "the" or "any" ? k + 1 : k;
        for (var head = j; head < end && head - j <= 2; head++)
        {
            if (possessed && Vocabulary.IsKinNoun(tokens[head])) return head + 1;
            if (Catastrophes.LongestAt(tokens, head, end, CatastropheClass.Victim) is { } victim) return victim.End;
            if (!tokens[head].IsWord || FunctionWords.Auxiliaries.Contains(tokens[head])) return null;
        }
        return null;
    }
}
