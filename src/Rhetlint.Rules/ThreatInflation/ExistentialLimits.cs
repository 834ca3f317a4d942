using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// What makes a negated existential (<see cref="NegatedExistentials"/>, review 48a) something other than total loss,
/// anywhere in the clause after its set: the sentence says why or what comes next (<see
/// cref="UniversalStakeChanges.GivesAReason"/>: "because the bank is merging them", "which is booked solid", "as the
/// electric ones arrive"), the set moves (<see cref="RelocationPlans"/>: a place left for a new one, "in the old
/// infirmary; patients move to the new hospital"), the state is bounded to a period however far after it ("open on the bypass at night", "affordable in
/// Edinburgh during the festival"), or a negated restriction turns "not a single one" into "every one" ("a single store
/// that doesn't stock it", "a single home without broadband").
/// </summary>
internal static class ExistentialLimits
{
    /// <summary>Words that bound a state to a period wherever they stand in its clause: "while it is resurfaced", "during the festival".</summary>
    private static readonly FrozenWordSet PeriodBounds = new[] { "while", "whilst", "during", "until", "till" }.ToFrozenWordSet();

    /// <summary>The relative words that open a restriction on the set: "a single store that doesn't stock it".</summary>
    private static readonly FrozenWordSet Relatives = new[] { "that", "who", "which", "where" }.ToFrozenWordSet();

    /// <summary>
    /// Whether the reading whose set starts at <paramref name="set"/> and whose state ends at <paramref name="end"/> is
    /// limited: a reason, a move or a next step after the state, a period bound in its clause, or a negated restriction.
    /// </summary>
    public static bool AnyAfter(ImmutableArray<Token> tokens, Sentence sentence, int set, int end)
    {
        if (UniversalStakeChanges.GivesAReason(tokens, sentence, end) || RelocationPlans.NextStepAfter(tokens, sentence, end)) return true;
        var clauseEnd = ClauseEnd(tokens, sentence, set);
        // "in the old infirmary; patients move to the new hospital": a place left for one named, not "the old market town".
        if (RelocationPlans.IsMove(tokens, sentence, set, sentence.EndToken) && RelocationPlans.NamesSuccessor(tokens, sentence, end)) return true;
        for (var k = set; k < clauseEnd; k++)
        {
            if (k >= end && PeriodBounds.Contains(tokens[k])) return true;
            if (k >= end && tokens[k].Norm is "at" or "on" && k + 1 < clauseEnd && NegatedExistentials.IsTime(tokens[k + 1])) return true;
            if (IsNegatedRestriction(tokens, sentence, k)) return true;
        }
        return false;
    }

    /// <summary>"that doesn't", "who isn't", "which never", or "without": a restriction whose negation makes the whole set hold.</summary>
    private static bool IsNegatedRestriction(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        if (tokens[k].Norm == "without") return true;
        if (!Relatives.Contains(tokens[k])) return false;
        for (var j = k + 1; j < sentence.EndToken && j - k <= 2 && tokens[j].IsWord; j++)
            if (Negation.IsWord(tokens[j].Norm)) return true;
        return false;
    }

    /// <summary>The end of the clause from <paramref name="k"/>: the first ",", ";", ":" or dash, or the sentence's end.</summary>
    private static int ClauseEnd(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        for (; k < sentence.EndToken; k++)
            if (tokens[k].Text is "," or ";" or ":" || tokens[k].Kind == TokenKind.Dash) return k;
        return sentence.EndToken;
    }
}
