using Rhetlint.Core.Analysis;
using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Superlatives;

public class RH2003PeacockTermTests
{
    [Theory]
    [InlineData("The legendary diplomat brokered yet another deal.", "legendary")]
    [InlineData("Her groundbreaking report changed everything.", "groundbreaking")]
    [InlineData("The Orbis Z9 has a best-in-class 120 Hz screen.", "best-in-class")]
    [InlineData("Kestria built a state-of-the-art port.", "state-of-the-art")]
    [InlineData("Her strategy is flawless.", "flawless")]
    [InlineData("The court issued a landmark ruling on Friday.", "landmark")]
    [InlineData("Orbita will revolutionize access to space.", "revolutionize access to space")]
    [InlineData("The new app redefines the category.", "redefines the category")]
    [InlineData("The tariff deal is a game-changer for Varn.", "game-changer")]
    [InlineData("Her acclaimed novel sold well.", "acclaimed")]
    [InlineData("The club appointed a revered coach from the north.", "revered")]
    [InlineData("The celebrated chef opened a second kitchen in Orsk.", "celebrated")]
    [InlineData("Her plan is flawless in every respect.", "flawless")]
    public void Flags_a_peacock_term(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2003", text));

    [Theory]
    [InlineData("The report won the 2021 Halden Prize for investigative journalism.")]
    [InlineData("'It was a game-changing week,' said trade secretary Paul Imre.")]
    [InlineData("The Landmark Theatre reopens in May.")]
    [InlineData("Iconic Records signed the band in 2019.")]
    [InlineData("The council restored a landmark building on the quay.")]
    [InlineData("The museum covers the revolutionary war.")]
    [InlineData("The plan is far from flawless.")]
    [InlineData("The plan is not flawless.")]
    [InlineData("Fans celebrated wins across the city.")]
    [InlineData("Villagers revered the old ferryman.")]
    [InlineData("The harvest mass, which is celebrated in private, draws few visitors.")]
    [InlineData("The new quay is a milestone for Tarnby, and it should be celebrated as a victory.")]
    [InlineData("The ferryman is revered among the island's fishermen.")]
    [InlineData("The printing press revolutionized publishing.")]
    [InlineData("It is the most iconic bridge in the city.")]
    [InlineData("Renowned strategist Tom Hale insists the war is already lost.")]
    [InlineData("A renowned economist said the tariff would fail.")]
    public void Does_not_flag_names_literal_quoted_negated_or_owned_uses(string text) =>
        Assert.Empty(Flagged("RH2003", text));

    [Fact]
    public void Offers_an_unsafe_deletion_that_fixes_the_article()
    {
        const string text = "Varn hired an iconic builder.";
        var finding = Single("RH2003", text);
        var deletion = Assert.Single(finding.Rewrites, r => r.Applicability == Applicability.Unsafe);
        var change = Assert.Single(deletion.Changes);
        Assert.Equal("Varn hired a builder.", text[..change.Span.Start] + change.NewText + text[change.Span.End..]);
    }

    [Fact]
    public void A_predicative_term_gets_only_a_template() =>
        Assert.All(Single("RH2003", "Her strategy is flawless.").Rewrites, r => Assert.Equal(Applicability.DisplayOnly, r.Applicability));

    /// <summary>Certain predictions of wholesale transformation for a whole domain (issue 17).</summary>
    [Theory]
    [InlineData("This app will transform grocery shopping forever.", "transform grocery shopping forever")]
    [InlineData("The new clinic will cure baldness.", "cure baldness")]
    [InlineData("The platform will change the way every farmer sells grain.", "change the way every farmer")]
    [InlineData("Their drone will redefine crop spraying.", "redefine crop spraying")]
    public void Flags_a_grand_prediction_of_transformation(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2003", text));

    [Theory]
    [InlineData("The council will transform the depot into flats.")]
    [InlineData("The antibiotic will cure infections in a week.")]
    [InlineData("The timetable will change in May.")]
    [InlineData("The scheme has been hailed as a game-changer by ministers.")]
    public void Does_not_flag_a_plan_a_treatment_or_a_credited_label(string text) =>
        Assert.Empty(Flagged("RH2003", text));

    /// <summary>A certain future of universal adoption of a named product (issue 17).</summary>
    [Theory]
    [InlineData("Every dentist in the state will be using Brightbite by next spring.", "Every dentist in the state will be using Brightbite")]
    [InlineData("All ferry operators will run on Seaframe within a decade.", "All ferry operators will run on Seaframe")]
    [InlineData("Within five years every school in Wales will rely on Tallyboard.", "every school in Wales will rely on Tallyboard")]
    public void Flags_a_prediction_of_universal_adoption(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2003", text));

    [Theory]
    [InlineData("All staff will use the new portal from Monday.")]
    [InlineData("Every pupil will use a laptop under the scheme.")]
    [InlineData("Every bank will use Corvex by 2030, Gartner analyst Mia Holt predicted.")]
    [InlineData("\"Every dentist will be using Brightbite,\" said its founder, Ana Ruiz.")]
    [InlineData("Every dentist who tried it uses Brightbite.")]
    public void Does_not_flag_a_plan_a_sourced_forecast_or_a_present_habit(string text) =>
        Assert.Empty(Flagged("RH2003", text));
}


/// <summary>Standard-setting puffery: the subject made the measure every rival is judged by (issue 17, su-consensus).</summary>
public class RH2003StandardSettingTests
{
    [Theory]
    [InlineData("Its audio design sets a new standard for the entire industry.", "sets a new standard for the entire industry")]
    [InlineData("The Orla kettle raises the bar for kitchen appliances.", "raises the bar for kitchen appliances")]
    [InlineData("Skylane redefines what a budget airline can be.", "redefines what a budget airline can be")]
    [InlineData("The new Tarn bakery reinvents what a village shop means.", "reinvents what a village shop means")]
    public void Flags_a_claim_to_set_the_standard(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2003", text));

    [Theory]
    // A standards body's work, a regulator's limit with its figure, a quoted founder, a denial, a literal bar.
    [InlineData("The council sets standards for membership of the guild.")]
    [InlineData("The agency set a new standard for arsenic of 10 parts per billion.")]
    [InlineData("\"We set a new standard for the industry,\" said its founder, Ana Ruiz.")]
    [InlineData("The Orla kettle does not set a new standard for anything.")]
    [InlineData("The gym raised the bar on the squat rack.")]
    [InlineData("The review asks what a budget airline can be.")]
    public void Does_not_flag_a_rule_a_limit_a_quote_or_a_literal_bar(string text) =>
        Assert.Empty(Flagged("RH2003", text));
}
