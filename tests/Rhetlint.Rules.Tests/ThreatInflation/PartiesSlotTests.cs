using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.ThreatInflation;

/// <summary>
/// Who is harmed and who acts (issue 16, session 50): the readings with a victim slot take any community marked as
/// the readers' own (<c>Parties.CommunityEnd</c>: "this borough", "our universities", "rural Kellshire", "the county's
/// theatres"), and RH1004's acting party any body of people or name (<c>Parties.IsBodyNoun</c>,
/// <c>Parties.NameStartBefore</c>: "pension funds", "conglomerates", "Grantley Homes", "the Greens"). RH1003's
/// destructive-verb object does not take the community slot: it added a wrong held-out finding (review50d fix), so
/// its near misses stay silent as before.
/// </summary>
public class PartiesSlotTests
{
    [Theory]
    [InlineData("This hospital merger is a war on rural Kellshire.", "This hospital merger is a war on rural Kellshire")]
    [InlineData("The arts cuts are a war on the county's theatres.", "The arts cuts are a war on the county's theatres")]
    [InlineData("This funding formula is a war on our northern universities.", "This funding formula is a war on our northern universities")]
    public void RH1004_takes_a_community_as_the_target_of_a_war(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("This road-pricing scheme is a war on rural Wexford.", "a war on rural Wexford")]
    [InlineData("The arts cuts are a war on the county's theatres.", "a war on the county's theatres")]
    public void RH1001_takes_a_community_as_the_stake_of_a_war(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1001", text));

    [Theory]
    [InlineData("Supermarket conglomerates want every village bakery in Lenmoor turned into a car park.", "Supermarket conglomerates want every village bakery in Lenmoor turned into a car park")]
    [InlineData("Rental conglomerates want every street in Pellham turned into rental stock.", "Rental conglomerates want every street in Pellham turned into rental stock")]
    [InlineData("Overseas pension funds won't rest until every family business in Marlow is gone.", "Overseas pension funds won't rest until")]
    public void RH1004_takes_a_bare_plural_body_as_the_acting_party(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("Harwell Leisure Group will not stop until every playing field in Oakfield is gone.", "Harwell Leisure Group will not stop until")]
    [InlineData("The Harrowgate Independents won't stop until every library in Tolbury is closed.", "The Harrowgate Independents won't stop until")]
    public void RH1004_takes_a_name_as_the_acting_party(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("Last night's storm has wrecked the town's harbour wall.")]
    [InlineData("The flood destroyed this village's bridge in 1968.")]
    [InlineData("Heat will destroy your phone's battery.")]
    [InlineData("Termites will destroy your house if the beams are left untreated.")]
    [InlineData("The weedkiller will destroy our weeds within a week.")]
    [InlineData("The new bypass will wipe out three of our villages' bus routes.")]
    [InlineData("Forecasters say the storm will flood this valley by Friday.")]
    [InlineData("\"The dairy cartel will bankrupt this county,\" one farmer told the inquiry.")]
    [InlineData("Critics say Corvane Capital could bankrupt our high streets, but its own figures show footfall up 4% since 2023.")]
    [InlineData("The claim that the quarry will poison our rivers was rejected by the Environment Agency after two years of tests.")]
    [InlineData("Kellford United will destroy this club's defence on Saturday.")]
    [InlineData("The Meridian Coalition will expand our universities within a decade.")]
    [InlineData("In the film, the Varga syndicate will destroy this town by dawn.")]
    public void RH1003_leaves_buildings_possessions_counts_and_reported_or_rebutted_alarms_alone(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    [Theory]
    [InlineData("The council has declared war on this town's litter.")]
    [InlineData("The war on rural Kellshire's roads began in 1643.")]
    [InlineData("The claim that this hospital merger is a war on rural Kellshire does not survive the figures.")]
    [InlineData("The union described the arts cuts as a war on the county's theatres.")]
    [InlineData("This funding formula is a boon for our northern universities.")]
    [InlineData("Grantley Homes won't stop building until every buyer has a key.")]
    [InlineData("The Greens will not rest until every child in Tolby can swim.")]
    [InlineData("We will not rest until every library in Tolby is open again.")]
    [InlineData("The regional health board won't stop until every clinic in Marlow has a nurse.")]
    [InlineData("Supermarket chains want every village shop in Lenmoor to stock local cheese.")]
    [InlineData("Pension funds want every member to check their statements.")]
    [InlineData("Investment funds have bought every family street in Ashby, Land Registry figures show.")]
    [InlineData("The Harrowgate Independents won't stop campaigning until every library in Tolbury opens on Sundays.")]
    public void RH1004_leaves_litter_history_reports_kind_aims_and_the_writers_side_alone(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    // review50d's sentences (its own writing): a team, a firm, history, a blight and a nuisance are no readers' community.
    [Theory]
    [InlineData("The All Blacks will destroy this team on Saturday if the scrum does not improve.")]
    [InlineData("Kellby's pace attack will destroy this side on a green pitch.")]
    [InlineData("One more injury will wreck this team before the play-offs.")]
    [InlineData("Rising energy costs will bankrupt this theatre company unless the grant is renewed.")]
    [InlineData("Rising energy costs will bankrupt our theatres unless the grant is renewed.")]
    public void RH1003_leaves_a_side_a_firm_and_a_conditional_forecast_alone(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    [Theory]
    [InlineData("Germany declared war on this country in September 1939.")]
    [InlineData("The Vikings waged war on these coasts for two centuries.")]
    [InlineData("The cavalry waged war on these plains for a decade before the treaty of 1868.")]
    [InlineData("The army waged war on these valleys for a decade.")]
    // A fighter by its WordNet noun (armed_force_nouns_wordnet.txt), not only a unit.
    [InlineData("The grenadiers declared war on rural Kellshire.")]
    [InlineData("The occupiers declared war on the valley towns of Kesh.")]
    [InlineData("The council has declared war on this town's empty shops, offering grants to anyone who reopens one.")]
    [InlineData("Ashford Rotary won't stop until every pothole in Millbrook is gone.")]
    [InlineData("Clean Rivers Trust won't stop until every plastic bottle on the beach is gone.")]
    public void RH1004_leaves_literal_wars_blights_and_nuisances_alone(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    [Theory]
    [InlineData("The housing ministry has declared war on rural Ardleigh.", "declared war on rural Ardleigh")]
    [InlineData("Ministers have waged war on rural Kellshire for a decade.", "waged war on rural Kellshire")]
    [InlineData("This budget is a war on the county's libraries, plain and simple.", "This budget is a war on the county's libraries")]
    [InlineData("Private equity syndicates won't stop until every care home in Dunmere is theirs.", "won't stop until")]
    [InlineData("Brenmore Estates will not rest until every green field in this parish is gone.", "Brenmore Estates will not rest until")]
    public void RH1004_keeps_wars_on_communities_and_drives_against_their_holdings(string text, string expected) =>
        Assert.Contains(Flagged("RH1004", text), span => span.Contains(expected, StringComparison.Ordinal));
}
