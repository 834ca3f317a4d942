using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.ThreatInflation;

/// <summary>A whole set's change told as certain with a deadline and an open end state: RH1003's dated certainty (issue 16).</summary>
public class DatedCertaintyTests
{
    [Theory]
    [InlineData("Within a single term they would sell off every park in the borough.", "Within a single term they would sell off every park in the borough")]
    [InlineData("Within ten years the drug firms will own every seed the Tarn farmers plant.", "Within ten years the drug firms will own every seed the Tarn farmers plant")]
    [InlineData("Within a year the gangs will run every estate in Lowther.", "Within a year the gangs will run every estate in Lowther")]
    [InlineData("By the end of next year the chatbots will write every press release and every school essay in the land.", "By the end of next year the chatbots will write every press release and every school essay in the land")]
    public void Flags_a_whole_set_taken_by_an_unnamed_force(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    [InlineData("Within a single parliament they will sell every school playing field to developers.", "Within a single parliament they will sell every school playing field to developers")]
    [InlineData("By the time this bill passes, the insurers will own every hospital in the state.", "By the time this bill passes, the insurers will own every hospital in the state")]
    [InlineData("Within a single term they would gut every environmental protection on the books.", "Within a single term they would gut every environmental protection on the books")]
    [InlineData("By 2032 the private equity firms will own every vet practice in the country.", "By 2032 the private equity firms will own every vet practice in the country")]
    [InlineData("The moment this treaty is signed, the trawler fleets will strip every reef off Carrow Point.", "The moment this treaty is signed, the trawler fleets will strip every reef off Carrow Point")]
    [InlineData("By 2040 the drug gangs will have taken over every estate in Pellham.", "By 2040 the drug gangs will have taken over every estate in Pellham")]
    [InlineData("By 2030 every newsroom in the country will answer to the cartels.", "By 2030 every newsroom in the country will answer to the cartels")]
    public void Flags_a_whole_set_taken_by_a_force_with_a_long_or_political_deadline(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    // "they'll" is "they" and "will" in one token.
    [InlineData("Within a year they'll be reading every text message you send.", "Within a year they'll be reading every text message you send")]
    [InlineData("Within ten years they'll have sold every council house in Brackley.", "Within ten years they'll have sold every council house in Brackley")]
    public void Reads_theyll_as_they_will(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    [InlineData("By the end of this decade no family in the valley will have a dentist left.", "By the end of this decade no family in the valley will have a dentist left")]
    [InlineData("Before the decade is out, nobody in Fenwick will dare to walk home after dark.", "Before the decade is out, nobody in Fenwick will dare to walk home after dark")]
    [InlineData("Before the decade is out, nobody in Harwick will dare to report a crime.", "Before the decade is out, nobody in Harwick will dare to report a crime")]
    public void Flags_a_negated_universal_left_with_none_or_not_daring(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    // Plans, schedules and budgets: a named body, its workers, a property or a thing given, a figure, a plan, a purpose.
    [InlineData("The council will resurface every road in the Northgate ward within two years.")]
    [InlineData("The water company will replace every lead pipe in the old town within a decade.")]
    [InlineData("The football association will replace every goalpost in the junior leagues within two years.")]
    [InlineData("By 2030 every bus in the Carrow fleet will be electric.")]
    [InlineData("By the end of the year every polling station in Dunmore will be step-free.")]
    [InlineData("By 2030 every school in the county will be an academy.")]
    [InlineData("By next year every disused quarry in the county will be a nature reserve.")]
    [InlineData("By 2028 every bus in Carrow will be run by the combined authority.")]
    [InlineData("Within two years every employee at Tarnbridge Mills will get a pension top-up under the new agreement.")]
    [InlineData("Police will visit every shop on the high street within a week to offer security advice.")]
    [InlineData("By the end of the month no patient on the ward will wait more than four hours.")]
    [InlineData("Within a year nobody at the firm will have to work on Saturdays.")]
    [InlineData("By 2030 no child in Carrow will go hungry.")]
    [InlineData("Within a decade electric trains will serve every station on the Carrow line.")]
    [InlineData("Before the decade is out, solar panels will cover every school roof in Lowther.")]
    [InlineData("By Christmas a new operator will run every bus route in the county.")]
    [InlineData("By the end of the year inspectors will have visited every care home in the borough.")]
    [InlineData("By autumn the new chain will stock every cheese made in the Tarn valley.")]
    public void Does_not_flag_plans_and_schedules(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    [Theory]
    // Quoted, reported, hedged, rebutted, sourced, conditional, asked, past.
    [InlineData("\"Within five years the hedge funds will own every club in the county,\" said the supporters' trust chair, Ann Pell.")]
    [InlineData("Campaigners claim that by 2030 the chains will own every independent bakery in Ashby.")]
    [InlineData("By the end of the decade the gangs could well run every estate in Lowther.")]
    [InlineData("Some say the gangs will run every estate in Lowther within a year, but police figures show no such thing.")]
    [InlineData("Within ten years the big growers will own every orchard in the valley, the Growers' Association forecasts in its annual report.")]
    [InlineData("If the merger went through, they would sell off every branch within two years.")]
    [InlineData("Will the chatbots write every school essay by the end of next year?")]
    [InlineData("By 1990 the mills had shut every weaving shed in the valley.")]
    public void Does_not_flag_quoted_hedged_rebutted_or_sourced_forecasts(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    [Theory]
    // review49a's class A and F: a season, a holiday, dawn, the end of a night, match, sale, month or year, or a
    // scheduled event dates a job, a fixture or an evening.
    [InlineData("By spring the road crews will resurface every street in the old town.")]
    [InlineData("By Christmas the bin crews will collect every bag left on the pavement.")]
    [InlineData("The film crews will visit every village in the valley by the end of the summer.")]
    [InlineData("By Christmas the choirs will have sung in every church in the town.")]
    [InlineData("The gritters will treat every main road in the district by dawn.")]
    [InlineData("By the time the festival opens, the stallholders will have filled every pitch on the green.")]
    [InlineData("By the time the doors open, they will have swept every aisle in the store.")]
    [InlineData("By the time the marathon starts, the stewards will have closed every road in the centre.")]
    [InlineData("By the end of the clearance sale, no store in the chain will have any winter coats left.")]
    [InlineData("By the end of the match no one in the crowd will have a voice left.")]
    [InlineData("By the end of the night nobody will dare to leave the dance floor.")]
    [InlineData("By the end of the evening, nobody will dare to leave before the encore.")]
    [InlineData("By the end of the month the auditors will have checked every invoice at Mardale Foods.")]
    public void Does_not_flag_a_short_deadline_of_the_calendar_or_an_event(string text) =>
        Assert.Empty(Flagged("RH1003", text));

    [Theory]
    // Class B: "would" dated outside a term of office narrates the past.
    [InlineData("Within a decade they would map every river in the colony.")]
    [InlineData("The work gangs would lay every sleeper on the line within a single year.")]
    [InlineData("In 1904 the company laid its first track; within a decade they would run a tram to every suburb.")]
    // Class C: something put at each member, or the plan's instrument.
    [InlineData("Within a decade they would build a chapel in every parish of the diocese.")]
    [InlineData("Within two years they will replace every streetlight in the borough with LED lamps.")]
    [InlineData("By 2030 they will replace every diesel bus in the fleet with an electric one.")]
    [InlineData("By 2030 the trains will call at every station on the Brackley line.")]
    [InlineData("Within five years the volunteers will have planted a tree in every schoolyard in Pellham.")]
    // Classes D and E: a set handed to an indefinite holder or remade into a place of new use.
    [InlineData("By 2028 every bus on the network will be owned by a single operator.")]
    [InlineData("By 2028 every school in the county will answer to a single trust.")]
    [InlineData("By 2030 every pit village school will belong to a single academy trust.")]
    [InlineData("Within a year every branch will be a community hub.")]
    [InlineData("By 2030 every depot in the fleet will be a charging station.")]
    [InlineData("By 2028 every library in Brackley will be a community hub.")]
    public void Does_not_flag_past_narration_services_or_new_uses(string text) =>
        Assert.Empty(Flagged("RH1003", text));
}
