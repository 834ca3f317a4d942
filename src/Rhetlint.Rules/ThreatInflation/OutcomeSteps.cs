using System.Collections.Immutable;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// One catastrophe stepping to the next: "we are in a border war by Friday, then a regional war by the weekend", "an
/// outbreak by autumn, and then an epidemic". RH1006's step chains count two step markers before the end; here one ",
/// then" joins a threat or a catastrophe to a catastrophe (<see cref="Catastrophes.OutcomeAt"/>), so the first link is
/// already a harm and the second grows it. The chain must be told of the present or the future (a modal, a present copula or
/// auxiliary): "the skirmish became a border war, then a world war" is history. Any figure makes it a report or a
/// schedule.
/// </summary>
internal static class OutcomeSteps
{
    /// <summary>How far before ", then" the first catastrophe may start: "a shooting war by breakfast".</summary>
    private const int FirstReach = 8;

    /// <summary>How far after "then" the second catastrophe may start: "then almost certainly a regional war".</summary>
    private const int SecondReach = 4;

    /// <summary>Returns the range from the first catastrophe to the end of the second, or null.</summary>
    public static (int, int)? Find(DocumentModel document, Sentence sentence)
    {
        var tokens = document.Tokens;
        var actors = document.Actors;
        var end = sentence.EndToken;
        var present = false;
        for (var k = sentence.FirstToken; k < end; k++)
        {
            if (tokens[k].Kind == TokenKind.Number || HasDigit(tokens[k].Text)) return null;
            present |= IsPresentOrModal(tokens[k]);
        }
        if (!present) return null;
        for (var then = sentence.FirstToken + 2; then < end; then++)
        {
            if (tokens[then].Norm != "then") continue;
            var comma = tokens[then - 1].Norm == "and" ? then - 2 : then - 1;
            if (comma < sentence.FirstToken || tokens[comma].Text != ",") continue;
            int? first = null;
            for (var k = comma - 1; k >= sentence.FirstToken && comma - k <= FirstReach && tokens[k].IsWord; k--)
                if ((Catastrophes.OutcomeAt(actors, tokens, sentence, k) ?? ThreatNounEnd(tokens, k, comma)) is int outcomeEnd && outcomeEnd <= comma) first = k;
            if (first is not int start) continue;
            for (var k = then + 1; k < end && k - then <= SecondReach && tokens[k].IsWord; k++)
                if (Catastrophes.OutcomeAt(actors, tokens, sentence, k) is int second) return (start, second);
        }
        return null;
    }

    /// <summary>The end of a threat noun at <paramref name="k"/> ("an outbreak", "a drought"), a first step that may grow into a catastrophe.</summary>
    private static int? ThreatNounEnd(ImmutableArray<Token> tokens, int k, int limit)
    {
        var head = k < limit && tokens[k].Norm is "a" or "an" ? k + 1 : k;
        return ThreatReferents.NounAt(tokens, head, limit) is { Length: var length } ? head + length : null;
    }

    private static bool IsPresentOrModal(Token token) =>
        token.Norm is "will" or "would" or "could" or "may" or "might" or "can" or "is" or "are" or "am"
        || token.Norm.EndsWith("'ll", StringComparison.Ordinal) || token.Norm.EndsWith("'re", StringComparison.Ordinal);

    private static bool HasDigit(string text)
    {
        foreach (var c in text)
            if (char.IsDigit(c)) return true;
        return false;
    }
}
