using System.Collections.Immutable;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// A list of targets taken in turn beside the writer's claim that the process runs on (<see cref="TrajectoryFrames"/>):
/// "The trust won't stop at the reading rooms. Next it's the mobile library, then the archive, and then a county with no
/// public books at all." The list opens its sentence with "first" or "next", or follows a colon; each item is a bare
/// phrase, or a phrase presented by a dummy "it's" ("first it's a fee for the car park, then it's a charge for the
/// footpath"), and the items are joined by "then". The shape alone is an agenda or an itinerary ("first the hymns, then
/// the readings, then the sermon"); the frame is what makes it a domino. A list may close its sentence or hand on to a
/// clause after ", and" ("…, then the Saturday market, and by spring the town is a row of empty squares").
/// </summary>
internal static class FramedTargetLists
{
    /// <summary>Most words of one target: "the Saturday market on Quay Lane", "a ticket to walk your own dog".</summary>
    private const int MaxItemWords = 8;

    /// <summary>Returns the range from the first target to the last, or null.</summary>
    public static (int, int)? Find(DocumentModel document, Sentence sentence)
    {
        var tokens = document.Tokens;
        var end = sentence.EndToken;
        for (var k = sentence.FirstToken; k < end; k++)
            if (tokens[k].Kind == TokenKind.Number || HasDigit(tokens[k].Text)) return null;
        for (var k = sentence.FirstToken; k < end; k++)
        {
            if (Opening(tokens, sentence, k) is not int start || Item(tokens, start, end) is not int itemEnd) continue;
            var first = DummyEnd(tokens, start, end);
            var items = 1;
            var common = HasCommonNoun(tokens, first, itemEnd);
            while (Step(tokens, itemEnd, end) is int next && Item(tokens, next, end) is int nextEnd)
            {
                common |= HasCommonNoun(tokens, DummyEnd(tokens, next, end), nextEnd);
                (itemEnd, items) = (nextEnd, items + 1);
            }
            if (items < 3 || !common || !ClosesOrHandsOn(tokens, itemEnd, end)) continue;
            return TrajectoryFrames.Near(document, sentence) ? (first, itemEnd) : null;
        }
        return null;
    }

    /// <summary>The first target's start: after a sentence-opening "first" or "next", or after a colon and an optional "first"/"next".</summary>
    private static int? Opening(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        var end = sentence.EndToken;
        if (tokens[k].Text == ":" && k + 1 < end)
            return tokens[k + 1].Norm is "first" or "next" ? k + 2 : k + 1;
        return k == sentence.FirstToken && tokens[k].Norm is "first" or "next" && k + 1 < end ? k + 1 : null;
    }

    /// <summary>After ", then", ", and then" or "; then" at <paramref name="k"/>, the next item's start; otherwise null.</summary>
    internal static int? Step(ImmutableArray<Token> tokens, int k, int end)
    {
        if (k >= end || tokens[k].Text is not ("," or ";")) return null;
        k++;
        if (k < end && tokens[k].Norm == "and") k++;
        return k + 1 < end && tokens[k].Norm == "then" ? k + 1 : null;
    }

    /// <summary>
    /// A target at <paramref name="start"/>: a determiner phrase ("the libraries", "an election in name only"), or any
    /// phrase after a dummy "it's"/"it is" ("it's a charge for the footpath"), with no verb of its own. Returns its end.
    /// </summary>
    private static int? Item(ImmutableArray<Token> tokens, int start, int end)
    {
        var head = DummyEnd(tokens, start, end);
        if (head >= end || head == start && !IsDeterminer(tokens[head])) return null;
        var k = head;
        while (k < end && k - head < MaxItemWords && tokens[k].IsWord)
        {
            if (FunctionWords.Auxiliaries.Contains(tokens[k]) || FunctionWords.Copulas.Contains(tokens[k])) return null;
            k++;
        }
        return k > head && (k >= end || !tokens[k].IsWord) ? k : null;
    }

    /// <summary>The index after a dummy "it's" or "it is" at <paramref name="k"/>, or <paramref name="k"/>.</summary>
    private static int DummyEnd(ImmutableArray<Token> tokens, int k, int end)
    {
        if (k < end && tokens[k].Norm == "it's") return k + 1;
        return k + 1 < end && tokens[k].Norm == "it" && tokens[k + 1].Norm == "is" ? k + 2 : k;
    }

    /// <summary>The list ends its sentence, or hands on to a clause after ", and" (the end point it runs to).</summary>
    private static bool ClosesOrHandsOn(ImmutableArray<Token> tokens, int k, int end) =>
        k >= end || tokens[k].Text is "." or "!" || tokens[k].Text == "," && k + 1 < end && tokens[k + 1].Norm == "and";

    private static bool IsDeterminer(Token token) => token.Norm is "the" or "our" or "your" or "their" or "its" or "every" or "all" or "a" or "an";

    private static bool HasCommonNoun(ImmutableArray<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (tokens[k].IsWord && !tokens[k].IsCapitalized && !IsDeterminer(tokens[k])) return true;
        return false;
    }

    private static bool HasDigit(string text)
    {
        foreach (var c in text)
            if (char.IsDigit(c)) return true;
        return false;
    }
}
