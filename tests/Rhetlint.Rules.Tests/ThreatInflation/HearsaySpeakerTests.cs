using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.ThreatInflation;

/// <summary>A closing tag whose noun is hearsay ("the rumour mill", "the grapevine") is talk nobody answers for, no body speaking.</summary>
public class HearsaySpeakerTests
{
    [Theory]
    [InlineData("Every orchard in the Harlow valley will be gone by next spring, the rumour mill says.", "will be gone by next spring")]
    [InlineData("Every school in the county will be shut by the autumn, the grapevine says.", "will be shut by the autumn")]
    public void RH1003_flags_a_worst_case_credited_to_hearsay(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    [InlineData("Every school in the county will be shut by the autumn, the education board says.")]
    [InlineData("Every orchard in the Harlow valley will be gone by next spring, the growers' cooperative warned.")]
    public void RH1003_leaves_a_worst_case_a_body_gives_alone(string text) =>
        Assert.Empty(Flagged("RH1003", text));
}
