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

    [Theory]
    // A reason, a relocation or the next step after the state (review 48a).
    [InlineData("By next season there won't be a single stand open at Kelby Park, because the club moves to its new ground in August.")]
    [InlineData("By next winter no road over the Carn pass will be open, as happens every year when the snow arrives.")]
    [InlineData("By next summer no pool in the borough will be open, because the council is replacing every roof.")]
    [InlineData("By next year no branch in Kelby will be open, because the bank is merging them into its Dunmore office.")]
    [InlineData("By next winter there won't be a single ward open in the old infirmary; patients move to the new hospital in March.")]
    [InlineData("By next summer not one old diesel bus in the county fleet will be operational, as the electric ones arrive.")]
    // A sell-out: open or affordable means still to be had.
    [InlineData("By next Christmas there won't be a single room open at the Harbour Lodge, which is booked solid through the holidays.")]
    [InlineData("By next Christmas there won't be a single table open at Marco's, which has taken bookings for every night.")]
    // A bound to a period further on in the state's clause.
    [InlineData("By next spring there won't be a single lane open on the bypass at night while it is resurfaced.")]
    [InlineData("By the end of the summer there won't be a single hotel room affordable in Strathmoor during the festival.")]
    [InlineData("By next winter no road over the Hale pass will be open at night until the gritters arrive.")]
    // A negated restriction: not a single one without it is every one with it.
    [InlineData("By next spring you won't be able to find a single store in the chain that doesn't stock the new console.")]
    [InlineData("Within a year you won't be able to find a single home in the village without fibre broadband.")]
    [InlineData("By next season you won't be able to find a single seat in the ground that isn't covered by the new roof.")]
    public void Does_not_flag_a_state_with_a_reason_a_move_a_sell_out_a_bound_or_a_double_negative(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    [Theory]
    [InlineData("Within a decade there won't be a single family farm still open in this valley.", "Within a decade there won't be a single family farm still open")]
    [InlineData("Within a few years there won't be a single record shop open in the old market town.", "Within a few years there won't be a single record shop open")]
    [InlineData("By next summer not a single swimming pool in Wexley will be open, and the council will not say why.", "By next summer not a single swimming pool in Wexley will be open")]
    [InlineData("In ten years no home on this coast will be habitable.", "In ten years no home on this coast will be habitable")]
    public void Still_flags_a_loss_with_no_reason_move_or_bound(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));
}
