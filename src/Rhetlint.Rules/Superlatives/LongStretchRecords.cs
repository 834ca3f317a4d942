using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Superlatives;

/// <summary>
/// "Nobody in the sales team has opened a spreadsheet in a decade", "no one on the parish council has read a planning
/// report since school": a negative universal person in the active perfect, with an indefinite object (any case of
/// the thing) and an undated stretch of time, claims that not one member did it once in all that while — "ever" in
/// other words. A dated stretch ("since 1990", "since March") bounds a checkable record and is left alone, as are
/// a definite object ("has read the report") and a passive ("has been charged").
/// </summary>
internal static class LongStretchRecords
{
    /// <summary>Nouns of a long undated stretch after "in a" / "in": "in a decade", "in years", "in a generation".</summary>
    private static readonly HashSet<string> StretchNouns = new(StringComparer.Ordinal)
    {
        "decade", "decades", "years", "generation", "generations", "lifetime", "century", "ages", "memory",
    };

    /// <summary>The end of the participle of such a claim whose auxiliary is at <paramref name="auxiliary"/>, or null.</summary>
    public static int? End(ImmutableArray<Token> tokens, Sentence sentence, int auxiliary)
    {
        var limit = sentence.EndToken;
        var participle = auxiliary + 1;
        if (tokens[auxiliary].Norm is not ("has" or "have") || participle + 1 >= limit || !tokens[participle].IsWord || tokens[participle].Norm == "been"
            || !Participles.IsParticiple(tokens[participle].Norm) || tokens[participle + 1].Norm is not ("a" or "an" or "any")) return null;
        for (var k = participle + 2; k + 1 < limit && k - participle <= 8 && tokens[k].IsWord; k++)
            if (IsUndatedStretch(tokens, sentence, k)) return participle + 1;
        return null;
    }

    /// <summary>"in a decade", "in years", "in living memory", "since college": a stretch with no date or count.</summary>
    private static bool IsUndatedStretch(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        var limit = sentence.EndToken;
        string Norm(int index) => index < limit ? tokens[index].Norm : "";
        if (Norm(k) == "in")
        {
            var noun = Norm(k + 1) is "a" or "an" or "living" ? k + 2 : k + 1;
            return StretchNouns.Contains(Norm(noun));
        }
        // "since college", "since school": a stage of life, not a date; "since 1990", "since March", "since the vote" date it.
        return Norm(k) == "since" && k + 1 < limit && tokens[k + 1].IsWord && !tokens[k + 1].IsCapitalized
            && tokens[k + 1].Norm is "college" or "school" or "university" or "childhood" or "graduation" or "birth";
    }
}
