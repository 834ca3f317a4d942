using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Hedging;

public class RH4003ContentiousLabelTests
{
    [Theory]
    [InlineData("The Varn regime's thugs beat protesters again.", new[] { "regime's", "thugs" })]
    [InlineData("Only a Kestria apologist could defend the deal.", new[] { "apologist" })]
    [InlineData("The terrorists fled across the river.", new[] { "terrorists" })]
    [InlineData("A terrorist group claimed the harbor fire.", new[] { "terrorist group" })]
    [InlineData("Varn installed a puppet government in the north.", new[] { "puppet government" })]
    [InlineData("The mayor's cronies won every contract.", new[] { "cronies" })]
    [InlineData("Kestria armed the freedom fighters in the hills.", new[] { "freedom fighters" })]
    public void Flags_a_label_in_the_writers_voice(string text, string[] expected) =>
        Assert.Equal(expected, Flagged("RH4003", text));

    [Theory]
    [InlineData("Norvania has designated the group a terrorist organization since 2019.")]
    [InlineData("The new tax regime takes effect in January.")]
    [InlineData("Kestria joined the sanctions regime in May.")]
    [InlineData("Talk of regime change alarmed the council.")]
    [InlineData("The film became a cult classic in Kestria.")]
    [InlineData("The children watched a puppet show in the square.")]
    [InlineData("A terrorist attack closed the harbor on Monday.")]
    [InlineData("“The regime's thugs beat us,” said Amal Nasser.")]
    [InlineData("Brandt is no traitor.")]
    [InlineData("Free radicals damage the cells.")]
    [InlineData("Ilse Brandt called the rogue regime a danger.")]
    // Someone else's classification: the label is the report's, not the writer's.
    [InlineData("The report lumps the cyclists' club in with violent extremists, because its author hates bikes.")]
    [InlineData("The inquiry swept the charity into the same group as the extremists it was set up to watch.")]
    [InlineData("Columnist Ada Brill compared the marchers to zealots:\n\nThey have shamefully set the town against itself.")]
    public void Does_not_flag_designations_technical_uses_quotes_or_acts(string text) =>
        Assert.Empty(Flagged("RH4003", text));

    [Fact]
    public void Offers_a_display_only_template_naming_the_government()
    {
        var finding = Single("RH4003", "The Varn regime arrested the editor.");
        Assert.Equal("[country]'s government", Assert.Single(Assert.Single(finding.Rewrites).Changes).NewText);
    }

    [Fact]
    public void The_regime_stays_a_system_in_a_paragraph_about_rules() =>
        Assert.Empty(Flagged("RH4003", "Kestria adopted a new visa regime in May. The regime requires a letter from an employer."));
}
