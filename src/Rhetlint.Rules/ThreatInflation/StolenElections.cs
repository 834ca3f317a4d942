using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// An election forecast as stolen or rigged (issue 16): "the mayoral election will be stolen", "deepfakes will rig
/// the referendum". A contest lost is sport's or a candidate's ordinary news, which the dire forecast's contest gate
/// keeps out ("we will lose the election"); a theft of the vote itself (dire_forecasts.txt's theft: steal.v.01, rig.v.01)
/// is the loss of a democracy's means of choosing, a worst case by itself. The election is a head of WordNet's
/// election.n.01 tree or referendum.n.01 (dire_forecasts.txt's election), the subject of the passive or the object of the
/// active after a certainty modal. Sport's thefts ("Rovers will steal the points", "steal the show") have no election;
/// a hedge keeps it a possibility, and RH1003 applies voice, negation, conditions and evidence as for its other worst
/// cases, so a claim someone reports ("the candidate says the election will be rigged") is theirs.
/// </summary>
internal static class StolenElections
{
    /// <summary>Every form of the verbs of theft; the base after the modal, a participle after "be".</summary>
    private static readonly Lazy<FrozenSet<string>> Thefts = new(() => DireForecasts.Lexicon.Entries("theft").Where(words => words.Length == 1)
        .SelectMany(words => Inflections.VerbForms(words[0])).ToFrozenSet(StringComparer.Ordinal));

    private static readonly Lazy<FrozenWordSet> TheftLemmas = new(() => DireForecasts.Lexicon.Entries("theft").Where(words => words.Length == 1)
        .Select(words => words[0]).ToFrozenWordSet());

    /// <summary>The one-word heads of an election, in their noun forms ("election", "elections", "referendum").</summary>
    private static readonly Lazy<FrozenWordSet> Elections = new(() => DireForecasts.Lexicon.Entries("election").Where(words => words.Length == 1)
        .SelectMany(words => Inflections.NounForms(words[0])).ToFrozenWordSet());

    /// <summary>The stolen election whose certainty modal is at <paramref name="i"/>, or null.</summary>
    public static WorstCasePredictions.Prediction? At(DocumentModel document, ImmutableArray<Token> tokens, Sentence sentence, int i)
    {
        if (WorstCasePredictions.ModalEnd(tokens, sentence, i) is not int k) return null;
        var hedged = false;
        for (; k < sentence.EndToken && DireForecasts.Adverbs.Contains(tokens[k].Norm); k++)
            hedged |= DireForecasts.Hedges.Contains(tokens[k].Norm);
        if (k >= sentence.EndToken) return null;
        // "the mayoral election will be stolen": the election heads the subject, the theft is its passive.
        if (tokens[k].Norm == "be" && k + 1 < sentence.EndToken && IsParticiple(tokens[k + 1].Norm) && i > sentence.FirstToken && Elections.Value.Contains(tokens[i - 1]))
            return new WorstCasePredictions.Prediction(Catastrophes.SubjectStart(tokens, sentence, i), k, k + 2, hedged);
        // "cheap fakes will steal the mayoral election": the election heads the object, before its first preposition.
        if (!TheftLemmas.Value.Contains(tokens[k])) return null;
        var end = Catastrophes.ObjectEnd(tokens, sentence, k + 1);
        var head = end - 1;
        for (var j = k + 2; j < end; j++)
            if (FunctionWords.Prepositions.Contains(tokens[j])) { head = j - 1; break; }
        return head > k && Elections.Value.Contains(tokens[head]) ? new WorstCasePredictions.Prediction(i, k, head + 1, hedged) : null;
    }

    /// <summary>A past participle of a theft verb: a form that is neither the base, the third person nor the -ing form.</summary>
    private static bool IsParticiple(string norm) =>
        Thefts.Value.Contains(norm) && !TheftLemmas.Value.Contains(norm) && !norm.EndsWith("ing", StringComparison.Ordinal) && !norm.EndsWith('s');
}
