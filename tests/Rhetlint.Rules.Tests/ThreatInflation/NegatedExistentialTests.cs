using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.ThreatInflation;

/// <summary>Total loss told as a negative existential whose state is open: RH1003 (issue 16).</summary>
public class NegatedExistentialTests
{
    [Theory]
    [InlineData("By the end of next season there won't be a single amateur boxing gym open in Carrowmore.", "By the end of next season there won't be a single amateur boxing gym open")]
    [InlineData("By the end of the decade there won't be one independent bookshop open in the whole county.", "By the end of the decade there won't be one independent bookshop open")]
    [InlineData("By next Christmas there will not be a single chemist open on Dane Street.", "By next Christmas there will not be a single chemist open")]
    public void Flags_not_a_single_one_left_in_its_working_state(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    [InlineData("Within a year no corner shop on the Halden estate will be safe after dark.", "Within a year no corner shop on the Halden estate will be safe")]
    [InlineData("Within a decade no child in the Fenmarch villages will be safe from flooding.", "Within a decade no child in the Fenmarch villages will be safe")]
    [InlineData("Within a decade not one rural maternity ward in the Lessing valley will be open.", "Within a decade not one rural maternity ward in the Lessing valley will be open")]
    [InlineData("By next winter not a single flat in the harbour streets will be affordable.", "By next winter not a single flat in the harbour streets will be affordable")]
    public void Flags_a_working_state_denied_a_whole_set(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    [InlineData("Within five years you won't be able to find a single phone repair shop in Marlow.", "Within five years you won't be able to find a single phone repair shop")]
    [InlineData("Within a year you will not be able to see a dentist in a single town in Rossmoor.", "Within a year you will not be able to see a dentist in a single town")]
    public void Flags_no_access_to_a_single_place_or_person(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    // Quoted, rebutted, measured.
    [InlineData("\"Within a year no shop on the estate will be safe,\" said the chairman of the traders' association.")]
    [InlineData("Some warn there won't be a single bookshop open in Marlow by next year, but the council's survey counted twelve new ones last year.")]
    [InlineData("By 2030 not one of the 40 branches in the county will be open, the bank's closure schedule shows.")]
    // A sale, a notice, a moment's hyperbole, a bound, a plan.
    [InlineData("By Saturday there won't be a single ticket left for the derby.")]
    [InlineData("By Friday no pharmacy in town will be open, as staff join the strike.")]
    [InlineData("Within a week you will not be able to log in with the old password.")]
    [InlineData("There won't be a single dry eye in the house by the final act.")]
    [InlineData("You won't be able to hear a single word over the crowd.")]
    [InlineData("By next summer no pub on the quay will be open after midnight under the new licensing plan.")]
    [InlineData("By next winter no road over the moor will be open to lorries.")]
    [InlineData("By spring no branch in the county will be open on Sundays.")]
    // Gains and pledges.
    [InlineData("Within a decade no child in the county will go hungry.")]
    [InlineData("By next summer there won't be a single diesel bus in the fleet.")]
    [InlineData("No council tenant will be left without heating this winter, the housing department promised.")]
    public void Does_not_flag_reported_measured_notice_or_pledged_absences(string text) =>
        Assert.Empty(Flagged("RH1003", text));
}
