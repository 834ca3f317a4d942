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
    [InlineData("The Carrow savings scheme is weeks away from total collapse.", "weeks away from total collapse")]
    [InlineData("Harlow's builders are one bad quarter away from mass bankruptcy.", "one bad quarter away from mass bankruptcy")]
    public void Flags_countdowns_of_occasions_to_a_harm(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1008", text));

    [Fact]
    public void A_hedged_countdown_to_a_harm_is_a_suggestion() =>
        Assert.Equal(DiagnosticSeverity.Info, SeverityOf("RH1008", "The Carrow savings scheme could be weeks away from total collapse."));

    [Theory]
    [InlineData("The school is two miles away from the fire.")]
    [InlineData("The bridge is one year away from completion.")]
    [InlineData("We are one vote away from passing the library budget.")]
    [InlineData("The bank was two weeks away from collapse in 2008.")]
    [InlineData("We have one vote left to save the park: the council votes on 4 May.")]
    [InlineData("Dunmore's new stadium is only months away from its opening night.")]
    [InlineData("The Calder Rovers are one win away from the league title.")]
    [InlineData("The ferry is one stop away from its last terminal at Harlow.")]
    [InlineData("The Carrow scheme could be weeks away from collapse, the Dunmore Audit Office warned in a 40-page report.")]
    public void Does_not_flag_distances_benign_goals_history_or_dated_votes(string text) =>
        Assert.Empty(Flagged("RH1008", text));

    // Generalization tests: each class on other topics (a school board, a river clean-up, a software migration), with
    // other words of the same class than the documents it was read from.
    [Theory]
    [InlineData("The school board has hours, not weeks, to save the music programme.", "hours, not weeks")]
    [InlineData("The river trust must raise the money in months, not decades, or the weir will go.", "months, not decades")]
    [InlineData("You have weeks, not years, to be prepared for the new billing system.", "weeks, not years")]
    public void Flags_a_span_set_against_a_longer_one_on_the_generated_time_scale(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1008", text));

    [Theory]
    [InlineData("Digging the new channel takes decades, not years, so the trust must plan.")]
    [InlineData("Moving the servers takes weeks, not days, and the team must budget for it.")]
    [InlineData("We have days, not weeks, to save the music programme; the board votes on 12 March.")]
    public void Does_not_flag_a_span_set_against_a_shorter_one_or_a_dated_countdown(string text) =>
        Assert.Empty(Flagged("RH1008", text));

    [Theory]
    [InlineData("Still, the chance to rescue the old mill is slipping away by the day.", "chance to rescue the old mill is slipping away by the day")]
    [InlineData("Our window to move off the legacy servers is narrowing with every passing week.", "window to move off the legacy servers is narrowing with every passing week")]
    [InlineData("Time to save the reading scheme is draining away fast.", "Time to save the reading scheme is draining away fast")]
    public void Flags_a_time_or_opportunity_closing_at_a_rate(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1008", text));

    [Theory]
    [InlineData("The chance of rain is fading by the hour.")]
    [InlineData("The transfer window is closing fast for the club.")]
    [InlineData("The window to register closes on Friday at noon.")]
    [InlineData("The window to apply is closing fast; applications close on 9 June.")]
    [InlineData("The opportunity to save the mill is slipping away.")]
    [InlineData("“The window is closing by the week,” the head teacher said.")]
    public void Does_not_flag_a_probability_a_game_a_schedule_no_rate_or_quoted_words(string text) =>
        Assert.Empty(Flagged("RH1008", text));

    [Theory]
    [InlineData("Every week the school board delays is a week taken from our pupils' futures.", "Every week the school board delays is a week taken from our pupils' futures")]
    [InlineData("Each month of inaction on the river costs lives downstream.", "Each month of inaction on the river costs lives")]
    [InlineData("Every month we hesitate on the migration is a month stolen from the patients who rely on it.", "Every month we hesitate on the migration is a month stolen from the patients")]
    [InlineData("Every day we wait is a day robbed from our grandchildren. The council meets on Tuesday.", "Every day we wait is a day robbed from our grandchildren")]
    public void Flags_a_unit_of_delay_charged_as_a_loss_to_a_victim(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1008", text));

    [Theory]
    [InlineData("Each month of delay costs 30 families their winter heating, the council's audit found.")]
    [InlineData("Every day we wait for the parts, the crew plays cards.")]
    [InlineData("“Every month we stall is a month taken from our patients,” the trust chair said.")]
    [InlineData("Every day we wait is not a day stolen from anyone.")]
    public void Does_not_flag_a_measured_cost_no_loss_or_quoted_words(string text) =>
        Assert.Empty(Flagged("RH1008", text));

    [Theory]
    [InlineData("The school board is gambling with our pupils' safety by keeping the old boiler.", "gambling with our pupils' safety")]
    [InlineData("Anyone who skips the backup is toying with the clinic's future.", "toying with the clinic's future")]
    [InlineData("The mill owners are playing with the lives of everyone downstream.", "playing with the lives")]
    public void Flags_a_victims_stake_gambled_with(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1008", text));

    [Theory]
    [InlineData("The children were playing with the dog in the garden.")]
    [InlineData("The coach is gambling with the team's future by benching the striker.")]
    [InlineData("“They are gambling with our safety,” a parent said.")]
    [InlineData("The board is not gambling with anyone's safety.")]
    [InlineData("Anything less is a gamble with the harbour's future.")]
    public void Does_not_flag_play_a_game_quoted_or_negated_charges(string text) =>
        Assert.Empty(Flagged("RH1008", text));

    // A period declared the last in which we can act, on other topics and with other nouns than the documents it was
    // read from (a harbour, a bog, a pension fund, an orchard).
    [Theory]
    [InlineData("This is the final decade in which anything can still be saved in the salt marsh.", "the final decade in which anything can still be saved")]
    [InlineData("We are the last generation that can stop the bog from drying out.", "the last generation that can stop")]
    [InlineData("This parliament is the final session to rescue our pension fund.", "the final session to rescue")]
    [InlineData("Tonight is the only moment to protect the families on the estate.", "the only moment to protect")]
    [InlineData("Now is the final month to halt the outbreak before it reaches our schools.", "the final month to halt")]
    [InlineData("This is the last winter in which the chapel can still be rescued.", "the last winter in which the chapel can still be rescued")]
    public void Flags_the_present_declared_the_last_period_to_act(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1008", text));

    [Theory]
    [InlineData("1998 was the final summer in which the mill could still turn a profit.")]
    [InlineData("Sunday is the last day to see the lantern exhibition.")]
    [InlineData("This is the final term in which the old timetable is used.")]
    [InlineData("“This is the final decade in which anything can still be saved,” the warden said.")]
    [InlineData("This is the final session to fix the pension fund; the bill expires on 30 June.")]
    [InlineData("It is not the only decade in which we can act.")]
    [InlineData("This is the last season in which the squad can defend its title.")]
    public void Does_not_flag_history_a_notice_a_deadline_quotes_or_a_game(string text) =>
        Assert.Empty(Flagged("RH1008", text));

    // A window "to" do something is a window for averting a harm only with a verb of averting and a stake or threat.
    [Theory]
    [InlineData("This is the final week to protect tender plants before the first frosts.")]
    [InlineData("This is the last month to change your energy tariff without a fee.")]
    [InlineData("It's the final session to prepare for the exam.")]
    [InlineData("This is the last moment to head inside before the fireworks start.")]
    [InlineData("This is the only evening to fix the bunting before the fete.")]
    [InlineData("Friday is the last day to save a seat on the coach.")]
    public void Does_not_flag_a_last_window_with_no_harm_to_avert(string text) =>
        Assert.Empty(Flagged("RH1008", text));

    // A victim as the subject of the loss a delay is charged with: other delayers, victims and verbs.
    [Theory]
    [InlineData("Every week the council delays, another family is lost to the damp.", "Every week the council delays, another family is lost")]
    [InlineData("Each day we wait, more patients die on the ward.", "Each day we wait, more patients die")]
    [InlineData("Every month the trust stalls, another child is hurt on that crossing.", "Every month the trust stalls, another child is hurt")]
    [InlineData("Every month the ministry waits, more children suffer.", "Every month the ministry waits, more children suffer")]
    public void Flags_a_delay_whose_victim_suffers(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1008", text));

    [Theory]
    [InlineData("Every week the office delays, another form is lost in the post.")]
    [InlineData("Every day we wait, the children play in the yard.")]
    [InlineData("Each month of delay, 30 families lose their heating.")]
    [InlineData("“Every month the council stalls, another patient is lost,” a neighbour said.")]
    [InlineData("Each year the festival waits, people suffer the same queues.")]
    [InlineData("Every month the landlord stalls, families suffer a draughty hallway.")]
    public void Does_not_flag_a_delay_with_no_victim_no_loss_a_figure_or_quoted(string text) =>
        Assert.Empty(Flagged("RH1008", text));

    // The vote a condition names sets the claim off; it is not a time by which to act.
    [Theory]
    [InlineData("But once the ballot is counted, there will never be another chance to save the meadow.", "never be another chance")]
    [InlineData("Once the referendum is lost, we will not get a second shot at the ferry, so we must act.", "not get a second shot")]
    public void Flags_an_unrepeatable_chance_after_a_condition_that_names_a_vote(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1008", text));

    [Theory]
    [InlineData("If the vote passes on 4 May, there will never be another chance to save the orchard.")]
    [InlineData("There will never be another chance to save the orchard before the vote.")]
    public void Does_not_flag_an_unrepeatable_chance_with_a_date_or_a_vote_outside_the_condition(string text) =>
        Assert.Empty(Flagged("RH1008", text));

    // A period or an occasion is the opportunity when a purpose clause of action follows it at once.
    [Theory]
    [InlineData("We may not get a second winter to save the Tollan dunes.", "not get a second winter to save")]
    [InlineData("If the Brenmoor bill fails, we will never get another decade to save the reef.", "never get another decade to save")]
    public void Flags_a_period_declared_unrepeatable_for_acting(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1008", text));

    [Theory]
    [InlineData("There will not be a second election in Brenmoor this year.")]
    [InlineData("There will never be another summer to visit the lake with Grandad Ollie.")]
    [InlineData("There will not be a second winter to fix the sea wall: the contract ends on 1 March.")]
    public void Does_not_flag_a_period_counted_or_spent_on_no_action(string text) =>
        Assert.Empty(Flagged("RH1008", text));

    // Time declared used up: a countdown at zero, with a call to act or a threat beside it.
    [Theory]
    [InlineData("There is no time left to save the harbour from the silt.", "no time left")]
    [InlineData("We have hardly any time remaining to fix the river defences.", "hardly any time remaining")]
    public void Flags_time_declared_used_up(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1008", text));

    [Theory]
    [InlineData("There was little time left for questions after the talk.")]
    [InlineData("There is no time left to save the harbour, and the council votes on 4 May.")]
    [InlineData("“There is no time left to save the harbour,” the harbourmaster Rona Tell said.")]
    [InlineData("The referee said there was no time left to take the corner.")]
    // The match clock and a score to level are a game's; time left that modifies people is their own horizon.
    [InlineData("There is no time left on the clock, so the home side must score now.")]
    [InlineData("Tenants with little time left on their leases should move to a rolling contract.")]
    [InlineData("Borrowers with little time left before the rate rise should move to a fixed deal.")]
    public void Does_not_flag_schedules_dated_or_reported_time_left(string text) =>
        Assert.Empty(Flagged("RH1008", text));

    // "A little time left" is some time still in hand; the bare "little" beside it still counts down.
    [Fact]
    public void Does_not_flag_a_little_time_left() =>
        Assert.Empty(Flagged("RH1008", "The caretakers still have a little time left to fix the chapel roof before winter sets in."));

    [Fact]
    public void Flags_little_time_left_without_an_article() =>
        Assert.Equal(["little time left"], Flagged("RH1008", "The caretakers have little time left to fix the chapel roof before winter sets in."));
}
