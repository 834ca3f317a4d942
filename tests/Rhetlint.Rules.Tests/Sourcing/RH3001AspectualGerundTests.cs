using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Sourcing;

/// <summary>A verb of continuing or beginning before a gerund of saying leaves the group the gerund's subject.</summary>
public class RH3001AspectualGerundTests
{
    [Theory]
    [InlineData("Developers keep saying the update broke the sync feature.", "Developers keep saying")]
    [InlineData("Scientists keep warning that the glacier will be gone within a decade.", "Scientists keep warning")]
    [InlineData("Commuters went on insisting that the new timetable was a fraud.", "Commuters went on insisting")]
    [InlineData("Parents kept on claiming the school had hidden the report.", "Parents kept on claiming")]
    public void Flags_a_group_that_keeps_saying(string text, string span) =>
        Assert.Equal([span], Flagged("RH3001", text));

    [Fact]
    public void Flags_a_group_that_has_started_saying() =>
        Assert.Single(Flagged("RH3001", "Farmers across the valley have started saying the river is drying up."));

    // Near misses: a named body or person, the writer, a literal call, and a verb of stopping.
    [Theory]
    [InlineData("The Harlow Weather Service keeps warning drivers about ice on the A40.")]
    [InlineData("The mayor, Lena Hart, keeps saying the budget is balanced.")]
    [InlineData("I keep telling my kids that homework comes first.")]
    [InlineData("The players keep calling for the ball on the left wing.")]
    [InlineData("Staff stopped saying hello to each other after the merger.")]
    public void Does_not_flag_named_speakers_the_writer_or_acts(string text) =>
        Assert.Empty(Flagged("RH3001", text));
}
