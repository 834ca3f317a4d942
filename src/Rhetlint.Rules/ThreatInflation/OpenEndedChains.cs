using System.Collections.Immutable;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// A chain of targets whose last item is open or total: "First the meters, then whatever the regulator fancies", "the
/// choir goes: first music, then drama, then anything that does not fill a stadium". The open last item ("whatever",
/// "anything", "everything", "all the rest") is the claim that nothing stops the process, so it stands in for the
/// writer's frame of a trajectory that a closed list needs (<see cref="FramedTargetLists"/>), and two items are enough.
/// The list opens its sentence with "first" and runs to its end, or follows a colon and an optional "first"; the items
/// before the last are bare phrases with no verb, joined by "then". A menu shares the shape ("first the soup, then
/// whatever you fancy"), so a threat must be named within two sentences in the paragraph, or a trajectory frame beside
/// it, or a catastrophe in the clause the colon ends ("this is how a library dies: …"); times and dates are a schedule.
/// </summary>
internal static class OpenEndedChains
{
    /// <summary>Most words of a closed item: "the north reading room".</summary>
    private const int ClosedItemWords = 4;

    /// <summary>Most words of the open last item: "anything that a parent could complain about to the head".</summary>
    private const int OpenItemWords = 12;

    /// <summary>Sentences either side, within the paragraph, that may name the threat the chain runs from.</summary>
    private const int ThreatReach = 2;

    /// <summary>Words that open an item standing for everything left: free relatives, universal pronouns, "all the rest".</summary>
    private static readonly FrozenWordSet OpenHeads = new[]
    {
        "whatever", "whichever", "whoever", "anything", "everything", "anyone", "everyone", "anybody", "everybody",
    }.ToFrozenWordSet();

