using Microsoft.CodeAnalysis;
using Rhetlint.Core.Config;

namespace Rhetlint.Rules.Tests;

/// <summary>
/// The genre policy of RULES.md §1, which the built-in descriptors declare as tags: news raises RH2001, RH2005, RH3005
/// and RH4003 one level (to a warning at most); opinion lowers every threat-inflation and superlative rule one level
/// except RH1004, RH1005 and RH1013, and turns RH4005 off; every other rule keeps its severity.
/// </summary>
public class GenreProfileTagTests
{
    public static TheoryData<string> RuleIds() => [.. BuiltInRules.All.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id)];

    private static DiagnosticDescriptor Descriptor(string id) => BuiltInRules.All.SelectMany(a => a.SupportedDiagnostics).Single(d => d.Id == id);

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void News_raises_the_rules_reporting_cares_most_about(string id)
    {
        var descriptor = Descriptor(id);
        var raised = id is "RH2001" or "RH2005" or "RH3005" or "RH4003" && descriptor.DefaultSeverity == DiagnosticSeverity.Info;
        Assert.Equal(raised ? DiagnosticSeverity.Warning : descriptor.DefaultSeverity, GenreProfile.News.Adjust(descriptor, descriptor.DefaultSeverity));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Opinion_lowers_threat_and_superlative_rules_but_not_intent_labels_patterns_or_sourcing(string id)
    {
        var descriptor = Descriptor(id);
        DiagnosticSeverity? expected = id == "RH4005" ? null
            : id[..3] is "RH1" or "RH2" && id is not ("RH1004" or "RH1005" or "RH1013") ? Lowered(descriptor.DefaultSeverity)
            : descriptor.DefaultSeverity;
        Assert.Equal(expected, GenreProfile.Opinion.Adjust(descriptor, descriptor.DefaultSeverity));
    }

    private static DiagnosticSeverity Lowered(DiagnosticSeverity severity) =>
        severity == DiagnosticSeverity.Error ? DiagnosticSeverity.Warning : DiagnosticSeverity.Info;
}
