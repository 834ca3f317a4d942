using Microsoft.CodeAnalysis;
using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.ThreatInflation;

public class RH1007InevitabilityClaimTests
{
    [Theory]
    [InlineData("War with Kestria is inevitable; the only question is when.", "War with Kestria is inevitable")]
    [InlineData("It is only a matter of time before Varn's drones reach our cities.", "only a matter of time before Varn's drones")]
    [InlineData("Sooner or later the militias will attack the capital.", "Sooner or later the militias")]
    [InlineData("The standoff is bound to end in bloodshed.", "bound to end in bloodshed")]
    [InlineData("The region is destined to become a battlefield.", "destined to become a battlefield")]
    [InlineData("Kestria's buildup has made war inevitable.", "war inevitable")]
    // A particle makes the verb of ending another verb: passing to humans spreads the virus.
    [InlineData("Sooner or later the bird flu will pass to humans in the Ollin valley.", "Sooner or later the bird flu")]
    public void Flags_a_threat_called_inevitable(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1007", text));

    [Theory]
    [InlineData("Historians reject the idea that the 1914 war was inevitable.")]
    [InlineData("Some delay is inevitable when ballots arrive by mail.")]
    [InlineData("No war is inevitable.")]
    [InlineData("Prices are bound to rise when the subsidy ends.")]
    [InlineData("It is only a matter of time before our old band reunites.")]
    [InlineData("Brandt said war with Kestria was inevitable.")]
    [InlineData("The myth that conflict with Varn is inevitable has shaped a decade of policy.")]
    [InlineData("The water crisis in Halden is bound to get an airing at the debate.")]
    [InlineData("Conflicts with the unions inevitably come up at budget time.")]
    [InlineData("Hard decisions inevitably come to the White House.")]
    [InlineData("The border dispute of 1871 made the war with Kestria inevitable.")]
    [InlineData("The council ignored every warning and watched as the inevitable collapse unfolded.")]
    [InlineData("After the border clash of 1912, war with Kestria was inevitable.")]
    [InlineData("Such vague guidance inevitably risks confusing the voters it means to protect.")]
    [InlineData("Every surgery carries some inevitable risk.")]
    // What a report or a warning says is reported; a threat said to end is relief.
    [InlineData("The closures follow reports that a cholera outbreak on the coast is only a matter of time.")]
    [InlineData("The harbour closed after warnings that a flood on the estuary is inevitable this winter.")]
    [InlineData("Sooner or later the drought will end and the Ollin reservoirs will fill again.")]
    [InlineData("It is just a matter of months until the recession eases, and the shops on Quay Street know it.")]
    public void Does_not_flag_denied_benign_or_reported_inevitability(string text) =>
        Assert.Empty(Flagged("RH1007", text));

    [Theory]
    [InlineData("On the Calder Road roundabout it is merely a matter of time until a cyclist is killed.", "merely a matter of time until a cyclist is killed")]
    [InlineData("It's just a matter of weeks before patients die on trolleys at Dunmore General.", "just a matter of weeks before patients die")]
    [InlineData("Leave the stairwell lights broken and it is only a matter of days until somebody gets killed.", "only a matter of days until somebody gets killed")]
    public void Flags_a_death_of_people_as_a_matter_of_time(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1007", text));

    [Theory]
    [InlineData("The corner café on Mill Lane will be back; it is simply a matter of time until its doors reopen.")]
    [InlineData("It is only a matter of weeks before the new Harlow library opens its doors.")]
    [InlineData("My old phone is fading, and it is just a matter of time until its battery dies.")]
    [InlineData("The elm by the chapel is rotting, and it is merely a matter of time until it dies.")]
    [InlineData("The coroner said it was only a matter of time before someone was killed at the crossing.")]
    [InlineData("Calder's oldest striker says it is only a matter of months before he retires.")]
    public void Does_not_flag_a_benign_or_reported_matter_of_time(string text) =>
        Assert.Empty(Flagged("RH1007", text));

    [Fact]
    public void Leaves_will_inevitably_before_a_catastrophe_to_RH1003() =>
        Assert.Empty(Flagged("RH1007", "These apps will inevitably tear our society apart."));

    [Fact]
    public void A_hedge_lowers_it_to_a_suggestion() =>
        Assert.Equal(DiagnosticSeverity.Info, SeverityOf("RH1007", "War with Kestria is probably inevitable."));

    [Theory]
    [InlineData("Power cuts are inevitable this winter.", "Power cuts are inevitable")]
    [InlineData("A crime wave is inevitable once the station closes.", "crime wave is inevitable")]
    [InlineData("It is only a matter of time before microplastics reach the reservoir.", "only a matter of time before microplastics")]
    public void Flags_threats_of_every_domain_called_inevitable(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1007", text));

    [Theory]
    [InlineData("The next outbreak is not a matter of if but of months.", "outbreak is not a matter of if but")]
    [InlineData("It is not if a pandemic reaches Dunmore, but when.", "not if a pandemic reaches Dunmore, but when")]
    [InlineData("For the harbour towns, a cyberattack on the port is a matter of when, not if.", "cyberattack on the port is a matter of when, not if")]
    public void Flags_not_if_but_when_also_split_by_its_clause(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1007", text));

    [Theory]
    [InlineData("Whether the festival moves to June is not if but when.")]
    [InlineData("It is not if the council raises rents but when that worries tenants most.")]
    [InlineData("The mayor rejects the idea that a flood is not a matter of if but when.")]
    public void Does_not_flag_not_if_but_when_without_a_threat_or_when_denied(string text) =>
        Assert.Empty(Flagged("RH1007", text));

    [Theory]
    [InlineData("The ransomware gangs are getting bolder, and nothing can stop them.", "nothing can stop them")]
    [InlineData("The new strain of bird flu cannot be contained.", "The new strain of bird flu cannot be contained")]
    [InlineData("The wildfires are spreading east, and there is no way to stop them.", "there is no way to stop them")]
    [InlineData("Malware is already inside the grid. Nobody can stop what is coming.", "Nobody can stop what is coming")]
    [InlineData("The new flu strain is unstoppable.", "The new flu strain is unstoppable")]
    [InlineData("An unstoppable wave of burglaries has hit the suburbs.", "An unstoppable wave of burglaries")]
    [InlineData("We are powerless against the disinformation flooding every feed.", "We are powerless against")]
    public void Flags_helplessness_before_a_threat(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1007", text));

    [Theory]
    [InlineData("The striker was unstoppable on Saturday.")]
    [InlineData("Our winger is unstoppable when the team plays on grass.")]
    // The sport cues RH1004 shares: contests and games from WordNet (sport_events_wordnet.txt) and football's own words.
    [InlineData("The Rovers attack is unstoppable in the semifinal.")]
    [InlineData("The Rovers attack is unstoppable after the kick-off.")]
    [InlineData("There may be no way to stop the outbreak.")]
    [InlineData("The outbreak is not unstoppable.")]
    [InlineData("Nothing can stop the new tram line.")]
    [InlineData("There was no way to stop the flood that night.")]
    [InlineData("Solar power is unstoppable.")]
    [InlineData("Kestria's hackers are unstoppable.")]
    [InlineData("“Nothing can stop them,” the police chief, Ida Holm, said of the gangs.")]
    public void Does_not_flag_sport_hedged_negated_past_or_reported_helplessness(string text) =>
        Assert.Empty(Flagged("RH1007", text));

    // Sport settles "nothing can stop" for the cue list too, and the sentence that names the threat decides it.
    [Theory]
    [InlineData("Nothing can stop the Harwick attack now; the league is theirs.")]
    [InlineData("The Harwick attack scored twice again. Nothing can stop them now.")]
    public void Does_not_flag_nothing_can_stop_a_team(string text) =>
        Assert.Empty(Flagged("RH1007", text));

    [Theory]
    [InlineData("A ransomware attack hit the council again. Nothing can stop them now.", "Nothing can stop them")]
    [InlineData("This campaign is a marathon, and nothing can stop the wave of burglaries.", "nothing can stop")]
    public void Flags_nothing_can_stop_a_threat_beside_no_sport(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1007", text));

    [Theory]
    [InlineData("A ransomware attack on the hospital is coming. It is only a matter of time.", "only a matter of time")]
    [InlineData("The drought will bring famine to the valley. It's not if, but when.", "not if, but when")]
    [InlineData("A market crash is coming for every pension fund. The only question is when.", "The only question is when")]
    [InlineData("It is not a matter of whether the dam causes a flood, but when.", "not a matter of whether the dam causes a flood, but when")]
    public void Flags_a_bare_cue_that_points_back_at_a_threat(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1007", text));

    [Theory]
    [InlineData("The band is touring again this year. It is only a matter of time.")]
    [InlineData("A flood hit the valley in 1998. It was only a matter of time.")]
    [InlineData("The outbreak may reach the city. It is probably only a matter of time.")]
    [InlineData("Nobody expects a strike at the depot. It is only a matter of time before our pay talks resume.")]
    public void Does_not_flag_a_bare_cue_after_no_threat_in_history_or_under_a_hedge(string text) =>
        Assert.Empty(Flagged("RH1007", text));

    [Fact]
    public void A_bare_cue_after_a_claim_already_made_is_the_same_claim() =>
        Assert.Equal(["War with Kestria is inevitable"], Flagged("RH1007", "War with Kestria is inevitable. The only question is when."));

    [Theory]
    [InlineData("How long before famine reaches the valley?", "How long before famine")]
    [InlineData("How long until civil war breaks out in the capital?", "How long until civil war")]
    [InlineData("How long will it be before rolling blackouts hit every town?", "How long will it be before rolling blackouts")]
    public void Flags_a_question_that_asks_only_when_a_catastrophe_comes(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1007", text));

    [Fact]
    public void A_how_long_question_keeps_the_warning() =>
        Assert.Equal(DiagnosticSeverity.Warning, SeverityOf("RH1007", "How long before a mass extinction empties the reef?"));

    [Theory]
    [InlineData("How long before the storm reaches the coast? Forecasters expect landfall on Friday.")]
    [InlineData("How long before all-out war? The defence ministry said talks resume in March.")]
    [InlineData("How long before the new bridge opens?")]
    [InlineData("How long did the blackout last?")]
    [InlineData("“How long before civil war?” the senator, Ada Moss, asked.")]
    public void Does_not_flag_answered_benign_past_or_quoted_how_long_questions(string text) =>
        Assert.Empty(Flagged("RH1007", text));
}
