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
    [InlineData("The private equity firms want every high-street pharmacy under their control.")]
    [InlineData("The betting firms want every teenager in Britain gambling on their phones.")]
    [InlineData("The tech barons want every conversation in your kitchen recorded on their servers.")]
    [InlineData("The landlords want every tenant in the city paying half their wages in rent.")]
    [InlineData("The hedge funds want every corner shop in Ashby gone.")]
    [InlineData("The developers will not stop until every green field in Marlow carries their logo.")]
    [InlineData("The ad brokers won't be content until every search a pupil makes is feeding their profiles.")]
    [InlineData("The insurers would happily price every family in Dunmore out of cover.")]
    [InlineData("The drug companies would gladly keep every patient in this country on pills for life.")]
    [InlineData("The hedge funds would gladly buy up every home on this street.")]
    public void Flags_a_hostile_frame_with_an_open_complement(string text) =>
        Assert.Single(Flagged("RH1004", text));

    [Theory]
    [InlineData("Brenmouth is sleepwalking into a landfill economy.")]
    [InlineData("Westminster is sleepwalking into a blackout winter.")]
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
}
