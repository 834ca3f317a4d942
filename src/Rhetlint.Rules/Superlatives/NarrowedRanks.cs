using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Superlatives;

/// <summary>
/// "Fuel is the biggest single piece but not the largest share", "the busiest port but not the richest": a rank the
/// writer narrows at once with a denied rank on another measure. The contrast takes the claim apart into what holds and
/// what does not, the opposite of puffery, and the measure it keeps is the one the text goes on to show. "but not" must
/// follow the phrase or its short scope ("on the coast") and a superlative must come within two words of it ("the",
/// "the single"). Both ranks must be on a measured dimension ("biggest", "largest", "busiest": Vocabulary.IsMeasurableDegree):
/// denying a second judgement ("the most corrupt council but not the most incompetent") does not support the first.
/// </summary>
internal static class NarrowedRanks
{
    /// <summary>Words a scope between the phrase and "but not" may hold: "on the coast" (3), "of a typical bill" (4).</summary>
    private const int ScopeReach = 4;

    public static bool IsNarrowed(ImmutableArray<Token> tokens, Sentence sentence, int degree, int end)
    {
        if (!Vocabulary.IsMeasurableDegree(tokens[degree])) return false;
        // "the busiest port on the coast but not the richest": the scope belongs to both ranks.
        if (end < sentence.EndToken && FunctionWords.Prepositions.Contains(tokens[end]))
            for (var k = end + 1; k < sentence.EndToken && k - end <= ScopeReach; k++)
            {
                // "on the coast but not", "on the coast, but not": the scope ends at "but" or at a comma before it.
                if (tokens[k].Norm == "but" || tokens[k].Text == "," && sentence.NormAt(tokens, k + 1) == "but")
                {
                    end = k;
                    break;
                }
                if (!tokens[k].IsWord) break;
            }
        // "the busiest port, but not the richest": a comma may set the denial off.
        if (end < sentence.EndToken && tokens[end].Text == "," && sentence.NormAt(tokens, end + 1) == "but") end++;
        if (sentence.NormAt(tokens, end) != "but" || sentence.NormAt(tokens, end + 1) != "not") return false;
        for (var k = end + 2; k < sentence.EndToken && k - (end + 2) <= 2; k++)
            if (AdjectiveForms.IsSuperlative(tokens[k])) return Vocabulary.IsMeasurableDegree(tokens[k]);
            else if (tokens[k].Norm is "most" or "least") return k + 1 < sentence.EndToken && Vocabulary.IsMeasurableDegree(tokens[k + 1]);
        return false;
    }
}
