using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// Which deadlines date a certainty as a worst case (review49a): a horizon a year or more away, or one set by the measure
/// under argument. A short deadline tied to the calendar or to an event — a season, a holiday, a weekday, "by dawn", "by
/// the end of the night/match/sale/month/year", "by the time the doors open" — dates a job, a fixture or an evening in
/// news ("by spring the road crews will resurface every street", "by the end of the match no one in the crowd will have
/// a voice left"); every right finding the reviewer counted had a long or a political deadline.
/// </summary>
internal static class DatedHorizons
{
    /// <summary>Eras and terms of office a deadline may count in besides the time units of a year or more.</summary>
    private static readonly FrozenSet<string> Eras = FrozenSet.ToFrozenSet(
        ["parliament", "parliaments", "term", "terms", "lifetime", "lifetimes", "generation", "generations", "era"], StringComparer.Ordinal);

    /// <summary>Terms of office (WordNet's term_of_office.n.01 and a parliament's life): what a campaign's "would" is counted in.</summary>
    private static readonly FrozenSet<string> TermsOfOffice = FrozenSet.ToFrozenSet(["parliament", "term", "tenure", "administration", "presidency"], StringComparer.Ordinal);

    /// <summary>
    /// Whether the deadline [<paramref name="deadline"/>) is a long horizon: a year in digits ("by 2030"), a span of a year
    /// or more ("within five years", "within a single parliament"), the end of a decade, a parliament or next year,
    /// "before the decade is out", "in our lifetime", or an event named with a demonstrative, the measure argued about
    /// ("by the time this bill passes", "the moment this merger closes"; not "by the time the guests arrive").
    /// </summary>
    public static bool IsLong(ImmutableArray<Token> tokens, Sentence sentence, (int Start, int End) deadline)
    {
        string Norm(int j) => sentence.NormAt(tokens, j);
        for (var k = deadline.Start; k < deadline.End; k++)
            if (tokens[k].IsYear) return true;
        var (start, end) = deadline;
        var last = Norm(end - 1);
        if (Norm(start) is "within" or "in" && Norm(start + 1) is not ("our" or "your" or "their")) return IsLongUnit(last);
        // "by the end of the year" is this year's calendar; "of next year", "of this parliament", "of this decade" a horizon.
        if (Norm(start) is "by" or "before" && Norm(start + 1) == "the" && Norm(start + 2) == "end" && Norm(start + 3) == "of")
            return last is "year" or "term" ? Norm(end - 2) is "next" || last == "term" && Norm(end - 2) == "this" : IsLongUnit(last);
        if (Norm(start) == "before" && Norm(start + 1) == "the" && Norm(start + 3) == "is") return IsLongUnit(Norm(start + 2)) && Norm(start + 2) != "year";
        if (Norm(start) == "by" && Norm(start + 1) == "the" && Norm(start + 2) == "time") return Norm(start + 3) is "this" or "these";
        // "before the next election", "by the end of this parliament": an election, a term or an era is a political horizon.
        if (DeadlineReader.NamesEvent(tokens, deadline)) return true;
        if (Norm(start) == "the" && Norm(start + 1) is "moment" or "minute") return Norm(start + 2) is "this" or "these";
        return Norm(start) == "in";
    }

    /// <summary>
    /// Whether the deadline counts in a term of office ("within a single term", "by the end of this parliament"): a
    /// "would" with no "if" is a campaign's implied "if they win" there, and elsewhere the future of past narration
    /// ("within a decade they would map every river in the colony").
    /// </summary>
    public static bool IsTermOfOffice(ImmutableArray<Token> tokens, Sentence sentence, (int Start, int End) deadline)
    {
        for (var k = deadline.Start; k < deadline.End; k++)
            if (TermsOfOffice.Contains(sentence.NormAt(tokens, k))) return true;
        return false;
    }

    private static bool IsLongUnit(string unit) =>
        Eras.Contains(unit) || TimeScale.RankOf(unit) is int rank && TimeScale.RankOf("year") is int year && rank >= year;
}
