using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Semantics;

/// <summary>
/// The prepositions of position and path (Quirk et al., CGEL §9.16–9.29) that place people as "in" and "across" do:
/// "growers along the ridge say", "skippers up and down this coast say", "a retired fireman down my street told me".
/// Several of them also open a time adjunct ("over the past year", "down the centuries", "up to now") or stand in a
/// fixed phrase ("past and present"), which places nobody.
/// </summary>
public static class PathPrepositions
{
    public static readonly FrozenWordSet All = new[]
    {
        "along", "alongside", "down", "up", "over", "past", "beyond", "behind", "beside", "below", "above", "opposite", "round",
    }.ToFrozenWordSet();

    /// <summary>
    /// Those whose object, when it is a name, is where the people are ("farmers along Hallam Creek", "commuters past Hallam
    /// Junction"). Not "behind" (the makers of a thing: "the team behind Hallam Labs"), "alongside" (company: "police
    /// alongside Hallam Coastguard"), "over" ("a spokeswoman over at Hallam Water") or "above" ("staff above Grade 7").
    /// </summary>
    public static readonly FrozenWordSet Placing = new[]
    {
        "along", "down", "up", "past", "beyond", "beside", "below", "opposite", "round",
    }.ToFrozenWordSet();

    /// <summary>time_period_nouns_wordnet.txt with the plurals: "the past year", "the centuries", "the holiday weekend".</summary>
    private static readonly Lazy<FrozenWordSet> TimePeriodNouns = new(() => new FrozenWordSet(
        LexiconStore.Engine.Lines("time_period_nouns_wordnet").SelectMany(noun => new[] { noun, Vocabulary.Plural(noun) })
            .Select(Token.Normalize).Distinct(StringComparer.Ordinal)));

    /// <summary>Words that point at a time without a noun: "up to now", "down to today".</summary>
    private static readonly FrozenWordSet DeicticTimes = new[] { "now", "then", "today", "tonight", "yesterday" }.ToFrozenWordSet();

    /// <summary>Words that may stand before a time noun in its phrase: "the past year", "the last few weeks", "these two decades".</summary>
    private static readonly FrozenWordSet TimeModifiers = new[]
    {
        "the", "this", "these", "those", "that", "a", "an", "past", "last", "next", "coming", "recent", "previous", "few", "several",
        "many", "two", "three", "four", "five", "ten", "long", "early", "late", "following",
    }.ToFrozenWordSet();

    /// <summary>
    /// The path preposition at <paramref name="k"/> opens a phrase of place, not a time adjunct or a fixed phrase: not
    /// "up to"/"up until" (a limit of time or amount: "ministers up to now have said"), not one coordinated with a word that
    /// is no path preposition ("players past and present", where "up and down" still places), and not one whose object is
    /// a stretch of time ("councillors over the past year", "historians down the centuries", "police over the weekend").
    /// </summary>
    public static bool OpensPlace(ImmutableArray<Token> tokens, int k, int end)
    {
        if (k + 1 >= end || !tokens[k + 1].IsWord) return false;
        var next = tokens[k + 1];
        if (tokens[k].Norm == "up" && next.Norm is "to" or "until" or "till") return false;
        if (next.Norm is "and" or "or") return k + 2 < end && All.Contains(tokens[k + 2]);
        for (var j = k + 1; j < end && j - k <= 4 && tokens[j].IsWord; j++)
        {
            if (IsTimeWord(tokens[j])) return false;
            if (!TimeModifiers.Contains(tokens[j]) && tokens[j].Kind != TokenKind.Number) break;
        }
        return true;
    }

    private static bool IsTimeWord(Token token) =>
        TimePeriodNouns.Value.Contains(token) || TimeScale.RankOf(token) is not null || FunctionWords.DemonstrativeTimeNouns.Contains(token)
        || FunctionWords.Weekdays.Contains(token) || FunctionWords.Months.Contains(token) || DeicticTimes.Contains(token);
}
