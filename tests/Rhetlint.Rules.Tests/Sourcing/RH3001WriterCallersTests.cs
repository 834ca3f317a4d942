using Microsoft.CodeAnalysis.Text;
using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Sourcing;

/// <summary>The writer's unnamed callers: "I've had growers ring me and tell me …".</summary>
public class RH3001WriterCallersTests
{
    [Theory]
    [InlineData("I've had ferry pilots call me at night and tell me the new pier is sinking.", "ferry pilots")]
    [InlineData("We had four bakers ring the programme this week saying the flour levy will shut them.", "four bakers")]
    [InlineData("I have had teachers stop me at the gate to tell me that the new timetable is unworkable.", "teachers")]
    [InlineData("I've had drivers call to say thanks and tell me the new bridge is cracking.", "drivers")]
    [InlineData("I've had four grocers ring the show telling me they're closing their Sunday stalls.", "four grocers")]
    public void Flags_callers_who_tell_the_writer_something(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH3001", text));

    // Near misses: callers who pass nothing on, relatives, named callers, and the same words inside a quotation.
    [Theory]
    [InlineData("I've had plumbers call round twice to fix the boiler.")]
    [InlineData("I've had readers write in asking where to send donations.")]
    [InlineData("I've had my parents call me every night this week and tell me the village is flooded.")]
    [InlineData("I've had Ana Ruiz and Tom Bell call me to say the ferry is late.")]
    [InlineData("The mayor said: \"I've had fishermen call me and tell me the quay is unsafe.\"")]
    // A request or a courtesy passes no claim on.
    [InlineData("In 1998 I had soldiers stop me at the checkpoint and tell me to turn back.")]
    [InlineData("I've had customers call me to say thank you for the new timetable.")]
    [InlineData("We've had listeners ring the show to say sorry for the rude caller.")]
    // The callers' own trouble or feeling: they are its only source.
    [InlineData("We've had readers write in saying how much they liked the crossword.")]
    [InlineData("I've had pupils email me to say they cannot open the revision notes.")]
    public void Does_not_flag_callers_who_pass_no_claim_on_or_are_not_vague(string text) =>
        Assert.Empty(Flagged("RH3001", text));

    [Theory]
    [InlineData("I've had teachers stop me at the gate and tell me the inspectors faked the report.",
        "I've had teachers, including [Name], [role] at [organization], stop me at the gate and tell me the inspectors faked the report.")]
    [InlineData("We had four bakers ring the programme saying the flour levy will shut them.",
        "We had four bakers, including [Name], [role] at [organization], ring the programme saying the flour levy will shut them.")]
    public void Naming_the_callers_leaves_the_sentence_whole(string text, string expected)
    {
        var rewrite = Assert.Single(Single("RH3001", text).Rewrites);
        Assert.Equal(expected, SourceText.From(text).WithChanges(rewrite.Changes).ToString());
    }
}
