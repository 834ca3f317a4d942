using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Superlatives;

/// <summary>RH2006 gates widened to their class (issue 17): a long or doubly narrowed universal subject, a pro-form complement of "knows".</summary>
public class WidenedConsensusGateTests
{
    [Theory]
    // A relative clause narrows the universal however long it runs.
    [InlineData("Everybody who has coached a junior side through a wet winter on those pitches knows the drainage is broken.",
        "Everybody who has coached a junior side through a wet winter on those pitches knows")]
    [InlineData("Every gardener who has watched the river spill over the allotments in a wet spring knows the barrier is too low.",
        "Every gardener who has watched the river spill over the allotments in a wet spring knows")]
    // A scope and then a relative clause.
    [InlineData("Everyone in the valley who has read the forecast knows the levee will not hold.", "Everyone in the valley who has read the forecast knows")]
    // A pro-form stands for the claim the writer has just made.
    [InlineData("Everyone who has sat through one of those planning meetings knows as much.", "Everyone who has sat through one of those planning meetings knows")]
    [InlineData("The club calls the new stand a triumph; anyone who has sat in it knows better.", "anyone who has sat in it knows")]
    [InlineData("Is the new reactor any safer? Every physicist in the building knows the answer to this one.", "Every physicist in the building knows")]
    public void Flags_a_widened_consensus_claim(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2006", text));

    [Theory]
    [InlineData("Every player who has signed for the club knows the manager's phone number.")]
    [InlineData("Every contestant knows the answer to the first question.")]
    [InlineData("Not everyone who has read the report knows as much.")]
    [InlineData("Ilse Brandt said everyone who has lived in the village knows the story.")]
    [InlineData("\"Everyone who has worked a night shift here knows better,\" said the nurse, Ana Pell.")]
    [InlineData("Anyone with a heart condition should know that the climb is steep.")]
    [InlineData("The mayor knows as much about tides as any harbour pilot.")]
    public void Does_not_flag_acquaintance_negation_quotes_or_advice(string text) =>
        Assert.Empty(Flagged("RH2006", text));
}
