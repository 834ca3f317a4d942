using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Superlatives;

/// <summary>RH2005 gates widened to their class (issue 17): a minimizer deeper in the object, zero-change participles.</summary>
public class WidenedNeverGateTests
{
    [Theory]
    // The minimizer may close the object's own complement.
    [InlineData("The regulator has never asked a hard question about a single merger.", "has never asked a hard question about a single merger")]
    [InlineData("The clinic has never published the results of a single trial.", "has never published the results of a single trial")]
    // Zero-change participles ("let", "shut", "upset") read as the perfect's verb.
    [InlineData("The co-op has never once let its growers down.", "has never once let")]
    [InlineData("The ferry company has never once shut its doors on a stranded passenger.", "has never once shut")]
    public void Flags_a_widened_never_record(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2005", text));

    [Theory]
    [InlineData("The striker has never scored a goal at Wembley.")]
    [InlineData("The school has never let pupils leave early.")]
    [InlineData("Until that night he had never once let his guard down.")]
    [InlineData("No one was hurt in the fire on Elm Street.")]
    [InlineData("Nobody on the three-member panel voted against the plan.")]
    [InlineData("No one in the 40-person sample had heard of the scheme, the study found.")]
    public void Does_not_flag_records_and_reported_events(string text) =>
        Assert.Empty(Flagged("RH2005", text));

    [Theory]
    // An undated stretch of time does what "ever" does after a negative universal in the perfect.
    [InlineData("No one at the ministry has visited a farm in years.", "No one at the ministry has visited")]
    [InlineData("Nobody in the planning office has ridden a bus since school.", "Nobody in the planning office has ridden")]
    public void Flags_a_negative_universal_over_an_undated_stretch(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2005", text));

    [Theory]
    [InlineData("No one in the village has won a lottery prize since 1998.")]
    [InlineData("Nobody on the team has scored a goal since March.")]
    [InlineData("No one has been charged with a crime in years.")]
    [InlineData("Nobody in the family has read the will in years.")]
    public void Does_not_flag_a_dated_record_a_passive_or_a_definite_object(string text) =>
        Assert.Empty(Flagged("RH2005", text));
}
