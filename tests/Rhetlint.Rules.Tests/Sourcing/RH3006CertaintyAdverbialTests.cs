using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Sourcing;

/// <summary>An adverbial of certainty between the impersonal passive and its clause still credits the finding to nobody.</summary>
public class RH3006CertaintyAdverbialTests
{
    [Theory]
    [InlineData("It has been established beyond doubt that the new bypass cut journey times.", "It has been established")]
    [InlineData("It has been shown conclusively that school breakfasts raise attendance.", "It has been shown")]
    [InlineData("It is established beyond any doubt that the striker was offside.", "It is established")]
    [InlineData("It has been proven once and for all that the old reservoir leaks.", "It has been proven")]
    public void Flags_a_finding_insisted_on(string text, string span) =>
        Assert.Equal([span], Flagged("RH3006", text));

    // Near misses: a named agent, a negation, a standard of proof with no clause, an active finding by a named court.
    [Theory]
    [InlineData("It has been established beyond doubt by the Harwell Institute that the new bypass cut journey times.")]
    [InlineData("It has never been shown conclusively that school breakfasts raise attendance.")]
    [InlineData("Guilt must be proven beyond reasonable doubt before a jury can convict.")]
    [InlineData("The Halden Crown Court found beyond reasonable doubt that the driver had been speeding.")]
    public void Does_not_flag_near_misses(string text) =>
        Assert.Empty(Flagged("RH3006", text));
}
