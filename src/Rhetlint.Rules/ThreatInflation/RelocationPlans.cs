using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// A whole set's change of state that is a move, not a loss (<see cref="UniversalStakeChanges"/>, review 47): the set
/// leaves a place the sentence marks as being replaced ("everyone will be out of the old office by June"), stays away
/// for a counted span ("the whole squad will be out of the country for a month"), or is emptied for the next step of a
/// plan, which a coordinated clause names ("the hall will be empty and the crews will move in", "every branch will be
/// shut and staff will work from the new hub") or a coordinated re- participle does ("out of the building and rehoused
/// in the tower"). A loss has none of these: "every tenant will be out of their homes",
/// "every clinic will be closed and patients will have nowhere to go".
/// </summary>
internal static class RelocationPlans
{
    /// <summary>The modifiers that mark a place as the one being left for another: "the old office", "its former site".</summary>
    private static readonly FrozenWordSet Superseded = new[] { "old", "former" }.ToFrozenWordSet();

    /// <summary>The modifiers that mark a place as the one moved to: "the new hub", "a temporary site".</summary>
    private static readonly FrozenWordSet Successors = new[] { "new", "temporary", "interim", "replacement" }.ToFrozenWordSet();

    /// <summary>Whether the place from <paramref name="from"/> to <paramref name="to"/> is one being left ("the old office") or the stay is counted ("the country for a month").</summary>
    public static bool IsMove(ImmutableArray<Token> tokens, Sentence sentence, int from, int to)
    {
        for (var k = from; k < to && k < sentence.EndToken; k++)
        {
            if (Superseded.Contains(tokens[k])) return true;
            if (tokens[k].Norm == "for" && IsCountedSpan(tokens, sentence, k + 1)) return true;
        }
        return to < sentence.EndToken && tokens[to].Norm == "for" && IsCountedSpan(tokens, sentence, to + 1);
    }

    /// <summary>Whether a place moved to is named from <paramref name="from"/> to the sentence's end: "the new hospital", "a temporary site".</summary>
    public static bool NamesSuccessor(ImmutableArray<Token> tokens, Sentence sentence, int from)
    {
        for (var k = from; k < sentence.EndToken; k++)
            if (Successors.Contains(tokens[k])) return true;
        return false;
    }

    /// <summary>"a month", "two years", "a fortnight": one or a count of a unit of time.</summary>
    private static bool IsCountedSpan(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        string Norm(int j) => sentence.NormAt(tokens, j);
        var count = Norm(k) is "a" or "an" || k < sentence.EndToken && (tokens[k].Kind == TokenKind.Number || FunctionWords.IsCardinal(Norm(k)));
        return count && (TimeScale.IsUnit(Norm(k + 1)) || Norm(k + 1) == "fortnight");
    }

    /// <summary>
    /// Whether a clause coordinated after the state at <paramref name="from"/> ("and the crews will move in", "and staff
    /// will work from the new hub") is the plan's next step: a modal whose predicate names a place moved to, or ends in
    /// the particle "in" ("move in").
    /// </summary>
    public static bool NextStepAfter(ImmutableArray<Token> tokens, Sentence sentence, int from)
    {
        string Norm(int j) => sentence.NormAt(tokens, j);
        var k = from;
        if (k < sentence.EndToken && tokens[k].Text == ",") k++;
        if (Norm(k) != "and") return false;
        if (IsPlacedAgain(tokens, sentence, k + 1)) return true;
        var modal = k + 1;
        while (modal < sentence.EndToken && modal - k <= 4 && tokens[modal].IsWord && WorstCasePredictions.ModalEnd(tokens, sentence, modal) is null) modal++;
        if (modal == k + 1 || WorstCasePredictions.ModalEnd(tokens, sentence, modal) is not int verb || Norm(verb) is "be" or "have" or "not" or "never") return false;
        for (var j = verb + 1; j < sentence.EndToken && j - verb <= 6 && tokens[j].IsWord; j++)
        {
            if (Successors.Contains(Norm(j))) return true;
            if (Norm(j) == "in" && (j + 1 == sentence.EndToken || !tokens[j + 1].IsWord || FunctionWords.Prepositions.Contains(tokens[j + 1]))) return true;
        }
        return false;
    }

    /// <summary>
    /// A participle sharing the first clause's modal that puts the set somewhere anew: a re- verb ("rehoused",
    /// "relocated", "resettled": "re" before a word of its own) then "in", "into", "to" or "at" ("out of the building
    /// and rehoused in the tower on Mill Road"); "reduced" is no re- verb, since "duced" is no word.
    /// </summary>
    private static bool IsPlacedAgain(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        var word = sentence.NormAt(tokens, k);
        if (word.Length < 7 || !word.StartsWith("re", StringComparison.Ordinal) || !word.EndsWith("ed", StringComparison.Ordinal)) return false;
        return Vocabulary.IsCommonWord(word[2..]) && sentence.NormAt(tokens, k + 1) is "in" or "into" or "to" or "at";
    }
}
