using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Superlatives;

/// <summary>RH2003: a certain prediction of wholesale transformation whose domain is a "how" clause or ends in "forever" (issue 17).</summary>
public class TransformedDomainsTests
{
    [Theory]
    [InlineData("The new app will transform how we shop.", "transform how we shop")]
    [InlineData("The Orla pump will transform how Britain heats its homes.", "transform how Britain heats its homes")]
    [InlineData("This course will reshape how nurses are trained.", "reshape how nurses are trained")]
    [InlineData("Carbon capture will change the fight against flooding forever.", "change the fight against flooding")]
    [InlineData("Open data will change the politics of every small town forever.", "change the politics of every small town forever")]
    public void Flags_a_transformation_of_a_whole_activity(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2003", text));

    [Theory]
    // Quoted, attributed, hedged or doubted.
    [InlineData("\"This will transform how we shop,\" said Orla Penn, the chief executive.")]
    [InlineData("Brightway says its app will transform how its customers shop.")]
    [InlineData("It is unlikely that the app will transform how we shop.")]
    [InlineData("The app may transform how some people shop.")]
    // A rule or a plan: "change" and "overhaul" with a "how" clause.
    [InlineData("The new rules will change how postal votes are counted.")]
    [InlineData("The council will overhaul how bins are collected from April.")]
    // Literal transformations and schedules.
    [InlineData("Work will transform the old mill into 40 flats.")]
    [InlineData("Roadworks will change the route of the number 9 bus from Monday.")]
    public void Does_not_flag_a_reported_hedged_or_literal_change(string text) =>
        Assert.Empty(Flagged("RH2003", text));
}
