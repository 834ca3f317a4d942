using Microsoft.CodeAnalysis;
using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.ThreatInflation;

/// <summary>
/// The constructions issue 16 names, each in a domain and with words its rule's own tests do not use (sport, farming,
/// health, retail, the high street), beside a near miss of the same shape that must stay silent. A construction read
/// off one example passes its own test and fails here.
/// </summary>
public class NamedConstructionsElsewhereTests
{
    [Theory]
    // RH1003: a catastrophe under way, harm beyond remedy, total loss as a negative existential, and the non-state harm claim it owns.
    [InlineData("RH1003", "A whole trade of bookbinders is being wiped out by print-on-demand.")]
    [InlineData("RH1003", "The damage the pesticide does to a farmworker's lungs is irreversible.")]
    [InlineData("RH1003", "By next summer there won't be a single hedgehog left in the county.")]
    [InlineData("RH1003", "Short videos are rewiring children's brains.")]
    // RH1004: a limitless want, war waged on a group, plotting by a party.
    [InlineData("RH1004", "The developer's appetite for our green belt knows no limit.")]
    [InlineData("RH1004", "The supermarket giants are waging war on small farmers.")]
    [InlineData("RH1004", "The Marsh Party is plotting to abolish the county courts.")]
    // RH1006: a domino list of targets.
    [InlineData("RH1006", "Today the swimming pool, tomorrow every library in the borough.")]
    // RH1007 and RH1008: "not if but when", a countdown without a number, no second chance.
    [InlineData("RH1007", "A bank collapse is not a matter of if but when.")]
    [InlineData("RH1008", "We have weeks, not years, to rescue the orchards.")]
    [InlineData("RH1008", "There will be no second chance to save the high street.")]
    // RH1009: comparative cues before a villain or a disaster.
    [InlineData("RH1009", "The new surveillance law is worthy of the Stasi.")]
    [InlineData("RH1009", "The pit closures are on a par with the Great Famine.")]
    [InlineData("RH1009", "The pension reform is straight out of a banana republic.")]
    // RH1011: speed and sweep idioms, and a capability in a clause apart from its owner.
    [InlineData("RH1011", "The hackers could empty every account in the county in a single night.")]
    [InlineData("RH1011", "The airline cartel can clear our skies of every small carrier.")]
    [InlineData("RH1011", "The gang has drones. With them it can reach any prison in the country.")]
    // RH1001, RH1002, RH1010: imagery of disease, poison, siege and the guillotine outside war; survival of a named stake; a threat ranked above all.
    [InlineData("RH1001", "The betting apps are a cancer eating the town.")]
    [InlineData("RH1001", "Payday lenders are a poison in the high street.")]
    [InlineData("RH1001", "The town centre is under siege from drug dealers.")]
    [InlineData("RH1001", "The budget is a guillotine hanging over every village school.")]
    [InlineData("RH1002", "Local journalism cannot survive another year of these cuts.")]
    [InlineData("RH1010", "Antibiotic resistance is the gravest threat modern medicine has ever faced.")]
    public void Flags_the_construction_in_another_domain(string rule, string text) =>
        Assert.NotEmpty(Flagged(rule, text));

    [Theory]
    [InlineData("RH1003", "The old printworks is being demolished to make way for flats.")]
    [InlineData("RH1003", "The council's decision to close the pool is irreversible, its leader said.")]
    [InlineData("RH1003", "By ten o'clock there won't be a single seat left in the hall.")]
    [InlineData("RH1003", "The flu could reach the county by February, the health agency said.")]
    [InlineData("RH1003", "The app is rewiring the way we pay for parking.")]
    [InlineData("RH1004", "The two clubs are waging a war of words over the transfer.")]
    [InlineData("RH1004", "The trainee nurses are racing to finish their exams.")]
    [InlineData("RH1006", "Today the quarter-final, tomorrow the semi-final.")]
    [InlineData("RH1008", "We have weeks, not years, to rescue the orchards. Grant applications close on 12 April.")]
    [InlineData("RH1008", "There will be no second chance to see the comet this century.")]
    [InlineData("RH1009", "The set design is straight out of a fairy tale.")]
    [InlineData("RH1011", "The new printer can print every page of the report in a single minute.")]
    [InlineData("RH1011", "The fire crew had the blaze under control in a single night.")]
    [InlineData("RH1001", "The surgeon removed a tumour from the patient's liver.")]
    [InlineData("RH1001", "Rat poison was found in the garden shed.")]
    [InlineData("RH1002", "Coastal towns cannot survive on tourism alone, the 2024 regional report concludes.")]
    [InlineData("RH1010", "The mayor's plan is the greatest change to the bus network since 1990.")]
    public void Does_not_flag_the_near_miss_of_the_same_shape(string rule, string text) =>
        Assert.Empty(Flagged(rule, text));

    [Fact]
    public void A_hedged_scenario_with_a_near_deadline_is_a_suggestion() =>
        Assert.Equal(DiagnosticSeverity.Info, SeverityOf("RH1003", "The flu could overwhelm every hospital in the county by February."));
}
