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
    [InlineData("Before the decade is out, every cricket ground in the county'll be a car park.", "Before the decade is out, every cricket ground in the county'll be a car park")]
    [InlineData("Within a single winter every ward in Dunmore General will be a corridor of trolleys.", "Within a single winter every ward in Dunmore General will be a corridor of trolleys")]
    [InlineData("By 2040 the whole Fenland coast is going to be a salt marsh.", "By 2040 the whole Fenland coast is going to be a salt marsh")]
    [InlineData("Within a decade every ski resort in the Tarn hills will be a field of mud.", "Within a decade every ski resort in the Tarn hills will be a field of mud")]
    [InlineData("By 2030 every university lab in the country will answer to a defence ministry.", "By 2030 every university lab in the country will answer to a defence ministry")]
    [InlineData("By the time the deal closes, all our jobs will belong to a call centre abroad.", "By the time the deal closes, all our jobs will belong to a call centre abroad")]
    public void Flags_a_whole_set_remade_or_handed_over(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1003", text));

    [Theory]
    [InlineData("By the end of this decade no family in the valley will have a dentist left.", "By the end of this decade no family in the valley will have a dentist left")]
    [InlineData("Before the decade is out, nobody in Fenwick will dare to walk home after dark.", "Before the decade is out, nobody in Fenwick will dare to walk home after dark")]
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
}
