using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Superlatives;

/// <summary>
/// A superlative whose set is one day or one event still under way, which the text states: "the toughest exchanges of
/// the day", "the most combative of the campaign so far", "one of the loudest protests of the week so far", "the
/// sharpest exchange so far". A reporter ranks what happened at the event they cover, among a few happenings the reader
/// can count; it claims no rank in the world. A longer period ("the worst film of the decade", "the best weekend of the year"), a
/// period "so far" runs over ("the biggest fire so far this century") and a head that is no happening before a bare
/// "so far" ("the largest crowd so far", "the best season so far", which may mean ever) still rank.
/// </summary>
internal static class EventScopes
{
    /// <summary>Heads that name a happening (WordNet act, event, communication, phenomenon, process): an exchange, a protest, a goal.</summary>
    private static readonly FrozenSet<NounType> Happenings = FrozenSet.ToFrozenSet(
        [NounType.Act, NounType.Event, NounType.Communication, NounType.Phenomenon, NounType.Process]);

    /// <summary>The parts of a day, WordNet's part meronyms of day.n.04 in ordinary use: a set no longer than the day.</summary>
    private static readonly FrozenSet<string> DayParts = FrozenSet.ToFrozenSet(["morning", "afternoon", "evening", "night"], StringComparer.Ordinal);

    /// <summary>Words a coordinated degree may take before the scope: "the most combative and personal of the campaign".</summary>
    private const int MaxGapBeforeScope = 2;

    /// <summary>Words the scope's noun phrase may take: "of the presidential primary campaign so far".</summary>
    private const int MaxScopeWords = 4;

    private static readonly Lazy<int> DayRank = new(() => TimeScale.RankOf("day") ?? 0);
    private static readonly Lazy<int> WeekRank = new(() => TimeScale.RankOf("week") ?? 0);

    /// <summary>Whether the phrase ending at <paramref name="end"/> (its head at <paramref name="end"/> − 1 when it has one) ranks within one day or a running event.</summary>
    public static bool IsWithinOneEvent(ImmutableArray<Token> tokens, Sentence sentence, int adjectiveEnd, int end)
    {
        if (end > adjectiveEnd && IsSoFar(tokens, sentence, end) && IsHappening(tokens[end - 1])) return true;
        var scope = end;
        while (scope < sentence.EndToken && scope - end < MaxGapBeforeScope && tokens[scope].Norm is not ("of" or "in") && tokens[scope].IsWord) scope++;
        if (scope + 2 >= sentence.EndToken || tokens[scope].Norm is not ("of" or "in") || tokens[scope + 1].Norm is not ("the" or "this" or "that")) return false;
        // "the toughest blows of the day", "the best of the night": the set is one day's happenings; "the greatest
        // writer of the day" names a person of an era.
        if (tokens[scope].Norm == "of" && IsDay(tokens[scope + 2]) && (end == adjectiveEnd || IsHappening(tokens[end - 1]))) return true;
        // "of the (presidential primary) campaign so far": an event under way.
        for (var k = scope + 3; k < sentence.EndToken && k - (scope + 2) <= MaxScopeWords && tokens[k - 1].IsWord && !tokens[k - 1].IsCapitalized; k++)
            if (IsSoFar(tokens, sentence, k))
                return IsHappening(tokens[k - 1]) || NounTypes.Of(tokens[k - 1]) == NounType.Group || TimeScale.RankOf(tokens[k - 1]) is int rank && rank <= WeekRank.Value;
        return false;
    }

    /// <summary>"the day", "the night": one day or a part of it, singular.</summary>
    private static bool IsDay(Token noun) => DayParts.Contains(noun.Norm) || TimeScale.RankOf(noun) is int rank && rank <= DayRank.Value && !noun.Norm.EndsWith('s');

    /// <summary>"so far" that ends the clause's scope: "so far this century" runs over a longer period and still ranks.</summary>
    private static bool IsSoFar(ImmutableArray<Token> tokens, Sentence sentence, int k) =>
        k + 1 < sentence.EndToken && tokens[k].Norm == "so" && tokens[k + 1].Norm == "far"
        && !(k + 2 < sentence.EndToken && tokens[k + 2].Norm is "this" or "in" or "since" or "of");

    private static bool IsHappening(Token noun) => NounTypes.Of(noun) is NounType type && Happenings.Contains(type);
}
