using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Superlatives;

/// <summary>
/// Advice whose course carries words of its own, read as <see cref="SuperlativeReadings.IsAdvice"/> and the "do" cleft
/// of <see cref="SuperlativeReadings.IsDiscourseFrame"/> read the plain forms. An infinitive with its own subject after
/// "for" ("the fastest way for patients to get a referral", "the cheapest way for a family to travel") names a course
/// as "the fastest way to reach" does. A pseudo-cleft whose "do" clause says for whom or about what ("the kindest thing a
/// landlord can do for tenants is fix the boiler", "the best thing a tenant can do about damp is to ventilate")
/// recommends the course after the copula as "… can do is cut fares" does. Only the superlative_readings advice heads
/// (way, thing, step, option …): "the safest city for women to live in" ranks a city, and "the best thing the board
/// did for riders was …" (a past choice) ranks what was done.
/// </summary>
internal static class AdvisedCourses
{
    private static readonly Lazy<FrozenSet<string>> AdviceHeads =
        new(() => TaggedLexicon.Load(RuleLexicons.Store, "superlative_readings").Words("advice-head"));

    private static readonly FrozenSet<string> Modals =
        new[] { "can", "could", "should", "would", "might", "may", "must" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Prepositions that open what a "do" clause is for or about: "do for riders", "do about damp".</summary>
    private static readonly FrozenSet<string> CourseComplements =
        new[] { "for", "about", "with", "to", "on", "in" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether the advice head at <paramref name="head"/> is followed by a course with its own subject or complement.</summary>
    public static bool IsAdvice(ImmutableArray<Token> tokens, Sentence sentence, int head) =>
        head < sentence.EndToken && AdviceHeads.Value.Contains(tokens[head].Norm)
        && (IsInfinitiveWithSubject(tokens, sentence, head) || IsDoCleftWithComplement(tokens, sentence, head));

    /// <summary>"way for patients to get": "for", a subject of up to five words, "to" and a bare verb.</summary>
    private static bool IsInfinitiveWithSubject(ImmutableArray<Token> tokens, Sentence sentence, int head)
    {
        if (sentence.NormAt(tokens, head + 1) != "for") return false;
        for (var k = head + 3; k < sentence.EndToken - 1 && k - head <= 7 && tokens[k - 1].IsWord; k++)
            if (tokens[k].Norm == "to") return SuperlativeReadings.IsBareVerb(tokens[k + 1]);
        return false;
    }

    /// <summary>
    /// "thing a landlord can do for tenants is fix": a clause of up to six words ending in a modal and "do", a
    /// complement of up to four words opened by a preposition, "is", and a bare verb or "to" and one.
    /// </summary>
    private static bool IsDoCleftWithComplement(ImmutableArray<Token> tokens, Sentence sentence, int head)
    {
        var k = head + 1;
        while (k < sentence.EndToken && k - head <= 6 && tokens[k].IsWord && !Modals.Contains(tokens[k].Norm)) k++;
        if (k >= sentence.EndToken || !Modals.Contains(tokens[k].Norm) || sentence.NormAt(tokens, k + 1) != "do") return false;
        var complement = k + 2;
        if (!CourseComplements.Contains(sentence.NormAt(tokens, complement))) return false;
        for (var copula = complement + 2; copula < sentence.EndToken - 1 && copula - complement <= 4 && tokens[copula - 1].IsWord; copula++)
        {
            if (tokens[copula].Norm != "is") continue;
            var next = copula + 1;
            if (tokens[next].Norm == "to") return next + 1 < sentence.EndToken && SuperlativeReadings.IsBareVerb(tokens[next + 1]);
            return SuperlativeReadings.IsBareVerb(tokens[next]);
        }
        return false;
    }
}
