using System.Collections.Frozen;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Semantics;

/// <summary>
/// The time units ranked from the shortest to the longest, from <c>time_scale.txt</c> (generated from WordNet by
/// tools/gen_measures.py): "days, not months" sets a span against a longer one, "years, not months" against a shorter one.
/// </summary>
public static class TimeScale
{
    private static readonly Lazy<FrozenDictionary<string, int>> Ranks = new(() =>
    {
        var ranks = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in LexiconStore.Engine.Lines("time_scale"))
        {
            var parts = line.Split('\t', 2);
            if (parts.Length != 2 || !int.TryParse(parts[0], out var rank)) continue;
            var unit = Token.Normalize(parts[1].Trim());
            ranks[unit] = rank;
            ranks[Vocabulary.Plural(unit)] = rank;
        }
        return ranks.ToFrozenDictionary(StringComparer.Ordinal);
    });

    /// <summary>The rank of a time unit word, singular or plural ("hour", "weeks"), higher for longer; null for any other word.</summary>
    public static int? RankOf(Token token) => token.IsWord ? RankOf(token.Norm) : null;

    /// <summary>The rank of a normalized time unit word ("month", "weeks"); null for any other word.</summary>
    public static int? RankOf(string word) => Ranks.Value.TryGetValue(word, out var rank) ? rank : null;

    /// <summary>Whether <paramref name="word"/> (lower case, singular) is a time unit: "year", "week", "season".</summary>
    public static bool IsUnit(string word) => Ranks.Value.ContainsKey(word);

    /// <summary>Whether <paramref name="shorter"/> is a time unit shorter than the time unit <paramref name="longer"/>.</summary>
    public static bool IsShorter(Token shorter, Token longer) => RankOf(shorter) is int a && RankOf(longer) is int b && a < b;
}
