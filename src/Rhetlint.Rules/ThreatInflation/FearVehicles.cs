using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.ThreatInflation;

/// <summary>The domains of <c>fear_vehicles.txt</c>: what a fear metaphor says a thing is.</summary>
internal enum VehicleDomain { Predator, Disease, Poison, Weapon, Confinement, War, Structure }

/// <summary>
/// Fear vehicles (<c>fear_vehicles.txt</c>, generated from WordNet by <c>tools/gen_fear_vehicles.py</c>) and the
/// selectional test of a metaphor: a thing said to be a vehicle is a figure when its type (<see cref="NounTypes"/>)
/// is not one the vehicle's domain literally holds. "The levy is a noose" and "they are a pack of wolves" clash (a
/// possession, people); "the old mill is a crumbling building", "wolves are predators" and "the powder was heroin"
/// do not; a tenor of unknown type ("it", a rare word) keeps the reading silent.
/// </summary>
internal static class FearVehicles
{
    private static readonly Lazy<TaggedNouns<VehicleDomain>> Vehicles = new(() => TaggedNouns<VehicleDomain>.Load(RuleLexicons.Store, "fear_vehicles"));

    /// <summary>The types each domain literally holds: a drug is a poison, an animal a predator, a building a prison.</summary>
    private static readonly FrozenDictionary<VehicleDomain, FrozenSet<NounType>> LiteralTypes = new Dictionary<VehicleDomain, FrozenSet<NounType>>
    {
        [VehicleDomain.Predator] = [NounType.Animal],
        [VehicleDomain.Disease] = [NounType.State, NounType.Process, NounType.Phenomenon, NounType.Event, NounType.Animal, NounType.Body],
        [VehicleDomain.Poison] = [NounType.Substance, NounType.Drug, NounType.Food, NounType.Plant],
        [VehicleDomain.Weapon] = [NounType.Weapon, NounType.Artifact, NounType.Military, NounType.Substance],
        [VehicleDomain.Confinement] = [NounType.Structure, NounType.Artifact, NounType.Location, NounType.Military],
        [VehicleDomain.War] = [NounType.Military],
        [VehicleDomain.Structure] = [NounType.Structure, NounType.Artifact, NounType.Location, NounType.Object],
    }.ToFrozenDictionary();

    /// <summary>The domain and token count of the longest vehicle at <paramref name="start"/> ending by <paramref name="limit"/>, singular or plural, or null.</summary>
    public static (VehicleDomain Domain, int Length)? At(ImmutableArray<Token> tokens, int start, int limit) =>
        Vehicles.Value.LongestAt(tokens, start, limit);

    /// <summary>
    /// Whether a tenor of type <paramref name="tenor"/> said to be a vehicle of <paramref name="domain"/> is a type
    /// clash. A name clashes only with what no name literally is: a place can be a prison or a ruin.
    /// </summary>
    public static bool Clashes(VehicleDomain domain, NounType tenor) =>
        tenor == NounType.Name
            ? domain is not (VehicleDomain.Confinement or VehicleDomain.Structure)
            : !LiteralTypes[domain].Contains(tenor);
}
