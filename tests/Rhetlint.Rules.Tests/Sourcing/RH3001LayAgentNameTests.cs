using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Sourcing;

/// <summary>
/// Lay agent nouns that are names (CapitalizedAgentNouns), performed formulas and quoted words (SpokenFormulas), and
/// timetables for work told by those doing it (WorkTimetables) report no claim; the lay groups around them still do.
/// </summary>
public class RH3001LayAgentNameTests
{
    [Theory]
    [InlineData("Walkers said the new crisp flavour would be in shops by May.")]
    [InlineData("Thatchers said its new pear cider would be in supermarkets by June.")]
    [InlineData("Coopers said the brewery would double its output next year.")]
    [InlineData("Turners said the haulage firm had bought 40 new lorries.")]
    [InlineData("Quakers argued in the 1780s that the slave trade was a sin.")]
    [InlineData("In the 1780s, Quakers argued that the slave trade was a sin.")]
    [InlineData("The firm's lawyers met Installers Direct, and Installers said the deal was fair.")]
    public void Does_not_flag_a_capitalized_agent_noun_that_is_a_name(string text) =>
        Assert.Empty(Flagged("RH3001", text));

    [Theory]
    [InlineData("Stallholders said a final farewell to the old hall on Friday.")]
    [InlineData("Bidders said a few words of thanks to the auctioneer.")]
    [InlineData("Gamers say \"gg\" after every match, win or lose.")]
    [InlineData("Dog walkers say \"morning\" to everyone they pass.")]
    public void Does_not_flag_a_performed_formula_or_quoted_word(string text) =>
        Assert.Empty(Flagged("RH3001", text));

    [Theory]
    [InlineData("Builders said work on the school would start in June.")]
    [InlineData("Contractors said work on the bypass would start in September.")]
    [InlineData("Installers say the job will take three days, and the road will stay open.")]
    [InlineData("Roofers say the repairs will be finished by Easter, weather permitting.")]
    public void Does_not_flag_a_timetable_for_work(string text) =>
        Assert.Empty(Flagged("RH3001", text));

    [Theory]
    [InlineData("Installers say the new boilers fail within two winters.", "Installers say")]
    [InlineData("Gamers claim the update throttles older consoles.", "Gamers claim")]
    [InlineData("Creators say the platform is secretly throttling their videos.", "Creators say")]
    [InlineData("Builders say the work on the school was botched.", "Builders say")]
    [InlineData("Contractors said the job would cost twice the council's estimate.", "Contractors said")]
    [InlineData("Gamers say \"rigged\" is the only word for the new ranking system.", "Gamers say")]
    [InlineData("Stallholders said a final decision had already been taken behind their backs.", "Stallholders said")]
    public void Flags_the_lay_group_that_makes_a_claim(string text, string span) =>
        Assert.Equal([span], Flagged("RH3001", text));
}
