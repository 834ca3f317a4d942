using System.Collections.Immutable;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// A preposed condition that no comma closes: "if these apps carry on unchecked a whole generation will never read a novel",
/// "if the bypass goes ahead the high street will be a ghost town". An "if" or "unless" clause needs a main clause, and with no
/// comma, "then" or other boundary from the conjunction to the sentence's end, and no modal after this one, the last
/// modal of the sentence is the main clause's, not the condition's — the forecast is asserted on the condition, as it is
/// after a comma. A modal right after the condition's subject ("if the plant will close") is still the condition's own,
/// and an "if" after a verb ("I wonder if the town will survive") is an indirect question, not a condition.
/// </summary>
internal static class UnpunctuatedConditions
{
    /// <summary>Fewest words between the conjunction and the modal: the condition's subject and verb, and the main clause's subject.</summary>
    private const int ClauseWords = 3;

    /// <summary>Whether the modal at <paramref name="modal"/> heads the main clause after the preposed condition opened at <paramref name="conjunction"/>.</summary>
    public static bool IsMainClauseModal(ImmutableArray<Token> tokens, Sentence sentence, int conjunction, int modal)
    {
        if (!IsPreposed(tokens, sentence, conjunction) || modal - conjunction <= ClauseWords) return false;
        for (var k = conjunction + 1; k < sentence.EndToken; k++)
        {
            if (tokens[k].Text is "," or ";" or ":" || tokens[k].Kind == TokenKind.Dash || tokens[k].Norm is "then" or "that") return false;
            if (k != modal && WorstCasePredictions.ModalEnd(tokens, sentence, k) is not null) return false;
        }
        return true;
    }

    /// <summary>The conjunction opens its sentence, or its clause after "and", "but", "so" or "because" (", and if …").</summary>
    private static bool IsPreposed(ImmutableArray<Token> tokens, Sentence sentence, int conjunction) =>
        conjunction == sentence.FirstToken
        || tokens[conjunction - 1].Norm is "and" or "but" or "so" or "because" && (conjunction - 1 == sentence.FirstToken || tokens[conjunction - 2].Text == ",");
}
