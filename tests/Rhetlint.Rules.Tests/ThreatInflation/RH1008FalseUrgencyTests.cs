using Microsoft.CodeAnalysis;
using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.ThreatInflation;

public class RH1008FalseUrgencyTests
{
    [Theory]
    [InlineData("The window to stop Kestria is closing fast, and we must act now.", "window to stop Kestria is closing fast")]
    [InlineData("Time is running out for the West to confront Varn.", "Time is running out")]
    [InlineData("We have two winters left to fix our gas storage.", "We have two winters left")]
    [InlineData("We have only ten years to save the reef.", "We have only ten years to save")]
    [InlineData("We must rearm before it is too late.", "before it is too late")]
    public void Flags_urgency_without_a_deadline(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1008", text));

    [Theory]
    [InlineData("The offer expires on 30 June, after which the tariff returns to 25%.")]
    [InlineData("Time ran out before the final shot.")]
    [InlineData("Time is running out for the West to confront Varn: the sanctions waiver expires on 30 June.")]
    [InlineData("This is your last chance to buy tickets for the show.")]
    [InlineData("The clock is ticking on the transfer window, and the club must sign a striker.")]
    [InlineData("It is not too late to sign up.")]
    [InlineData("“Time is running out to confront Varn,” Brandt said on Monday.")]
    [InlineData("Time is running out, we must act before the vote on Thursday.")]
    [InlineData("The mayor has 300 days left to define her legacy.")]
    [InlineData("It was the governor's last chance to tease Moscow before the summit.")]
    public void Does_not_flag_deadlines_literal_or_quoted_urgency(string text) =>
        Assert.Empty(Flagged("RH1008", text));

    [Fact]
    public void A_question_lowers_it_to_a_suggestion() =>
        Assert.Equal(DiagnosticSeverity.Info, SeverityOf("RH1008", "Time is running out to confront Varn, is it not?"));

    [Theory]
    [InlineData("We have days, not months, to stop the outbreak in Dunmore.", "days, not months")]
    [InlineData("The lenders must act in weeks, not years, or the crash will spread.", "weeks, not years")]
    [InlineData("If the levy passes, there will never be another chance to fix the pension fund.", "never be another chance")]
    [InlineData("We will not get a second shot at this, so we must act.", "not get a second shot")]
    [InlineData("This summer is our final chance to stop the cartels.", "our final chance")]
    public void Flags_countdowns_without_a_number(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1008", text));

    [Theory]
    [InlineData("Rebuilding the fleet takes years, not months, so we must plan.")]
    [InlineData("There will never be another chance to see the comet until 2061, so we must go tonight.")]
    [InlineData("The striker will not get a second chance in the final, so he must score.")]
    [InlineData("We have days, not months, to stop the outbreak; the vaccine order closes on 3 March.")]
    [InlineData("It is not our final chance to stop the cartels.")]
    public void Does_not_flag_durations_games_or_dated_countdowns(string text) =>
        Assert.Empty(Flagged("RH1008", text));

    [Theory]
    [InlineData("This spending review is our last chance.", "our last chance")]
    [InlineData("It is now or never for the river.", "now or never")]
    [InlineData("Ministers should back the telescope. It is the last chance this country will get to lead in astronomy.", "the last chance")]
    public void Flags_the_present_declared_our_last_chance(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1008", text));

    [Theory]
    [InlineData("Sunday is the last chance to see the lantern exhibition.")]
    [InlineData("It was our last chance, and we missed it.")]
    [InlineData("It is now or never for the Rovers, who need a win on Saturday to stay in the league.")]
    [InlineData("Tonight's recital is the last chance the orchestra will get to play the old hall.")]
    public void Does_not_flag_a_notice_history_or_a_game(string text) =>
        Assert.Empty(Flagged("RH1008", text));

    [Theory]
    [InlineData("We have one vote left to save the old park.", "We have one vote left")]
    [InlineData("We are one winter away from pensioners freezing in their homes.", "one winter away from pensioners freezing")]
    [InlineData("The delta is a single dry summer away from famine.", "a single dry summer away from famine")]
    [InlineData("Our banks are one bad budget away from collapse.", "one bad budget away from collapse")]
    public void Flags_countdowns_of_occasions_to_a_harm(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1008", text));

    [Theory]
    [InlineData("The school is two miles away from the fire.")]
    [InlineData("The bridge is one year away from completion.")]
    [InlineData("We are one vote away from passing the library budget.")]
    [InlineData("The bank was two weeks away from collapse in 2008.")]
    [InlineData("We have one vote left to save the park: the council votes on 4 May.")]
    public void Does_not_flag_distances_benign_goals_history_or_dated_votes(string text) =>
        Assert.Empty(Flagged("RH1008", text));
}
