using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Sourcing;

public class RH3001VagueCollectiveSourceTests
{
    [Theory]
    [InlineData("Critics say the treaty hands Kestria a veto over our ports.", "Critics say")]
    [InlineData("Some strategists warn that Varn will test the alliance this winter.", "Some strategists warn")]
    [InlineData("The tariff may help, though others note that prices will rise.", "others note")]
    [InlineData("Rain is due on Friday, but hydrologists said it would come too late.", "hydrologists said")]
    [InlineData("Reviewers are already calling it the phone of the year.", "Reviewers are already calling")]
    [InlineData("Some admirals want to enlarge the fleet in the north.", "Some admirals want")]
    [InlineData("Many people believe the bridge is unsafe.", "Many people believe")]
    [InlineData("Estate agents tell me that a flat in Halden now draws 30 bids.", "Estate agents tell")]
    [InlineData("Critics call the plan a giveaway to developers.", "Critics call")]
    [InlineData("Critics have denounced the plan as reckless.", "Critics have denounced")]
    [InlineData("Critics accuse the minister of hiding the contract.", "Critics accuse")]
    public void Flags_a_claim_put_in_an_unnamed_groups_mouth(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH3001", text));

    [Theory]
    [InlineData("Critics, led by the Harbor Workers Union and MP Sara Lind, say the treaty cedes control of the ports.")]
    [InlineData("Critics say the treaty cedes the ports. “It is a surrender,” MP Sara Lind said on Monday.")]
    [InlineData("Economists at the Harlow Institute said rates would hold.")]
    [InlineData("Researchers found that the drug halved relapses (Moss 2021).")]
    [InlineData("“Critics say the plan is rushed,” Mayor Joan Ellis said.")]
    [InlineData("The critics said the vote was rushed.")]
    [InlineData("Admirals want a larger fleet in the north.")]
    [InlineData("Many residents want a new bridge.")]
    [InlineData("Residents called the police after the blast.")]
    [InlineData("A group called Kestria First said the port was sold.")]
    [InlineData("Voters rejected the levy in March.")]
    [InlineData("Dock workers chanted “Not for sale!” outside the hall.")]
    [InlineData("She dismissed the concerns of residents who say the port is unsafe.")]
    [InlineData("The union called for a strike, and critics called off their protest.")]
    [InlineData("Critics would call the plan rushed, but the vote is Monday.")]
    [InlineData("Polls show the mayor ahead by six points.")]
    [InlineData("Ten voters said the bridge should close.")]
    [InlineData("A majority of voters expect the levy to pass.")]
    [InlineData("Some may argue that the levy is too low.")]
    [InlineData("The mayor said critics had agreed to wait.")]
    [InlineData("Some state officials praised the plan.")]
    [InlineData("Readers may not let editorials tell them how to vote.")]
    [InlineData("The fund keeps its books while giving voters some of the facts they need to make an informed choice.")]
    public void Does_not_flag_a_named_scoped_cited_or_quoted_group(string text) =>
        Assert.Empty(Flagged("RH3001", text));

    [Fact]
    public void A_topic_sentence_may_name_the_members_later_in_its_paragraph()
    {
        const string text = "Critics say the plan is rushed. The port is old. Sara Lind, an MP for Halden, said the vote came too soon.";
        Assert.Empty(Flagged("RH3001", text));
        Assert.Equal(["Critics say"], Flagged("RH3001", "The port is old. Critics say the plan is rushed. The vote is Monday. Sara Lind, an MP for Halden, said the vote came too soon."));
    }

    [Fact]
    public void Offers_display_only_templates_naming_or_counting_the_group()
    {
        var finding = Single("RH3001", "Some economists believe the shortfall will lift prices.");
        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal("'Some economists believe' attributes the claim to an unnamed group; say who they are, or make the claim in your own voice with evidence", finding.Message);
        Assert.All(finding.Rewrites, r => Assert.Equal(Applicability.DisplayOnly, r.Applicability));
        Assert.Equal(["Some economists, including [Name], [role] at [organization],", "[N] economists surveyed by [organization]"],
            finding.Rewrites.Select(r => Assert.Single(r.Changes).NewText));
    }

    [Fact]
    public void A_vague_source_is_flagged_even_when_the_writer_rebuts_its_claim() =>
        Assert.Equal(["Critics say"], Flagged("RH3001", "Critics say Kestria is a mortal threat. Such fears are overblown."));
}
