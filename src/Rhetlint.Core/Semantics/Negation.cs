using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Semantics;

/// <summary>
/// The one reading of the words that negate a predicate, for readers that look at a fixed position ("will not
/// survive", "isn't this …?") rather than at a clause's scope (<see cref="DocumentModel.IsNegated"/>). Every form is
/// a single-word cue of negation_cues.txt. Readers differ in reach — whether "no" or "nobody" counts, whether a bare
/// "n't" does — and the reach is a named argument, so a reader that asks less says so.
/// </summary>
public static class Negation
{
    /// <summary>
    /// "not", "never": the adverbs that negate the verb after an auxiliary. <paramref name="clitic"/> also accepts a bare
    /// "n't", the token a space splits off ("do n't").
    /// </summary>
    public static bool IsAdverb(string norm, bool clitic = false) => norm is "not" or "never" || clitic && norm == "n't";

    /// <summary>"won't", "isn't", "mightn't", a bare "n't": a word negated by its contraction.</summary>
    public static bool IsContraction(string norm) => norm.EndsWith("n't", StringComparison.Ordinal);

    /// <summary>"cannot", "can't", "don't", "won't": an auxiliary and its negation in one token.</summary>
    public static bool IsNegatedAuxiliary(string norm) => norm == "cannot" || IsContraction(norm);

    /// <summary>
    /// A word that negates its clause: "not", "never", a contraction in n't. <paramref name="determiner"/> adds "no"
    /// ("no one"), <paramref name="pronouns"/> adds "nobody" and "nothing".
    /// </summary>
    public static bool IsWord(string norm, bool determiner = false, bool pronouns = false) =>
        IsAdverb(norm) || IsContraction(norm) || determiner && norm == "no" || pronouns && norm is "nobody" or "nothing";

    /// <summary>
    /// "will not", "can never": one of <paramref name="auxiliaries"/> at <paramref name="i"/> followed by "not" or
    /// "never" before <paramref name="end"/>; the index after the negation, or null. A one-token negated auxiliary
    /// ("won't") is the caller's to read, since readers accept different ones.
    /// </summary>
    public static int? AfterAuxiliary(ImmutableArray<Token> tokens, int i, int end, FrozenSet<string> auxiliaries) =>
        i + 1 < end && auxiliaries.Contains(tokens[i].Norm) && IsAdverb(tokens[i + 1].Norm) ? i + 2 : null;
}
