using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Sourcing;

/// <summary>A group placed by a preposition of position or path ("along", "up and down", "down") is still unnamed.</summary>
public class RH3001PathPrepositionTests
{
    [Theory]
    [InlineData("Fishmongers up and down the quay tell us the catch has never been this thin.", "Fishmongers up and down the quay")]
    [InlineData("Ranchers along the creek say the new fence line was drawn to suit the developer.", "Ranchers along the creek")]
    [InlineData("Cyclists over the hill say the resurfacing has made the lane worse.", "Cyclists over the hill")]
    [InlineData("Traders along the high street say the council has killed footfall.", "Traders along the high street")]
    [InlineData("Parents up and down this borough tell me the new admissions policy is a disgrace.", "Parents up and down this borough")]
    [InlineData("Anglers along the estuary say the sewage dumping has wiped out the fish.", "Anglers along the estuary")]
    [InlineData("Householders beside the new pylons say their bills have doubled.", "Householders beside the new pylons")]
    [InlineData("Commuters past the junction say the fare rise is daylight robbery.", "Commuters past the junction")]
    public void Flags_the_placed_group(string text, string span) =>
        Assert.Single(Flagged("RH3001", text), f => f.StartsWith(span, StringComparison.Ordinal));

    /// <summary>A name after a preposition of path says where the group is, as one after "near" does; it names nobody in it.</summary>
    [Theory]
    [InlineData("Farmers along Hallam Creek say the dam has ruined them.", "Farmers along Hallam Creek")]
    [InlineData("Commuters past Hallam Junction say the fare rise is daylight robbery.", "Commuters past Hallam Junction")]
    public void Flags_the_group_placed_by_a_name(string text, string span) =>
        Assert.Single(Flagged("RH3001", text), f => f.StartsWith(span, StringComparison.Ordinal));

    [Theory]
    [InlineData("Ranchers along the creek, led by the cattle breeder Noor Halvard, say the fence line was moved.")]
    [InlineData("Ranchers along the creek lost 40 calves in the storm, the county extension office said on Friday.")]
    [InlineData("Prices went up, and the shop kept its opening hours.")]
    public void Does_not_flag_a_named_member_or_an_act(string text) =>
        Assert.Empty(Flagged("RH3001", text));

    /// <summary>
    /// A preposition of path whose object is a stretch of time ("over the past year", "down the centuries"), "up to" and
    /// "up until", and "past and present" place nobody: no post-modifier of place is read into the source.
    /// </summary>
    [Theory]
    [InlineData("Ministers up to now have said the line will open in 2029.")]
    [InlineData("Officials up until last week said the ferry would sail on time.")]
    [InlineData("Councillors over the past year have said the budget cannot stretch further.")]
    [InlineData("Investors over the past month have said the shares are overvalued.")]
    [InlineData("Neighbours over the years have said the hedge was never a problem.")]
    [InlineData("Historians down the centuries have argued that the treaty was doomed.")]
    [InlineData("Players past and present said goodbye to the old stand on Saturday.")]
    [InlineData("Members past and present said the club had been a second home.")]
    [InlineData("Police over the weekend said they had arrested two men in connection with the burglary.")]
    [InlineData("Shoppers over the holiday weekend spent £2.1bn, the British Retail Consortium said.")]
    public void Does_not_read_a_time_or_a_fixed_phrase_as_a_place(string text) =>
        Assert.DoesNotContain(Flagged("RH3001", text), f => f.Contains(" up ", StringComparison.Ordinal) || f.Contains(" over ", StringComparison.Ordinal)
            || f.Contains(" down ", StringComparison.Ordinal) || f.Contains(" past ", StringComparison.Ordinal));
}
