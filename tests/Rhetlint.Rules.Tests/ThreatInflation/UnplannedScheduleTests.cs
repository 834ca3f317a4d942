using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.ThreatInflation;

/// <summary>A schedule phrase tells a plan carried out only when the sentence names a planner or a plan.</summary>
public class UnplannedScheduleTests
{
    [Theory]
    [InlineData("They will destroy everything we love, ahead of schedule.", "will destroy everything we love")]
    [InlineData("They will destroy every park in this town, as planned.", "will destroy every park")]
    public void RH1003_flags_a_worst_case_with_a_schedule_and_no_planner(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    [InlineData("By next summer the closure plan will have emptied every ward in the old hospital, on schedule.")]
    [InlineData("By the spring the demolition firm will have reduced the old depot to rubble, ahead of schedule.")]
    public void RH1003_leaves_a_named_plan_or_planner_alone(string text) =>
        Assert.Empty(Flagged("RH1003", text));
}
