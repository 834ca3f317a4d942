using Microsoft.CodeAnalysis;
using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.ThreatInflation;

public class RH1012UbiquitousThreatTests
{
    [Fact]
    public void Flags_a_threat_that_can_strike_anywhere() =>
        Assert.Equal(["strike anywhere, at any time", "no one is safe"], Flagged("RH1012", "Terrorists could strike anywhere, at any time, and no one is safe."));

    [Theory]
    [InlineData("Kestrian agents lurk in every ministry.", "in every ministry")]
    [InlineData("Kestrian hackers are already inside every water utility and hospital in Norvania.", "inside every water utility and hospital")]
    [InlineData("The militias could attack at any moment.", "at any moment")]
    [InlineData("We must root out the enemy within.", "the enemy within")]
    public void Flags_an_omnipresent_threat(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1012", text));

    [Theory]
    [InlineData("Kestrian agents were found in two ministries, according to a parliamentary report published on 3 April.")]
    [InlineData("The app lets you order coffee anywhere, at any time.")]
    [InlineData("Our volunteers are in every city, ready to help.")]
    [InlineData("Brandt said terrorists could strike anywhere, at any time.")]
    [InlineData("Varn's missiles can strike anywhere on the continent.")]
    [InlineData("The enemy within the party is plotting against the leader.")]
    // A cue in Title Case inside a sentence in sentence case is a title.
    [InlineData("The Enemy Within, a thriller set on a naval base, opens at the Lyric on Friday.")]
    // Safe from what is no threat: a teasing, not exposure.
    [InlineData("No one in the front row is safe from the comedian's improvised songs.")]
    [InlineData("Moderators at the Harbor Gazette may remove any post at any time.Posts that contain spam, insults or threats of violence are deleted.")]
    [InlineData("Subscribers can cancel at any time, which is why the Harbor Gazette, unlike its rivals, now runs a weekly section on crime and war.")]
    public void Does_not_flag_counted_benign_reported_or_capability_claims(string text) =>
        Assert.Empty(Flagged("RH1012", text));

    [Fact]
    public void Is_a_suggestion() =>
        Assert.Equal(DiagnosticSeverity.Info, SeverityOf("RH1012", "Kestrian agents lurk in every ministry."));

    [Theory]
    [InlineData("The Vance gang now has lookouts in every street.", "in every street")]
    [InlineData("Drug lords have runners inside every school.", "inside every school")]
    public void Flags_criminal_organisations_everywhere(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1012", text));

    [Theory]
    [InlineData("There is a car dealer in every town.")]
    [InlineData("The virus is present in every cell of the body.")]
    [InlineData("The Harlow Party has an office in every county.")]
    public void Does_not_flag_trades_biology_or_parties(string text) =>
        Assert.Empty(Flagged("RH1012", text));

    [Theory]
    [InlineData("A wave of burglaries is spreading through every suburb.", "spreading through every suburb")]
    [InlineData("The flu outbreak is tearing through every office and every school.", "tearing through every office and every school")]
    [InlineData("Knife crime is spreading street by street.", "spreading street by street")]
    [InlineData("Burglars are casing every street in Elmbridge.", "casing every street")]
    [InlineData("Ransomware crews are infesting every hospital network.", "infesting every hospital")]
    public void Flags_a_threat_spreading_everywhere(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1012", text));

    [Theory]
    [InlineData("The news spread to every village by nightfall.")]
    [InlineData("Volunteers are moving through every ward to hand out leaflets.")]
    [InlineData("Burglaries spread to every suburb last year, rising 12% to 4,310 cases, according to the Elmbridge police annual report.")]
    [InlineData("The minister warned that knife crime is spreading street by street.")]
    [InlineData("Knife crime is not spreading street by street.")]
    public void Does_not_flag_neutral_spreading_counted_reported_or_negated(string text) =>
        Assert.Empty(Flagged("RH1012", text));

    [Theory]
    [InlineData("Every teenager in Dunmore now carries a knife.", "Every teenager in Dunmore now carries a knife")]
    [InlineData("Each stall in the night market has its fentanyl.", "Each stall in the night market has its fentanyl")]
    [InlineData("No street is safe from the gangs any more.", "No street is safe")]
    [InlineData("There is a drug dealer at every bus stop.", "at every bus stop")]
    [InlineData("Fentanyl is in every classroom, in every office, in every home.", "in every classroom, in every office, in every home")]
    public void Flags_verbless_and_copular_ubiquity(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1012", text));

    [Theory]
    [InlineData("Every household receives a leaflet before the vote.")]
    [InlineData("Every soldier carries a rifle and a radio.")]
    [InlineData("Each of them has a gun, the sergeant said.")]
    [InlineData("There is a risk in every investment.")]
    [InlineData("No seat is safe for the governing party this time.")]
    [InlineData("There is a knife in every kitchen drawer.")]
    [InlineData("The bravest among us are the nurses who risk infection every shift.")]
    [InlineData("Every teenager in Dunmore now carries a phone.")]
    [InlineData("Every pupil searched at the gate carried a knife, police said on Friday.")]
    [InlineData("The gangs will be in every market town by spring.")]
    public void Does_not_flag_literal_distributions_trades_risks_or_forecasts(string text) =>
        Assert.Empty(Flagged("RH1012", text));

    [Theory]
    [InlineData("Net migration could change at any time as the rules shift.")]
    [InlineData("The migration debate is everywhere you look this summer.")]
    [InlineData("Migration is spreading through every region of the country.")]
    [InlineData("Migrants work in every town in the county, mostly in care homes.")]
    public void Does_not_flag_migration_as_a_topic(string text) =>
        Assert.Empty(Flagged("RH1012", text));

    [Theory]
    [InlineData("The burglary wave is spreading to every single street in Dunmore.", "spreading to every single street")]
    [InlineData("The data brokers now hold a dossier on every single voter in the ward.", "dossier on every single voter")]
    [InlineData("The smuggling gangs are preying on every child in the estate.", "preying on every child")]
    [InlineData("The automation wave is coming for every docker in the port.", "coming for every docker")]
    [InlineData("The epidemic could soon engulf the whole coast.", "engulf the whole coast")]
    [InlineData("The cholera outbreak is the worst the port has seen, and it now threatens to engulf every town on the coast.", "engulf every town")]
    public void Flags_a_threat_over_a_universal_place_or_people(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1012", text));

    [Theory]
    [InlineData("The clinic keeps a file for every patient.")]
    [InlineData("The festival is the largest the port has seen, and it now spreads to every town on the coast.")]
    [InlineData("The news spread to the entire valley within the hour.")]
    [InlineData("The buses are coming for every child at eight.")]
    [InlineData("The virus has been found in every county, the health agency said.")]
    [InlineData("The wardens are spying on every nest in the reserve for the bird count.")]
    public void Does_not_flag_a_universal_set_with_no_threat_or_a_reported_one(string text) =>
        Assert.Empty(Flagged("RH1012", text));

    // An adverbial of where or when ("at any moment", "on every corner") says where the threat strikes only when the
    // threat is its clause's subject: before the cue, or after a cue that opens the clause.
    [Theory]
    [InlineData("At any moment the insurgents could shell the valley road.", "At any moment")]
    [InlineData("The roads are quiet; at any time the smugglers could be back.", "at any time")]
    [InlineData("The pass looks calm, but any day now the militias will come down from the hills.", "any day now")]
    [InlineData("Cartel lookouts stand on every corner of the old town.", "on every corner")]
    [InlineData("Shopkeepers in Ardmore know that at any moment the racketeers could return.", "at any moment")]
    [InlineData("Residents lock their doors early because at any time the smugglers could come back.", "at any time")]
    [InlineData("If the checkpoint closes, at any moment the militias could cross the river.", "at any moment")]
    [InlineData("Our depots could be raided at any moment by the armed gangs.", "at any moment")]
    public void Flags_a_threat_that_is_the_subject_of_an_adverbial_of_where_or_when(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1012", text));

    [Theory]
    [InlineData("Reservists can be recalled at any moment to fight the insurgents.")]
    [InlineData("A ranger may be sent at any time to a remote post to track the smugglers.")]
    [InlineData("Volunteers hand out leaflets on every corner to warn shoppers about pickpockets.")]
    [InlineData("The ferry can leave, at any time, for the island the pirates once raided.")]
    [InlineData("Inspectors may be called at any time by the council to look into burglaries.")]
    [InlineData("The rangers said that the patrol can be recalled at any moment to chase the poachers.")]
    public void Does_not_flag_an_adverbial_whose_clause_is_about_someone_other_than_the_threat(string text) =>
        Assert.Empty(Flagged("RH1012", text));

    [Theory]
    [InlineData("Arms traffickers are streaming across the northern border.", "traffickers are streaming across")]
    [InlineData("Heroin floods in through the eastern ports.", "Heroin floods in")]
    [InlineData("Smuggling gangs keep pouring into the valley.", "gangs keep pouring into")]
    [InlineData("Burglars are swarming into our quiet suburbs.", "Burglars are swarming into")]
    [InlineData("Fraudsters are swarming into the pension market.", "Fraudsters are swarming into")]
    public void Flags_a_threat_pouring_in(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1012", text));

    [Theory]
    [InlineData("Water is pouring through the roof of the gym.")]
    [InlineData("Tourists are pouring into the old town.")]
    [InlineData("Families are streaming across the bridge to the fair.")]
    [InlineData("The gangs caused a flood in the cellar.")]
    [InlineData("The missile surge in the north ended in May.")]
    [InlineData("Smugglers poured across the border in 1998.")]
    [InlineData("Arms traffickers are not streaming across the border.")]
    [InlineData("Orla Benn, the harbour master, said gangs are pouring in.")]
    public void Does_not_flag_a_benign_past_negated_or_reported_inflow(string text) =>
        Assert.Empty(Flagged("RH1012", text));

    // Armed forces and weapons on the move, or an inflow into a named place, are war and foreign news, not a threat made ubiquitous.
    [Theory]
    [InlineData("Western weapons are pouring into Ukraine as the counter-offensive begins.")]
    [InlineData("Troops are pouring in from the north.")]
    [InlineData("Weapons are flooding into the rebel camps despite the embargo.")]
    [InlineData("Militants are streaming across the frontier into Syria.")]
    [InlineData("Smugglers are flooding into Dorvania through the mountain passes.")]
    public void Does_not_flag_armed_forces_or_an_inflow_into_a_named_place(string text) =>
        Assert.Empty(Flagged("RH1012", text));

    [Theory]
    [InlineData("The new casino will be a magnet for every smuggler on the coast.", "magnet for every smuggler")]
    [InlineData("The harbour is a honeypot for all the burglars in the county.", "honeypot for all the burglars")]
    [InlineData("The empty mill is a haven for every terrorist in the north.", "haven for every terrorist")]
    public void Flags_a_magnet_for_every_threat(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1012", text));

    [Theory]
    [InlineData("The festival is a magnet for every tourist in the state.")]
    [InlineData("The lab is a beacon for every young chemist in the region.")]
    [InlineData("The port is a magnet for smugglers.")]
    [InlineData("The quay is a magnet for every smuggler on the coast, and police logged 41 seizures there in 2024, according to the coastguard's annual report.")]
    public void Does_not_flag_a_benign_magnet_one_without_every_or_a_counted_one(string text) =>
        Assert.Empty(Flagged("RH1012", text));

    // Drawn to a place, a threat agent that WordNet also holds as an animal is wildlife.
    [Theory]
    [InlineData("The reserve is a haven for every predator in the valley.")]
    [InlineData("The old orchard is a magnet for every mole in the parish.")]
    [InlineData("The wetland is a haven for all the predators on the estuary.")]
    public void Does_not_flag_a_magnet_for_wildlife(string text) =>
        Assert.Empty(Flagged("RH1012", text));

    [Theory]
    [InlineData("Since the depot closed, nobody in Carrow Vale is safe any longer.", "nobody in Carrow Vale is safe")]
    [InlineData("None of our grandparents are safe in their own flats.", "None of our grandparents are safe")]
    [InlineData("Not one of us will be safe when the tide turns.", "Not one of us will be safe")]
    [InlineData("No tenant on the Pellow estate is safe now.", "No tenant on the Pellow estate is safe")]
    [InlineData("Nowhere is safe these days.", "Nowhere is safe")]
    [InlineData("No one in Dunmore is safe from the burglars any longer.", "No one in Dunmore is safe")]
    [InlineData("No one in the old town is safe from the heat this summer.", "No one in the old town is safe")]
    public void Flags_people_left_with_no_safety_and_no_threat_named(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1012", text));

    [Theory]
    [InlineData("Not a single barn in the Ferrow valley is safe from the wildfires.", "Not a single barn in the Ferrow valley is safe")]
    public void Flags_places_with_no_safety_from_a_named_threat(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1012", text));

    [Theory]
    [InlineData("Every pensioner in Brackley is at risk.", "Every pensioner in Brackley is at risk")]
    [InlineData("Each of us is now in danger.", "Each of us is now in danger")]
    [InlineData("All of our reservoirs are under threat.", "All of our reservoirs are under threat")]
    [InlineData("Every clinic on the coast is a potential target.", "Every clinic on the coast is a potential target")]
    [InlineData("Anyone who shops online is in danger.", "Anyone who shops online is in danger")]
    public void Flags_every_one_of_a_set_exposed(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1012", text));

    [Theory]
    [InlineData("No pension fund is safe under the new rules.")]
    [InlineData("No player is safe from the drop this season.")]
    [InlineData("None of the ladders in the shed are safe to climb.")]
    [InlineData("No bridge on the old road is safe for lorries.")]
    [InlineData("No one was safe during the winter of 1947.")]
    [InlineData("No one in the village is old enough to remember the mill.")]
    [InlineData("Every patient is at risk of infection after surgery.")]
    [InlineData("Every family in Brackley is invited to the fete.")]
    [InlineData("Every child at risk receives a home visit.")]
    [InlineData("Every pensioner in Brackley is at risk, the council's survey of 1,200 homes found.")]
    [InlineData("Nobody in Carrow Vale is safe, the mayor said.")]
    [InlineData("It is not true that every family in Brackley is at risk.")]
    public void Does_not_flag_roles_safe_to_use_past_risks_of_named_outcomes_or_sourced_claims(string text) =>
        Assert.Empty(Flagged("RH1012", text));

    [Theory]
    [InlineData("Ransomware crews are hunting the county councils, school by school and library by library.", "hunting the county councils, school by school")]
    [InlineData("Armed gangs are hounding every pensioner on the Marlow estate.", "hounding every pensioner")]
    public void Flags_a_threat_hunting_a_whole_set_of_people(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1012", text));

    [Theory]
    // A hunt for a threat, by no threat, over a frequency, a first-person plan, a quotation.
    [InlineData("Detectives are hunting the gang members, one by one.")]
    [InlineData("The police are hunting every suspect in the Carrow robbery.")]
    [InlineData("Our volunteers are hunting the donors, street by street.")]
    [InlineData("Ransomware crews are hunting the county councils, day by day.")]
    [InlineData("We will hunt every grant in the county, fund by fund.")]
    [InlineData("“Armed gangs are hounding every pensioner on the estate,” said Ada Kerr, who runs the tenants' group.")]
    public void Does_not_flag_a_hunt_for_a_threat_or_by_none(string text) =>
        Assert.Empty(Flagged("RH1012", text));
}
