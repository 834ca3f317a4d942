using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Sourcing;

/// <summary>A lay group reporting a thing gives an account of its own experience, not a claim to source.</summary>
public class RH3001ExperienceReportsTests
{
    [Theory]
    [InlineData("Several members reported mildew on the runner beans, which is a damp problem, not a blight.")]
    [InlineData("Local cafés reported a busy weekend, and the market ran out of bread by noon.")]
    [InlineData("Some tenants reported leaks in the stairwell after the storm.")]
    [InlineData("Some shoppers reported long queues by the new tills.")]
    public void Does_not_flag_a_lay_group_reporting_a_thing(string text) =>
        Assert.Empty(Flagged("RH3001", text));

    // Near misses: the same groups passing a claim on, and experts reporting a finding on their trade's authority.
    [Theory]
    [InlineData("Several members reported that the council had sold the allotments.", "Several members reported")]
    [InlineData("Several tenants reported a problem: the landlord had cut the heating.", "Several tenants reported")]
    [InlineData("Some tenants reported seeing the landlord's men cut the heating.", "Some tenants reported")]
    [InlineData("Doctors reported a rise in scooter injuries at the Halden clinic.", "Doctors reported")]
    [InlineData("Other councils have reported the same failures of the new bins.", "Other councils have reported")]
    // Someone else's wrongdoing or violence, or an act put to an agent, is a charge against others, not the group's own experience.
    [InlineData("Several voters reported irregularities at the Pellow count.", "Several voters reported")]
    [InlineData("Observers reported widespread fraud in the Brisk ward ballot.", "Observers reported")]
    [InlineData("Residents reported a cover-up by the canal trust.", "Residents reported")]
    [InlineData("Some parents reported bullying by a coach at the Tarrow club.", "Some parents reported")]
    [InlineData("Witnesses reported gunfire near the Osk depot.", "Witnesses reported")]
    public void Flags_a_report_that_passes_a_claim_on(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH3001", text));
}
