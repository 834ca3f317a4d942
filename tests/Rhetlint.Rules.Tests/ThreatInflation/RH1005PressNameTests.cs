using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.ThreatInflation;

/// <summary>RH1005's press labels said of a press outlet by the short form of the name the document gives it.</summary>
public class RH1005PressNameTests
{
    [Fact]
    public void Flags_a_press_label_said_of_an_outlet_by_its_short_name() =>
        Assert.Equal(["a propaganda arm"], Flagged("RH1005",
            "The state sends $4 million a year to Marlowe Public Media. What the annual report does not say is that Marlowe has become a propaganda arm for one party."));

    [Theory]
    [InlineData("Marlowe Holdings bought the old mill last year. Marlowe has become a propaganda arm for one party.")]
    [InlineData("The state funds Marlowe Public Media. Critics say Marlowe has become a propaganda arm for one party.")]
    public void Leaves_a_name_of_no_outlet_or_a_reported_label(string text) =>
        Assert.Empty(Flagged("RH1005", text));
}
