using System.Collections.Immutable;
using Rhetlint.Core.Analysis;
using Rhetlint.Rules.Sourcing;
using Rhetlint.Rules.Superlatives;
using Rhetlint.Rules.ThreatInflation;

namespace Rhetlint.Rules;

/// <summary>The one registry of built-in rules (no reflection: the CLI is NativeAOT-compiled).</summary>
public static class BuiltInRules
{
    public static ImmutableArray<RhetoricAnalyzer> All { get; } =
    [
        new RH1003WorstCaseCertainty(),
        new RH1004UnevidencedHostileIntent(),
        new RH1006EscalationChain(),
        new RH1007InevitabilityClaim(),
        new RH1008FalseUrgency(),
        new RH1010UnprecedentedThreat(),
        new RH1011CapabilityExaggeration(),
        new RH1012UbiquitousThreat(),
        new RH2001UnsupportedSuperlative(),
        new RH2002UnprecedentedClaim(),
        new RH2003PeacockTerm(),
        new RH2004AuthorityPuffery(),
        new RH2005UniversalClaim(),
        new RH2006ConsensusClaim(),
        new RH2007MagnitudeWithoutNumber(),
        new RH2008IntensifiedAbsolute(),
        new RH3001VagueCollectiveSource(),
        new RH3002UnnamedSpecificSource(),
        new RH3003OrphanQuote(),
        new RH3004LateQuoteAttribution(),
        new RH3005ScareQuotes(),
        new RH3006AgentlessPassiveAttribution(),
        new RH3007StudiesShow(),
        new RH3008MissingQuoteProvenance(),
        new RH3009AnonymousSourceWithoutContext(),
        new RH3010AnonymousAttack(),
        new RH3011UnverifiedHearsay(),
    ];

    /// <param name="enable">Off-by-default rules to turn on (Ruff's <c>--extend-select</c>).</param>
    public static AnalyzerDriver CreateDriver(IEnumerable<string>? enable = null) => new(All, enable);
}
