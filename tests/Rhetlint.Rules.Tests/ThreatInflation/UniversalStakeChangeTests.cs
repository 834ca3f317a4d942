using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.ThreatInflation;

/// <summary>A whole set changed for the worse, for certain: RH1003's forecast and RH1004's wish or "until" (issue 16).</summary>
public class UniversalStakeChangeTests
{
    [Theory]
    [InlineData("Within a year every family bakery in Marlow will be out of business.", "Within a year every family bakery in Marlow will be out of business")]
    [InlineData("By Christmas the whole high street in Fenwick will be boarded up.", "By Christmas the whole high street in Fenwick will be boarded up")]
    [InlineData("By spring every community theatre in the borough will be dark.", "By spring every community theatre in the borough will be dark")]
    [InlineData("Within a year the whole district will be without a single midwife.", "Within a year the whole district will be without a single midwife")]
    [InlineData("All our youth clubs will be closed by the end of the year.", "will be closed by the end of the year")]
    [InlineData("Every small print shop in the county will be out of work within eighteen months.", "will be out of work within eighteen months")]
    [InlineData("Within five years every field station in the Arven highlands will be shut for good.", "Within five years every field station in the Arven highlands will be shut for good")]
    [InlineData("By the end of next season every amateur rowing club on the river will be shut and its boathouse turned into flats.", "By the end of next season every amateur rowing club on the river will be shut")]
    [InlineData("Every porter who works at the Tamsin depot will be out of a job within a year.", "will be out of a job within a year")]
    public void Flags_a_whole_set_changed_for_the_worse_by_a_deadline(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Fact]
    public void Flags_people_replaced_but_not_things() =>
        Assert.Equal(["Within two years every bank teller in the country will be replaced"],
            Flagged("RH1003", "Within two years every bank teller in the country will be replaced by a chatbot."));

    [Theory]
    [InlineData("Within two years every till in the store will be replaced with a faster model.")]
    // Measured, attributed, quoted, hedged, asked and answered.
    [InlineData("The Halden Water Board projects that 12% of the delta will be under water by 2080 in its central scenario.")]
    [InlineData("Every rural clinic could close within a year if funding is not renewed, the health trust warned.")]
    [InlineData("\"Every family bakery will be out of business within a year,\" said the association's chair, Mara Telling.")]
    [InlineData("Some critics say every bakery will be out of business by spring, yet openings rose 4% last year, according to the Bakers' Guild.")]
    [InlineData("Will every theatre in the borough be dark by spring? Ticket sales reported by the Arts Council suggest not.")]
    // A closure bounded by a purpose or a period, a clock time, a timetable.
    [InlineData("Every pitch in the park will be closed for reseeding until April.")]
    [InlineData("The museum will be dark on Mondays until the renovation ends.")]
    [InlineData("Every lab on campus will be closed over the Christmas break.")]
    [InlineData("Every stall at the market will be empty by 3pm, when trading ends.")]
    [InlineData("The shops on Market Street will close at 6pm on Sundays from June under the new bylaw.")]
    [InlineData("The council will close every library on Mondays from June, it said.")]
    // Gains, a literal removal, a contract's end.
    [InlineData("All city buses will be electric by 2030.")]
    [InlineData("By next summer all 14 branches will be refurbished.")]
    [InlineData("All our players will be back from injury by spring.")]
    [InlineData("Our volunteers will be off the hill by sunset, weather permitting.")]
    [InlineData("By the end of the season every player in the squad will be out of contract.")]
    public void Does_not_flag_measured_reported_bounded_or_gained_changes(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    // A reason, a plan or a destination after the state: a change explained, not a loss foretold.
    [Theory]
    [InlineData("By next summer the whole town pool will be closed so that the tiles can be relaid.")]
    [InlineData("Within a decade every oil boiler in the valley will be out of use under the county's heating plan.")]
    [InlineData("By autumn every clerk at the old depot will be out of the annexe and in the new office on Quay Street.")]
    [InlineData("Within a year every stall in the covered market will be empty, because the hall is being rebuilt.")]
    [InlineData("By spring every class at Marlin Primary will be out of the huts, which are to be turned into a garden.")]
    [InlineData("Within months every desk on the second floor will be empty, as the firm moves its staff to Leeds.")]
    public void Does_not_flag_a_change_given_its_reason_or_destination(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    // A move, not a loss (review 47): a place being left, a counted stay away, the plan's next step.
    [Theory]
    [InlineData("By next spring every clerk in the borough will be out of the old town hall.")]
    [InlineData("By next summer the whole squad will be out of the country for a month.")]
    [InlineData("By next winter the whole hall will be empty and the crews will move in.")]
    [InlineData("By next spring every stall in the old market will be empty and the traders will move into the new hall.")]
    [InlineData("By next spring every branch office will be shut and staff will work from the new hub.")]
    [InlineData("By next winter every tenant in Block C will be out of the building and rehoused in the tower on Mill Road.")]
    [InlineData("By next winter every resident of Tower B will be out of the building and relocated to the block on Quay Street.")]
    public void Does_not_flag_a_move_or_the_next_step_of_a_plan(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    [Theory]
    [InlineData("By next spring every tenant on the estate will be out of their homes.")]
    [InlineData("By next winter every rural clinic in the valley will be shut and families will drive for hours.")]
    public void Flags_a_removal_with_no_move(string text) =>
        Assert.Single(Flagged("RH1003", text));

    [Theory]
    [InlineData("Within a year every corner cafe in Dunmore will be boarded up, and nobody at the town hall will say why.")]
    [InlineData("By next spring every village surgery in the county will be shut and its building sold off as flats.")]
    public void Flags_the_loss_before_a_second_clause_or_a_successor(string text) =>
        Assert.Single(Flagged("RH1003", text));

    [Theory]
    [InlineData("The planning committee won't rest until every allotment in Brixford is under concrete.")]
    [InlineData("The funding board wants every independent lab off the campus by next summer.")]
    public void Flags_a_whole_set_changed_as_an_imputed_aim(string text) =>
        Assert.Single(Flagged("RH1004", text));

    [Theory]
    [InlineData("The committee wants every allotment holder to have a water butt by next summer.")]
    [InlineData("The swimming club won't rest until every child in the town can swim.")]
    [InlineData("The city plans to have every street light switched to LED by next year.")]
    [InlineData("The residents want every pothole on Mill Lane closed by spring.")]
    public void Does_not_flag_an_aim_toward_a_gain_or_a_mend(string text) =>
        Assert.Empty(Flagged("RH1004", text));
}
