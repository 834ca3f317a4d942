using Rhetlint.Core.Lexicons;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// The gazetteer of named past catastrophes that the analogy readings share, longest name first: the terms and villains
/// of <c>historical_analogies.txt</c> ("the Great Depression", "Munich") and the WordNet wars, massacres and camps of
/// <c>historical_catastrophes_wordnet.txt</c>, read once for every reading that asks.
/// </summary>
internal static class HistoricalNames
{
    private static readonly Lazy<(string[][] Events, string[][] Places)> Lexicons = new(() =>
    {
        var analogies = TaggedLexicon.Load(RuleLexicons.Store, "historical_analogies");
        var catastrophes = TaggedLexicon.Load(RuleLexicons.Store, "historical_catastrophes_wordnet");
        return ([.. analogies.Entries("term").Concat(analogies.Entries("villain")).Concat(catastrophes.Entries("event"))],
            [.. catastrophes.Entries("place")]);
    });

    /// <summary>Named events and villains: "the Korean War", "the Titanic", "Dachau".</summary>
    public static readonly Lazy<PhraseList> Events = new(() => PhraseList.From(Lexicons.Value.Events.OrderByDescending(t => t.Length)));

    /// <summary>The events with WordNet's places of catastrophe ("Chernobyl"), for a name said of the present.</summary>
    public static readonly Lazy<PhraseList> EventsAndPlaces = new(() =>
        PhraseList.From(Lexicons.Value.Events.Concat(Lexicons.Value.Places).OrderByDescending(t => t.Length)));
}
