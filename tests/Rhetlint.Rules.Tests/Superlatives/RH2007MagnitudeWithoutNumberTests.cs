using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Superlatives;

public class RH2007MagnitudeWithoutNumberTests
{
    [Theory]
    [InlineData("The program's costs have skyrocketed.", "costs have skyrocketed")]
    [InlineData("A tsunami of cheap imports is crushing local mills.", "A tsunami of cheap imports")]
    [InlineData("The harbor authority posted staggering losses.", "staggering losses")]
    [InlineData("The tunnel's cost overruns were enormous.", "overruns were enormous")]
    [InlineData("Repair costs at the Halden depot became enormous.", "costs at the Halden depot became enormous")]
    [InlineData("Spending on consultants has soared.", "Spending on consultants has soared")]
    [InlineData("Exports to Varn plummeted after the embargo.", "Exports to Varn plummeted")]
    public void Flags_a_magnitude_word_without_a_figure(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2007", text));

    [Theory]
    [InlineData("Costs rose 38% in two years, to $4.2 billion, the audit office said.")]
    [InlineData("The earthquake caused massive damage, destroying 1,200 homes.")]
    [InlineData("The program's costs have skyrocketed. They tripled between 2019 and 2024.")]
    [InlineData("The crowd was massive and the rocket soared.")]
    [InlineData("Costs have not skyrocketed.")]
    [InlineData("Prices could soar next winter.")]
    [InlineData("If the strike goes ahead, prices will soar.")]
    [InlineData("“Our costs have skyrocketed,” said Ilse Brandt, who runs the mill.")]
    [InlineData("Have costs really skyrocketed?")]
    public void Does_not_flag_measured_literal_or_conditional_uses(string text) =>
        Assert.Empty(Flagged("RH2007", text));

    /// <summary>A bare form after a singular quantity it cannot agree with is a compound noun, not a change (issue 17, topics6).</summary>
    [Theory]
    [InlineData("The Tarnby krone has entered its death spiral.")]
    [InlineData("Ledra shares are in a price spiral.")]
    public void Does_not_flag_a_compound_noun(string text) =>
        Assert.Empty(Flagged("RH2007", text));

    [Theory]
    [InlineData("Rents in Tarnby spiral every spring.", "Rents in Tarnby spiral")]
    [InlineData("The cost of the Varn tunnel spirals every year.", "cost of the Varn tunnel spirals")]
    [InlineData("Deaths in Varn spiral every winter.", "Deaths in Varn spiral")]
    public void Still_flags_a_verb_of_change_that_agrees_with_its_subject(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2007", text));
}
