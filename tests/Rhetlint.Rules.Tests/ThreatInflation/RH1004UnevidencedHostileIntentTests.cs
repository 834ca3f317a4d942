using Microsoft.CodeAnalysis;
using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.ThreatInflation;

public class RH1004UnevidencedHostileIntentTests
{
    [Theory]
    [InlineData("Russia covets the whole northern coast.", "Russia covets")]
    [InlineData("Make no mistake: Iran is bent on dominating the Gulf.", "Iran is bent on")]
    [InlineData("The Kremlin has designs on the islands.", "Kremlin has designs on")]
    [InlineData("Beijing still covets the strait.", "Beijing still covets")]
    [InlineData("The regime in Tehran understands only force.", "The regime in Tehran understands only force")]
    [InlineData("Moscow holds the gas valves; it is only waiting for an excuse to shut them.", "it is only waiting for an excuse to")]
    [InlineData("Russia and China held joint drills, and their warships are not out there for fishing.", "their warships are not out there for fishing")]
    [InlineData("The Kremlin will stop at nothing to win.", "Kremlin will stop at nothing to")]
    [InlineData("Tehran seeks the destruction of its neighbours.", "Tehran seeks the destruction of")]
    [InlineData("Moscow wants nothing less than the dismemberment of the republic.", "Moscow wants nothing less than the dismemberment of")]
    public void Flags_imputed_hostile_intent(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("There is no evidence that Russia covets the northern coast.")]
    [InlineData("“Russia covets the coast,” Defense Minister Ilse Brandt said on Tuesday.")]
    [InlineData("Brandt said that Russia covets the coast.")]
    [InlineData("Russia has moved two armored divisions to the border.")]
    [InlineData("Russia covets the coast, according to Russia's 2023 maritime doctrine.")]
    [InlineData("My neighbor covets my garden.")]
    [InlineData("The children are not here for the food.")]
    [InlineData("It understands only force.")]
    [InlineData("There is no evidence that Moscow is only waiting for an excuse to strike.")]
    [InlineData("Tehran does not seek the destruction of its neighbours.")]
    [InlineData("The council seeks the elimination of the fee.")]
    [InlineData("Washington seeks the elimination of tariffs on steel.")]
    public void Does_not_flag_reported_negated_evidenced_or_non_actor_claims(string text) =>
        Assert.Empty(Flagged("RH1004", text));

    [Fact]
    public void A_hedge_lowers_it_to_a_suggestion() =>
        Assert.Equal(DiagnosticSeverity.Info, SeverityOf("RH1004", "China may seek to dominate the strait."));

    [Fact]
    public void Message_names_the_actor() =>
        Assert.Equal("'Russia covets' asserts what Russia intends without evidence; show what it has done, or cite who says so",
            Single("RH1004", "Russia covets the whole northern coast.").Message);

    [Theory]
    [InlineData("The other party's donors want to destroy the courts.", "The other party's donors want to destroy")]
    [InlineData("The ferry lobby is plotting to seize every harbour board.", "The ferry lobby is plotting to seize")]
    [InlineData("Harbrook Holdings is bent on crushing the dockers' union.", "Harbrook Holdings is bent on crushing")]
    [InlineData("Big Tech wants to dominate every market it enters.", "Big Tech wants to dominate")]
    [InlineData("The Vance gang covets every pier on the estuary.", "The Vance gang covets")]
    [InlineData("The Vance gang runs the docks, and it's bent on owning every pier.", "it's bent on")]
    [InlineData("Beijing has long sought to dominate the strait.", "Beijing has long sought to dominate")]
    [InlineData("Russia is plotting to cut the cable.", "Russia is plotting to")]
    [InlineData("Harbrook Holdings bought the pier in May. Now Harbrook is bent on crushing the dockers' union.", "Harbrook is bent on crushing")]
    public void Flags_hostile_intent_of_actors_in_every_domain(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("Democrats plot to win back the suburbs.")]
    [InlineData("The Harlow Party covets the coastal seats.")]
    [InlineData("Harbrook Holdings is bent on a bigger share of the kettle market.")]
    [InlineData("The shipping lobby is biding its time.")]
    [InlineData("It's bent on ruin.")]
    public void A_party_or_company_wanting_or_plotting_is_ordinary_news(string text) =>
        Assert.Empty(Flagged("RH1004", text));
}
