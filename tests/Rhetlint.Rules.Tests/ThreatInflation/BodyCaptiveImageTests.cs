using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.ThreatInflation;

/// <summary>
/// RH1001's body and captive images (<c>BodyCaptiveImages</c>): a group, a place or an institution said to bleed to
/// death, to be preyed on, or to wear a captive's restraint.
/// </summary>
public class BodyCaptiveImageTests
{
    [Theory]
    [InlineData("Our manufacturing base is bleeding out while ministers argue about slogans.", "is bleeding out")]
    [InlineData("Our community hospital is bleeding to death one ward at a time.", "is bleeding to death")]
    [InlineData("The coastal villages of Penmor are bleeding out as the insurers leave.", "are bleeding out")]
    [InlineData("The arts council has been left to bleed out on the floor of the Treasury.", "bleed out")]
    [InlineData("The county's bus network is in its death throes.", "is in its death throes")]
    [InlineData("Local democracy in Carrow is gasping its last breath.", "is gasping its last breath")]
    [InlineData("The delivery apps are preying on every family-run cafe in Tarrow.", "are preying on every family-run cafe")]
    [InlineData("The betting firms have slipped a leash around the neck of every grassroots club in Dunmore.", "have slipped a leash around the neck of every grassroots club")]
    [InlineData("The private equity funds have put shackles on every small supplier in the region.", "have put shackles on every small supplier")]
    [InlineData("The new visa rules have put a muzzle on every university in the land.", "have put a muzzle on every university")]
    [InlineData("Those tills are a leash around every cashier's neck.", "are a leash around every cashier's neck")]
    [InlineData("The insurers have chained every rural surgery in Kelby to their price lists.", "have chained every rural surgery")]
    [InlineData("The ring road has put the old town of Ferris in chains.", "has put the old town of Ferris in chains")]
    public void Flags_a_body_or_captive_image_said_of_a_group_or_place(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1001", text));

    /// <summary>Literal bodies, captives and prey; business and sport idioms; quoted, reported, rebutted and negated images; history.</summary>
    [Theory]
    [InlineData("The vet said the dog was bleeding badly after the crash.")]
    [InlineData("The patient was bleeding out on the table when the surgeon arrived.")]
    [InlineData("The hospital kept the patient on life support for three days.")]
    [InlineData("The company is bleeding cash, and its filings show a loss of 4 million pounds in the year to March.")]
    [InlineData("Rovers were bleeding goals in the second half and lost 4-1.")]
    [InlineData("The novel ends with the village in its death throes after the flood of 1952.")]
    [InlineData("\"The high street is bleeding to death,\" said trader Anna Voss.")]
    [InlineData("Critics claim local democracy is bleeding out, but turnout rose 6% at the last election, council figures show.")]
    [InlineData("Some say the library is on life support, but visits rose 9% last year.")]
    [InlineData("The market is not bleeding out; trade rose in the last quarter.")]
    [InlineData("Sea lions prey on salmon at the mouth of the Carrow.")]
    [InlineData("Kestrels prey on voles across the whole county.")]
    [InlineData("Pirates preyed on merchant ships off the coast in the 1700s.")]
    [InlineData("The gang preyed on elderly people across the town, the court heard.")]
    [InlineData("The scammers prey on people who are new to online banking, the bank said.")]
    [InlineData("Walkers must keep dogs on a leash near the lambing fields.")]
    [InlineData("The council will put a leash on dogs in every park from April.")]
    [InlineData("Officers put handcuffs on every suspect in the raid, police said.")]
    [InlineData("Guards kept the prisoners in chains during the transfer to Ollin jail.")]
    [InlineData("The prisoner was led into court in handcuffs and shackles.")]
    [InlineData("The chef chained the bicycles to the railings outside the restaurant.")]
    [InlineData("Coffee chains on every high street have raised prices by 5%, the survey found.")]
    [InlineData("The champions put the whole league in chains with a 20-match unbeaten run.")]
    [InlineData("Unions said the pay deal put shackles on every worker, a claim the firm denied.")]
    public void Does_not_flag_literal_bodies_idioms_or_reported_images(string text) =>
        Assert.Empty(Flagged("RH1001", text));

    // A review's benign news sentences (review49b) and near misses written for the fix: past narration, a trade or a
    // show dying with no public stake, made things and buildings restrained, custody, terms, worry and natural agents.
    [Theory]
    [InlineData("The franchise is on life support after its owner filed for bankruptcy in the spring.")]
    [InlineData("The long-running quiz show is on life support after ratings fell by a third this season.")]
    [InlineData("The region's last coal mine was on life support for a decade before it finally closed.")]
    [InlineData("The empire was in its death throes when the rebels took the capital.")]
    [InlineData("By the final series the sitcom was in its death throes, and the jokes had run dry.")]
    [InlineData("The rebel bloc is dying on its feet after losing three seats in a week.")]
    [InlineData("The old brewery is on life support after sales fell by half this year.")]
    [InlineData("The comedy panel show is in its death throes after a fourth cast change.")]
    [InlineData("The ink on the protest banner bled out in the rain before the march began.")]
    [InlineData("The paint on the boathouse bled out in the heat.")]
    [InlineData("The museum has put an iron yoke on display in the new farming gallery.")]
    [InlineData("Volunteers at the heritage farm put a yoke on the wall of the old barn.")]
    [InlineData("The gallery has put a bronze shackle on show beside the old prison keys.")]
    [InlineData("Protesters chained the gates of the quarry shut on Monday morning.")]
    [InlineData("Staff chained the doors of the factory during the strike.")]
    [InlineData("The council will chain the park gates at dusk from next week.")]
    [InlineData("The park ranger will chain the car park gates at sunset.")]
    [InlineData("Police shackled the whole crew of the trawler after the drugs were found.")]
    [InlineData("Officers handcuffed the entire gang outside the bank on Friday.")]
    [InlineData("The loan covenants handcuffed the board in its talks with suppliers.")]
    [InlineData("The lease chains the shop to its landlord for ten more years.")]
    [InlineData("The supply contract handcuffs the firm to a single supplier for five years.")]
    [InlineData("Vikings preyed on the monasteries of the northern coast.")]
    [InlineData("Dry rot preys on old timber buildings that are left unheated.")]
    [InlineData("Honey fungus preys on weakened orchard trees across the region.")]
    [InlineData("The question preyed on her mind for years.")]
    [InlineData("The loss of the farm preyed on his mind for the rest of his life.")]
    [InlineData("Doubts about the deal preyed on their minds all winter.")]
    public void Does_not_flag_past_scenes_trade_news_made_things_custody_terms_or_worry(string text) =>
        Assert.Empty(Flagged("RH1001", text));

    [Theory]
    [InlineData("Thanks to years of Whitehall neglect, the county's rural schools are bleeding to death.", "are bleeding to death")]
    [InlineData("Brussels has put a muzzle on every farmer in the valley.", "has put a muzzle on every farmer")]
    [InlineData("These quotas are a yoke around the neck of every fishing community on the coast.", "are a yoke around the neck of every fishing community")]
    [InlineData("Our local newspapers are breathing their last while the tech giants feast.", "are breathing their last")]
    [InlineData("The developers have shackled the whole neighbourhood to their fifty-year plan.", "have shackled the whole neighbourhood")]
    [InlineData("Red tape is keeping small businesses in chains across the north.", "is keeping small businesses in chains")]
    [InlineData("The hedge funds prey upon our pension savings like vultures.", "prey upon our pension savings")]
    [InlineData("Our village post office is bleeding to death while the sorting office looks away.", "is bleeding to death")]
    [InlineData("The property funds have chained every local theatre trust to their rent reviews.", "have chained every local theatre trust")]
    public void Flags_a_shared_holder_dying_preyed_on_or_bound_in_the_present(string text, string expected) =>
        Assert.Contains(expected, Flagged("RH1001", text));
}
