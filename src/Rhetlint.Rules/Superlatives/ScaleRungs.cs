using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Superlatives;

/// <summary>
/// "a biosafety level 4 lab, the highest containment level there is", "at alert level 3, the highest alert level": the
/// top or bottom of a ladder someone defines is a rung, a fact the reader can look up, not a rank the writer claims
/// among things in the world. The head is a singular noun of a position on a scale (<c>scale_rungs_wordnet.txt</c>),
/// graded by "highest" or "lowest" (the two adjectives of place on a vertical scale, a closed pair), and the text
/// defines the ladder: "there is" or "there are" closes the phrase (the end of the whole scale), or the sentence
/// numbers a rung of the same noun ("level 4", "grade II"). A plural or an "of" after the head is an amount ("the highest
/// pollution levels in Europe", "the highest level of crime") and still ranks, as does a rung with no ladder in sight.
/// </summary>
internal static class ScaleRungs
{
    private static readonly Lazy<FrozenSet<string>> Rungs = new(() =>
        TaggedLexicon.Load(RuleLexicons.Store, "scale_rungs_wordnet").Words("rung"));

    /// <summary>Whether the superlative at <paramref name="degree"/>, whose phrase ends at <paramref name="end"/>, names the end rung of a defined scale.</summary>
    public static bool IsEndRung(ImmutableArray<Token> tokens, Sentence sentence, int degree, int end)
    {
        if (tokens[degree].Norm is not ("highest" or "lowest")) return false;
        // The phrase may have run over "there" ("the highest containment level there | is"): the head is before it.
        var head = sentence.NormAt(tokens, end - 1) == "there" ? end - 2 : end - 1;
        if (head <= degree || !Rungs.Value.Contains(tokens[head].Norm) || sentence.NormAt(tokens, head + 1) == "of") return false;
        return sentence.NormAt(tokens, head + 1) == "there" && sentence.NormAt(tokens, head + 2) is "is" or "are"
            || NumbersRung(tokens, sentence, tokens[head].Norm);
    }

    /// <summary>"level 4", "grade II", "band D": the rung noun before a number or a capital letter or numeral names a rung of the ladder.</summary>
    private static bool NumbersRung(ImmutableArray<Token> tokens, Sentence sentence, string rung)
    {
        for (var k = sentence.FirstToken; k + 1 < sentence.EndToken; k++)
        {
            if (tokens[k].Norm != rung) continue;
            var next = tokens[k + 1];
            if (next.Kind == TokenKind.Number || next.IsWord && next.Text.Length <= 4 && next.Text.All(char.IsUpper)) return true;
        }
        return false;
    }
}
