using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.ThreatInflation;

/// <summary>
/// The totality slot opened to the other ways writers state a sweeping loss (issue 16): a share of a quarter or more, a
/// definite or possessive plural of something held in common, a collective — and the near misses the shared layers
/// and the readings' own outcome predicates keep silent.
/// </summary>
public class StatedSetTests
{
    [Theory]
    [InlineData("Within a decade the coral reefs off Merrow will be dead.", "Within a decade the coral reefs off Merrow will be dead")]
    [InlineData("Within a generation our chalk streams will be dead.", "Within a generation our chalk streams will be dead")]
    [InlineData("Within a decade two thirds of the coral reefs off Merrow will be dead.", "Within a decade two thirds of the coral reefs off Merrow will be dead")]
    [InlineData("By next winter half the village pubs in the dales will be boarded up.", "By next winter half the village pubs in the dales will be boarded up")]
    [InlineData("Within a year half the theatres in the borough will be dark.", "Within a year half the theatres in the borough will be dark")]
    [InlineData("Within five years the village schools of the Carrow valley will be empty.", "Within five years the village schools of the Carrow valley will be empty")]
    [InlineData("The new levy will destroy half the family bakeries in the region.", "will destroy half the family bakeries")]
    [InlineData("Cheap imports will wipe out a third of our cheese makers within two years.", "will wipe out a third of our cheese makers")]
    [InlineData("Within a single term they would sell off our playing fields.", "Within a single term they would sell off our playing fields")]
    [InlineData("Within a year two thirds of our youth clubs will be gone.", "Within a year two thirds of our youth clubs will be gone")]
    [InlineData("The new levy will destroy two thirds of our independent bookshops.", "will destroy two thirds of our independent bookshops")]
    [InlineData("Within twenty years the majority of the county's chalk streams will be dead.", "Within twenty years the majority of the county's chalk streams will be dead")]
    [InlineData("Within a decade half the theatres outside the capital will be derelict.", "Within a decade half the theatres outside the capital will be derelict")]
    [InlineData("Within a few years most of our market towns will be derelict.", "Within a few years most of our market towns will be derelict")]
    public void RH1003_reads_a_share_a_held_plural_or_a_collective_as_the_whole_set(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    [InlineData("Ransomware crews are already sitting inside one in three district councils.", "inside one in three district councils")]
    [InlineData("Ransomware gangs are already hiding inside the payroll systems of one in four water companies.", "inside the payroll systems of one in four water companies")]
    [InlineData("Criminal gangs are already inside one in four of our care homes.", "inside one in four of our care homes")]
    public void RH1012_reads_a_large_share_of_places_as_everywhere(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1012", text));

    [Theory]
    [InlineData("The orchards will be in bloom within a month.")]
    [InlineData("A third of councils will raise council tax next year, the survey found.")]
    [InlineData("Half of the fleet will be replaced by 2030 under the plan.")]
    [InlineData("Half the village pubs in the dales will be refurbished by next winter under the brewery's investment plan.")]
    [InlineData("Within a decade the coral reefs off Merrow will be protected as a marine park.")]
    [InlineData("The portable cabins will be gone within a month.")]
    [InlineData("The temporary stalls on the green will be gone by spring.")]
    [InlineData("The scaffolding towers will be gone by the end of the summer.")]
    [InlineData("Within a decade the old coal mines will be gone.")]
    [InlineData("The old huts by the lake will be destroyed within a year.")]
    [InlineData("Half the pitches will be closed for reseeding within a week.")]
    [InlineData("One in three schools will be closed tomorrow because of the snow.")]
    [InlineData("The market stalls will be closed on Monday for the bank holiday.")]
    [InlineData("The youth centres will be shut over Christmas and reopen on 3 January.")]
    [InlineData("Within two years a third of the surgeries will move into the new health centre.")]
    [InlineData("The batteries will be dead within a day if you leave the lights on.")]
    [InlineData("\u201CWithin a year half the theatres in the borough will be dark,\u201D the campaign group claimed.")]
    [InlineData("Within two years our libraries will be upgraded with new computers.")]
    public void RH1003_leaves_plans_notices_literal_states_and_quoted_alarms_alone(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    [Theory]
    [InlineData("Ransomware crews hit one in three hospital networks in 2023, according to the NHS cyber report.")]
    [InlineData("One in four amateur football clubs in the county reported a safeguarding concern last year, the FA audit found.")]
    [InlineData("Inspectors are already inside one in three care homes for the annual checks.")]
    public void RH1012_leaves_measured_shares_and_ordinary_visits_alone(string text) =>
        Assert.Empty(Flagged("RH1012", text));

    [Theory]
    [InlineData("By noon half the cake will be gone.")]
    [InlineData("By Friday most of the tickets for the concert will be gone.")]
    [InlineData("By Saturday half the village will be gone to the coast for the bank holiday.")]
    [InlineData("By Saturday half the town will be gone to the coast for the bank holiday.")]
    [InlineData("Our seamers will wreck half their top order before lunch.")]
    [InlineData("The new signing will destroy half the league this season.")]
    [InlineData("Within a week half the seedlings on the allotment will be dead unless it rains.")]
    [InlineData("Slugs will destroy a third of your lettuces overnight.")]
    [InlineData("Aphids will wipe out half the roses in the border if you don't spray.")]
    [InlineData("By the end of the festival most of our phones will be dead.")]
    [InlineData("By Christmas most of the kittens will be gone to new homes.")]
    [InlineData("The flood will destroy half the garden.")]
    [InlineData("By the end of the sale two thirds of the stock will be gone.")]
    [InlineData("By morning half the goldfish in the pond will be dead if the heron comes back.")]
    [InlineData("By the interval half the away fans will be gone.")]
    [InlineData("By midnight most of the wedding guests will be gone.")]
    [InlineData("The champions will wipe out half the field in the opening round.")]
    [InlineData("Within a month most of the swifts will be gone south for the winter.")]
    [InlineData("Under the rebuilding plan a third of the old garages will be gone by next spring.")]
    [InlineData("\u201CWithin five years half the village schools will be gone,\u201D the union leader warned.")]
    [InlineData("It is not true that a third of our hospitals will be gone by 2030.")]
    public void RH1003_takes_a_share_only_of_a_stake_off_the_sport_page(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    [Theory]
    [InlineData("Volunteers are now inside one in three of our primary schools, helping with reading.")]
    [InlineData("Thieves are now inside one in three garden sheds on the allotments, the police report said.")]
    public void RH1012_leaves_benign_visitors_and_sheds_alone(string text) =>
        Assert.Empty(Flagged("RH1012", text));
}
