using Rhetlint.Core.Analysis;
using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Hedging;

public class RH4007EmotiveIntensifierTests
{
    [Theory]
    [InlineData("Varn's sinister plan is chilling.", new[] { "sinister", "chilling" })]
    [InlineData("The regime's barbaric ambitions know no limit.", new[] { "barbaric" })]
    [InlineData("The mayor's evil plan failed.", new[] { "evil" })]
    [InlineData("It is outrageous that the levy was never collected.", new[] { "outrageous" })]
    [InlineData("The harbor board made a catastrophic decision.", new[] { "catastrophic" })]
    public void Flags_a_high_arousal_word(string text, string[] expected) =>
        Assert.Equal(expected, Flagged("RH4007", text));

    [Theory]
    [InlineData("Technicians are chilling the samples to 4 °C.")]
    [InlineData("“It was horrific,” said survivor Amal Nasser.")]
    [InlineData("The pump suffered a catastrophic failure in March.")]
    [InlineData("The play is about good and evil.")]
    [InlineData("The plan was far from horrific.")]
    [InlineData("A war would be possibly catastrophic for the harbor.")]
    [InlineData("The Sinister Six played the harbor festival.")]
    [InlineData("The storm was serious and the damage was terrible.")]
    public void Does_not_flag_verbs_technical_quoted_or_ordinary_words(string text) =>
        Assert.Empty(Flagged("RH4007", text));

    [Fact]
    public void Deletes_an_attributive_word_but_only_templates_a_predicate()
    {
        var findings = Lint("Varn's sinister plan is chilling.").Where(f => f.Id == "RH4007").ToArray();
        Assert.Equal(Applicability.Unsafe, findings[0].Rewrites[0].Applicability);
        Assert.Equal(Applicability.DisplayOnly, Assert.Single(findings[1].Rewrites).Applicability);
    }
}
