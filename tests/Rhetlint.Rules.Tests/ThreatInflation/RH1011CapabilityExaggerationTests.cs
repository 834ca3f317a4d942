using Microsoft.CodeAnalysis;
using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.ThreatInflation;

public class RH1011CapabilityExaggerationTests
{
    [Theory]
    [InlineData("Varn's vast arsenal of hypersonic missiles can strike anywhere on the continent.", "Varn's vast arsenal of hypersonic missiles can strike anywhere")]
    [InlineData("Kestria's hackers are unstoppable.", "hackers are unstoppable")]
    [InlineData("Varn's missiles can now incinerate any Norvanian city at will.", "can now incinerate any Norvanian city at will")]
    [InlineData("The Kestrian army is ten feet tall in our newspapers.", "army is ten feet tall")]
    [InlineData("Kestria's hackers could shut down the grid whenever they like.", "could shut down the grid whenever they like")]
    public void Flags_an_inflated_capability(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1011", text));

    [Theory]
    [InlineData("Varn fields about 40 hypersonic missiles, according to the 2024 Harlow Military Balance.")]
    [InlineData("The team's offense looked unstoppable after halftime.")]
    [InlineData("The vast army of volunteers cleaned every beach in the county.")]
    [InlineData("Varn's vast arsenal holds 300 drones and 40 missiles.")]
    [InlineData("Kestria's hackers are not unstoppable.")]
    [InlineData("The app can reach any user anywhere in seconds.")]
    [InlineData("“Kestria's hackers are unstoppable,” Brandt said on Monday.")]
    public void Does_not_flag_counted_ownerless_or_quoted_capabilities(string text) =>
        Assert.Empty(Flagged("RH1011", text));

    [Fact]
    public void Could_lowers_it_to_a_suggestion() =>
        Assert.Equal(DiagnosticSeverity.Info, SeverityOf("RH1011", "Kestria's hackers could shut down the grid whenever they like."));

    [Theory]
    [InlineData("Kestria's hackers can shut down the harbour cranes in an afternoon.", "can shut down the harbour cranes in an afternoon")]
    [InlineData("Kestria's botnet could empty our bank accounts overnight.", "could empty our bank accounts overnight")]
    [InlineData("Kestria's engineers have finished a new drone fleet. It can clear our skies in a single night.", "can clear our skies in a single night")]
    public void Flags_speed_and_sweep_idioms_and_capability_in_a_separate_clause(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1011", text));

    [Theory]
    [InlineData("The plant can switch its line to oat milk in a day.")]
    [InlineData("The app can reach any user overnight.")]
    [InlineData("Kestria's engineers have finished a new drone fleet. They can be seen from the coast.")]
    [InlineData("Kestria has 40 attack drones, according to the Harlow Military Balance. They can clear a runway in a single night.")]
    public void Does_not_flag_ordinary_speed_or_counted_capability(string text) =>
        Assert.Empty(Flagged("RH1011", text));

    [Theory]
    [InlineData("Russian tanks will be in Harlow within three days.", "Russian tanks will be in Harlow within three days")]
    [InlineData("The gangs will be in every market town by spring.", "The gangs will be in every market town by spring")]
    [InlineData("Cholera will reach the river camps before the weekend.", "Cholera will reach the river camps before the weekend")]
    [InlineData("Ransomware will hit every council in the county in a matter of weeks.", "Ransomware will hit every council in the county in a matter of weeks")]
    public void Flags_an_arrival_forecast_stated_as_certain(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1011", text));

    [Fact]
    public void A_could_lowers_an_arrival_forecast_to_a_suggestion() =>
        Assert.Equal(DiagnosticSeverity.Info, SeverityOf("RH1011", "The virus could reach every ward by Friday."));

    [Theory]
    [InlineData("The storm will reach the coast within 48 hours, the weather service said.")]
    [InlineData("The hurricane will reach the coast within 48 hours, according to the National Hurricane Center.")]
    [InlineData("Our troops will be home by Christmas.")]
    [InlineData("The flu vaccine will be in pharmacies within two weeks.")]
    [InlineData("The new trains will be in service by spring.")]
    [InlineData("The heatwave will be in the south by Friday.")]
    [InlineData("The recession will reach the high street by spring.")]
    [InlineData("Russian tanks will not be in Harlow within three days.")]
    [InlineData("“The virus will reach every ward by Friday,” the health minister said.")]
    public void Does_not_flag_sourced_own_side_benign_or_negated_forecasts(string text) =>
        Assert.Empty(Flagged("RH1011", text));

    [Theory]
    [InlineData("Harbrook Holdings could wipe out every small grocer in a single year.", "could wipe out every small grocer in a single year")]
    [InlineData("A cyberattack could shut down the port in an afternoon.", "could shut down the port in an afternoon")]
    [InlineData("Big Tech could wipe out local news at a stroke.", "could wipe out local news at a stroke")]
    [InlineData("The new strain of flu can cripple a hospital overnight.", "can cripple a hospital overnight")]
    public void Flags_speed_idioms_of_ruin_for_any_threat(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1011", text));

    [Theory]
    [InlineData("Harbrook Holdings could shut down the plant overnight if sales fall.")]
    [InlineData("Harbrook Holdings can reach every shop in the county overnight.")]
    [InlineData("Harbrook Holdings can cut prices overnight.")]
    [InlineData("The new tram can reach the airport in an afternoon.")]
    [InlineData("The toxin can kill in minutes.")]
    [InlineData("A cyberattack could shut down the port in an afternoon, the port authority warned in its 2025 report.")]
    [InlineData("Terrorists could strike anywhere.")]
    public void Does_not_flag_business_contingencies_ordinary_speed_or_sourced_warnings(string text) =>
        Assert.Empty(Flagged("RH1011", text));

    [Theory]
    [InlineData("Voice-cloning software can now fake any judge saying anything.", "can now fake any judge saying anything")]
    [InlineData("The leaked exploit kit can hijack any account from anywhere.", "can hijack any account from anywhere")]
    [InlineData("These forgery tools can counterfeit any signature on any contract.", "can counterfeit any signature on any contract")]
    public void Flags_a_harm_with_no_limit_of_object_or_manner(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1011", text));

    [Fact]
    public void A_could_lowers_free_choice_capability_to_a_suggestion() =>
        Assert.Equal(DiagnosticSeverity.Info, SeverityOf("RH1011", "A stolen master key could breach any vault in any bank."));

    [Theory]
    // A product's reach: a verb of use, or one universal.
    [InlineData("The new app can open any file.")]
    [InlineData("The editor can now play any clip from anywhere.")]
    [InlineData("A good locksmith can crack any safe.")]
    // The writer's side, a condition, and quoted words.
    [InlineData("In our studio we can clone any voice saying anything for the radio play.")]
    [InlineData("The virus can wipe any laptop anywhere if it is left unpatched.")]
    [InlineData("“It can fake any minister saying anything,” the engineer Tor Lund said.")]
    public void Does_not_flag_products_our_side_conditions_or_quotes(string text) =>
        Assert.Empty(Flagged("RH1011", text));

    [Theory]
    [InlineData("Every card payment rides on a cable that Russia can sever whenever it likes.", "can sever whenever it likes")]
    [InlineData("Russia could snip our power lines any time it wants.", "could snip our power lines any time it wants")]
    [InlineData("Russia can disconnect the island whenever it sees fit.", "can disconnect the island whenever it sees fit")]
    public void Flags_a_link_severed_at_a_force_s_pleasure(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1011", text));

    [Theory]
    [InlineData("The cat comes in whenever it likes.")]
    [InlineData("Tenants can disconnect the meter whenever they like.")]
    [InlineData("The gardener can snip the roses any time she wants.")]
    public void Does_not_flag_discretion_of_a_benign_holder(string text) =>
        Assert.Empty(Flagged("RH1011", text));

    // The owner as the subject of a verb of having or fielding a force.
    [Theory]
    [InlineData("After the purge, Kestria fields a vast arsenal of drones.", "Kestria fields a vast arsenal")]
    [InlineData("The Orvo cartel has amassed an enormous army of enforcers.", "The Orvo cartel has amassed an enormous army")]
    // A collective made a force by its "of" complement.
    [InlineData("The Orvo cartel now commands a huge network of informers in the docks.", "The Orvo cartel now commands a huge network")]
    public void Flags_a_capability_owned_through_a_verb(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1011", text));

    [Theory]
    [InlineData("Kestria has a vast coastline.")]
    [InlineData("Kestria fields a new army of conscripts.")]
    [InlineData("Kestria now fields a vast arsenal of 4,000 drones, according to the Harlow Institute.")]
    // A collective whose "of" names no force.
    [InlineData("Kestria has a vast fleet of fishing boats in the northern bays.")]
    [InlineData("Today the Orvo cartel has a huge network of laundries across the city.")]
    public void Does_not_flag_a_possession_that_is_no_inflated_force(string text) =>
        Assert.Empty(Flagged("RH1011", text));

    // Capability by sufficiency: one small act said to be enough for a catastrophe.
    [Theory]
    [InlineData("One doctored video is all it takes to topple a government.", "all it takes to topple a government")]
    [InlineData("One faulty valve is all it would take to wipe out the whole Harlen valley.", "all it would take to wipe out the whole Harlen valley")]
    [InlineData("It only takes one careless lab worker to start the next pandemic.", "It only takes one careless lab worker to start the next pandemic")]
    [InlineData("All it would take to plunge the region into war is one stray missile.", "All it would take to plunge the region into war")]
    [InlineData("It would take just a single forged letter to bring down the town council.", "It would take just a single forged letter to bring down the town council")]
    public void Flags_one_act_said_to_be_enough_for_a_catastrophe(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1011", text));

    [Theory]
    // No catastrophe: a recipe, a league, a repair, a kitchen mishap, a machine's stop cord.
    [InlineData("All it takes to make a great loaf is flour, water and patience.")]
    [InlineData("All it takes to win the league now is three more points.")]
    [InlineData("All it would take to fix the roof is a free weekend.")]
    [InlineData("All it takes to ruin a souffle is one slammed door.")]
    [InlineData("One pull of the cord is all it takes to shut down the whole conveyor.")]
    // History, an end to a harm, and quoted words.
    [InlineData("All it took to topple the old government in 1911 was one mutiny.")]
    [InlineData("All it took to end the strike was a phone call from the minister.")]
    [InlineData("“All it would take to start an epidemic is one broken flask,” said Ilse Maren, who chairs the Dovecot campaign.")]
    public void Does_not_flag_a_sufficiency_with_no_catastrophe_or_in_the_past(string text) =>
        Assert.Empty(Flagged("RH1011", text));

    // "capable of" and a gerund read as "can"; a verb of intrusion with its "into"; the holder's pleasure as a second free choice.
    [Theory]
    [InlineData("Varn's drone fleet is capable of striking any Norvanian port at will.", "capable of striking any Norvanian port at will")]
    [InlineData("The latest chat models can now break into any hospital's records at will.", "can now break into any hospital's records at will")]
    [InlineData("The leaked toolkit is capable of hijacking any account from anywhere.", "capable of hijacking any account from anywhere")]
    // A force whose verb is no strike still holds the free-choice harm (ti-fixes).
    [InlineData("Their hackers can break into any clinic's records at will.", "can break into any clinic's records at will")]
    [InlineData("Varn's cyber army can break into any council's network at will.", "can break into any council's network at will")]
    public void Flags_capable_of_intrusion_and_discretion(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1011", text));

    [Theory]
    // An ability with no act or one universal, a sport's "break", our side, a measured warning, a quote.
    [InlineData("The new pump is capable of emptying any tank in the yard.")]
    [InlineData("The Calder sprinter can break any record at will on a dry track.")]
    [InlineData("Our red team can break into any office network at will during the audit.")]
    [InlineData("The toolkit can break into any account, but only 3 percent of accounts lack two-factor login, the Harlow Security Board found.")]
    [InlineData("“The latest models can break into any hospital's records at will,” the analyst Tor Lund said.")]
    // A force with one universal only.
    [InlineData("Their hackers can break into any clinic's records.")]
    public void Does_not_flag_ordinary_ability_our_side_or_quotes(string text) =>
        Assert.Empty(Flagged("RH1011", text));
}
