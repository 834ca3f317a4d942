namespace Rhetlint.Core.Semantics;

/// <summary>How identifiable the source of an attribution is (RULES.md §3 M5).</summary>
public enum SpeakerClass
{
    /// <summary>A person's name ("Ilse Brandt", "Dr. Moss").</summary>
    NamedPerson,
    /// <summary>A named institution, state or outlet ("the Harlow Institute", "Beijing").</summary>
    NamedOrganization,
    /// <summary>A document tied to a named organization ("a Harlow Institute report", "a report by the Orbis Monitor").</summary>
    NamedDocument,
    /// <summary>A definite role or document that refers back ("the minister", "the report").</summary>
    DefiniteRole,
    /// <summary>An unnamed source with a named affiliation or a stated access ("a spokeswoman for Northline Rail",
    /// "a diplomat who attended the talks", "Foreign Ministry officials", "people familiar with the plan").</summary>
    AnonymousDescribed,
    /// <summary>A source whose only description is that it is one ("a source", "security sources", "an insider",
    /// "a senior official", "industry figures privately warned").</summary>
    AnonymousBare,
    /// <summary>An indefinite single person or document with no name ("one columnist", "a think tank report", "a source").</summary>
    VagueSingular,
    /// <summary>A plural role with no names ("critics", "some economists").</summary>
    VagueCollective,
    /// <summary>he, she, they, it.</summary>
    Pronoun,
    /// <summary>I, we.</summary>
    Author,
    /// <summary>
    /// Everyone of a kind: "any pilot (would tell you)", "every sailor (knows)", "all economists", "economists
    /// everywhere". No source: the claim stays the writer's, a claim that all agree (RH2005, RH2006).
    /// </summary>
    Universal,
}
