using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Superlatives;

public class RH2005UniversalClaimTests
{
    [Theory]
    [InlineData("Politicians always lie about defense budgets.", "Politicians always lie")]
    [InlineData("Nobody in the region trusts Varn.", "Nobody in the region trusts")]
    [InlineData("We hope the board reads this: nobody in Tarnby trusts the ferry company.", "nobody in Tarnby trusts")]
    [InlineData("Nobody moves better on grass than Ilse Brandt.", "Nobody moves better on grass")]
    // A determiner ending in s is no verb: the span runs to the comparison, not to "this" (detection-gaps §4).
    [InlineData("Nobody on this ferry matters more than the engineer.", "Nobody on this ferry matters more")]
    [InlineData("Nobody on this island has ever paid the toll.", "Nobody on this island has ever paid")]
    [InlineData("No harbor does it better.", "No harbor does it better")]
    // A determiner and a noun are the object before the comparison.
    [InlineData("No cooperative knows the valley better than this one.", "No cooperative knows the valley better")]
    [InlineData("Nobody in Tarnby reads the tide faster than Ilse Brandt.", "Nobody in Tarnby reads the tide faster")]
    [InlineData("The shipping industry has completely abandoned sail power.", "has completely abandoned sail power")]
    [InlineData("Kestrian voters never forgive a broken promise.", "Kestrian voters never forgive")]
    [InlineData("The media will always side with the mayor.", "The media will always side")]
    [InlineData("All bankers hate uncertainty.", "All bankers hate")]
    // An -ing participle narrows the group; the claim is read at the clause's own verb past its phrase.
    [InlineData("All tourists crossing the strait are smugglers.", "All tourists crossing the strait are")]
    [InlineData("All landlords renting rooms cheat their tenants.", "All landlords renting rooms cheat")]
    [InlineData("All farmers working near Halden are frauds.", "All farmers working near Halden are")]
    public void Flags_an_absolute_generalization(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2005", text));

    [Theory]
    [InlineData("All 27 member states signed the declaration on Monday.")]
    [InlineData("Nobody in the office knows the password.")]
    [InlineData("Ilse Brandt said no cooperative knows the valley better than hers.")]
    [InlineData("We can only hope that no one dies on the flooded road before the council acts.")]
    [InlineData("All three candidates have said they would raise the ferry levy.")]
    [InlineData("All reporters seeking access to the chamber will now have to sign the written rules.")]
    [InlineData("All passengers boarding the night ferry must show a pass.")]
    [InlineData("All reporters seeking press passes will have to apply by Friday.")]
    [InlineData("The museum is never open on Mondays.")]
    [InlineData("She has never gone past the semifinals in Halden.")]
    [InlineData("Halden voters have never elected a mayor from the harbor ward.")]
    [InlineData("Never sign a lease you haven't read.")]
    [InlineData("Politicians almost always lie.")]
    [InlineData("Politicians don't always lie.")]
    [InlineData("As always, the mayor arrived late.")]
    [InlineData("Never mind the weather.")]
    [InlineData("Nobody was injured in the fire.")]
    [InlineData("No one among the 40 passengers was hurt.")]
    [InlineData("The rostering applies to all drivers.")]
    [InlineData("All passengers are required to show a ticket.")]
    [InlineData("No one knows how many ships sank.")]
    [InlineData("No one pays me to write this column.")]
    [InlineData("No action is better than a rushed one.")]
    [InlineData("“Politicians always lie,” said Ilse Brandt.")]
    [InlineData("Do politicians always lie?")]
    [InlineData("All experts agree that the tariff failed.")]
    [InlineData("Nobody disputes that the tariff failed.")]
    public void Does_not_flag_records_rules_idioms_or_softened_claims(string text) =>
        Assert.Empty(Flagged("RH2005", text));

    [Fact]
    public void Flag_comparisons_false_leaves_a_comparative_universal_alone()
    {
        const string text = "Nobody on the tour serves harder on grass.";
        Assert.Equal(["Nobody on the tour serves harder on grass"], Flagged("RH2005", text));
        Assert.Empty(Flagged("RH2005", text, WithOptions(("rhetlint.RH2005.flag_comparisons", "false"))));
    }

    [Fact]
    public void Flag_comparisons_false_still_flags_a_habitual_universal() =>
        Assert.Equal(["Nobody in the region trusts"],
            Flagged("RH2005", "Nobody in the region trusts the ferry company.", WithOptions(("rhetlint.RH2005.flag_comparisons", "false"))));

    /// <summary>Perfect and modal forms, rivalry, and a spotless record about any subject (issue 17).</summary>
    [Theory]
    [InlineData("The river lobby has never kept a single promise.", "has never kept a single promise")]
    [InlineData("Commuters have never been treated with such contempt.", "have never been treated with such contempt")]
    [InlineData("Tarnby's tenants have never been shown such contempt before the election.", "have never been shown such contempt")]
    // A thing met, not done, keeps no record: not the writer's own, nor one closed by "before".
    [InlineData("We have never faced such a danger to the harbour towns.", "have never faced such a")]
    [InlineData("I have never seen such disdain for the island's ferry riders.", "have never seen such disdain")]
    [InlineData("Halden has never witnessed such waste before.", "has never witnessed such waste")]
    [InlineData("Nobody on the board has lifted a finger.", "Nobody on the board has lifted")]
    [InlineData("No airline has ever regretted cutting that route.", "No airline has ever regretted")]
    [InlineData("No rival can match the Tarn 4 on range.", "No rival can match")]
    [InlineData("No bank in the region has done less for savers.", "No bank in the region has done less for savers")]
    [InlineData("Riders have never had a faster way across town.", "have never had a faster")]
    [InlineData("No other bakery in this town is even close.", "No other bakery in this town is even close")]
    [InlineData("Gold always holds its value.", "Gold always holds its value")]
    [InlineData("His instincts are never wrong.", "are never wrong")]
    [InlineData("The Ferro index never disappoints.", "index never disappoints")]
    [InlineData("The pension trust never makes a mistake with its bets.", "trust never makes a mistake")]
    [InlineData("Her coach never errs on team selection.", "coach never errs")]
    public void Flags_perfect_modal_and_record_absolutes(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2005", text));

    [Theory]
    [InlineData("No one has claimed responsibility for the fire.")]
    [InlineData("Nobody has been charged over the break-in.")]
    [InlineData("Nobody could have predicted the storm surge.")]
    [InlineData("No one can enter the depot after dark.")]
    [InlineData("Nobody is close to a deal on the levy.")]
    [InlineData("She has never won the title in Varn.")]
    [InlineData("No one will ever know who set the fire.")]
    [InlineData("Never fail to check the brakes.")]
    [InlineData("She always takes the early ferry.")]
    [InlineData("The canteen never makes a profit in August.")]
    [InlineData("We always lose at chess.")]
    [InlineData("The council's forecasts are almost always wrong.")]
    [InlineData("I have never asked the council for such a levy on ferries.")]
    [InlineData("The diving bell has never been lowered to such a depth before.")]
    [InlineData("I have never voted for such a costly bridge.")]
    public void Does_not_flag_records_passives_rules_or_ignorance(string text) =>
        Assert.Empty(Flagged("RH2005", text));

    /// <summary>Emphatic absolutes: "never once" in the present perfect, "nobody alive" (issue 17).</summary>
    [Theory]
    [InlineData("The water board has never once told tenants the truth about the pipes.", "has never once told")]
    [InlineData("Grid operators have never once passed a saving on to households.", "have never once passed")]
    [InlineData("The central bank has never once been candid about its forecasts.", "has never once been candid")]
    [InlineData("The striker has never once hidden from a hard tackle.", "has never once hidden")]
    [InlineData("Nobody alive paints a harbour like Mira Olsen.", "Nobody alive paints")]
    [InlineData("No one living plays the cello with such grace as Ines Roca.", "No one living plays")]
    // A verb of saying with an indefinite object makes something; it reports no view.
    [InlineData("Nobody alive writes a lullaby like Tova Brin.", "Nobody alive writes")]
    [InlineData("Nobody in the league tells a story better than coach Imre Dahl.", "Nobody in the league tells")]
    public void Flags_an_emphatic_absolute(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2005", text));

    [Theory]
    // A bounded past narrates one stretch of time; the simple past tells one event.
    [InlineData("Until that night the ferry captain had never once missed a crossing.")]
    [InlineData("During the two-hour debate the senator never once mentioned the deficit.")]
    // Quoted, questioned or negated absolutes are not the writer's claim.
    [InlineData("“He has never once told us the truth,” said tenant leader Ada Moss.")]
    [InlineData("Has the regulator never once fined a lender?")]
    [InlineData("It is not true that the club has never once paid its players late.")]
    // Past facts and ignorance with "alive" stay silent.
    [InlineData("Nobody alive today saw the 1911 flood in Carrow.")]
    [InlineData("No one living knows where the treaty was signed.")]
    [InlineData("Nobody was pulled from the river alive.")]
    [InlineData("No one alive understands the levy better than its author.")]
    [InlineData("Nobody alive writes that the levy is fair.")]
    public void Does_not_flag_emphatic_forms_in_narrative_speech_or_questions(string text) =>
        Assert.Empty(Flagged("RH2005", text));

    /// <summary>A negative universal opening a relative clause after a noun, its object left out (issue 17, item 5).</summary>
    [Theory]
    [InlineData("Chef Aldo Renn has a palate nobody in the trade can match.", "nobody in the trade can match")]
    [InlineData("The Harlow Hawks hold a scoring record no rival has ever matched.", "no rival has ever matched")]
    [InlineData("Vell gave a closing speech nobody in the hall will ever forget, and then she left.", "nobody in the hall will ever forget")]
    [InlineData("The Orla 4 battery has a range no other phone can touch.", "no other phone can touch")]
    public void Flags_a_universal_that_opens_a_relative_clause_after_a_noun(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2005", text));

    [Theory]
    [InlineData("It was the night nobody came to the harbour.")]
    [InlineData("Tarnby is a town no bus serves on Sundays.")]
    [InlineData("She knew nobody in the trade could match the offer.")]
    [InlineData("He has a palate that some critics say nobody can match.")]
    [InlineData("The club owns a ground nobody has used since 1990.")]
    public void Does_not_flag_a_fact_an_object_or_a_reported_universal_after_a_noun(string text) =>
        Assert.Empty(Flagged("RH2005", text));

    /// <summary>A perfect "never" with a comparative claims a record over every moment before it.</summary>
    [Theory]
    [InlineData("The central bank has never been more isolated.", "has never been more isolated")]
    [InlineData("The festival has never looked better.", "has never looked better")]
    [InlineData("Solar power has never been cheaper.", "has never been cheaper")]
    [InlineData("Public trust in science has never been lower than it is today.", "has never been lower")]
    [InlineData("Voters have never felt safer.", "have never felt safer")]
    public void Flags_never_with_a_comparative(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2005", text));

    [Theory]
    [InlineData("The jobless rate has never been higher than 6 percent.")]
    [InlineData("The midfielder has never been more than a reserve.")]
    [InlineData("The orchestra's budget has never been bigger, Arts Council figures published on Monday show, at 4.2 million pounds.")]
    [InlineData("“Our league has never been stronger,” said commissioner Dara Voss.")]
    [InlineData("The ferry has never been late this season.")]
    [InlineData("The county's water grid has never been more exposed to hackers.")]
    public void Does_not_flag_a_bounded_or_sourced_comparative_record(string text) =>
        Assert.Empty(Flagged("RH2005", text));

    /// <summary>A universal read as one phrase with its restriction, and a spotless record of one subject (issue 17).</summary>
    [Theory]
    [InlineData("The Kova 3 has never dropped a call.", "has never dropped")]
    [InlineData("Our courier service has never let down a client.", "has never let down")]
    [InlineData("The goalkeeper has never once fumbled a cross.", "has never once fumbled")]
    [InlineData("Everyone who visits the spa goes home lighter.", "Everyone who visits the spa goes home lighter")]
    [InlineData("Everybody who sails with Captain Ilves comes back wiser.", "Everybody who sails with Captain Ilves comes back wiser")]
    [InlineData("Every town that has adopted the scheme has seen rents fall.", "Every town that has adopted the scheme has seen")]
    [InlineData("Nobody at the treasury understands the levy.", "Nobody at the treasury understands")]
    [InlineData("The levy is a mess, and no one in the cabinet understands it.", "no one in the cabinet understands it")]
    [InlineData("The tonic works for literally everyone.", "works for literally everyone")]
    [InlineData("This diet suits everybody, whatever their age.", "suits everybody")]
    public void Flags_a_restricted_universal_or_a_spotless_record(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2005", text));

    [Theory]
    // A definite object names one checkable event; the writer's own record is no claim about the world.
    [InlineData("The striker has never missed the final.")]
    [InlineData("I have never missed a train in my life.")]
    [InlineData("Until last week the courier had never dropped a parcel.")]
    // Rules and entitlements, counted sets, news negatives and time adverbials.
    [InlineData("Everyone who registers gets a badge.")]
    [InlineData("Every passenger who boards after nine pays the night fare.")]
    [InlineData("Nobody among the 40 passengers understands Latvian.")]
    [InlineData("No one was injured, police said.")]
    [InlineData("Nobody answered the door when officers called.")]
    [InlineData("Every Tuesday the market comes back livelier.")]
    // Ignorance, hedges, questions and a ranking of one person.
    [InlineData("Nobody understands why the bridge failed.")]
    [InlineData("Not everyone who tries it comes back calmer.")]
    [InlineData("Does everyone who tries it come back calmer?")]
    [InlineData("Almost everyone who tries it comes back calmer.")]
    [InlineData("The tonic works for almost everyone.")]
    [InlineData("She works for everyone in the ward.")]
    [InlineData("Everyone is welcome at the harbour fair.")]
    [InlineData("Everyone wants better than the rate the bank pays.")]
    // A sourced universal is the source's finding.
    [InlineData("Every town that has adopted the scheme has seen rents fall, the Harlow Institute said in its 2024 review.")]
    public void Does_not_flag_rules_records_news_negatives_or_softened_universals(string text) =>
        Assert.Empty(Flagged("RH2005", text));

    [Fact]
    public void A_rivalry_that_makes_a_threat_unstoppable_is_left_to_the_threat_family() =>
        Assert.Empty(Flagged("RH2005", "Tomorrow the lab will breed superbugs that no vaccine can touch."));

    /// <summary>A fronted "never" before its auxiliary claims no case in all time matches (topics3 review class).</summary>
    [Theory]
    [InlineData("Never has a council wasted so much on so little.", "Never has a council wasted")]
    [InlineData("Never did a ferry line treat its riders worse.", "Never did a ferry line")]
    [InlineData("Never have so few drivers carried so many parcels.", "Never have so few drivers carried")]
    public void Flags_an_inverted_never(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2005", text));

    [Theory]
    [InlineData("Never have I seen the harbour so quiet.")]
    [InlineData("Never again will the depot close without notice, the board promised.")]
    [InlineData("Never mind the cost of the tickets.")]
    [InlineData("The mayor has never visited the depot.")]
    public void Does_not_flag_the_writers_own_record_a_vow_or_an_idiom(string text) =>
        Assert.Empty(Flagged("RH2005", text));

    /// <summary>An exclusive remedy: no alternative in all time, or to come, works, rescues or suffices.</summary>
    [Theory]
    [InlineData("Rest is the only cure that has ever worked for my knee.", "the only cure that has ever worked")]
    [InlineData("A fare freeze is the only policy that will save us.", "the only policy that will save us")]
    [InlineData("The Brenna Compass is the only map app you will ever need.", "the only map app you will ever need")]
    [InlineData("A new bridge is the only thing that can rescue them.", "the only thing that can rescue them")]
    public void Flags_an_exclusive_remedy(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2005", text));

    [Theory]
    [InlineData("She is the only player who has ever won three titles in Halden.")]
    [InlineData("It is the only drug that works against the new strain.")]
    [InlineData("Varn Pipe is the only firm that can fix the pipeline.")]
    [InlineData("It is the only hospital in the valley.")]
    [InlineData("“It is the only plan that will save us,” said Mayor Ilse Brandt.")]
    public void Does_not_flag_a_record_a_capability_or_a_quote(string text) =>
        Assert.Empty(Flagged("RH2005", text));

    /// <summary>
    /// The first of two reported clauses joined by "and that" is reported too: the content of a vague source is the
    /// sourcing rules' business, not a claim of the writer's.
    /// </summary>
    [Theory]
    [InlineData("Insiders at the depot tell me pay has never been lower and that cuts are coming.")]
    [InlineData("Staff at the mill say the owners have never once paid on time and that a strike is likely.")]
    public void Does_not_flag_the_first_of_two_reported_clauses(string text) =>
        Assert.Empty(Flagged("RH2005", text));
}

/// <summary>
/// Negative universals over things and compound nouns, and the perfect of a spotless record (issue 17, su-recall): the
/// shapes "nothing has ever matched", "no wind farm has ever", "has never been wrong", "has never failed".
/// </summary>
public class RH2005NothingAndCompoundTests
{
    [Theory]
    [InlineData("Nothing has ever matched the roar of a cup final at Varnholm.", "Nothing has ever matched")]
    [InlineData("Nothing will ever replace a printed programme.", "Nothing will ever replace")]
    [InlineData("On a summer night, nothing else comes close.", "nothing else comes close")]
    [InlineData("Nothing beats the coastal line for scenery.", "Nothing beats")]
    [InlineData("No wind farm in the county has ever turned a profit.", "No wind farm in the county has ever turned")]
    [InlineData("No energy company can match Brenholt on price.", "No energy company can match")]
    [InlineData("The pension fund has never failed to beat inflation.", "has never failed")]
    [InlineData("In a decade of winter crossings, the Skarholm ferry has never failed us.", "has never failed")]
    [InlineData("Her rainfall forecasts have never been wrong.", "have never been wrong")]
    public void Flags_a_universal_over_things_or_a_spotless_perfect(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2005", text));

    [Theory]
    // A passive with "ever" is a record of what was done to them, as "Nobody has been charged" is.
    [InlineData("No third-party mayor has ever been directly elected in Tarnby.")]
    [InlineData("Nobody has ever been convicted under the 1911 harbour statute.")]
    [InlineData("Nothing has ever been proven against the firm.")]
    // The idiom of flat denial measures a distance, not a rank.
    [InlineData("Nothing could be further from the truth.")]
    [InlineData("No wind farm has been built in the county since 2019.")]
    [InlineData("Nothing has changed at the depot since spring.")]
    [InlineData("Nothing can be done before the tide turns.")]
    [InlineData("The pension fund has never failed the stress test.")]
    // Failing a test is a grade on a checkable record, not a lapse.
    [InlineData("Ilse Varnholm, the harbour pilot, has never failed a fitness test.")]
    [InlineData("The Skarholm ferry has never failed an annual safety inspection in its twelve years of service.")]
    [InlineData("I have never been wrong about the weather in Kell.")]
    [InlineData("“Nothing beats the coastal line,” said Ada Lorne of Varn Rail.")]
    public void Does_not_flag_a_passive_record_an_idiom_or_a_plain_record(string text) =>
        Assert.Empty(Flagged("RH2005", text));
}

/// <summary>Absolutes on the check topics (issue 17, su5): "else" set against a field, and "the only" with a word of credence.</summary>
public class RH2005ContrastAndCredenceTests
{
    [Theory]
    [InlineData("Nobody else in Varnish cinema films the sea with such patience.", "Nobody else in Varnish cinema films")]
    [InlineData("Nothing else on the shelf comes close.", "Nothing else on the shelf comes close")]
    [InlineData("Nobody else in the valley bakes a lighter rye.", "Nobody else in the valley bakes")]
    [InlineData("The Orla bond is the only credible plan for the harbour.", "the only credible plan")]
    [InlineData("Silver is the only true hedge left.", "the only true hedge left")]
    public void Flags_a_contrast_with_everyone_else_or_an_exclusive_judgement(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2005", text));

    [Theory]
    [InlineData("No one else was hurt in the crash.")]
    [InlineData("She was the only survivor of the crossing.")]
    [InlineData("It is the only bridge across the river.")]
    [InlineData("The only sensible question is whether the levy passes.")]
    [InlineData("It is widely accepted that tunnelling is the only sensible option for the valley.")]
    [InlineData("The only serious injury was a broken wrist.")]
    [InlineData("Nobody else in the Tarn race looks ready to win the seat.")]
    [InlineData("Nobody else in the village grows figs.")]
    [InlineData("No one else in the team speaks Welsh, so Rhys handles the local radio interviews.")]
    [InlineData("No one else in the household drives, so the car stays on the drive.")]
    public void Does_not_flag_a_fact_a_frame_or_an_impersonal_view(string text) =>
        Assert.Empty(Flagged("RH2005", text));
}

/// <summary>A negative universal restricted by a scope or a participle: a truth kept from the reader, a rivalry of manner (issue 17, su-consensus).</summary>
public class RH2005ScopedNegativeTests
{
    [Theory]
    [InlineData("Here is the part nobody on the evening bulletins will tell you.", "nobody on the evening bulletins will tell you")]
    [InlineData("No minister will ever tell you this.", "No minister will ever tell you")]
    [InlineData("Nobody in Westminster will warn you about the fares.", "Nobody in Westminster will warn you")]
    public void Flags_a_truth_every_member_keeps_from_the_reader(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2005", text));

    [Theory]
    // A news negative without the reader, a refusal to comment, a quoted speaker, a denial.
    [InlineData("No one will say how much the bridge cost.")]
    [InlineData("Nobody at the ministry will comment on the report.")]
    [InlineData("“Nobody on the council will tell you the truth,” said Ada Moss, who chairs the tenants' union.")]
    [InlineData("It is not true that nobody in Westminster will tell you why the fares doubled.")]
    public void Does_not_flag_a_refusal_a_quote_or_a_denial(string text) =>
        Assert.Empty(Flagged("RH2005", text));

    [Theory]
    [InlineData("Nobody writing in Orsk today can build a chorus the way Tova Brin does.", "Nobody writing in Orsk today can build")]
    [InlineData("No one can read a room like her.", "No one can read")]
    [InlineData("Nobody working on the river can steer a barge as well as Ada Moss.", "Nobody working on the river can steer")]
    public void Flags_a_rivalry_of_manner_with_one_person(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2005", text));

    [Theory]
    // A rule, a manner with a thing, and a participle scope with no claim.
    [InlineData("Nobody working at the port can enter the depot after dark.")]
    [InlineData("No one can build a shed like that in a week.")]
    [InlineData("Nobody living on the island was hurt.")]
    public void Does_not_flag_a_rule_a_thing_or_a_record(string text) =>
        Assert.Empty(Flagged("RH2005", text));

    [Fact]
    public void A_rivalry_of_manner_is_a_comparison_the_option_turns_off() =>
        Assert.Empty(Flagged("RH2005", "No one can read a room like her.", WithOptions(("rhetlint.RH2005.flag_comparisons", "false"))));
}
