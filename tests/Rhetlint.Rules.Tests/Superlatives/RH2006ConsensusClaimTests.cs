using Microsoft.CodeAnalysis;
using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Superlatives;

public class RH2006ConsensusClaimTests
{
    [Theory]
    [InlineData("Everyone knows the sanctions have failed.", "Everyone knows")]
    [InlineData("No serious analyst believes Kestria will honor the deal.", "No serious analyst believes")]
    [InlineData("Every trader on the exchange knows it.", "Every trader on the exchange knows it")]
    [InlineData("Brokers everywhere agree: the levy is a mistake.", "Brokers everywhere agree")]
    [InlineData("It is beyond dispute that the port needs dredging.", "It is beyond dispute")]
    [InlineData("As we all know, the treaty is dead.", "As we all know")]
    [InlineData("It goes without saying that the council erred.", "It goes without saying")]
    [InlineData("There is a broad consensus that the reform failed.", "There is a broad consensus")]
    [InlineData("Undeniably, the council erred.", "Undeniably")]
    [InlineData("All experts agree that the tariff failed.", "All experts agree")]
    [InlineData("Nobody denies that the dam leaks.", "Nobody denies")]
    [InlineData("It is undeniable that the dam leaks.", "It is undeniable")]
    [InlineData("The levy failed, and everybody in port policy knows it.", "everybody in port policy knows it")]
    // Every question word opens what everybody is said to know.
    [InlineData("Everyone in Harlow knows which streets to avoid after dark.", "Everyone in Harlow knows")]
    [InlineData("Every fisherman here knows when the council will cave.", "Every fisherman here knows")]
    public void Flags_a_claim_of_universal_agreement(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2006", text));

    [Theory]
    [InlineData("In a 2023 Brenner Forum survey of 412 economists, 71% opposed the tariff.")]
    [InlineData("“Everyone knows the rules,” the referee said after the match.")]
    [InlineData("Ilse Brandt said everyone knows the plan has failed.")]
    [InlineData("Not everyone agrees with the plan.")]
    [InlineData("Almost everyone agrees with the plan.")]
    [InlineData("If everyone agrees, the bill passes on Friday.")]
    [InlineData("I hope that everyone agrees the ferry levy has to go.")]
    [InlineData("Everyone knows his name.")]
    [InlineData("Nobody knows which streets the council will close.")]
    [InlineData("The warden made sure everyone knew which exit to use.")]
    [InlineData("Everyone knew the mill would close.")]
    [InlineData("Does everyone agree that the levy failed?")]
    [InlineData("Research has proven it beyond any doubt.")]
    [InlineData("The court found him guilty beyond reasonable doubt.")]
    [InlineData("There is no consensus on the levy.")]
    [InlineData("It is common knowledge that the port is losing money.")]
    [InlineData("Every year the council agrees a budget.")]
    public void Does_not_flag_surveys_quotes_or_softened_forms(string text) =>
        Assert.Empty(Flagged("RH2006", text));

    [Fact]
    public void A_vague_source_is_reported_once_by_the_sourcing_rule()
    {
        Assert.Empty(Flagged("RH2006", "Analysts agree that the shares are cheap."));
        Assert.Equal(["Analysts agree"], Flagged("RH3001", "Analysts agree that the shares are cheap."));
    }

    [Fact]
    public void A_universal_group_is_reported_once_as_a_consensus_claim() =>
        Assert.Empty(Flagged("RH3001", "All experts agree that the tariff failed."));

    [Fact]
    public void A_citation_in_the_next_sentence_backs_the_claim() =>
        Assert.Empty(Flagged("RH2006", "Everyone agrees the levy failed. The Harlow Institute said in its 2024 review that the levy failed to raise revenue."));

    [Fact]
    public void Is_a_warning() => Assert.Equal(DiagnosticSeverity.Warning, SeverityOf("RH2006", "Everyone knows the sanctions have failed."));

    /// <summary>Relative-clause subjects, imagined witnesses and complements after a colon or an adverbial (issue 17).</summary>
    [Theory]
    [InlineData("Anyone who rides the night bus knows the timetable is fiction.", "Anyone who rides the night bus knows")]
    [InlineData("Everyone who works on the wards knows the rota has collapsed.", "Everyone who works on the wards knows")]
    [InlineData("Every sailor knows the warning: a red sky means a falling glass.", "Every sailor knows")]
    [InlineData("We all know by now that the harbour tunnel failed.", "We all know")]
    [InlineData("As any plumber would tell you, copper pipes outlast plastic ones.", "As any plumber would tell you")]
    [InlineData("Everyone in Tarnby knows the old board sent the buses out half empty.", "Everyone in Tarnby knows")]
    [InlineData("People everywhere understand that the levy failed.", "People everywhere understand")]
    public void Flags_everyday_forms_of_universal_knowledge(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2006", text));

    [Theory]
    [InlineData("Anyone who rides the night bus knows the driver.")]
    [InlineData("Everyone knows the man who sent it.")]
    [InlineData("People everywhere queue for the ferry.")]
    [InlineData("If anyone who rides the bus knows the route, tell us.")]
    public void Does_not_flag_a_plain_object_or_a_hypothetical(string text) =>
        Assert.Empty(Flagged("RH2006", text));

    /// <summary>"Every" with a person noun and a relative clause, or a universal person narrowed by "with" (issue 17).</summary>
    [Theory]
    [InlineData("Every nurse who has worked a night shift knows that the ward is short of staff.", "Every nurse who has worked a night shift knows")]
    [InlineData("Any trader who has watched the copper price knows the rally is over.", "Any trader who has watched the copper price knows")]
    [InlineData("Anyone with a calculator can see that the stadium budget does not add up.", "Anyone with a calculator can see")]
    [InlineData("Everybody with a pension understands that the fund is in trouble.", "Everybody with a pension understands")]
    public void Flags_a_narrowed_universal_person(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2006", text));

    [Theory]
    // A thing is no knower; a plain object is acquaintance; a modal of permission with no proposition is a rule.
    [InlineData("Every report that the agency publishes acknowledges that the data are thin.")]
    [InlineData("Anyone with a ticket can see the final from the east stand.")]
    [InlineData("Every voter who has moved house knows the new polling station.")]
    [InlineData("Anyone with information about the fire can call the station.")]
    [InlineData("Every nurse who worked that night knew the ward was short of staff.")]
    [InlineData("If anyone with a calculator can see that the budget fails, the council should say so.")]
    public void Does_not_flag_things_plain_objects_rules_or_past_narration(string text) =>
        Assert.Empty(Flagged("RH2006", text));

    /// <summary>"knows" + a noun phrase that is the subject of a present verb with its own object: a clause, not acquaintance.</summary>
    [Theory]
    [InlineData("Everyone knows the referees favour the big clubs.", "Everyone knows")]
    [InlineData("Every gardener knows the frost kills the seedlings.", "Every gardener knows")]
    [InlineData("Everybody knows the broadcasters ignore the smaller parties.", "Everybody knows")]
    [InlineData("Every trader knows the central bank props up the currency.", "Every trader knows")]
    [InlineData("Everyone knows the mayor lies to voters.", "Everyone knows")]
    public void Flags_knowing_a_present_clause_without_that(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2006", text));

    [Theory]
    [InlineData("Everyone knows the mayor.")]
    [InlineData("Everyone in the village knows the house rules.")]
    [InlineData("Everyone knows the film star the papers love.")]
    [InlineData("Everyone at the lab knows the new director from her time in Orsk.")]
    [InlineData("Everyone knows the road to the coast.")]
    [InlineData("Everyone knows the referee's name.")]
    public void Does_not_flag_knowing_a_person_or_a_thing(string text) =>
        Assert.Empty(Flagged("RH2006", text));

    /// <summary>"knows the value of …": a noun that stands for a proposition, with what it is true of, is a known fact (issue 17).</summary>
    [Theory]
    [InlineData("Every cook knows the value of a sharp knife.", "Every cook knows")]
    [InlineData("Every farmer in the valley knows the truth about the new dam.", "Every farmer in the valley knows")]
    [InlineData("Everybody on the estate knows the dangers of that crossing.", "Everybody on the estate knows")]
    public void Flags_knowing_a_fact_named_by_a_noun(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2006", text));

    [Theory]
    [InlineData("Every cook knows the price of a sharp knife.")]
    [InlineData("Everyone knows the value.")]
    [InlineData("Everyone knew the dangers of that crossing.")]
    public void Does_not_flag_a_fact_one_looks_up_a_bare_noun_or_past_narration(string text) =>
        Assert.Empty(Flagged("RH2006", text));

    /// <summary>A negative universal narrowed by a relative clause, a denied dissenter, and knowing that someone exists (issue 17).</summary>
    [Theory]
    [InlineData("Nobody who has read the audit can doubt what the board intends.", "Nobody who has read the audit can doubt")]
    [InlineData("There is no serious economist in Varn who disagrees.", "There is no serious economist in Varn who disagrees")]
    [InlineData("There is not a ferryman alive who doesn't know the tide tables lie.", "There is not a ferryman alive who doesn't know")]
    [InlineData("Everybody in Tarnby knows someone who lost a roof in the storm.", "Everybody in Tarnby knows")]
    [InlineData("Every shopper we meet tells us the same thing: prices are too high.", "Every shopper we meet tells")]
    [InlineData("Everyone in the trade says the same: the port is finished.", "Everyone in the trade says")]
    // A figure in the known proposition or in a clause joined before the claim counts something else, not the knowers.
    [InlineData("Everybody in Tarnby knows someone who got three tax bills in the post.", "Everybody in Tarnby knows")]
    [InlineData("The board has built 90 new locks since 2012, and every pilot who has sailed the old channel knows it will silt up.", "every pilot who has sailed the old channel knows")]
    public void Flags_a_narrowed_or_existential_claim_of_agreement(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2006", text));

    [Theory]
    [InlineData("There is no one who can fix the boiler before Friday.")]
    [InlineData("There is no doctor in Tarnby who speaks Latvian.")]
    [InlineData("Is there a ferryman alive who doesn't know the tides?")]
    [InlineData("Nobody who was on the bus was hurt.")]
    [InlineData("Everybody in Tarnby knows someone.")]
    [InlineData("There are not 40 sailors who disagree.")]
    [InlineData("Everyone I spoke to said the same thing.")]
    [InlineData("Ada Moss, Imre Dahl and Tova Brin are still running. All see a path to victory in the two northern wards.")]
    [InlineData("Every member tells us a different story.")]
    // A count of the knowers themselves is the poll the claim rests on.
    [InlineData("All 40 pilots we surveyed know the channel will silt up.")]
    [InlineData("In a poll of 300 pilots, everyone agrees the channel will silt up.")]
    public void Does_not_flag_existentials_facts_or_plain_acquaintance(string text) =>
        Assert.Empty(Flagged("RH2006", text));
}

/// <summary>A universal narrowed by memory of a historical analogy is the analogy, threat inflation (issue 17, su5).</summary>
public class RH2006HistoricalAnalogyTests
{
    [Fact]
    public void A_universal_that_remembers_a_historical_analogy_is_left_to_the_threat_family() =>
        Assert.Empty(Flagged("RH2006", "Anyone who remembers Munich knows where appeasement leads."));

    [Fact]
    public void A_universal_narrowed_by_ordinary_experience_is_still_a_consensus_claim() =>
        Assert.Equal(["Anyone who has run a bakery knows"], Flagged("RH2006", "Anyone who has run a bakery knows that flour prices swing."));
}

/// <summary>A universal restricted by a place, a group or an institution, and the adjectives of evidentness (issue 17, su-consensus).</summary>
public class RH2006ScopedUniversalTests
{
    [Theory]
    [InlineData("Everyone at the Orsk depot knew the night line was finished.", "Everyone at the Orsk depot knew")]
    [InlineData("Everybody in the stands knew they were watching a record fall.", "Everybody in the stands knew")]
    [InlineData("Every clerk in the registry understood that the files were gone.", "Every clerk in the registry understood")]
    public void Flags_a_scoped_crowd_said_to_have_known(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2006", text));

    [Theory]
    // Past narration without a scope, a plain object, a quoted speaker, and the poll the claim rests on.
    [InlineData("Everyone knew the ferry would be late.")]
    [InlineData("Everyone at the depot knew the night driver.")]
    [InlineData("“Everyone at the depot knew the line was finished,” said Tova Brin, a driver there for 20 years.")]
    [InlineData("Every clerk in the registry knew the files were gone, a 2024 survey of the registry's 48 clerks found.")]
    [InlineData("Not everyone at the depot knew the line was finished.")]
    [InlineData("Did everyone at the depot know the line was finished?")]
    public void Does_not_flag_narration_objects_quotes_polls_or_negated_and_questioned_knowledge(string text) =>
        Assert.Empty(Flagged("RH2006", text));

    /// <summary>The writer's household is a handful of people the writer can vouch for; an estate or a town is a crowd.</summary>
    [Fact]
    public void The_writers_own_household_is_not_a_crowd()
    {
        Assert.Empty(Flagged("RH2006", "Everyone in my family knows the stew recipe came from Orsk."));
        Assert.Empty(Flagged("RH2006", "Everybody in our house agrees that the boiler is too loud."));
        Assert.Equal(["Everyone on my estate knows"], Flagged("RH2006", "Everyone on my estate knows the rents are rigged."));
        Assert.Equal(["Everybody in our town knows"], Flagged("RH2006", "Everybody in our town knows the mayor lies to voters."));
    }

    [Theory]
    [InlineData("The mayor's plan is obvious to anyone who has read the last three budgets.", "obvious to anyone who has read")]
    [InlineData("It is clear to every ferry user that the timetable is fiction.", "clear to every ferry user")]
    [InlineData("It should be plain to anyone with a bus pass that the fares are too high.", "plain to anyone with a bus pass")]
    [InlineData("The harm is abundantly clear to everybody.", "clear to everybody")]
    public void Flags_what_is_said_to_be_evident_to_everyone(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2006", text));

    [Theory]
    // A message made clear, a narrated scene, negation, and a question.
    [InlineData("The mayor made it clear to everyone that she would not resign.")]
    [InlineData("It was clear to everyone in the room that the talks had failed.")]
    [InlineData("It is not obvious to anyone that the levy has failed.")]
    [InlineData("Is it clear to everyone that the levy has failed?")]
    [InlineData("Ada Moss, who runs the ferry, said the rules are clear to every ferry user who reads the notice.")]
    public void Does_not_flag_a_message_a_scene_or_a_denial(string text) =>
        Assert.Empty(Flagged("RH2006", text));

    [Fact]
    public void A_clock_time_does_not_back_a_claim_of_common_knowledge() =>
        Assert.Equal(["Everybody in Tarnby knows"],
            Flagged("RH2006", "Everybody in Tarnby knows the noodle bar is the place to eat after 11 p.m. Most of its dishes cost under $12."));
}
