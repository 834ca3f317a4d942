using System.Collections.Immutable;

namespace Rhetlint.Core.Semantics;

/// <summary>An evidence item weighed for a claim: how much it supports the claim (None when it does not) and why.</summary>
public sealed record EvidenceLink(EvidenceItem Item, EvidenceStrength Strength, string Reason);

/// <summary>
/// The evidence that bears on one claim: what was linked to it and why, and what was found in its window but does
/// not bear on it, with the reason. <see cref="Strength"/> is the strongest link.
/// </summary>
public sealed record ClaimEvidence(Claim Claim, EvidenceWindow Window, ImmutableArray<EvidenceLink> Linked, ImmutableArray<EvidenceLink> NotLinked)
{
    public EvidenceStrength Strength { get; } = Linked.IsEmpty ? EvidenceStrength.None : Linked.Max(l => l.Strength);

    /// <summary>Whether a link or a citation is linked: the claim cites something checkable.</summary>
    public bool HasCitation => Linked.Any(l => l.Item.Kind is EvidenceKind.Link or EvidenceKind.Citation);
}
