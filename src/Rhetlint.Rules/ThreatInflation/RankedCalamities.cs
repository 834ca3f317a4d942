using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>
/// The words and scopes that make a superlative rank a looming harm rather than a thing: calamities ("the biggest
/// bubble in the history of finance", "the greatest economic upheaval ever"), dangerous matter ("the most explosive
/// gas known to man") and danger within a place ("the most dangerous city in Europe"). The guidelines annotate a
/// superlative that inflates the size of a threat as threat inflation, once ("TI or SU?"), so RH1010 reports these and
/// supersedes RH2001 on them.
/// </summary>
internal static class RankedCalamities
{
    /// <summary>Heads of disorder that no threat lexicon holds: "upheaval", "turmoil", "convulsion".</summary>
    private static readonly FrozenWordSet Upheavals = TaggedLexicon.Load(RuleLexicons.Store, "threat_superlatives").Words("upheaval").ToFrozenWordSet();

    /// <summary>Properties of dangerous matter: "explosive", "flammable", "radioactive".</summary>
    private static readonly FrozenSet<string> MatterHazards = TaggedLexicon.Load(RuleLexicons.Store, "threat_superlatives").Words("hazard");

    /// <summary>
    /// A head at <paramref name="k"/> that names a harm to come: a threat as such, an economic, natural, disease or
    /// environmental threat, a catastrophe ("bubble", "recession", "flood", "pandemic", "disaster") or an upheaval.
    /// War, killing, crime and tyranny are left out: "the largest army in the world" ranks a force, and "one of the
    /// deadliest wars in history" an event.
    /// </summary>
    public static bool IsCalamity(ImmutableArray<Token> tokens, int k)
    {
        var token = tokens[k];
        if (!token.IsWord) return false;
        if (ThreatOutcomes.At(tokens, k, k + 1) is { } outcome)
            return outcome.Family is not (OutcomeFamily.War or OutcomeFamily.MassDeath or OutcomeFamily.Crime or OutcomeFamily.Tyranny or OutcomeFamily.Control);
        return Upheavals.Contains(token) || ThreatReferents.DomainOf(token.Norm) is ThreatDomain.General or ThreatDomain.Economy or ThreatDomain.Hazard
            or ThreatDomain.Disease or ThreatDomain.Pathogen or ThreatDomain.Environment;
    }

    /// <summary>Ordinals that make a superlative a place in a compiled list: "the fifth most dangerous city in America".</summary>
    private static readonly FrozenSet<string> Ordinals = FrozenSet.ToFrozenSet(
        ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "twentieth"], StringComparer.Ordinal);

    /// <summary>
    /// Whether the word before the superlative at <paramref name="superlative"/> is an ordinal ("fifth", "3rd"): a
    /// position in a ranking someone compiled, which the writer reports rather than asserts.
    /// </summary>
    public static bool IsListPosition(ImmutableArray<Token> tokens, Sentence sentence, int superlative)
    {
        if (superlative - 1 < sentence.FirstToken) return false;
        var norm = tokens[superlative - 1].Norm;
        return Ordinals.Contains(norm) || norm.Length > 2 && char.IsAsciiDigit(norm[0]) && norm[^2..] is "st" or "nd" or "rd" or "th";
    }

    /// <summary>"explosive", "flammable": a hazard that ranks a danger only when the head is matter ("the most explosive substance").</summary>
    public static bool IsMatterHazard(string norm) => MatterHazards.Contains(norm);

    /// <summary>Whether the head is a substance by its first WordNet sense ("gas", "chemical", "substance", "hydrogen").</summary>
    public static bool IsMatter(Token token) => NounTypes.Of(token) == NounType.Substance;

    /// <summary>
    /// "The 1931 flood was the deadliest disaster in the county's history": a past copula or auxiliary in the six words
    /// before the superlative, within its clause, ranks an event that happened, a kept record that RH2001 judges.
    /// </summary>
    public static bool IsInPastClause(ImmutableArray<Token> tokens, Sentence sentence, int superlative)
    {
        for (var k = superlative - 1; k >= sentence.FirstToken && superlative - k <= 6; k--)
        {
            if (!tokens[k].IsWord) return false;
            if (tokens[k].Norm is "was" or "were" or "had" or "became") return true;
        }
        return false;
    }

    /// <summary>
    /// Whether a head ranked for danger within a place is a thing one can come to harm from there: a place, a
    /// building, road or other artifact, matter, a drug, a weapon, an animal or a plant ("the most dangerous capital",
    /// "road", "drug", "dog in the county"). WordNet files "capital" under possession, its first sense being wealth.
    /// An idea, a plan, a person or a side ranked within a place is blame or praise ("the most dangerous idea in the
    /// capital", "the most dangerous striker in Europe"), which RH2001 judges.
    /// </summary>
    public static bool IsPhysical(Token token) =>
        NounTypes.Of(token) is NounType.Location or NounType.Structure or NounType.Artifact or NounType.Substance or NounType.Drug
            or NounType.Weapon or NounType.Possession or NounType.Object or NounType.Animal or NounType.Plant;

    /// <summary>
    /// "in Europe", "in the country", "in London": a place that bounds the set compared, right at <paramref name="k"/>,
    /// or null. A name is a place by WordNet's noun.location, or noun.object for the continents ("Europe", "Asia"); a
    /// common noun needs its article and is a location noun or "country"/"nation", which WordNet files as groups
    /// ("in the country", not "in part"). "In the league" names a competition, no place.
    /// </summary>
    public static int? PlaceScopeEnd(ImmutableArray<Token> tokens, Sentence sentence, int k)
    {
        if (k + 1 >= sentence.EndToken || tokens[k].Norm != "in") return null;
        var named = tokens[k + 1].Norm != "the";
        var place = named ? k + 1 : k + 2;
        if (place >= sentence.EndToken || !tokens[place].IsWord) return null;
        var type = NounTypes.Of(tokens[place]);
        if (named) return tokens[place].IsCapitalized && type is NounType.Location or NounType.Object ? place + 1 : null;
        return type == NounType.Location || tokens[place].Norm is "country" or "nation" ? place + 1 : null;
    }
}
