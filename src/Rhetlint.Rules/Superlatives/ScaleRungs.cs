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
        if (sentence.NormAt(tokens, head + 1) == "there") return sentence.NormAt(tokens, head + 2) is "is" or "are";
        // "level 4, the highest alert level in Europe": a scope after the head compares the rung with other places' rungs,
        // a rank of the world; so does a clause after it ("the lowest rating I have seen").
        if (head + 1 < sentence.EndToken && tokens[head + 1].IsWord) return false;
        return NumbersRung(tokens, sentence, head);
    }

    /// <summary>"level 4", "grade II", "band D": the rung noun before a number or a capital letter or numeral names a rung of the ladder.</summary>
    private static bool NumbersRung(ImmutableArray<Token> tokens, Sentence sentence, int head)
    {
        var rung = tokens[head].Norm;
        for (var k = sentence.FirstToken; k + 1 < sentence.EndToken; k++)
        {
            // The phrase's own head names no rung: "the lowest rating I have seen" is the pronoun, not grade I.
            if (k == head || tokens[k].Norm != rung) continue;
            var next = tokens[k + 1];
            if (next.Kind == TokenKind.Number || next.IsWord && next.Text.Length <= 4 && next.Text.All(char.IsUpper)) return true;
        }
        return false;
    }
}
