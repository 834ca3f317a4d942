using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Hedging;

public class RH4005EditorializingAdverbTests
{
    [Theory]
    [InlineData("Tellingly, the ministry declined to comment.", "Tellingly")]
    [InlineData("Predictably, Varn denied everything.", "Predictably")]
    [InlineData("Varn predictably denied everything.", "predictably")]
    [InlineData("The levy, sadly, was never collected.", "sadly")]
    [InlineData("Needless to say, the ferry was late again.", "Needless to say")]
    [InlineData("It is worth noting that the mayor owns the dock.", "It is worth noting that")]
    [InlineData("Notably, the harbor board never met.", "Notably")]
    public void Flags_an_editorializing_adverb(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH4005", text));

    [Theory]
    [InlineData("The ministry declined to comment.")]
    [InlineData("Brandt smiled sadly at the crowd.")]
    [InlineData("The board was notably absent from the list.")]
    [InlineData("The office is conveniently located near the port.")]
    [InlineData("The ferry was surprisingly cheap.")]
    [InlineData("“Predictably, Varn denied everything,” Brandt said.")]
    // An excerpt introduced by a colon at the end of the previous paragraph is the source's.
    [InlineData("Columnist Ada Brill compared the marchers to zealots:\n\nThey have shamefully set the town against itself.")]
    public void Does_not_flag_manner_or_degree_uses_or_quotes(string text) =>
        Assert.Empty(Flagged("RH4005", text));

    [Fact]
    public void Deletes_a_parenthetical_with_its_commas()
    {
        const string text = "The levy, sadly, was never collected.";
        var change = Assert.Single(Single("RH4005", text).Rewrites[0].Changes);
        Assert.Equal("The levy was never collected.", text.Remove(change.Span.Start, change.Span.Length).Insert(change.Span.Start, change.NewText ?? ""));
    }
}
