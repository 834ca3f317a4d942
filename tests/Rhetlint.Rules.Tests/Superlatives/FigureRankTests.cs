using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Superlatives;

/// <summary>
/// A rank set off right after a figure with no noun of its own ranks that figure: a degree of level ("the strongest",
/// "the worst") is then measured, and the figure with a named source supports it (issue 17, the annotation
/// guidelines' "the largest drop since 1990" after a cited result).
/// </summary>
public class FigureRankTests
{
    [Theory]
    [InlineData("Factories in Kestria hired 41,000 workers in May, the Kestrian Labour Office said on Friday. The office also raised its April count, which left the monthly average at 38,500, the strongest since 2021.")]
    [InlineData("The Varn Customs Agency published its March figures on Monday. Grain shipments came to 6,200 tonnes, the weakest since 2016.")]
    // A body that revises its own figures publishes the figures it then gives.
    [InlineData("Hiring in Kestria slowed in May.\n\nThe Bureau of Kestrian Labour Statistics also revised its counts for March and April up by 9,000, which left the monthly average at 38,500, the strongest since 2021.")]
    public void Does_not_flag_a_level_rank_of_a_sourced_figure(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    // A figure nobody vouches for.
    [InlineData("Factories in Kestria hired 41,000 workers in May, the strongest since 2021.", "the strongest")]
    // A source with no figure to rank.
    [InlineData("The Kestrian Labour Office published its May report on Friday. Hiring was the strongest since 2021.", "the strongest")]
    // The figure is in another clause, about something else.
    [InlineData("Factories hired 41,000 workers in May, according to the Kestrian Labour Office, and morale on the shop floor is the strongest since 2021.", "the strongest")]
    // A degree of character is a judgement even after a sourced figure.
    [InlineData("The council will borrow £4 million this year, the Varn finance office said on Monday. Councillors approved the loan at £4 million, the most reckless since 1990.", "the most reckless")]
    [InlineData("The Varn finance office said on Monday that the council will spend £4 million this year. Councillors approved £4 million, the most reckless budget since 1990.", "the most reckless budget")]
    // A date places the rank in time; there is no figure to rank.
    [InlineData("The Kestrian Labour Office reported on Friday. In 2023, the strongest since 2021 were the miners.", "the strongest")]
    // A body acting on another's figures does not publish them.
    [InlineData("The Kestrian miners' union disputed the count on Friday. Mines in Kestria hired 2,100 workers in May, the strongest since 2021.", "the strongest")]
    public void Still_flags_a_level_rank_without_a_sourced_figure_it_ranks(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));
}
