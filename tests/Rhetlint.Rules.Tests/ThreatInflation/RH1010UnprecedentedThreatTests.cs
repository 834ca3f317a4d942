using Microsoft.CodeAnalysis;
using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.ThreatInflation;

public class RH1010UnprecedentedThreatTests
{
    [Theory]
    [InlineData("Kestria is the gravest threat this country has ever faced.", "the gravest threat this country has ever faced")]
    [InlineData("The world has never been more dangerous than it is today.", "never been more dangerous")]
    [InlineData("Youth rugby has never been more dangerous for the players in the league.", "never been more dangerous")]
    [InlineData("The region is more dangerous than at any time since 1945.", "more dangerous than at any time since 1945")]
    [InlineData("This is the most dangerous moment since the Cuban missile crisis.", "the most dangerous moment since the Cuban missile crisis")]
    [InlineData("Varn poses an unprecedented threat to the alliance.", "unprecedented threat")]
    [InlineData("Climate change is the single greatest threat to humanity.", "the single greatest threat")]
    public void Flags_a_threat_ranked_above_all_others(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1010", text));

    [Theory]
    [InlineData("Battle deaths last year were the highest since 1994, according to the Harlow Conflict Index.")]
    [InlineData("The agency's annual report lists the breach as its largest on record, at 4.1 million accounts.")]
    [InlineData("The greatest threat to the home side was their own defence.")]
    [InlineData("He is his own worst enemy.")]
    [InlineData("Kestria is not the gravest threat this country has ever faced.")]
    [InlineData("Several aides privately fret about the border, believing that the militias pose the greatest danger.")]
    [InlineData("Kestria is the gravest threat the country faces, the Harlow Institute's 2024 threat assessment concluded.")]
    public void Does_not_flag_sourced_bounded_or_non_threat_superlatives(string text) =>
        Assert.Empty(Flagged("RH1010", text));

    [Fact]
    public void Takes_precedence_over_RH2001()
    {
        const string text = "Kestria is the gravest threat this country has ever faced.";
        Assert.Empty(Flagged("RH2001", text));
        Assert.Single(Flagged("RH1010", text));
    }

    [Fact]
    public void A_question_lowers_it_to_a_suggestion() =>
        Assert.Equal(DiagnosticSeverity.Info, SeverityOf("RH1010", "Is Kestria the gravest threat this country has ever faced?"));

    [Fact]
    public void Ranks_a_crisis_as_a_threat() =>
        Assert.Equal(["the gravest crisis in the history"], Flagged("RH1010", "Varn now faces the gravest crisis in the history of its navy."));

    [Theory]
    [InlineData("It was the deadliest attack in the county's history.")]
    [InlineData("It is the worst drought this valley has ever seen.")]
    [InlineData("The greatest threat assessment ever written sits on his desk.")]
    public void Leaves_events_and_compounds_to_the_superlative_rules(string text) =>
        Assert.Empty(Flagged("RH1010", text));

    [Fact]
    public void An_unprecedented_crisis_is_a_threat_claim() =>
        Assert.Equal(["unprecedented crisis"], Flagged("RH1010", "This is an unprecedented crisis for the port."));

    [Theory]
    [InlineData("Vaping is the single greatest threat to our children.", "the single greatest threat")]
    [InlineData("Phone screens are the greatest threat to learning.", "the greatest threat")]
    [InlineData("Our water grid has never been more vulnerable to hackers.", "never been more vulnerable")]
    [InlineData("With the cartels at the gates, our ports are more exposed than ever.", "more exposed than ever")]
    [InlineData("Our town now faces the most violent criminal gangs in history.", "the most violent criminal gangs in history")]
    [InlineData("These are the most fanatical terrorists ever.", "the most fanatical terrorists ever")]
    public void Flags_threats_ranked_by_stake_exposure_or_agent(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1010", text));

    [Theory]
    [InlineData("Berg's serve is the greatest threat to the home side's hopes.")]
    [InlineData("Our team has never been more vulnerable at the back.")]
    // Danger said of a team in a match report is its form.
    [InlineData("The Ostry forwards have never been more dangerous on the break, with six goals in their last two matches.")]
    [InlineData("Calder look more dangerous than ever at set pieces this season, and the league leaders know it.")]
    [InlineData("Carrow has the finest criminal courts the republic has ever had.")]
    [InlineData("Harlow faces the most violent criminal gangs in the county, police figures for 2024 show.")]
    [InlineData("The grid has never been more vulnerable to hackers, the 2025 Harlow Institute audit found, citing 41 breaches.")]
    public void Does_not_flag_sport_bounded_or_sourced_rankings(string text) =>
        Assert.Empty(Flagged("RH1010", text));

    [Theory]
    [InlineData("Ostrander is the most dangerous man ever to run for mayor of Callow.", "the most dangerous man ever")]
    [InlineData("The scroll app is the most addictive product in history.", "the most addictive product in history")]
    [InlineData("The runoff from the mine carries the most toxic sludge on the planet.", "the most toxic sludge on the planet")]
    [InlineData("Gene drives are the most destructive technology of all time.", "the most destructive technology of all time")]
    [InlineData("The cartel is the most dangerous criminal network in the history of the port.", "the most dangerous criminal network in the history")]
    public void Flags_a_harm_ranked_above_everything_ever(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1010", text));

    [Theory]
    [InlineData("Vell is the most dangerous striker in the league.")]
    [InlineData("The most dangerous stretch of the route is the pass above Dorrin.")]
    [InlineData("The quartet gave the most devastating performance ever seen at the Marlow Hall.")]
    [InlineData("The most toxic chemical ever found in the river, cadmium, measured 4.2 micrograms a litre in the 2025 Callow Water survey.")]
    [InlineData("Nobody thinks the app is the most addictive product in history.")]
    public void Does_not_flag_bounded_praising_sourced_or_negated_harm_superlatives(string text) =>
        Assert.Empty(Flagged("RH1010", text));

    [Theory]
    [InlineData("The breakaway series is the greatest threat the league has faced in its entire history.", "the greatest threat the league has faced in its entire history")]
    [InlineData("Sea-level rise is the gravest danger coastal towns will ever face.", "the gravest danger coastal towns will ever")]
    public void Reads_a_relative_clause_without_that_after_a_ranked_threat(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1010", text));

    [Theory]
    [InlineData("The housing boom in Brackwell is the biggest bubble in the history of the region's economy.", "the biggest bubble in the history")]
    [InlineData("The coming automation wave will be the greatest economic upheaval ever.", "the greatest economic upheaval ever")]
    [InlineData("The new fungal strain is the worst pandemic in history waiting to happen.", "the worst pandemic in history")]
    public void Flags_a_calamity_ranked_above_all_others(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1010", text));

    [Theory]
    // A past clause ranks an event that happened; an ordinal is a place in someone's list.
    [InlineData("The 1931 flood was the deadliest disaster in the county's history, according to the Met Office archive.")]
    [InlineData("The 2008 slump was the worst recession in history for the Orrin fund.")]
    [InlineData("Palk is now the fifth most dangerous city in Europe.")]
    [InlineData("It was one of the deadliest wars in history.")]
    [InlineData("Saturday's result was the biggest upset in the history of the cup.")]
    [InlineData("Dr Lena Voss of the Orvale Institute called the boom \"the biggest bubble in history\".")]
    public void Does_not_flag_past_listed_quoted_or_non_calamity_ranks(string text) =>
        Assert.Empty(Flagged("RH1010", text));

    [Theory]
    [InlineData("Ammonium nitrate is the most explosive chemical known to science, and they plan to keep tonnes of it near a school.", "the most explosive chemical known to science")]
    [InlineData("Chlorine is the most poisonous gas known to man.", "the most poisonous gas known to man")]
    [InlineData("Tarnwick is now the most dangerous city in Europe, and the mayor refuses to admit it.", "the most dangerous city in Europe")]
    [InlineData("The Harbour Road bridge is the most dangerous road in the county.", "the most dangerous road in the county")]
    public void Flags_dangerous_matter_known_to_all_and_danger_within_a_place(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1010", text));

    [Theory]
    [InlineData("Mensah is the most explosive sprinter in Europe this year.")]
    [InlineData("Her breakaway try was the most explosive moment of the season.")]
    [InlineData("Okafor is the most dangerous striker in Europe, with 31 goals this season.")]
    [InlineData("Tarnwick is the most dangerous city in Europe, with 41 street offences per 1,000 residents in 2025, according to the Harlow Urban Safety Index.")]
    public void Does_not_flag_hazard_words_of_sport_or_a_cited_index(string text) =>
        Assert.Empty(Flagged("RH1010", text));

    [Fact]
    public void A_ranked_calamity_takes_precedence_over_RH2001()
    {
        const string text = "The Brackwell housing boom is the biggest bubble in human history, bigger than the railway mania.";
        Assert.Empty(Flagged("RH2001", text));
        Assert.Single(Flagged("RH1010", text));
    }

    [Fact]
    public void A_ranked_harm_takes_precedence_over_RH2001()
    {
        const string text = "The scroll app is the most addictive product in history.";
        Assert.Empty(Flagged("RH2001", text));
        Assert.Single(Flagged("RH1010", text));
    }
}
