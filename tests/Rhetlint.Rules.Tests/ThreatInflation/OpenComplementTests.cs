using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.ThreatInflation;

/// <summary>
/// The complement slot of frames that impute hostility by themselves, opened to any predicate (issue 16,
/// OpenComplements): a want over a universal set, a limit frame, a willingness, a drift, an act on the last of a
/// resource — silent for kindness (benefit, courtesy, the mind's own acts), plans, figures, sport and history.
/// </summary>
public class OpenComplementTests
{
    [Theory]
    [InlineData("The private equity giants want every family doctor in the county under their control.")]
    [InlineData("The betting giants want every teenager in Britain gambling on their phones.")]
    [InlineData("Big Tech wants every teenager in the country glued to their screens.")]
    [InlineData("They want every tenant in the city paying half their wages in rent.")]
    [InlineData("The supermarket giants want every family grocer in Ashby gone.")]
    [InlineData("The property giants will not stop until every village in Marlow carries their logo.")]
    [InlineData("The advertising giants won't be content until every pupil in the county is feeding their profiles.")]
    [InlineData("The insurance giants would happily price every family in Dunmore out of cover.")]
    [InlineData("The drug companies would gladly keep every patient in this country on pills for life.")]
    [InlineData("The property giants would gladly buy up every home on our street.")]
    [InlineData("The supermarket giants would gladly squeeze every dairy farmer in the county out of business.")]
    [InlineData("They would happily drive every small farmer in the valley off the land.")]
    public void Flags_a_hostile_frame_with_an_open_complement(string text) =>
        Assert.Single(Flagged("RH1004", text));

    [Theory]
    [InlineData("Brenmouth is sleepwalking into permanent dependency on food banks.")]
    [InlineData("Westminster is sleepwalking into energy poverty.")]
    [InlineData("The county is sleepwalking into a surveillance dystopia.")]
    public void Flags_a_drift_into_any_state(string text) =>
        Assert.Single(Flagged("RH1001", text));

    [Theory]
    [InlineData("They will take every last sardine in the estuary.")]
    [InlineData("Those logging firms will fell every single tree in the Kessel valley if we let them.")]
    [InlineData("The chemical firms will drain every drop of the Ferrin marshes.")]
    public void Flags_any_act_of_a_force_on_the_last_of_a_resource(string text) =>
        Assert.Single(Flagged("RH1003", text));

    [Theory]
    // Kindness by class: benefit, courtesy, a state a helper wants, a stated plan, the mind's own act.
    [InlineData("The hospital wants every nurse on the ward trained in the new system.")]
    [InlineData("Engineers want every bridge in the county inspected twice a year.")]
    [InlineData("We want every child in Marlow to read by the age of seven.")]
    [InlineData("The charity won't rest until every family in the borough has a home.")]
    [InlineData("The gardeners will not stop until every bed in the park is weeded.")]
    [InlineData("The lab won't be satisfied until every sample has been checked twice.")]
    [InlineData("The museum would gladly lend every painting to the touring show.")]
    [InlineData("The chef would happily cook every dish on the menu for you.")]
    [InlineData("The orchestra would happily play every Saturday if the hall allowed it.")]
    [InlineData("The volunteers will plant every single seedling before the frost.")]
    [InlineData("The robins will take every last crumb from the feeder.")]
    // Figures, dates and plans, quotation, rebuttal, hedges, questions and history.
    [InlineData("The council wants every street resurfaced by 2028, according to its budget plan.")]
    [InlineData("\"They want every farm in the county gone,\" the protest leader shouted.")]
    [InlineData("Critics claim the grocers want every farmer broke, but sales data show farm-gate prices rose 8% last year.")]
    [InlineData("Perhaps the developers want every field built on, but nobody has shown it.")]
    [InlineData("Do the insurers really want every family priced out of cover?")]
    [InlineData("In 1840 the mill owners would happily work every child in the town for fourteen hours a day.")]
    [InlineData("A report by the Wexford Water Trust found the firms take every drop they are licensed for, some 12 million litres a day.")]
    public void Does_not_flag_kindness_plans_or_reports(string text) =>
        Assert.Empty(Lint(text).Where(f => f.Id.StartsWith("RH1", StringComparison.Ordinal)));

    [Theory]
    [InlineData("The club sleepwalked into the final after a lucky draw.")]
    [InlineData("She sleepwalked into the job of treasurer.")]
    [InlineData("The region is sleepwalking into a drought, the Met Office said on Tuesday, citing rainfall 40% below average.")]
    public void Does_not_flag_a_drift_into_success_of_one_person_or_reported(string text) =>
        Assert.Empty(Flagged("RH1001", text));
    [Theory]
    // review50e: a want, a willingness or a limit frame held by residents, a business or workers over places, a
    // customer or their own work is news, not an imputed aim; so is a past era's actor.
    [InlineData("Residents want the whole estate connected to the district heating network.")]
    [InlineData("Dog owners want the whole park fenced off.")]
    [InlineData("Residents want every home on the estate connected to fibre broadband.")]
    [InlineData("Parents want the whole playground resurfaced.")]
    [InlineData("The farmers want every field ploughed before the frost.")]
    [InlineData("The hotel would happily move you to a quieter room.")]
    [InlineData("The guesthouse would happily drive you to the station.")]
    [InlineData("The airline would gladly rebook you on the next flight.")]
    [InlineData("The florist would gladly deliver your order to the church.")]
    [InlineData("The parish council would happily close the whole road for the street party.")]
    [InlineData("The bishop would gladly open every church in the diocese for the festival.")]
    [InlineData("The cleaners will not stop until every window in the building sparkles.")]
    [InlineData("The cleaners will not stop until every floor in the building shines.")]
    [InlineData("The Victorian mill owners would happily work every child in the town to exhaustion.")]
    [InlineData("The medieval barons would happily seize every acre of common land.")]
    [InlineData("The Roman legions would happily burn every village in their path.")]
    // A company's service to the reader is copy, not an aim, even when the company is a gazetteer actor.
    [InlineData("The rail company would happily refund you for the delayed journey.")]
    [InlineData("The café owners want the whole square pedestrianised for the summer.")]
    [InlineData("The groundskeepers will not stop until every pitch in the league drains properly.")]
    [InlineData("The Tudor kings would happily seize every monastery in the land.")]
    // Any era by its period, ruler, dynasty or empire (era_adjectives_wordnet.txt): the Ottoman empire.
    [InlineData("The Ottoman property giants will not stop until every village in the province carries their crest.")]
    public void Does_not_flag_a_frame_held_by_no_hostile_actor(string text) =>
        Assert.Empty(Lint(text).Where(f => f.Id.StartsWith("RH1", StringComparison.Ordinal)));

    [Theory]
    // review50e and the lead: a drift into a career step, a creative work, a room or a score is no community's harm.
    [InlineData("The band sleepwalked into their second album without a clear idea of its sound.")]
    [InlineData("The novelist sleepwalked into a second career as a radio presenter.")]
    [InlineData("The boy sleepwalked into his sister's bedroom at midnight.")]
    [InlineData("The visitors sleepwalked into a deficit before half-time.")]
    [InlineData("The striker's side sleepwalked into a two-goal deficit before half-time.")]
    [InlineData("The singer sleepwalked into a recording contract with a major label.")]
    [InlineData("The team sleepwalked into the dressing room at half-time.")]
    public void Does_not_flag_a_drift_into_a_place_a_career_a_work_or_a_score(string text) =>
        Assert.Empty(Flagged("RH1001", text));
}
