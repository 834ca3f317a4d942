using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Config;
using Rhetlint.Core.Markup;

namespace Rhetlint.Rules.Tests;

/// <summary>
/// Which built-in rule's finding stands when two flag one move is declared on descriptors and settled by the driver,
/// among the rules that run: RH1010 (a threat ranked above all others) supersedes RH2001, RH2002 and
/// RH2005; RH1002 (a stake that will not survive) supersedes RH1003.
/// </summary>
public class RulePrecedenceTests
{
    private static readonly Linter Linter = new(BuiltInRules.CreateDriver());

    private static string[] Flagged(string text, DocumentOptions options) =>
        [.. Linter.LintForReport("draft.md", SourceText.From(text), DocumentFormat.Markdown, options).Findings
            .Select(f => $"{f.Id} {text.Substring(f.Span.Start, f.Span.Length)}")];

    private static string[] Flagged(string text) => Flagged(text, DocumentOptions.Default);

    private const string Varn = "Varn is the gravest threat the region has faced.";

    [Fact]
    public void A_superlative_that_ranks_a_threat_is_one_finding_of_the_threat_rule() =>
        Assert.Equal(["RH1010 the gravest threat"], Flagged(Varn));

    [Fact]
    public void Selecting_the_superlative_rules_reports_the_superlative() =>
        Assert.Equal(["RH2001 the gravest threat"], Flagged(Varn, DocumentOptions.Default with { Selected = ["RH2"] }));

    [Fact]
    public void Ignoring_the_threat_rule_reports_the_superlative() =>
        Assert.Equal(["RH2001 the gravest threat"], Flagged(Varn, DocumentOptions.Default with { Ignored = ["RH1010"] }));

    [Fact]
    public void Turning_the_threat_rule_off_in_configuration_reports_the_superlative()
    {
        var options = DocumentOptions.Default with
        {
            SeverityById = ImmutableDictionary<string, ReportDiagnostic>.Empty.Add("RH1010", ReportDiagnostic.Suppress),
        };
        Assert.Equal(["RH2001 the gravest threat"], Flagged(Varn, options));
    }

    [Fact]
    public void An_absolute_comparison_of_danger_goes_to_the_superlative_rule_when_the_threat_rule_is_off()
    {
        const string text = "The strait is more dangerous than ever.";
        Assert.Equal(["RH1010 more dangerous than ever"], Flagged(text));
        Assert.Equal(["RH2001 more dangerous than ever"], Flagged(text, DocumentOptions.Default with { Selected = ["RH2001"] }));
    }

    [Fact]
    public void A_named_stake_that_will_not_survive_is_one_finding_of_the_survival_rule()
    {
        const string text = "The free press in Ostry will not survive the decade.";
        Assert.Equal(["RH1002 The free press in Ostry will not survive"], Flagged(text));
        Assert.Equal(["RH1003 will not survive the decade"], Flagged(text, DocumentOptions.Default with { Ignored = ["RH1002"] }));
    }

    [Fact]
    public void A_negated_survival_of_what_no_survival_stake_names_stays_a_worst_case()
    {
        const string text = "Trust in the currency will not survive the decade.";
        Assert.Equal(["RH1003 will not survive the decade"], Flagged(text));
    }

    [Fact]
    public void An_unprecedented_threat_goes_to_the_record_claim_rule_when_the_threat_rule_is_off()
    {
        const string text = "The blight is an unprecedented threat to the orchards.";
        Assert.Equal(["RH1010 unprecedented threat"], Flagged(text));
        Assert.Equal(["RH2002 unprecedented threat"], Flagged(text, DocumentOptions.Default with { Ignored = ["RH1010"] }));
    }

    [Fact]
    public void A_record_of_danger_goes_to_the_universal_claim_rule_when_the_threat_rule_is_off()
    {
        const string text = "The world has never been more dangerous than it is today.";
        Assert.Equal(["RH1010 never been more dangerous"], Flagged(text));
        Assert.Equal(["RH2005 has never been more dangerous"], Flagged(text, DocumentOptions.Default with { Ignored = ["RH1010"] }));
    }

    [Fact]
    public void A_suppressed_threat_finding_does_not_bring_the_superlative_back()
    {
        const string text = "<!-- rhetlint-ignore RH1010 -- the desk stands by it -->\n" + Varn + "\n";
        Assert.Empty(Flagged(text));
    }

    [Fact]
    public void The_threat_ranking_and_survival_rules_are_the_built_in_rules_that_supersede_others()
    {
        var relations = BuiltInRules.All.SelectMany(a => a.SupportedDiagnostics)
            .SelectMany(d => RuleTags.SupersededIds(d).Select(lower => (Higher: d.Id, Lower: lower)));
        Assert.Equal([("RH1002", "RH1003"), ("RH1010", "RH2001"), ("RH1010", "RH2002"), ("RH1010", "RH2005")], relations.Order());
    }
}
