using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Sourcing;

public class RH3001VagueCollectiveSourceTests
{
    [Theory]
    [InlineData("Critics say the treaty hands Kestria a veto over our ports.", "Critics say")]
    [InlineData("Some strategists warn that Varn will test the alliance this winter.", "Some strategists warn")]
    [InlineData("The tariff may help, though others note that prices will rise.", "others note")]
    [InlineData("Rain is due on Friday, but hydrologists said it would come too late.", "hydrologists said")]
    [InlineData("Reviewers are already calling it the phone of the year.", "Reviewers are already calling")]
    // The perfect progressive: "have been" between the group and its verb.
    [InlineData("Hydrologists have been warning for a decade that the aquifer is shrinking.", "Hydrologists have been warning")]
    [InlineData("Club coaches had been saying all season that the pitch was unsafe.", "Club coaches had been saying")]
    [InlineData("Some admirals want to enlarge the fleet in the north.", "Some admirals want")]
    [InlineData("Many people believe the bridge is unsafe.", "Many people believe")]
    [InlineData("Estate agents tell me that a flat in Halden now draws 30 bids.", "Estate agents tell")]
    [InlineData("Critics call the plan a giveaway to developers.", "Critics call")]
    [InlineData("Critics have denounced the plan as reckless.", "Critics have denounced")]
    [InlineData("Critics accuse the minister of hiding the contract.", "Critics accuse")]
    // Open-class heads, plural person and organization nouns alike.
    [InlineData("Beekeepers say the spring was the worst in years.", "Beekeepers say")]
    [InlineData("Ferrybrokers say the Halden canal is finished.", "Ferrybrokers say")]
    [InlineData("Aid charities warn that the camps are full.", "Aid charities warn")]
    // Contact relatives, with and without a relative pronoun.
    [InlineData("Vintners we spoke to say the harvest is ruined.", "Vintners we spoke to")]
    [InlineData("Vintners who we spoke to say the harvest is ruined.", "Vintners who we spoke to")]
    [InlineData("Nurses I trust tell me the ward is unsafe.", "Nurses I trust")]
    // A contact relative in the present tense: "to" closes it whatever the tense of the contact verb.
    [InlineData("Brokers I speak to say the rally in chip stocks cannot last.", "Brokers I speak to")]
    [InlineData("Climate scientists we talk to say the glacier will be gone by 2050.", "Climate scientists we talk to")]
    [InlineData("Voters I listen to say the mayor has lost the suburbs.", "Voters I listen to")]
    [InlineData("Those who run the ferries say the fares will rise.", "Those who run the ferries")]
    // A vague quantifier as a passive's agent; a bare "some" labelling.
    [InlineData("The new bridge is seen by many as a blunder.", "seen by many")]
    [InlineData("The mayor was thought by some to be hiding the figures.", "thought by some")]
    [InlineData("Since the strike began, some have framed it as a test of nerve.", "some have framed")]
    // Advice as a gerund, and a stance held by a vague group.
    [InlineData("Leading orthodontists recommend brushing after every meal.", "Leading orthodontists recommend")]
    [InlineData("Norwegian fishermen are increasingly keen on electric boats.", "Norwegian fishermen are increasingly keen")]
    [InlineData("Child psychologists are unanimous that tablets harm toddlers.", "Child psychologists are unanimous")]
    // Through any linking verb of staying, seeming or becoming, in any form.
    [InlineData("Hill farmers remain wary of the new grazing rules.", "Hill farmers remain wary")]
    [InlineData("Ferry crews grew increasingly sceptical of the refit.", "Ferry crews grew increasingly sceptical")]
    [InlineData("Local grocers seemed confident that the bag levy would pass.", "Local grocers seemed confident")]
    // Eager or keen to say a clause is saying it: the view is the group's, unlike an intention to act ("eager to sell").
    [InlineData("Several bond traders are eager to argue that the toll bridge will never pay for itself.", "Several bond traders are eager")]
    [InlineData("Orchard growers are keen to point out that the frost cost them half a crop.", "Orchard growers are keen")]
    // A poll's finding put as a clause without "that" is a claim.
    [InlineData("Shopkeepers found the new parking rules had halved their trade.", "Shopkeepers found")]
    // A second attribution after a report that opens the sentence is judged on its own.
    [InlineData("According to the county audit, the pier is sound, and engineers say the repairs can wait.", "engineers say")]
    [InlineData("The health board reported the clinic will close in May and nurses say the waiting list has doubled.", "nurses say")]
    [InlineData("Mayor Ana Ruiz said the tram is safe, while critics claim the brakes were never tested.", "critics claim")]
    // A place after "by" is no agent whose report would take the group's claim over.
    [InlineData("Parents say needles are found by the swings most weekends.", "Parents say")]
    [InlineData("Anglers say dead fish are often seen by the weir after a storm.", "Anglers say")]
    // Analysing is not forecasting: a vague group's expectation is still its claim.
    [InlineData("Analysts expect the chipmaker to cut prices before Christmas.", "Analysts expect")]
    // A place after a preposition of place says where the group is, not who is in it.
    [InlineData("Brokers in Rotterdam say freight rates will double by June.", "Brokers in Rotterdam")]
    [InlineData("Pollsters I spoke to in Ohio say privately that the senator will lose.", "Pollsters I spoke to in Ohio")]
    [InlineData("Coaches across the Premier League say the new ball swerves.", "Coaches across the Premier League")]
    [InlineData("Tenants on Miller Street tell us the landlord ignores every complaint about damp.", "Tenants on Miller Street")]
    [InlineData("Shopkeepers on Harbour Road say the new bus lane has halved their trade.", "Shopkeepers on Harbour Road")]
    [InlineData("Parents on Orchard Avenue warn that the flood barrier will not hold.", "Parents on Orchard Avenue")]
    // A vague group's demand ("call for"), with or without aspect between subject and verb.
    [InlineData("Glaciologists have long called for a ban on new ski lifts.", "Glaciologists have long called")]
    [InlineData("Some bond traders are already calling for a rate cut in March.", "Some bond traders are already calling")]
    [InlineData("Election lawyers called for a recount in three districts.", "Election lawyers called")]
    [InlineData("Film critics are increasingly calling for the festival to move.", "Film critics are increasingly calling")]
    // The writer's own unnamed circle, telling the writer or speaking off the record.
    [InlineData("Our suppliers tell us privately that copper will double in price.", "Our suppliers tell")]
    [InlineData("My students tell me the new exam is far too long.", "My students tell")]
    [InlineData("Our growers told us the frost had killed half the vines.", "Our growers told")]
    [InlineData("My fellow referees privately admit the new offside law is a mess.", "My fellow referees privately admit")]
    // A vague pronoun that picks unnamed members of a body, on any topic; a place names no member.
    [InlineData("Some in the party believe the leader should step aside.", "Some in the party")]
    // A count without a number picks unnamed people from the group after "of", as "some of" does.
    [InlineData("A number of surgeons say the new rota is unsafe.", "A number of surgeons say")]
    [InlineData("A growing number of growers now warn of a poor harvest.", "A growing number of growers now warn")]
    [InlineData("A small handful of dealers told me the auction was rigged.", "A small handful of dealers told")]
    [InlineData("Many within the league think the salary cap has failed.", "Many within the league")]
    [InlineData("Others at the central bank fear the rate rise came too late.", "Others at the central bank")]
    [InlineData("A few inside the studio say the sequel was rushed.", "A few inside the studio")]
    [InlineData("Some in Brussels believe the carbon deal is dead.", "Some in Brussels")]
    [InlineData("The grid held, but some at the utility warn that the next heatwave will break it.", "some at the utility")]
    // A label, not a term: a group named for its view, a classifying "a", a lone adjective.
    [InlineData("Critics call this plan “a giveaway” to the airlines.", "Critics call")]
    [InlineData("Economists call these subsidies “a giveaway” to the airlines.", "Economists call")]
    [InlineData("Economists call this plan “reckless”.", "Economists call")]
    // What a crowd is said to claim, unlike what it demands, is still a vague source.
    [InlineData("Protesters say the dam will poison the river.", "Protesters say")]
    // A subset of ministers, or ministers off the record, are a vague group.
    [InlineData("Some ministers fear the carbon levy will cost them the election.", "Some ministers fear")]
    [InlineData("Senior ministers say the carbon levy will cost them the election.", "Senior ministers say")]
    [InlineData("Ministers privately admit the flood barrier will be late.", "Ministers privately admit")]
    // A relative clause with a demonstrative of time ("that night") still leads to the group's verb.
    [InlineData("Stewards who were at the track that evening say the barrier gave way.", "Stewards who were at the track that evening")]
    [InlineData("Pickers who worked the farm that summer say the wages were never paid.", "Pickers who worked the farm that summer")]
    // Hushed speech with a "that" clause passes on a claim, in any topic.
    [InlineData("Bond dealers are whispering that the Treasury will miss its target.", "Bond dealers are whispering")]
    [InlineData("Vineyard owners mutter that the drought will finish the valley.", "Vineyard owners mutter")]
    [InlineData("Party activists murmured that the leader would quit by June.", "Party activists murmured")]
    // Plural trades and ties the source-noun lexicons hold by class, and the writer's own unnamed allies.
    [InlineData("Scouts across the league say the young keeper is the best in a decade.", "Scouts across the league")]
    [InlineData("Allies of the governor say she will veto the carbon tax.", "Allies of the governor")]
    [InlineData("Our allies told us in June that the climate pact was dead.", "Our allies told")]
    // A hearer between the verb and what is said.
    [InlineData("Vineyard owners muttered to us that the frost had killed the vines.", "Vineyard owners muttered")]
    [InlineData("Some parents complained to me that the school fees had doubled.", "Some parents complained")]
    [InlineData("Coders grumbled to reporters that the new model rarely worked.", "Coders grumbled")]
    // A label after a named object, with "the" as well as "a".
    [InlineData("Industry analysts are already calling Veltro the phone of the year.", "Industry analysts are already calling")]
    // A common word seen only inside a longer name elsewhere is no name at the start of a sentence.
    [InlineData("The trial was run by the Harlow Ferry Research Group.\n\nFerry experts agree that the new hull is safe.", "Ferry experts agree")]
    // Experts vouching for a thing, with a verb of endorsement, whatever aspect comes between.
    [InlineData("Dermatologists are increasingly prescribing the cream for eczema.", "Dermatologists are increasingly prescribing")]
    [InlineData("Privacy researchers have praised the new app.", "Privacy researchers have praised")]
    [InlineData("Sleep scientists tout the method to anyone who will listen.", "Sleep scientists tout")]
    [InlineData("Nutritionists recommend the broth for joint pain.", "Nutritionists recommend")]
    public void Flags_a_claim_put_in_an_unnamed_groups_mouth(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH3001", text));

    // A clause-taking verb after a person noun is that person's report even when a phrase and no "that" come before
    // the clause: the group is not what was warned or claimed (a passive reduced relative).
    [Theory]
    [InlineData("Some analysts warned in March profits would fall.", "Some analysts warned")]
    [InlineData("Several farmers claimed in letters rivers were poisoned.", "Several farmers claimed")]
    public void Flags_a_group_whose_report_runs_on_after_a_phrase(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH3001", text));

    // After "the truth is", "the fact is", a noun right before its verb is the subject of the complement clause, not a
    // predicate noun (that needs "and", a comma or a relative word before the verb).
    [Theory]
    [InlineData("The truth is engineers agree the dam leaks.", "engineers agree")]
    [InlineData("The fact is many doctors believe the clinic is safe.", "many doctors believe")]
    public void Flags_a_group_after_a_framing_copula(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH3001", text));

    [Fact]
    public void Flags_an_anonymous_source_after_a_framing_copula() =>
        Assert.Equal(["insiders say"], Flagged("RH3009", "The bottom line is insiders say the mill will close."));

    [Theory]
    [InlineData("Critics, led by the Harbor Workers Union and MP Sara Lind, say the treaty cedes control of the ports.")]
    [InlineData("Critics say the treaty cedes the ports. “It is a surrender,” MP Sara Lind said on Monday.")]
    [InlineData("Economists at the Harlow Institute said rates would hold.")]
    [InlineData("Researchers found that the drug halved relapses (Moss 2021).")]
    [InlineData("“Critics say the plan is rushed,” Mayor Joan Ellis said.")]
    [InlineData("The critics said the vote was rushed.")]
    [InlineData("Admirals want a larger fleet in the north.")]
    [InlineData("Many residents want a new bridge.")]
    [InlineData("Residents called the police after the blast.")]
    [InlineData("A group called Kestria First said the port was sold.")]
    [InlineData("Voters rejected the levy in March.")]
    [InlineData("Dock workers chanted “Not for sale!” outside the hall.")]
    // A heading that names what a group said reports nothing itself.
    [InlineData("What virologists said\n\nProf. Ana Ruiz, a virologist at Halden University, said the strain was mild.")]
    // A government's ministers as a body give the government's line on the record.
    [InlineData("Ministers insist the rail timetable is on track.")]
    [InlineData("Government ministers say the vaccine rollout will finish by May.")]
    [InlineData("Spectators whispered as the jury filed back in.")]
    [InlineData("Delegates murmured their approval when the result was read.")]
    [InlineData("The crowd murmured as the jury returned.")]
    [InlineData("Protesters blurted out slogans at the gate.")]
    [InlineData("Residents complained to the council about the noise.")]
    [InlineData("She dismissed the concerns of residents who say the port is unsafe.")]
    [InlineData("The union called for a strike, and critics called off their protest.")]
    [InlineData("Critics would call the plan rushed, but the vote is Monday.")]
    [InlineData("Polls show the mayor ahead by six points.")]
    [InlineData("Ten voters said the bridge should close.")]
    [InlineData("Fifteen voters said the bridge should close.")]
    [InlineData("Twenty-five voters said the bridge should close.")]
    [InlineData("A majority of voters expect the levy to pass.")]
    [InlineData("Some may argue that the levy is too low.")]
    [InlineData("The mayor said critics had agreed to wait.")]
    [InlineData("Some state officials praised the plan.")]
    [InlineData("Voters may not let leaflets tell them how to choose.")]
    [InlineData("The fund keeps its books while giving voters some of the facts they need to make an informed choice.")]
    // Counts in an appositive or a partitive make the group specific.
    [InlineData("Most growers in the survey, 61%, said the price was too low.")]
    [InlineData("61% of growers said the price was too low.")]
    [InlineData("Forty per cent of growers said the price was too low.")]
    [InlineData("The treaty was signed, both delegations said.")]
    // Not a source: an embedded question, everyone of a kind, a finding that is a count, a question asked.
    [InlineData("The apps are shaping how teenagers think about money.")]
    [InlineData("All economists agree that the levy is too low.")]
    [InlineData("Economists everywhere say the levy is too low.")]
    [InlineData("Volunteers found 40 people sleeping in the park.")]
    [InlineData("Residents asked how the plan would be paid for.")]
    [InlineData("The ferry is late again, as any commuter would tell you.")]
    // The outlook of a trade named for forecasting; a question asked, not a claim.
    [InlineData("Forecasters expect sleet across the moors on Sunday.")]
    [InlineData("Weather forecasters predict a dry April in the south.")]
    [InlineData("People ask me, “Is the night tram safe?”")]
    [InlineData("Commuters often ask, “Why is the 7:40 always late?”")]
    // "The mayor said critics had agreed": a group inside a named speaker's report is the speaker's claim.
    [InlineData("The mayor said critics and residents had agreed on the route.")]
    // "Call for" by a named or scoped caller, the noun, the passive, the summoning sense, an infinitive under another verb.
    [InlineData("Senator Mara Lind has long called for a ban on new ski lifts.")]
    [InlineData("Economists at the Harlow Institute called for a rate cut.")]
    [InlineData("Calls for a recount grew louder after the count.")]
    [InlineData("The mayor's call for calm went unheard.")]
    [InlineData("Hikers called for help when the fog came down.")]
    [InlineData("Residents called for an ambulance after the crash.")]
    [InlineData("Extra nurses were called for by the ward manager.")]
    [InlineData("Small groups of fans continued to call for the coach to go.")]
    // Kin, named members, and a first-party statement that reports to nobody in particular.
    [InlineData("My parents told me the mill closed in 1985.")]
    [InlineData("Our grandparents told us the river froze every winter.")]
    [InlineData("My colleagues Ana Ruiz and Tom Bell told me the figures were wrong.")]
    [InlineData("Our engineers have confirmed that the patch fixes the fault.")]
    // A crowd's demand at an event is the news itself; a team or band whose name ends in a plural is named.
    [InlineData("Protesters called for the minister to resign.")]
    [InlineData("Demonstrators demanded an end to the coal subsidy.")]
    [InlineData("Marchers urged the council to keep the library open.")]
    [InlineData("Brenhill Rovers said the manager had left by mutual consent.")]
    [InlineData("On Sunday, Halden Wanderers confirmed that the striker had signed.")]
    // A member of a named body, picked by a vague pronoun, is as scoped as "economists at the Harlow Institute".
    [InlineData("Some at the Harlow Institute argue the climate model runs too hot.")]
    // "On" before a body rather than an address names who the group is.
    [InlineData("Economists on the Harlow Monetary Committee say the rate cut came too late.")]
    // A trade's term for a thing it points at.
    [InlineData("Engineers call this effect “thermal runaway”.")]
    [InlineData("Economists call these costs \"sunk costs\", and the budget ignores them.")]
    [InlineData("Climatologists call this pattern “the blocking high”.")]
    // Not a subject: a pronoun that does not open its clause.
    [InlineData("The prize went to the first in the queue, who said the doors opened late.")]
    [InlineData("Curators I speak to, including Ada Brenn of the Marlow Gallery, say the auction was rigged.")]
    [InlineData("We asked to speak to say goodbye to the striking nurses.")]
    // A common word that names a body by itself elsewhere ("the Treasury") is a name at the start of a sentence too.
    [InlineData("The forecast came from the Treasury.\n\nTreasury economists say the deficit will shrink.")]
    [InlineData("The forecast came from Kestrel Partners.\n\nKestrel analysts say the deficit will shrink.")]
    // A call made at a time, not a label.
    [InlineData("Fans called Lind the next day to complain about the tickets.")]
    [InlineData("Fans called Lind the moment the match ended.")]
    // Lay people vouching, experts praising a person, a passive, a counted or scoped group: no appeal to an unnamed authority.
    [InlineData("Residents praised the fire crews.")]
    [InlineData("Parents are increasingly prescribing screen breaks.")]
    // "been" before a passive: the group is talked about, not talking.
    [InlineData("Hydrologists have been told that the aquifer survey is cancelled.")]
    [InlineData("Doctors praised him for his calm.")]
    [InlineData("Critics lauded Lind for her nerve.")]
    [InlineData("The cream is prescribed by dermatologists across the county.")]
    [InlineData("Two dermatologists at the Halden Clinic prescribe the cream.")]
    // An -ing form that is a noun, not the group's predicate.
    [InlineData("Pharmacists work with family doctors in order to improve prescribing across the valley.")]
    [InlineData("The senator has won a number of smaller farming counties this spring.")]
    [InlineData("The number of surgeons who say the rota is unsafe has doubled.")]
    [InlineData("A majority of the council said the plan should go ahead.")]
    public void Does_not_flag_a_named_scoped_cited_or_quoted_group(string text) =>
        Assert.Empty(Flagged("RH3001", text));

    [Fact]
    public void A_topic_sentence_may_name_the_members_later_in_its_paragraph()
    {
        const string text = "Critics say the plan is rushed. The port is old. Sara Lind, an MP for Halden, said the vote came too soon.";
        Assert.Empty(Flagged("RH3001", text));
        Assert.Equal(["Critics say"], Flagged("RH3001", "The port is old. Critics say the plan is rushed. The vote is Monday. Sara Lind, an MP for Halden, said the vote came too soon."));
    }

    [Theory]
    [InlineData("Volcanologists agree the crater is quiet. Dr. Ines Varga, a volcanologist at Halden University, said the gas readings are flat.")]
    [InlineData("Volcanologists agree the crater is quiet. Ines Varga of the Halden Observatory said the crater has been quiet since May.")]
    [InlineData("Opponents say the bypass is too costly. “We cannot afford it,” Councillor Reza Amin said.")]
    public void A_named_member_who_carries_the_claim_names_the_group(string text) =>
        Assert.Empty(Flagged("RH3001", text));

    [Theory]
    [InlineData("Volcanologists agree the crater is quiet. Mayor Ines Varga said the regatta will go ahead.")]
    [InlineData("Volcanologists agree the crater is quiet. Mayor Ines Varga said the crater festival will go ahead.")]
    public void A_named_speaker_on_another_matter_does_not_name_the_group(string text) =>
        Assert.Equal(["Volcanologists agree"], Flagged("RH3001", text));

    [Fact]
    public void Offers_display_only_templates_naming_or_counting_the_group()
    {
        var finding = Single("RH3001", "Some economists believe the shortfall will lift prices.");
        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal("'Some economists believe' attributes the claim to an unnamed group; say who they are, or make the claim in your own voice with evidence", finding.Message);
        Assert.All(finding.Rewrites, r => Assert.Equal(Applicability.DisplayOnly, r.Applicability));
        Assert.Equal(["Some economists, including [Name], [role] at [organization],", "[N] economists surveyed by [organization]"],
            finding.Rewrites.Select(r => Assert.Single(r.Changes).NewText));
    }

    [Theory]
    // A state of opinion that a survey measured, the survey in the same sentence or giving its shares in the one before.
    [InlineData("A Harlow Institute poll of 1,200 adults found 48 percent back the levy and 46 percent oppose it. Voters are divided on the tax.")]
    [InlineData("Residents are divided on the new parking charges, a survey by the county council showed on Tuesday.")]
    [InlineData("In a Dunmore Post survey, 31% of fans wanted the coach sacked and 29% wanted him kept. Supporters are divided over his future.")]
    [InlineData("Only 22 per cent of households in the census said they could afford a heat pump. Homeowners remain sceptical of the grant.")]
    public void A_group_whose_view_a_poll_measured_is_the_polls_sample(string text) =>
        Assert.Empty(Flagged("RH3001", text));

    [Theory]
    // No survey, or one a paragraph away, or one without shares: the group's view is still put in unnamed mouths.
    [InlineData("Voters are divided on the tax.", "Voters are divided")]
    [InlineData("A poll of 1,200 adults found 48 percent back the levy.\n\nVoters are divided on the tax.", "Voters are divided")]
    [InlineData("The council plans a poll in June. Anglers are sceptical of the new quota.", "Anglers are sceptical")]
    public void A_group_view_without_a_poll_beside_it_is_flagged(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH3001", text));

    [Fact]
    public void A_vague_source_is_flagged_even_when_the_writer_rebuts_its_claim() =>
        Assert.Equal(["Critics say"], Flagged("RH3001", "Critics say Kestria is a mortal threat. Such fears are overblown."));

    [Theory]
    [InlineData("Many feel that the new tram timetable punishes night workers.", "Many feel")]
    [InlineData("Some in the guild suppose that the fair will move to Ostby.", "Some in the guild")]
    [InlineData("Many doubt that the Ostby ferry will sail before spring.", "Many doubt")]
    [InlineData("Most people feel that the parking charge is unfair.", "Most people feel")]
    public void A_belief_a_quantified_group_holds_is_a_claim_in_unnamed_mouths(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH3001", text));

    [Theory]
    // A state, not a view: no "that" clause follows.
    [InlineData("Some feel the cold more than others on the night shift.")]
    [InlineData("Many doubt it, but the ferry sails on Friday.")]
    [InlineData("Some figure out the fares on the day they travel.")]
    // A named believer, or a group not picked by a quantifier, narrates a private state.
    [InlineData("Mayor Ana Ruiz feels that the timetable is fair.")]
    [InlineData("Commuters feel that the trains are late.")]
    public void A_belief_verb_without_a_quantified_group_and_a_that_clause_is_silent(string text) =>
        Assert.Empty(Flagged("RH3001", text));

    [Theory]
    // Issue 17: a fear or suspicion with a clause after it is a view put in the group's mouth, quantified or not.
    [InlineData("Dock workers worry that the new crane contract is rigged.", "Dock workers worry")]
    [InlineData("Tenants suspect they were overcharged for the boiler repairs.", "Tenants suspect")]
    [InlineData("Some shopkeepers dread that the bypass will empty the high street.", "Some shopkeepers dread")]
    [InlineData("Orchard owners increasingly worry it will be a dry summer.", "Orchard owners increasingly worry")]
    public void A_vague_groups_fear_or_suspicion_of_a_clause_is_a_claim_in_unnamed_mouths(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH3001", text));

    [Theory]
    // A content clause without "that" is known by its determined subject and that subject's auxiliary or modal.
    [InlineData("Ferry crews suspect the new rota will cut their overtime.", "Ferry crews suspect")]
    [InlineData("Many observers doubt the harbour board would sell the slipway.", "Many observers doubt")]
    [InlineData("Many observers doubt they would sell the slipway.", "Many observers doubt")]
    [InlineData("Some growers hope their co-op can reopen the press by May.", "Some growers hope")]
    [InlineData("Hill farmers are convinced the grazing rules will fail.", "Hill farmers are convinced")]
    [InlineData("Bakers in Ostby are increasingly confident the flour tax has peaked.", "Bakers in Ostby")]
    public void A_groups_view_of_a_clause_without_that_is_a_claim_in_unnamed_mouths(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH3001", text));

    [Theory]
    // An object, not a clause: no auxiliary of its own, or a relative on the object.
    [InlineData("Ferry crews suspect the new rota.")]
    [InlineData("Many observers doubt the figures they were given by the board.")]
    [InlineData("Many observers doubt the board's figures.")]
    // Not quantified: a belief verb narrates a private state, with or without "that".
    [InlineData("Commuters feel the trains will be late again.")]
    [InlineData("Commuters feel they will be late again.")]
    // Named members carry the view, and a counted group is the story's own.
    [InlineData("Ferry crews, led by bosun Ilse Marr, suspect the new rota will cut their overtime.")]
    [InlineData("The twelve ferry crews we interviewed suspect the new rota will cut their overtime.")]
    // Quoted, and reported by a named speaker.
    [InlineData("\u201cFerry crews suspect the new rota will cut their overtime,\u201d said bosun Ilse Marr.")]
    [InlineData("Bosun Ilse Marr said ferry crews suspect the new rota will cut their overtime.")]
    public void A_clause_without_that_needs_its_subjects_auxiliary_and_a_vague_holder(string text) =>
        Assert.Empty(Flagged("RH3001", text));

    [Theory]
    // A feeling about a topic, a determiner "that", the writer's own worry, a survey's sample, named members, and a group
    // the story counts.
    [InlineData("Residents worry about parking near the new stadium.")]
    [InlineData("Anglers dread that stretch of the river in winter.")]
    [InlineData("I worry that the levy will fail.")]
    [InlineData("Commuters worry that fares will rise again, a transit survey by the county found.")]
    [InlineData("Tenants, led by caretaker Olga Brandt, suspect that the boiler was never serviced.")]
    [InlineData("The forty tenants we interviewed worry that the boiler will fail.")]
    public void A_fear_without_a_clause_or_with_its_source_is_silent(string text) =>
        Assert.Empty(Flagged("RH3001", text));

    [Theory]
    // Issue 17: a feeling of apprehension with a clause forecasts or judges as "worry that" does, in unnamed mouths; and a
    // vague group that makes the argument that a clause holds argues it.
    [InlineData("Dock workers are concerned that the new water meters will double their bills.", "Dock workers are concerned")]
    [InlineData("Some ferry crews are uneasy that the rota will cut their overtime.", "Some ferry crews are uneasy")]
    [InlineData("Many tenants are afraid the boiler will fail again this winter.", "Many tenants are afraid")]
    [InlineData("Critics made the argument that the bypass would empty the high street.", "Critics made the argument")]
    public void A_groups_apprehension_or_argument_of_a_clause_is_a_claim_in_unnamed_mouths(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH3001", text));

    [Theory]
    // A feeling about a topic; an emotive factive takes its clause as given; a named holder; the writer.
    [InlineData("Dock workers are concerned about the new water meters.")]
    [InlineData("Dock workers are alarmed that the council sold the old well.")]
    [InlineData("Councillor Ada Brenn is concerned that the new water meters will double bills.")]
    [InlineData("We are concerned that the new water meters will double bills.")]
    [InlineData("Critics made the case for a bypass at the April meeting.")]
    public void A_feeling_about_a_topic_or_a_fact_or_a_named_holders_is_silent(string text) =>
        Assert.Empty(Flagged("RH3001", text));

    // Issue 17: the writer's whole circle ("every teacher I know") is the circle itself, an unnamed group.
    [Theory]
    [InlineData("Every midwife I know says the night shifts are unsafe.", "Every midwife I know")]
    [InlineData("All the dockers we interviewed say the cranes are failing.", "the dockers we interviewed")]
    [InlineData("Each landlord I have asked tells me rents will climb again.", "Each landlord I have asked")]
    public void Flags_everyone_of_the_writers_own_circle(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH3001", text));

    [Theory]
    // A universal of a kind is a claim of consensus (RH2005/RH2006), and a circle that agrees or says "the same thing"
    // claims unanimity.
    [InlineData("Every sailor knows the reef is dangerous.")]
    [InlineData("Every grower we visit tells us the same thing: the frost came early.")]
    [InlineData("All the dockers we interviewed agree that the cranes are failing.")]
    public void Does_not_flag_a_universal_that_claims_consensus(string text) =>
        Assert.Empty(Flagged("RH3001", text));

    // Issue 17: a trade's knowledge vouches for a claim as "experts warn" does.
    [Theory]
    [InlineData("Marine biologists have known about the die-off for a decade.", "Marine biologists have known")]
    [InlineData("Cardiologists have long known that the pill thins the blood.", "Cardiologists have long known")]
    [InlineData("Some geologists knew of the fault before the dam was built.", "Some geologists knew")]
    public void Flags_an_unnamed_trade_that_knows(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH3001", text));

    [Theory]
    // Lay people knowing, a named expert, a passive, and know as acquaintance are no appeal to authority.
    [InlineData("Locals have known about the flooding for years.")]
    [InlineData("Dr. Ines Varga, a geologist at Halden University, has known about the fault since 2019.")]
    [InlineData("Geologists are known to disagree about the fault.")]
    [InlineData("Geologists know the valley well.")]
    public void Does_not_flag_knowledge_that_claims_no_authority(string text) =>
        Assert.Empty(Flagged("RH3001", text));

    // Issue 17: a writer's mailbag reports that letters came, not what they claim.
    [Theory]
    [InlineData("Several listeners have written in since March asking why the show moved.")]
    [InlineData("The most common reason viewers wrote to me was the new schedule.")]
    [InlineData("Many subscribers wrote in with complaints about the app.")]
    public void Does_not_flag_readers_writing_in(string text) =>
        Assert.Empty(Flagged("RH3001", text));

    [Theory]
    [InlineData("Readers wrote to me that the mayor had lied about the tram.", "Readers wrote")]
    [InlineData("Listeners have written in to say the bridge is unsafe.", "Listeners have written")]
    public void Flags_readers_who_write_in_a_claim(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH3001", text));

    // A bare quantifier opening a relative clause is an unnamed group vouching for what the writer asserts.
    [Theory]
    [InlineData("The council passed a parking rule that some say targets students.", "some say")]
    [InlineData("The board adopted a grain tariff which some argue is unfair to farmers.", "some argue")]
    [InlineData("The lighthouse, which many believe was built by smugglers, will be sold.", "many believe")]
    [InlineData("Ministers backed a levy that others claim will close the ferry.", "others claim")]
    public void Flags_a_quantifier_group_in_a_relative_clause(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH3001", text));

    // Near misses: the relative's "some" or "many" determines a thing, or the relative reports nothing.
    [Theory]
    [InlineData("The council passed a parking rule that some drivers ignore.")]
    [InlineData("The lighthouse, which many visitors photograph, will be sold.")]
    [InlineData("The board adopted a tariff which most farmers pay each spring.")]
    [InlineData("Ministers backed a levy that few families will notice.")]
    public void Does_not_flag_a_relative_quantifier_that_reports_nothing(string text) =>
        Assert.Empty(Flagged("RH3001", text));

    // "That" before a plural opens a relative or a "that" clause whose subject is the group: the demonstrative of a
    // plural is "those", so "that" never determines it (real news, issue 17).
    [Theory]
    [InlineData("The hospital faces a staffing gap that nurses say puts patients at risk.", "nurses say")]
    [InlineData("The mill pays a wage that union organisers claim is the lowest in the valley.", "union organisers claim")]
    [InlineData("The real trouble is that economists expect the slump to last.", "economists expect")]
    public void Flags_a_group_after_a_relative_or_complementizer_that(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH3001", text));

    // Near misses: "that" still determines a singular, a named or scoped speaker names the group, and a relative whose
    // verb reports nothing passes on no claim.
    [Theory]
    [InlineData("That nurse says the ward is safe.")]
    [InlineData("The county shelved a report that planning officers had drafted.")]
    [InlineData("The hospital faces a gap that Nurse Ana Lind says puts patients at risk.")]
    [InlineData("The board kept a forecast that economists at the Harlow Institute say is sound.")]
    [InlineData("Mayor Ruiz argued that critics say one thing and do another.")]
    public void Does_not_flag_that_before_a_named_scoped_or_singular_speaker(string text) =>
        Assert.Empty(Flagged("RH3001", text));

    // A verb of regard without a rank frames no attribution: it deliberates, perceives, or states the writer's own
    // generalisation ("as" can mean "while"). A crowd's view needs a belief verb with "that" or a rank.
    [Theory]
    [InlineData("Many saw the parade from their balconies.")]
    [InlineData("Some councillors will consider whether the ferry should run in winter.")]
    [InlineData("Many residents are considering moving inland.")]
    [InlineData("The terminal is considered a blunder by Mayor Ana Ruiz.")]
    [InlineData("Mayor Ana Ruiz regards the levy as a tax on fishermen.")]
    [InlineData("Many considered the ferry timetable for a week before they answered.")]
    [InlineData("Many watched the regatta as it rounded the headland.")]
    [InlineData("Most islanders consider Sunday a day for the boats.")]
    [InlineData("Many consider the new ferry terminal a costly blunder.")]
    public void Does_not_flag_regard_verbs_without_a_rank(string text) =>
        Assert.Empty(Flagged("RH3001", text));

    // Perception verbs hold a view only with "as", and then only of a rank.
    [Theory]
    [InlineData("Others see the orchestra's new conductor as the finest in a generation.", "Others see")]
    [InlineData("Many view the old lighthouse as the loveliest on the coast.", "Many view")]
    public void Flags_a_vague_group_seeing_something_as_the_best(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH3001", text));

    // A rank a vague group confers is its view (issue 17): one finding, on the group, whatever the verb.
    [Theory]
    [InlineData("Critics rank the new stadium among the worst in the north.", "Critics rank")]
    [InlineData("Local voters elected Ilse Brandt the ablest mayor in the region.", "Local voters elected")]
    [InlineData("Critics dubbed the new stadium the worst in the north.", "Critics dubbed")]
    [InlineData("Critics call the new stadium the worst in the north.", "Critics call")]
    [InlineData("Many voted the harbour bakery the best in the county.", "Many voted")]
    [InlineData("Reviewers crowned the little bistro the most inventive kitchen on the coast.", "Reviewers crowned")]
    [InlineData("Engineers regard the new tram bridge as the safest in the province.", "Engineers regard")]
    public void Flags_a_vague_group_conferring_a_rank(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH3001", text));

    // Near misses: an identifiable holder, a named poll, an election with no rank, perception.
    [Theory]
    [InlineData("Critics at the Halden Courier rank the new stadium among the worst in the north.")]
    [InlineData("Its readers voted the harbour bakery the best in the county.")]
    [InlineData("Voters in the 2024 Varn Weekly poll ranked the bakery the best in the county.")]
    [InlineData("Local voters elected Ilse Brandt mayor of the region.")]
    [InlineData("Fans saw Ilse Brandt score the best goal of the season.")]
    public void Does_not_flag_a_rank_an_identifiable_holder_confers_or_no_rank(string text) =>
        Assert.Empty(Flagged("RH3001", text));

    // Asking for something is a request, not a claim, whoever asks.
    [Theory]
    [InlineData("When pensioners ask for help, too many of their calls go unanswered.")]
    [InlineData("Other broadcasters have asked for copies of the tape as well.")]
    [InlineData("Some tenants asked for the meeting to be moved to the evening.")]
    public void Does_not_flag_a_group_asking_for_something(string text) =>
        Assert.Empty(Flagged("RH3001", text));

    // The writer's unnamed circle (issue 17): "people" with a contact relative in any tense, a counted group that told the
    // writer, and an account given off the record.
    [Theory]
    [InlineData("People I have spoken to say the mill will close.", "People I have spoken to")]
    [InlineData("People I know say the ferry is unsafe.", "People I know")]
    [InlineData("Two teachers in Hull told me the exam was leaked.", "Two teachers in Hull")]
    [InlineData("Three dockers at the port told us the cranes had failed.", "Three dockers at the port")]
    [InlineData("Skippers I know privately describe harbours in ruin.", "Skippers I know")]
    public void Flags_the_writers_unnamed_circle(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH3001", text));

    // Near misses: a count that spoke in public, people who did not speak, an act done in private, figures that show.
    [Theory]
    [InlineData("Ten voters said the levy was unfair.")]
    [InlineData("Two teachers in Hull said the exam was leaked.")]
    [InlineData("People I know were hurt in the flood.")]
    [InlineData("Skippers privately praised the lifeboat crews.")]
    [InlineData("Figures from the ministry show that crime fell.")]
    public void Does_not_flag_a_count_in_public_or_no_claim(string text) =>
        Assert.Empty(Flagged("RH3001", text));

    // A quantifier picks unnamed members of a party or a people (issue 17: "some Democrats say" was read as the party,
    // a named body, in 20 PolNeAR attributions).
    [Theory]
    [InlineData("Some Democrats say the transit bill will stall in the Senate.", "Some Democrats say")]
    [InlineData("Many Tories fear the Harlow by-election is already lost.", "Many Tories fear")]
    [InlineData("Several Republicans cautioned that the farm bill was too costly.", "Several Republicans cautioned")]
    [InlineData("Some Norwegians say the tunnel toll is far too high.", "Some Norwegians say")]
    public void Flags_quantified_members_of_a_party_or_people(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH3001", text));

    // Near misses: the party's own line, members acting, a share of a set the story defines.
    [Theory]
    [InlineData("Democrats say the transit bill will stall in the Senate.")]
    [InlineData("Some Democrats voted against the transit bill.")]
    [InlineData("Most of the Senate Republicans said they would back the farm bill.")]
    public void Does_not_flag_a_party_line_or_a_defined_set(string text) =>
        Assert.Empty(Flagged("RH3001", text));

    // A bare quantifier in an "as" clause of comment or a relative on a person (issue 17, real news: "as some have
    // speculated", "a man who many believe …").
    [Theory]
    [InlineData("The ferry levy will not pass, as some have argued all winter.", "some have argued")]
    [InlineData("As many claim, the dredging will cost far more than planned.", "many claim")]
    [InlineData("The board hired Tom Varley, who many say ruined the pier.", "many say")]
    [InlineData("The keeper, whom many believed was a smuggler, left in May.", "many believed")]
    public void Flags_a_quantifier_group_in_an_as_clause_or_a_relative_on_a_person(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH3001", text));

    // Near misses: the comparative "as many", a counted group, "as" before a named speaker.
    [Theory]
    [InlineData("Twice as many say they trust the harbour board.")]
    [InlineData("As many as forty traders said the dock was unsafe.")]
    [InlineData("The levy will not pass, as Mayor Joan Ellis has argued all winter.")]
    public void Does_not_flag_a_comparative_or_counted_as(string text) =>
        Assert.Empty(Flagged("RH3001", text));

    // Affirming a stance again, as repeating and restating it, acts on a thing unless "that" gives the claim.
    [Fact]
    public void Does_not_flag_a_group_reaffirming_a_stance() =>
        Assert.Empty(Flagged("RH3001", "Some critics reaffirmed their opposition to the toll plan."));

    [Fact]
    public void Flags_a_group_reaffirming_a_claim() =>
        Assert.Equal(["Critics reaffirmed"], Flagged("RH3001", "Critics reaffirmed that the toll plan is rushed."));

    // Standing advice from a kind of organization (issue 17: "recommend + -ing from a vague group" flags people of a trade;
    // utilities or banks telling the public what to do give the guidance every one of them publishes).
    [Theory]
    [InlineData("Water companies advise running the kitchen tap for a minute after a long holiday.")]
    [InlineData("Banks urge customers to check their statements every month.")]
    [InlineData("Insurers recommend against leaving a heater on overnight.")]
    public void Does_not_flag_standing_advice_from_a_kind_of_organization(string text) =>
        Assert.Empty(Flagged("RH3001", text));

    // Near misses: people of a trade advising, and organizations claiming rather than advising.
    [Theory]
    [InlineData("Dentists recommend brushing for two minutes after every meal.", "Dentists recommend")]
    [InlineData("Charities urged the Harlow mayor to admit that the shelter had failed.", "Charities urged")]
    [InlineData("Insurers advise that premiums will rise sharply next spring.", "Insurers advise")]
    [InlineData("Banks say the housing slump will last into next year.", "Banks say")]
    public void Flags_advice_from_people_of_a_trade_or_a_claim_from_organizations(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH3001", text));

    // A title line sums up its article: a named source in the paragraph below that carries the title's claim names the group.
    [Fact]
    public void A_title_line_is_sourced_by_a_named_source_in_the_lead_below() =>
        Assert.Empty(Flagged("RH3001",
            "Comet Orla will miss Earth by a wide margin, astronomers say\n\nThe comet Orla will miss Earth by about 40 million kilometres, the Halden Observatory said on Monday."));

    // Near misses: a lead whose named speaker talks of something else, and a sentence with a full stop, which is no title.
    [Theory]
    [InlineData("Comet Orla will miss Earth by a wide margin, astronomers say\n\nThe observatory's open day will go ahead on Sunday, Mayor Ines Varga said.")]
    [InlineData("Comet Orla will miss Earth by a wide margin, astronomers say. The museum opens late.\n\nThe comet Orla will miss Earth by about 40 million kilometres, the Halden Observatory said on Monday.")]
    public void A_title_line_over_a_lead_on_another_matter_or_a_full_sentence_is_flagged(string text) =>
        Assert.Equal(["astronomers say"], Flagged("RH3001", text));

    // A noun with a rarer person sense is a person after an adjective of standing that only people have ("senior
    // figures"), and a count inside the group's prepositional phrase counts that phrase's object, not the group.
    [Theory]
    [InlineData("Senior figures in the guild believe that the fair will move to Ostby.", "Senior figures in the guild")]
    [InlineData("Prominent voices on the council say the ferry will be sold.", "Prominent voices on the council")]
    [InlineData("Senior figures in both unions privately believe the strike will end by May.", "Senior figures in both unions")]
    [InlineData("Stewards from three unions say the levy will close the depot.", "Stewards from three unions")]
    // Whatever noun the preposition's object has: sides and chambers are no more the group's members than unions are.
    [InlineData("Critics in both chambers say the ferry bill hands the harbour to speculators.", "Critics in both chambers")]
    [InlineData("Economists on both sides of the tariff debate say the levy will fail.", "Economists on both sides of the tariff debate")]
    public void Flags_people_of_standing_and_a_group_whose_phrase_counts_something_else(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH3001", text));

    // Near misses: figures that are numbers, with or without an adjective that ranks things, and a group that is counted.
    [Theory]
    [InlineData("Key figures in the report show a fall in burglaries.")]
    [InlineData("The senior figures in the pay table were revised in May.")]
    [InlineData("Both organisers from the festival said the levy will close it.")]
    // A count of time after a preposition is no count of people, and stays as it was read.
    [InlineData("Stewards, who waited for two weeks, said the levy will close the depot.")]
    // A count after the group's prepositional phrase, set off by a comma, counts the group.
    [InlineData("Stewards at the depot, nine in all, said the levy will close it.")]
    public void Does_not_flag_figures_as_numbers_or_a_counted_group(string text) =>
        Assert.Empty(Flagged("RH3001", text));

    // A round number in the plural says there were many, not how many: it counts nobody, as "many" does not.
    [Theory]
    [InlineData("Dozens of callers said the bridge closure was a disaster for the market.", "Dozens of callers said")]
    [InlineData("Hundreds of tenants say the rent rise breaks the lease.", "Hundreds of tenants say")]
    public void Flags_a_group_counted_only_by_a_round_plural(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH3001", text));

    // Near misses: an exact count, and a round plural whose members are named.
    [Theory]
    [InlineData("Twelve callers said the bridge closure was a disaster for the market.")]
    [InlineData("Dozens of callers, among them Mayor Ines Varga, said the bridge closure was a disaster.")]
    public void Does_not_flag_an_exact_count_or_a_round_plural_with_names(string text) =>
        Assert.Empty(Flagged("RH3001", text));

    // A common noun that another spelling list also holds as a name ("Media", a town) names no body at the start of a
    // sentence when the document writes it only in the middle of a longer name; a word no dictionary holds still does.
    [Fact]
    public void Flags_a_common_noun_seen_only_inside_a_name() =>
        Assert.Equal(["Media experts agree"], Flagged("RH3001",
            "The study came from the Halden Media Research Group.\n\nMedia experts agree that the sale will gut local reporting."));

    [Fact]
    public void Does_not_flag_a_coined_name_word_seen_inside_a_name() =>
        Assert.Empty(Flagged("RH3001",
            "The study came from the Halden Varnel Research Group.\n\nVarnel analysts agree that the sale will gut local reporting."));
}
