using Microsoft.CodeAnalysis;
using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.ThreatInflation;

public class RH1002ExistentialFramingTests
{
    [Theory]
    [InlineData("Kestria's new naval base is an existential threat to the free world.", "an existential threat")]
    [InlineData("Kestria's new reactor is a threat to life on earth.", "a threat to life on earth")]
    [InlineData("Varn's drone fleet is a threat to humanity.", "a threat to humanity")]
    [InlineData("If the bill passes, our very way of life will not survive the decade.", "our very way of life will not survive")]
    [InlineData("The new militias threaten our very existence.", "threaten our very existence")]
    [InlineData("Varn's drones are a mortal threat to our way of life.", "a mortal threat to our way of life")]
    [InlineData("We are fighting for our survival against the cartels.", "fighting for our survival")]
    [InlineData("This pandemic could mean the end of civilization as we know it.", "the end of civilization as we know it")]
    [InlineData("Iran would wipe us off the map if it could.", "wipe us off the map")]
    [InlineData("The arms race is a civilizational struggle against the regime.", "a civilizational struggle")]
    public void Flags_survival_framing(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1002", text));

    [Theory]
    [InlineData("The Harlow Institute's review found the base is not an existential threat to its neighbors.")]
    [InlineData("Kestria's base is not an existential threat to anyone.")]
    [InlineData("Habitat loss is an existential threat to the marsh vole, a 2023 Brenner Zoological survey found.")]
    [InlineData("Habitat loss is an existential threat to the marsh vole (Brenner, 2023).")]
    [InlineData("After its third flop, the band faced an existential crisis.")]
    [InlineData("The airline is fighting for survival after the merger collapsed.")]
    [InlineData("Warming threatens the survival of coral reefs.")]
    [InlineData("Streaming is the end of cable as we know it.")]
    [InlineData("Talk of an existential threat only helps the hawks.")]
    [InlineData("“Kestria is an existential threat,” Defense Minister Ilse Brandt said on Tuesday.")]
    [InlineData("The marsh plan is a threat to humanity's oldest wetlands.")]
    [InlineData("The Harlow Institute ran a dozen war-game scenarios where Varn's drone fleet poses a threat to humanity.")]
    [InlineData("Ilse Brandt's new thriller is a novel in which Kestria becomes an existential threat to Norvania.")]
    public void Does_not_flag_negated_literal_or_reported_uses(string text) =>
        Assert.Empty(Flagged("RH1002", text));

    [Fact]
    public void A_hedge_lowers_it_to_a_suggestion() =>
        Assert.Equal(DiagnosticSeverity.Info, SeverityOf("RH1002", "Varn's new missiles may be an existential threat to the region."));

    [Fact]
    public void The_end_of_a_party_as_we_know_it_is_politics() =>
        Assert.Empty(Flagged("RH1002", "This vote means the end of the Harlow Party as we know it."));

    [Theory]
    [InlineData("Local journalism in Carrow will not survive another year of this.", "Local journalism in Carrow will not survive")]
    [InlineData("The free press cannot survive a second term like this one.", "The free press cannot survive")]
    [InlineData("The school system in Greyford will not survive the budget.", "The school system in Greyford will not survive")]
    [InlineData("Public transport as we know it will not survive the decade.", "Public transport as we know it will not survive")]
    [InlineData("Our town cannot survive another winter of closures.", "Our town cannot survive")]
    [InlineData("This levy is the end of local farming as we know it.", "the end of local farming as we know it")]
    [InlineData("The real question is whether the republic survives at all.", "whether the republic survives at all")]
    public void Flags_a_named_stake_that_will_not_survive(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1002", text));

    [Theory]
    [InlineData("The patient will not survive without surgery.")]
    [InlineData("Life cannot survive at these temperatures.")]
    [InlineData("The airline will not survive the winter without a loan.")]
    [InlineData("The coral may not survive another heatwave.")]
    [InlineData("Mayor Ida Holm said the town cannot survive another winter of closures.")]
    public void Does_not_flag_people_firms_nature_or_reported_survival(string text) =>
        Assert.Empty(Flagged("RH1002", text));

    [Theory]
    [InlineData("The new voter-roll purge is a threat to democracy.", "a threat to democracy")]
    [InlineData("Unchecked deepfakes are a danger to the republic.", "a danger to the republic")]
    [InlineData("The gag order on the Carrow Courier is an assault on the free press.", "an assault on the free press")]
    [InlineData("Drilling the whole shelf for gas is a threat to the planet.", "a threat to the planet")]
    [InlineData("The new margin rules are a menace to everything we hold dear.", "a menace to everything we hold dear")]
    [InlineData("The mayor's plan is a grave threat to American democracy.", "a grave threat to American democracy")]
    [InlineData("Packing the court is an assault on the rule of law.", "an assault on the rule of law")]
    [InlineData("Gerrymandering on this scale is a threat to liberal democracy.", "a threat to liberal democracy")]
    public void Flags_a_threat_to_a_large_stake(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1002", text));

    [Theory]
    [InlineData("The late frost is a threat to the harvest.")]
    [InlineData("The new junction is a danger to cyclists.")]
    [InlineData("The knee injury is a threat to the club's season.")]
    [InlineData("The threat of thunderstorms closed the festival early.")]
    [InlineData("Is the voter-roll purge a threat to democracy?")]
    [InlineData("The voter-roll purge is not a threat to democracy.")]
    [InlineData("The ruling is a threat to democracy campaigners in Carrow.")]
    [InlineData("The new curriculum is a threat to academic freedom.")]
    [InlineData("“The purge is a threat to democracy,” said Ida Holm, the elections commissioner.")]
    public void Does_not_flag_small_questioned_negated_or_reported_stakes(string text) =>
        Assert.Empty(Flagged("RH1002", text));

    [Theory]
    [InlineData("The Carrow rugby league is one bad season away from extinction.", "one bad season away from extinction")]
    [InlineData("The Harwick orchestra is one budget cut away from oblivion.", "one budget cut away from oblivion")]
    [InlineData("If the Tolvan bill passes, this will be the last free election we hold.", "the last free election")]
    [InlineData("We must act to save the Dunmore glacier before it is gone forever.", "is gone forever")]
    [InlineData("Without action this winter, local newspapers will be lost forever.", "will be lost forever")]
    [InlineData("The village chess club could vanish for good.", "could vanish for good")]
    [InlineData("If the dam is built, the Orla wetlands will be gone forever.", "will be gone forever")]
    public void Flags_the_end_of_a_stake_and_permanent_loss(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1002", text));

    [Theory]
    [InlineData("The marsh vole is one hard winter away from extinction, the regional survey found.")]
    [InlineData("The last free election in the province was held in 1990.")]
    [InlineData("This will be the last season for the veteran goalkeeper.")]
    [InlineData("The manuscripts were lost forever in the 1911 fire.")]
    [InlineData("Once you delete the file, it is gone forever.")]
    [InlineData("Critics claim the league is one season away from extinction, but its finances are stable.")]
    [InlineData("The pipeline will close in January.")]
    [InlineData("The title race is over after Sunday's draw.")]
    public void Does_not_flag_species_history_conditions_or_reported_loss(string text) =>
        Assert.Empty(Flagged("RH1002", text));

    [Fact]
    public void A_hedged_loss_is_a_suggestion() =>
        Assert.Equal(DiagnosticSeverity.Info, SeverityOf("RH1002", "The village chess club may vanish for good."));

    [Theory]
    [InlineData("If the recount is blocked, this could be the end of our free republic.", "the end of our free republic")]
    [InlineData("The new surveillance law spells the death of free speech.", "the death of free speech")]
    [InlineData("Handing every newsroom to the algorithm will mean the demise of the free press.", "the demise of the free press")]
    [InlineData("Another decade of drought will be the end of civilization on this coast.", "the end of civilization")]
    [InlineData("A second term for the Harlow cartel would be the destruction of the rule of law.", "the destruction of the rule of law")]
    public void Flags_the_foretold_end_of_a_polity(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1002", text));

    [Theory]
    // A social class is a stake whose end is a society's (issue 16), and a demonym or a name may stand before the stake.
    [InlineData("Another round of these rent rises will be the end of the Carrow middle class.", "the end of the Carrow middle class")]
    [InlineData("If the mills close, this could be the death of the working class in the valley.", "the death of the working class")]
    [InlineData("A second term for the Harlow cartel would be the end of the Ostland republic.", "the end of the Ostland republic")]
    public void Flags_the_foretold_end_of_a_social_class(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1002", text));

    [Theory]
    // Near misses: a class in a compound (a cabin, a seat), a past end, a negated one, a quotation.
    [InlineData("The refit will be the end of the middle class cabins on the Orrin ferry.")]
    [InlineData("The enclosures of the 1700s meant the end of the English peasantry.")]
    [InlineData("The new levy will not be the end of the middle class.")]
    [InlineData("“This will be the end of the Carrow middle class,” the candidate told the rally.")]
    public void Does_not_flag_a_class_compound_or_a_past_negated_or_quoted_end(string text) =>
        Assert.Empty(Flagged("RH1002", text));

    [Theory]
    [InlineData("Losing the Carrow primary would be the end of his candidacy.")]
    [InlineData("The uprising of 1848 meant the end of the republic.")]
    [InlineData("Missing the final would be the end of the world for the Dunmore fans.")]
    [InlineData("The merger will not be the end of the free press.")]
    [InlineData("Streaming will be the end of cable television.")]
    [InlineData("So the ruling will be the death of free speech?")]
    [InlineData("“This could be the end of our republic,” the senator told reporters.")]
    [InlineData("The strike could be the end of the season for the Tolvan league.")]
    public void Does_not_flag_a_small_past_negated_questioned_or_reported_end(string text) =>
        Assert.Empty(Flagged("RH1002", text));

    [Theory]
    [InlineData("If the court upholds the new map, Carrow will lose its democracy for good.", "lose its democracy for good")]
    [InlineData("Without a rescue fund, we will lose local journalism forever.", "lose local journalism forever")]
    [InlineData("One more dry summer and we could lose our coastal towns forever.", "lose our coastal towns forever")]
    [InlineData("Keep closing branches and the county is losing its high streets for good.", "losing its high streets for good")]
    public void Flags_a_stake_lost_for_good(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1002", text));

    [Theory]
    [InlineData("The club will lose its captain for good after the knee injury.")]
    [InlineData("We lost the village school for good in 1985.")]
    [InlineData("If you forget the password, you lose access for good.")]
    [InlineData("Will we lose our high streets for good?")]
    [InlineData("“We will lose local journalism forever,” the union said.")]
    public void Does_not_flag_a_loss_of_no_stake_history_or_a_question(string text) =>
        Assert.Empty(Flagged("RH1002", text));

    // Generalization tests: survival put as all or nothing, on other topics and with other words of the class.
    [Theory]
    [InlineData("If we lose this vote, we lose it all.", "If we lose this vote, we lose it all")]
    [InlineData("If the valley loses its school, it loses everything.", "If the valley loses its school, it loses everything")]
    [InlineData("If the river trust loses this case, we lose all we have.", "If the river trust loses this case, we lose all we have")]
    public void Flags_a_loss_made_the_loss_of_everything(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1002", text));

    [Theory]
    [InlineData("The vote will decide whether we remain a free republic or become something darker.", "whether we remain a free republic or become something darker")]
    [InlineData("This budget decides whether Harlow stays a community or turns into a car park.", "whether Harlow stays a community or turns into a car park")]
    [InlineData("Tuesday's ballot decides whether the city stays a democracy or becomes a fiefdom.", "whether the city stays a democracy or becomes a fiefdom")]
    public void Flags_a_stake_remaining_what_it_is_put_in_doubt(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1002", text));

    [Theory]
    [InlineData("If we lose the keys, we lose an hour.")]
    [InlineData("“If we lose this vote, we lose everything,” the organiser said.")]
    [InlineData("The final decides whether we remain in the league or go down.")]
    [InlineData("Whether the bridge remains open depends on the survey.")]
    [InlineData("Whether we remain a member of the club is up to the committee.")]
    public void Does_not_flag_a_named_loss_quoted_words_or_no_stake(string text) =>
        Assert.Empty(Flagged("RH1002", text));

    // A named stake said to be imperilled now, outside war: institutions, public goods and ways of life.
    [Theory]
    [InlineData("With every new levy, our way of life is under threat.", "our way of life is under threat")]
    [InlineData("Since the ad market went, local journalism is fighting for its very survival.", "local journalism is fighting for its very survival")]
    [InlineData("After the third closure this year, the high street hangs by a thread.", "the high street hangs by a thread")]
    [InlineData("Nobody pretends otherwise: democracy itself is at stake on Thursday.", "democracy itself is at stake")]
    [InlineData("The free press is under siege from the landlords' lawyers.", "The free press is under siege")]
    [InlineData("Without the ferry subsidy, the island's farming is facing extinction.", "farming is facing extinction")]
    [InlineData("The rural health service is now on life support.", "The rural health service is now on life support")]
    [InlineData("After the third pay freeze, the working class in Dunmore is finished.", "the working class in Dunmore is finished")]
    [InlineData("Under this tariff regime, hill farming is doomed.", "farming is doomed")]
    [InlineData("Since the quota cut, the fishing industry is finished.", "industry is finished")]
    public void Flags_a_named_stake_imperilled_now(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1002", text));

    [Theory]
    // A ruin under a condition is the same claim in either order: the condition closes the state's clause as a comma does.
    [InlineData("Press freedom in Carrow is doomed if the Harlan bill passes.", "freedom in Carrow is doomed")]
    [InlineData("If the Harlan bill passes, press freedom in Carrow is doomed.", "freedom in Carrow is doomed")]
    [InlineData("Upland farming is finished unless the ferry subsidy returns.", "Upland farming is finished")]
    public void Flags_a_ruined_stake_before_or_after_its_condition(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1002", text));

    [Theory]
    // "Finished" as done stays silent with a condition after it when no stake is named.
    [InlineData("The job is finished if the inspector signs it off on Friday.")]
    public void Does_not_flag_work_done_under_a_condition(string text) =>
        Assert.Empty(Flagged("RH1002", text));

    [Theory]
    [InlineData("The city is under siege, and the shelling has not stopped since Monday.")]
    [InlineData("The town was under attack for three days in 1943.")]
    [InlineData("The future of the health service is at stake in the talks.")]
    [InlineData("About 300 jobs are at stake at the Harlow plant.")]
    [InlineData("“Our way of life is under threat,” the fishermen's leader told the rally.")]
    [InlineData("Our way of life is not under threat from a bypass.")]
    [InlineData("Is the free press under threat?")]
    [InlineData("The threat of rain hangs over the village fete.")]
    [InlineData("The airline is fighting for its survival after a second loss.")]
    [InlineData("The village schools are finished for the summer.")]
    [InlineData("After Saturday's injury, the season is finished for their captain.")]
    [InlineData("By October the farming is finished and the flocks come down from the hill.")]
    [InlineData("Once the nets are hauled in at dusk, the fishing is finished.")]
    [InlineData("The new railway is finished and the first passenger trains run from Pellow to Marsh End in May.")]
    [InlineData("“The working class is finished,” the candidate told the rally.")]
    public void Does_not_flag_a_war_a_plan_a_count_or_quoted_negated_and_asked_stakes(string text) =>
        Assert.Empty(Flagged("RH1002", text));

    // A thing "as we know it" said to be gone or finished: a stake, or the price of a condition.
    [Theory]
    [InlineData("If the quarry gets its licence, the Orrin valley as we know it is gone.", "the Orrin valley as we know it is gone")]
    [InlineData("Public transport as we know it will be finished within the decade.", "Public transport as we know it will be finished")]
    [InlineData("Once the bypass opens, Tarnfield as we know it will be gone forever.", "Tarnfield as we know it will be gone forever")]
    public void Flags_a_thing_as_we_know_it_said_to_be_gone(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1002", text));

    [Theory]
    [InlineData("Cable television as we know it is gone, and nobody misses the set-top box.")]
    [InlineData("By 1990 the Orrin valley as we knew it was gone.")]
    [InlineData("If the quarry gets its licence, the Orrin valley as we know it will change.")]
    [InlineData("“If the quarry gets its licence, the Orrin valley as we know it is gone,” a campaigner said.")]
    [InlineData("If Rovers win on Saturday, the league table as we know it is gone, and the title race opens up.")]
    [InlineData("Once the new timetable starts, the Sunday service as we know it is gone; trains will run every half hour instead.")]
    [InlineData("Once the lab moves to the new campus, the old physics building as we know it is gone.")]
    public void Does_not_flag_a_changed_thing_history_or_a_quote(string text) =>
        Assert.Empty(Flagged("RH1002", text));
}
