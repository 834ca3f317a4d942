using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Hedging;

public class RH4001CertaintyBoosterTests
{
    [Theory]
    [InlineData("Clearly, Kestria never meant to honor the ceasefire.", "Clearly")]
    [InlineData("Make no mistake: sanctions have failed.", "Make no mistake")]
    [InlineData("Varn obviously wants a wider war.", "obviously")]
    [InlineData("The envoy has undoubtedly misled the council.", "undoubtedly")]
    [InlineData("There is no doubt that the envoy lied.", "There is no doubt that")]
    [InlineData("It is clear that the talks have failed.", "It is clear that")]
    [InlineData("The blockade, of course, was never about fishing rights.", "of course")]
    [InlineData("Varn no doubt hopes the council will look away.", "no doubt")]
    [InlineData("Without question, the mayor wasted the harbor fund.", "Without question")]
    [InlineData("The truth is that the levy has failed.", "The truth is")]
    [InlineData("Surely the council can see the plan is doomed.", "Surely")]
    public void Flags_a_sentence_level_booster(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH4001", text));

    [Theory]
    [InlineData("The sign was clearly visible from the road.")]
    [InlineData("Customs data clearly show a 12% drop in exports since March.")]
    [InlineData("Ilse Brandt spoke plainly about the budget.")]
    [InlineData("“Clearly, Varn lied,” Brandt said.")]
    [InlineData("Brandt said the envoy had obviously lied.")]
    [InlineData("It is not clear that the talks have failed.")]
    [InlineData("Surely the council will not approve the levy?")]
    [InlineData("Undeniably, the levy has failed.")]
    [InlineData("There is no doubt about the date of the vote.")]
    [InlineData("Brandt had no doubt that the envoy would come.")]
    [InlineData("Slowly but surely the harbor silted up.")]
    [InlineData("The reality is grim for the fishing towns.")]
    [InlineData("The ferry changed its course of course work after the storm.")]
    [InlineData("If the levy passes, it will almost certainly cost Varn's ferry operators their winter routes.")]
    [InlineData("For the fans who had camped outside, it seemed the singer would surely come back on stage.")]
    public void Does_not_flag_manner_evidenced_quoted_or_negated_uses(string text) =>
        Assert.Empty(Flagged("RH4001", text));

    [Fact]
    public void Deletes_an_opening_booster_and_recapitalizes()
    {
        var finding = Single("RH4001", "Clearly, Kestria never meant to honor the ceasefire.");
        Assert.Equal(DiagnosticSeverity.Info, finding.Severity);
        var delete = finding.Rewrites[0];
        Assert.Equal(Applicability.Unsafe, delete.Applicability);
        Assert.Equal("Kestria", Assert.Single(delete.Changes).NewText);
        Assert.Equal(Applicability.DisplayOnly, finding.Rewrites[1].Applicability);
    }

    [Fact]
    public void Deletes_a_booster_after_a_colon_phrase()
    {
        var change = Assert.Single(Single("RH4001", "Make no mistake: sanctions have failed.").Rewrites[0].Changes);
        Assert.Equal("Sanctions", change.NewText);
    }
}
