using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Sourcing;

/// <summary>The writer hearing a finite clause, with or without "that", passes on hearsay; hearing a thing is perception.</summary>
public class RH3011WriterHeardTests
{
    [Theory]
    [InlineData("I hear the clinic will stop taking new patients in March.", "I hear")]
    [InlineData("We hear the new owners have already picked a chef.", "We hear")]
    public void Flags_the_writer_passing_on_a_clause(string text, string span) =>
        Assert.Equal([span], Flagged("RH3011", text));

    [Theory]
    [InlineData("I hear the rain on the roof every night.")]
    [InlineData("We heard the band play until midnight.")]
    [InlineData("I heard that from the mayor herself.")]
    [InlineData("I hear you, and I agree the road needs fixing.")]
    public void Does_not_flag_perception_or_a_named_teller(string text) =>
        Assert.Empty(Flagged("RH3011", text));
}
