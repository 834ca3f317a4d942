using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.ThreatInflation;

/// <summary>RH1001's gates widened in session 46: armed images, a pronoun's contracted copula, whole groups held hostage, a disease let loose.</summary>
public class RH1001ArmedAndCaptiveImageryTests
{
    [Theory]
    [InlineData("The new betting apps are a loaded pistol in every teenager's pocket.", "a loaded pistol in every teenager's pocket")]
    [InlineData("That pension reform is a cocked gun under every retired miner's pillow.", "a cocked gun under every retired miner's pillow")]
    [InlineData("The sugar tax is a loaded weapon in every corner shop, and the grocers know it.", "a loaded weapon in every corner shop")]
    [InlineData("The border standoff is a lit match beside a petrol tanker.", "a lit match beside a petrol tanker")]
    [InlineData("This tariff war is a spark in a gunpowder store, and nobody in the ministry seems to care.", "a spark in a gunpowder store")]
    [InlineData("The new algorithm is a burning torch in a fuel store of grievance.", "a burning torch in a fuel store")]
    [InlineData("Our regional bank is sitting on a loan bomb with its fuse now burning.", "bomb with its fuse now burning")]
    public void Flags_a_weapon_or_igniter_about_to_go_off_among_its_victims(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1001", text));

    [Theory]
    [InlineData("Police found a loaded gun in a school bag at Hatherley Academy on Tuesday, according to the force.")]
    [InlineData("Firefighters said the blaze began with a lit match beside a petrol tanker near the docks.")]
    [InlineData("The museum's centrepiece is a loaded cannon from 1805.")]
    [InlineData("The chef says the lit match in a fuel can trick is only for the stage show.")]
    [InlineData("Critics say the app is a loaded gun in every pocket, but the regulator found no evidence of harm.")]
    [InlineData("The striker's return is a lit match for the title race.")]
    [InlineData("The fireworks display was a lit fuse of colour over the harbour.")]
    [InlineData("Last year a fire on the ship was a spark in a fuel line, the inquiry found.")]
    [InlineData("The quarry crew stood back from the dynamite, its fuse already lit.")]
    public void Does_not_flag_real_weapons_fires_or_reported_images(string text) =>
        Assert.Empty(Flagged("RH1001", text));

    [Theory]
    [InlineData("Screens at the dinner table? It's an epidemic in this town.", "an epidemic")]
    [InlineData("Let me be plain about the casino apps: it's a cancer.", "a cancer")]
    [InlineData("The councillors keep approving these towers. They're a plague on the skyline.", "a plague")]
    public void Reads_a_pronouns_contracted_copula_as_a_copula(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1001", text));

    [Theory]
    [InlineData("\"It's an epidemic,\" said the head teacher, Mara Volkov.")]
    [InlineData("It's a plague year for the wheat growers in Alberta, the farm bureau says, after rust hit 40% of fields.")]
    [InlineData("It is not an epidemic: cases fell 8% last year, according to the Orrin Health Trust.")]
    [InlineData("The outbreak has been declared an epidemic by the regional health authority.")]
    public void Does_not_flag_quoted_literal_or_negated_outbreaks(string text) =>
        Assert.Empty(Flagged("RH1001", text));

    [Theory]
    [InlineData("The water company will hold every household in Tarrow hostage once it owns the pipes.", "hold every household in Tarrow hostage")]
    [InlineData("The new bin contractor could hold all our schools in Marlow hostage over one pay dispute.", "hold all our schools in Marlow hostage")]
    public void Flags_a_whole_group_held_hostage_with_its_place(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1001", text));

    [Theory]
    [InlineData("Gunmen held every passenger hostage for nine hours before troops stormed the plane.")]
    [InlineData("The kidnappers held the whole family hostage in a flat in Lyon.")]
    [InlineData("She held the whole room hostage with her speech.")]
    public void Does_not_flag_real_hostages_or_one_room(string text) =>
        Assert.Empty(Flagged("RH1001", text));

    [Theory]
    [InlineData("A plague of e-scooters has been unleashed on our pavements.", "A plague")]
    [InlineData("A cancer was unleashed on the league when the betting sponsors arrived.", "A cancer")]
    [InlineData("A plague of hired scooters has been let loose on our market square.", "A plague")]
    public void Flags_a_disease_let_loose_on_its_victims(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1001", text));

    [Theory]
    [InlineData("The dogs were let loose on the field after the match.")]
    [InlineData("A measles epidemic in 1990 killed 12 children in the county, health records show.")]
    public void Does_not_flag_animals_let_loose_or_a_real_epidemic(string text) =>
        Assert.Empty(Flagged("RH1001", text));
}
