using System.Collections.Frozen;
using System.Collections.Immutable;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Config;
using Rhetlint.Rules.Hedging;
using Rhetlint.Rules.Sourcing;
using Rhetlint.Rules.Superlatives;
using Rhetlint.Rules.ThreatInflation;

namespace Rhetlint.Rules;

/// <summary>The one registry of built-in rules (no reflection: the CLI is NativeAOT-compiled).</summary>
public static class BuiltInRules
{
    public static ImmutableArray<RhetoricAnalyzer> All { get; } =
    [
        new RH1001FearImagery(),
        new RH1002ExistentialFraming(),
        new RH1003WorstCaseCertainty(),
        new RH1004UnevidencedHostileIntent(),
        new RH1005LoadedThreatLabel(),
        new RH1006EscalationChain(),
        new RH1007InevitabilityClaim(),
        new RH1008FalseUrgency(),
        new RH1009MunichAnalogy(),
        new RH1010UnprecedentedThreat(),
        new RH1011CapabilityExaggeration(),
        new RH1012UbiquitousThreat(),
        new RH1013ThreatPatternDensity(),
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
        new RH4001CertaintyBooster(),
        new RH4002LoadedReportingVerb(),
        new RH4003ContentiousLabel(),
        new RH4004DoubtCasting(),
        new RH4005EditorializingAdverb(),
        new RH4006HedgeStacking(),
        new RH4007EmotiveIntensifier(),
        new RH4008NoAlternativeFraming(),
    ];

    /// <param name="enable">Off-by-default rules to turn on (Ruff's <c>--extend-select</c>).</param>
    /// <param name="profile">The genre's severity policy (news when null).</param>
    public static AnalyzerDriver CreateDriver(IEnumerable<string>? enable = null, GenreProfile? profile = null) => new(All, enable, profile);

    /// <summary>
    /// The id of every built-in rule and engine diagnostic, in ordinal order: what <c>--enable</c>, <c>--select</c> and
    /// <c>--ignore</c> are checked against. Read from one driver, built once and only when an id is checked: each command
    /// used to build its own while the command line was set up (issue 18).
    /// </summary>
    public static ImmutableArray<string> Ids => LazyIds.Value;

    private static readonly Lazy<ImmutableArray<string>> LazyIds = new(() => [.. CreateDriver().Descriptors.Select(d => d.Id)]);

    /// <summary>
    /// The page of every built-in rule and engine diagnostic, by id: what <c>docs/rules/ID.md</c> holds, generated from
    /// each rule's <see cref="RhetoricAnalyzer.Documentation"/> (a test keeps the committed files equal to it).
    /// </summary>
    public static FrozenDictionary<string, string> Pages => LazyPages.Value;

    private static readonly Lazy<FrozenDictionary<string, string>> LazyPages = new(() =>
        All.Where(rule => rule.Documentation is not null).Select(rule => (Documentation: rule.Documentation!, Options: rule.SupportedOptions))
            .Concat(EngineDescriptors.Documentation.Select(engine => (Documentation: engine, Options: ImmutableArray<RuleOption>.Empty)))
            .ToFrozenDictionary(d => d.Documentation.Descriptor.Id, d => RulePage.Write(d.Documentation, d.Options), StringComparer.Ordinal));

    /// <summary>The documentation page of a built-in rule or engine diagnostic, or null for an unknown id.</summary>
    public static string? Documentation(string id) => Pages.GetValueOrDefault(id);
}
