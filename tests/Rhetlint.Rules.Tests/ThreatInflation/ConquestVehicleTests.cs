using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.ThreatInflation;

/// <summary>RH1001's WordNet war vehicles of session 47 (issue 16): armies of conquest and the Trojan horse, by type clash.</summary>
public class ConquestVehicleTests
{
    [Theory]
    [InlineData("The chain stores are an occupying force on our high street.", "an occupying force")]
    [InlineData("The betting shops are an army of occupation in the town centre.", "an army of occupation")]
    [InlineData("The app stores are a conquering army.", "a conquering army")]
    [InlineData("The surveillance drones are a besieging army.", "a besieging army")]
    [InlineData("The supermarket chains have become an occupation force.", "an occupation force")]
    [InlineData("The new curriculum is a Trojan horse for the lobbyists.", "a Trojan horse")]
    [InlineData("The loyalty card is a Trojan horse for data brokers.", "a Trojan horse")]
    public void Flags_an_army_of_conquest_or_a_Trojan_horse_said_of_civilian_things(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1001", text));


    [Theory]
    [InlineData("The soldiers were an occupying army.")]
    [InlineData("The troops are an invading force.")]
    [InlineData("Napoleon's army was an invading force in Russia in 1812.")]
    [InlineData("The occupying army withdrew from the city in 1945, the archive shows.")]
    [InlineData("The invasion force landed at dawn, the general's diary records.")]
    [InlineData("The attachment in the phishing email was a Trojan horse that stole bank passwords.")]
    [InlineData("The museum built a wooden copy of the Trojan horse for the summer festival.")]
    [InlineData("Critics say the merger is a Trojan horse, but the regulator found no sign of it in the filings.")]
    [InlineData("The bank merger is not a Trojan horse: the filings show every term.")]
    public void Does_not_flag_real_armies_software_the_legend_or_reported_and_negated_images(string text) =>
        Assert.Empty(Flagged("RH1001", text));
}
