using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Sourcing;

/// <summary>
/// A capitalized common word alone after "at the" or "on the" is a local nickname for a place or a workplace, not a body,
/// so the people placed there stay an unnamed group.
/// </summary>
public class RH3001PlaceNicknameTests
{
    [Theory]
    [InlineData("Nurses at the Infirmary say the night shifts are unsafe.", "Nurses at the Infirmary")]
    [InlineData("Lifeguards on the Strand say the currents have grown stronger this summer.", "Lifeguards on the Strand")]
    [InlineData("Traders on the Parade say footfall has halved since the car park closed.", "Traders on the Parade")]
    [InlineData("Doctors at the General say they treat bicycle injuries every week.", "Doctors at the General")]
    public void Flags_a_group_placed_at_a_nickname(string text, string span) =>
        Assert.Equal([span], Flagged("RH3001", text));

    // Near misses: a body's name, a newspaper, a group named in the phrase, a vote, an act.
    [Theory]
    [InlineData("Economists at the Harlow Institute say rates will rise.")]
    [InlineData("Reporters at the Guardian say the paper will cut its print run.")]
    [InlineData("Residents on the Esplanade, led by Mary Colley of the Seafront Association, say the lights are out.")]
    [InlineData("Residents on the Esplanade voted 312 to 40 to keep the lights.")]
    [InlineData("Doctors at the General treated 40 patients overnight.")]
    public void Does_not_flag_a_named_body_or_an_act(string text) =>
        Assert.Empty(Flagged("RH3001", text));

    // A publication after "in" stays a name: the analysis is cited, not a crowd.
    [Fact]
    public void Keeps_a_journal_after_in_as_a_name() =>
        Assert.Empty(Flagged("RH3002", "A 2023 analysis in the Lancet by the TRAWL project found that trawling had halved."));
}
