using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.ThreatInflation;

public class RH1013ThreatPatternDensityTests
{
    private const string FiveClaims =
        "Russia covets the coast. Iran is bent on ruling the Gulf. The Kremlin has designs on the islands. "
        + "Tehran understands only force. Moscow will stop at nothing to win.";

    [Fact]
    public void Flags_five_threat_inflation_moves_in_one_paragraph_on_the_first()
    {
        var finding = Single("RH1013", FiveClaims);
        Assert.Equal("Russia covets", FiveClaims.Substring(finding.Span.Start, finding.Span.Length));
        Assert.Contains("stacks 5 threat-inflation moves (RH1004)", finding.Message);
    }

    [Fact]
    public void Run_alone_it_still_counts_the_moves_of_its_member_rules() =>
        Assert.Equal(["Russia covets"], FlaggedAlone("RH1013", FiveClaims));

    [Fact]
    public void A_member_rule_this_run_does_not_report_still_counts()
    {
        var options = WithOptions() with { Ignored = ["RH1004"] };
        Assert.Contains("stacks 5 threat-inflation moves (RH1004)", Single("RH1013", FiveClaims, options).Message);
    }

    [Fact]
    public void Counts_each_paragraph_on_its_own() =>
        Assert.Empty(Flagged("RH1013", "Russia covets the coast. Iran is bent on ruling the Gulf.\n\nThe Kremlin has designs on the islands. Tehran understands only force.\n\nMoscow will stop at nothing to win."));

    [Fact]
    public void Flags_three_distinct_moves_in_one_paragraph() =>
        Assert.Contains("stacks 3 threat-inflation moves (RH1001, RH1007, RH1009)", Single("RH1013",
            "A dark specter of armed drones now hangs over every capital in the region. War with Kestria is inevitable, and this ceasefire is Munich all over again.").Message);

    [Fact]
    public void A_move_backed_by_evidence_keeps_the_paragraph_an_argument() =>
        Assert.Empty(Flagged("RH1013",
            "A dark specter of armed drones now hangs over every capital in the region [1]. War with Kestria is inevitable, and this ceasefire is Munich all over again."));

    [Fact]
    public void Two_distinct_moves_with_two_boosters_are_a_pattern() =>
        Assert.Contains("stacks 2 threat-inflation moves (RH1007, RH1009, amplified by RH4001)", Single("RH1013",
            "Make no mistake: war with Kestria is inevitable. This ceasefire is clearly Munich all over again.").Message);

    [Fact]
    public void Two_distinct_moves_alone_are_not() =>
        Assert.Empty(Flagged("RH1013", "War with Kestria is inevitable. This ceasefire is Munich all over again."));

    [Fact]
    public void Min_moves_two_makes_two_distinct_moves_a_pattern()
    {
        const string text = "Conflict with Varn is inevitable. The new treaty is Munich all over again.";
        Assert.Empty(Flagged("RH1013", text));
        Assert.Contains("stacks 2 threat-inflation moves (RH1007, RH1009)", Single("RH1013", text, WithOptions(("rhetlint.RH1013.min_moves", "2"))).Message);
    }

    [Fact]
    public void Min_findings_raises_the_count_of_moves_of_one_kind()
    {
        Assert.Contains("stacks 5 threat-inflation moves", Single("RH1013", FiveClaims).Message);
        Assert.Empty(Flagged("RH1013", FiveClaims, WithOptions(("rhetlint.RH1013.min_findings", "6"))));
    }
}
