using Microsoft.CodeAnalysis;
using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Sourcing;

public class RH3010AnonymousAttackTests
{
    [Theory]
    [InlineData("“The minister is a coward and a liar,” one senior diplomat said.", "one senior diplomat said")]
    [InlineData("Critics inside the party call Lind an incompetent puppet of Varn.", "Critics inside the party")]
    [InlineData("A source said the mayor was unfit for office.", "A source said")]
    public void Flags_an_unnamed_source_attacking_a_person(string text, string expected)
    {
        Assert.Equal([expected], Flagged("RH3010", text));
        Assert.Equal(DiagnosticSeverity.Error, SeverityOf("RH3010", text));
    }

    [Fact]
    public void Takes_precedence_over_the_other_source_rules()
    {
        var ids = Lint("“The minister is a coward and a liar,” one senior diplomat said.").Select(f => f.Id);
        Assert.Equal(["RH3010"], ids);
    }

    [Theory]
    [InlineData("“The minister is a coward,” opposition leader Tomas Berg said in parliament on Monday.")]
    [InlineData("A senior diplomat said the minister had missed two of the three summit sessions.")]
    [InlineData("A source said the mayor was not a coward.")]
    [InlineData("Critics called the plan dishonest.")]
    [InlineData("Critics fear the new law will let corrupt officials escape.")]
    [InlineData("Residents said they were tired of corrupt politicians.")]
    [InlineData("A source said the Harbor plan is a fraud.")]
    public void Does_not_flag_a_named_critic_a_factual_report_or_a_denial(string text) =>
        Assert.Empty(Flagged("RH3010", text));

    [Fact]
    public void Message_names_the_attack()
    {
        var finding = Single("RH3010", "A source said the mayor was unfit for office.");
        Assert.Equal("'A source said' is not named, yet the words attributed to them attack a person ('unfit'); name the critic or report a checkable fact instead", finding.Message);
    }
}
