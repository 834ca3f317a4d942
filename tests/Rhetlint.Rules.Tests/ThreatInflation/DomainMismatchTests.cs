using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.ThreatInflation;

/// <summary>RH1001's domain-mismatch readings (<c>DomainMismatch</c>): a war on a stake no army fights, a catastrophe compound of another domain, a stake strangled.</summary>
public class DomainMismatchTests
{
    [Theory]
    [InlineData("The new parking levy is a war on the market towns of the north.", "a war on the market towns")]
    [InlineData("Tuesday's curriculum vote was the first shot in a war on science itself.", "a war on science")]
    [InlineData("The grading overhaul amounts to a war against our schools.", "a war against our schools")]
    [InlineData("This budget is a war on the young and the poor alike.", "a war on the young")]
    [InlineData("The licensing regime is a war on the night-time economy.", "a war on the night-time economy")]
    [InlineData("The hospital merger is nothing less than a war on rural medicine.", "a war on rural medicine")]
    [InlineData("Make no mistake: the app store rules are a war for our children's minds.", "a war for our children's minds")]
    [InlineData("Charging tenants for every repair is financial warfare.", "financial warfare")]
    [InlineData("What the ratings agencies are running is economic warfare.", "economic warfare")]
    public void Flags_a_war_on_a_stake_no_army_fights(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1001", text));

    [Theory]
    [InlineData("Ashford is living through a housing famine that nobody in the cabinet will name.", "a housing famine")]
    [InlineData("The Treasury has started a pension avalanche it cannot stop.", "a pension avalanche")]
    [InlineData("A debt tsunami is about to hit every household in Corran.", "A debt tsunami")]
    [InlineData("The sugar tax is a grocery earthquake for every family in the valley.", "a grocery earthquake")]
    [InlineData("Quellan's app has unleashed a credit plague on every campus in the state.", "a credit plague")]
    public void Flags_a_catastrophe_compound_of_another_domain(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1001", text));

    [Theory]
    [InlineData("What we are seeing is the slow strangulation of the village bakery trade.", "the slow strangulation of the village bakery trade")]
    [InlineData("The streaming giants are overseeing the strangulation of local cinema.", "the strangulation of local cinema")]
    public void Flags_the_strangulation_of_a_stake(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1001", text));

    [Theory]
    [InlineData("The war on the Eastern Front cost millions of lives.")]
    [InlineData("Two supermarket chains are locked in a price war over milk, cutting 4p a litre since March.")]
    [InlineData("Tech firms are fighting a talent war for machine-learning engineers.")]
    [InlineData("\"This is a war on the young,\" said Councillor Petra Hale at Monday's meeting.")]
    [InlineData("The claim that the levy is a war on pensioners does not survive the figures.")]
    [InlineData("The government's war on drugs has filled the prisons since the 1980s.")]
    [InlineData("The mayor announced a war on potholes, with 2,000 repairs planned this year.")]
    [InlineData("The ministry has pledged a war on corruption in public procurement.")]
    [InlineData("Police have stepped up their war on the gangs that run the county lines.")]
    [InlineData("The club's defence was a war of attrition that wore down the visitors in the final minutes.")]
    [InlineData("The old texts urge the faithful to wage war against unbelievers, the terrorism report says.")]
    [InlineData("The embargo was part of a campaign of military threats and economic warfare against the regime.")]
    [InlineData("The levy is not a war on our towns.")]
    [InlineData("The government's war on the high street has closed 40 banks, the report says.")]
    [InlineData("The regime has begun a war against the striking miners.")]
    public void Does_not_flag_a_real_a_named_or_a_reported_war(string text) =>
        Assert.Empty(Flagged("RH1001", text));

    [Theory]
    [InlineData("The documentary recounts a war on the northern border that lasted three years.")]
    [InlineData("The veterans remember a war on the eastern front that few histories mention.")]
    [InlineData("His grandfather fought in a war on the other side of the world.")]
    [InlineData("The novel follows a nurse through a war on the western frontier.")]
    public void Does_not_flag_a_war_placed_by_a_bearing(string text) =>
        Assert.Empty(Flagged("RH1001", text));

    [Theory]
    [InlineData("An avalanche closed the Brenner road for two days, the police said.")]
    [InlineData("The snow avalanche buried three skiers near Val Dorne on Sunday.")]
    [InlineData("The potato famine reshaped the population of the west coast.")]
    [InlineData("A locust plague stripped the crops of the Harran plain last spring.")]
    [InlineData("In 1929 the market crash led to a debt avalanche that ruined thousands of firms.")]
    [InlineData("The earthquake hazard map was updated after the tremor, the survey said.")]
    [InlineData("The rat plague in the harbour district was traced to patients at the fever hospital.")]
    [InlineData("Coroners recorded strangulation of the victim as the cause of death.")]
    [InlineData("The band's new album is a guitar tsunami from start to finish.")]
    [InlineData("The festival closed with a confetti hurricane over the main stage.")]
    public void Does_not_flag_a_literal_or_historical_catastrophe(string text) =>
        Assert.Empty(Flagged("RH1001", text));
}