    /// <summary>Returns the range from the first item to the end of the open one, or null.</summary>
    public static (int, int)? Find(DocumentModel document, Sentence sentence)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        for (var k = sentence.FirstToken; k < end; k++)
            if (tokens[k].Kind == TokenKind.Number || HasDigit(tokens[k].Text)) return null;
        for (var k = sentence.FirstToken; k < end; k++)
        {
            if (Opening(tokens, sentence, k) is not int start) continue;
            var itemEnd = ClosedItem(tokens, start, end);
            if (itemEnd is null) continue;
            while (FramedTargetLists.Step(tokens, itemEnd.Value, end) is int next)
            {
                if (OpenItem(tokens, next, end) is int openEnd)
                    return ThreatNear(document, sentence) || TrajectoryFrames.Near(document, sentence) || AnnouncesCatastrophe(document, sentence, k) ? (start, openEnd) : null;
                if (ClosedItem(tokens, next, end) is not int nextEnd) break;
                itemEnd = nextEnd;
            }
        }
        return null;
    }

    /// <summary>The first item's start: after a sentence-opening "first", or after a colon and an optional "first".</summary>
    private static int? Opening(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        var end = sentence.EndToken;
        if (tokens[k].Text == ":" && k + 1 < end) return tokens[k + 1].Norm == "first" ? k + 2 : k + 1;
        return k == sentence.FirstToken && tokens[k].Norm == "first" && k + 1 < end ? k + 1 : null;
    }

    /// <summary>
    /// A closed item at <paramref name="start"/>: one to <see cref="ClosedItemWords"/> words with a common noun and no
    /// verb of its own ("fluoride", "the reading rooms"), ending at a comma or a semicolon. Returns its end.
    /// </summary>
    private static int? ClosedItem(ImmutableArray<Token> tokens, int start, int end)
    {
        var k = start;
        var common = false;
        while (k < end && k - start < ClosedItemWords && tokens[k].IsWord)
        {
            if (FunctionWords.Auxiliaries.Contains(tokens[k]) || FunctionWords.Copulas.Contains(tokens[k]) || OpenHeads.Contains(tokens[k])) return null;
            common |= !tokens[k].IsCapitalized && tokens[k].Norm is not ("the" or "a" or "an" or "our" or "your" or "their" or "its");
            k++;
        }
        return k > start && common && k < end && tokens[k].Text is "," or ";" ? k : null;
    }

    /// <summary>
    /// The open last item at <paramref name="start"/>: an open head ("whatever the next board wants", "anything that
    /// cannot be sold") or "all the rest", running to the sentence's end. Returns its end.
    /// </summary>
    private static int? OpenItem(ImmutableArray<Token> tokens, int start, int end)
    {
        var open = OpenHeads.Contains(tokens[start])
                   || start + 2 < end && tokens[start].Norm == "all" && tokens[start + 1].Norm == "the" && tokens[start + 2].Norm == "rest";
        if (!open || IsClauseSubject(tokens, start, end)) return null;
        var k = start;
        while (k < end && k - start < OpenItemWords && tokens[k].IsWord) k++;
        // The open item closes the sentence: "…, then whatever you fancy, the chef said" goes on to a frame of its own.
        return k >= end || tokens[k].Text is "." or "!" && k + 1 >= end ? k : null;
    }

    /// <summary>Words that open a relative clause after an open head ("anything that…", "everyone who…", "everything we love").</summary>
    private static readonly FrozenWordSet RelativeOpeners = new[]
    {
        "that", "which", "who", "whom", "whose", "i", "we", "you", "they", "he", "she", "it", "the", "a", "an", "our", "your", "their", "its",
    }.ToFrozenWordSet();

    /// <summary>
    /// "then everything loose will be blown about", "then everything else withered": a verb of its own before any relative
    /// clause (an auxiliary, or a past form ending the item) makes the open head the subject of a clause, and the chain a sequence of events told or forecast (a storm's
    /// course, a drought's), not a list of targets. "whatever" heads a free relative whose verb is never its own.
    /// </summary>
    private static bool IsClauseSubject(ImmutableArray<Token> tokens, int start, int end)
    {
        if (tokens[start].Norm is "whatever" or "whichever" or "whoever") return false;
        for (var k = start + 1; k < end && tokens[k].IsWord; k++)
        {
            // "anything the ministry wants" opens a relative clause; "everything loose on the quay" goes on to a place.
            if (RelativeOpeners.Contains(tokens[k]) && !FunctionWords.Prepositions.Contains(tokens[k - 1])) return false;
            if (FunctionWords.Auxiliaries.Contains(tokens[k]) || FunctionWords.Copulas.Contains(tokens[k])) return true;
            // A past form closing the item is an intransitive verb ("everything else withered"); inside it, a participle
            // may be a reduced relative ("anything connected with the arts").
            var last = k + 1 >= end || !tokens[k + 1].IsWord;
            if (last && (tokens[k].Norm.Length > 3 && tokens[k].Norm.EndsWith("ed", StringComparison.Ordinal) || Inflections.IsIrregularVerbForm(tokens[k].Norm)))
                return true;
        }
        return false;
    }

    /// <summary>
    /// "This is how a library dies: first …": the clause a colon ends announces the chain as a catastrophe, a verb of
    /// dying or collapse said of its subject, or a catastrophe noun.
    /// </summary>
    private static bool AnnouncesCatastrophe(DocumentModel document, Sentence sentence, int colon)
    {
        var tokens = document.Tokens;
        if (tokens[colon].Text != ":") return false;
        for (var k = sentence.FirstToken; k < colon; k++)
            if (Catastrophes.ThirdPersonAt(tokens, k, colon, CatastropheClass.VerbSubj) is not null || Catastrophes.OutcomeAt(document.Actors, tokens, sentence, k) is int outcome && outcome <= colon)
                return true;
        return false;
    }

    private static bool ThreatNear(DocumentModel document, Sentence sentence)
    {
        foreach (var near in document.Syntax.SentencesAround(sentence, ThreatReach))
            if (ThreatReferents.InSentence(document.Actors, document.Tokens, near)) return true;
        return false;
    }

    private static bool HasDigit(string text)
    {
        foreach (var c in text)
            if (char.IsDigit(c)) return true;
        return false;
    }
}
