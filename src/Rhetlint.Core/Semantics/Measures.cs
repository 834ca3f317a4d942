using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Semantics;

/// <summary>
/// What a unit, a graded adjective or a noun measures, from <c>measure_units.txt</c> and <c>measure_adjectives.txt</c>
/// (generated from WordNet by tools/gen_measures.py) and <c>quantity_nouns.txt</c>: the dimensions that decide
/// whether a figure bears on a claim.
/// </summary>
internal static class Measures
{
    private static readonly Lazy<FrozenDictionary<string, (string[] Words, Dimension Dimension)[]>> Units = new(LoadUnits);
    private static readonly Lazy<FrozenDictionary<string, ImmutableArray<Dimension>>> Adjectives = new(() =>
        Entries("measure_adjectives").GroupBy(e => e.Entry, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(e => e.Dimension).Distinct().ToImmutableArray(), StringComparer.Ordinal));
    private static readonly Lazy<FrozenWordSet> QuantityNouns = new(() =>
        LexiconStore.Engine.Lines("quantity_nouns").Select(Token.Normalize).SelectMany(n => new[] { n, Vocabulary.Plural(n) }).ToFrozenWordSet());

    /// <summary>The unit that starts at <paramref name="index"/> ("kg", "miles per hour", "euros"): its token count and dimension.</summary>
    public static (int Length, Dimension Dimension)? UnitAt(ImmutableArray<Token> tokens, int index, int end)
    {
        if (index >= end || !Units.Value.TryGetValue(tokens[index].Norm, out var candidates)) return null;
        foreach (var (words, dimension) in candidates)
            if (PhraseList.MatchesAt(tokens, index, end, words)) return (words.Length, dimension);
        return null;
    }

    /// <summary>The dimension a unit word names when it is a whole token ("kg" in "6.1kg"), or None.</summary>
    public static Dimension UnitWord(string normalized) =>
        Units.Value.TryGetValue(normalized, out var candidates) && candidates.FirstOrDefault(c => c.Words.Length == 1) is { Words: not null } unit
            ? unit.Dimension
            : Dimension.None;

    /// <summary>
    /// What a graded word measures: "lightest" and "heavier" a mass, "largest" an amount, "longest" a length or a
    /// time; nothing for a judgement ("most beautiful", "best"). A hyphenated compound grades by its first part
    /// ("fastest-growing").
    /// </summary>
    public static ImmutableArray<Dimension> OfAdjective(Token token)
    {
        if (!token.IsWord) return [];
        var word = token.Norm;
        var hyphen = word.IndexOf('-');
        if (hyphen > 0) word = word[..hyphen];
        var baseForm = AdjectiveForms.BaseOf(word) ?? word;
        return Adjectives.Value.TryGetValue(baseForm, out var dimensions) ? dimensions : [];
    }

    /// <summary>A noun for an amount someone could give a figure for: "budget", "turnout", "costs", "deaths".</summary>
    public static bool IsQuantityNoun(Token token) => token.IsWord && QuantityNouns.Value.Contains(token);

    private static IEnumerable<(Dimension Dimension, string Entry)> Entries(string lexicon) =>
        LexiconStore.Engine.Lines(lexicon)
            .Select(line => line.Split('\t', 2))
            .Where(parts => parts.Length == 2)
            .Select(parts => (Parse(parts[0].Trim()), Token.Normalize(parts[1].Trim())));

    /// <summary>
    /// Units by first word, longest first, money before other dimensions ("pounds" after a number is more often money
    /// than weight); each word's regular plural is added ("kilograms", "miles per hour").
    /// </summary>
    private static FrozenDictionary<string, (string[] Words, Dimension Dimension)[]> LoadUnits()
    {
        var units = new List<(string[] Words, Dimension Dimension)>();
        foreach (var (dimension, entry) in Entries("measure_units"))
        {
            var words = Split(entry.TrimEnd('.'));
            units.Add((words, dimension));
            if (words[^1].All(char.IsLetter) && words[^1].Length > 2)
                units.Add(([.. words[..^1], Vocabulary.Plural(words[^1])], dimension));
            // "kilometres per hour": the plural is on the first word.
            if (words.Length > 2 && words[1] == "per")
                units.Add(([Vocabulary.Plural(words[0]), .. words[1..]], dimension));
        }
        return units.GroupBy(u => u.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(u => u.Words.Length).ThenBy(u => u.Dimension == Dimension.Money ? 0 : 1).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>An entry split as the tokenizer splits text: at spaces, with "/" on its own ("km/h" → km, /, h).</summary>
    private static string[] Split(string entry) =>
        [.. entry.Split(' ', StringSplitOptions.RemoveEmptyEntries).SelectMany(word => word.Split('/').SelectMany((part, i) => i == 0 ? [part] : new[] { "/", part }))];

    private static Dimension Parse(string name) => name switch
    {
        "amount" => Dimension.Amount,
        "money" => Dimension.Money,
        "time" => Dimension.Time,
        "age" => Dimension.Age,
        "mass" => Dimension.Mass,
        "length" => Dimension.Length,
        "area" => Dimension.Area,
        "volume" => Dimension.Volume,
        "speed" => Dimension.Speed,
        "data" => Dimension.Data,
        "energy" => Dimension.Energy,
        "power" => Dimension.Power,
        "temperature" => Dimension.Temperature,
        "pressure" => Dimension.Pressure,
        _ => throw new FormatException($"Unknown dimension '{name}' in a measure lexicon."),
    };
}
