using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Superlatives;

/// <summary>
/// "It was a historic night for the Rovers: their first league title since 1952", "The vote was historic: for the
/// first time, the council elected a mayor under 30", "Vale became the first woman to lead the party. That historic
/// moment …", "his historic election to a fourth term": an evaluative "historic" whose sentence, or a sentence next to
/// it in the paragraph, states the definite record that makes the event historic — a first bounded by a date or by
/// what it was first to do, "for the first time", or an ordinal of the holder's own beside it — names what the reader
/// can check, as "its sixth and most recent test" does. "A historic night for the town" with no record near it still
/// claims a place in history, and so does one beside "for the first time in history", itself an unbounded claim.
/// </summary>
internal static class HistoricRecords
{
    /// <summary>Words between "first" and what bounds it: "the first [female presidential nominee] to …".</summary>
    private const int MaxFirstHeadTokens = 4;

    /// <summary>Tokens after "historic" in which an ordinal of the holder's own may stand: "historic election to a fourth term".</summary>
    private const int OrdinalReach = 6;

    private static readonly FrozenWordSet Ordinals = new[]
        { "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth" }.ToFrozenWordSet();

    public static bool IsTiedToRecord(DocumentModel document, Sentence sentence, int historic)
    {
        var tokens = document.Tokens;
        for (var k = historic + 1; k < sentence.EndToken && k - historic <= OrdinalReach; k++)
            if (Ordinals.Contains(tokens[k]) && tokens[k - 1].Norm is "a" or "an" or "its" or "his" or "her" or "their" or "the") return true;
        var sentences = document.Syntax.Sentences;
        for (var index = sentence.Index - 1; index <= sentence.Index + 1; index++)
        {
            if (index < 0 || index >= sentences.Length || sentences[index].ParagraphIndex != sentence.ParagraphIndex) continue;
            if (StatesBoundedFirst(tokens, sentences[index])) return true;
        }
        return false;
    }

    /// <summary>"the first title since 1952", "the first woman to lead", "its first ever win", "for the first time" (not "in history").</summary>
    private static bool StatesBoundedFirst(ImmutableArray<Token> tokens, Sentence sentence)
    {
        for (var k = sentence.FirstToken + 1; k < sentence.EndToken; k++)
        {
            if (tokens[k].Norm != "first" || !(FunctionWords.Definite.Contains(tokens[k - 1]) || FunctionWords.Possessive.Contains(tokens[k - 1]))) continue;
            if (k + 1 < sentence.EndToken && tokens[k + 1].Norm == "time")
            {
                if (k >= sentence.FirstToken + 2 && tokens[k - 2].Norm == "for" && !IsInHistory(tokens, sentence, k + 2)) return true;
                continue;
            }
            for (var m = k + 1; m < sentence.EndToken && m - k <= MaxFirstHeadTokens + 1; m++)
            {
                if (!tokens[m].IsWord) break;
                if (tokens[m].Norm == "ever") return true;
                if (tokens[m].Norm == "since" && m + 1 < sentence.EndToken && (tokens[m + 1].IsYear || FunctionWords.Months.Contains(tokens[m + 1]))) return true;
                if (tokens[m].Norm == "to" && m > k + 1 && m + 1 < sentence.EndToken && tokens[m + 1].IsWord && !FunctionWords.Definite.Contains(tokens[m + 1])) return true;
            }
        }
        return false;
    }

    private static bool IsInHistory(ImmutableArray<Token> tokens, Sentence sentence, int k) =>
        k + 1 < sentence.EndToken && tokens[k].Norm == "in" && tokens[k + 1].Norm is "history" or "memory";
}
