using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Sourcing;

/// <summary>
/// The writer as the channel of an unnamed source: a clause in the past tense after "I am told" or "I hear", and the
/// progressive "I'm hearing that"; news about the writer or the reader is personal, not hearsay about public affairs.
/// </summary>
public class RH3011WriterHeardPastTests
{
    [Theory]
    [InlineData("I am told the club's board already agreed the sale of the training ground last month.", "I am told")]
    [InlineData("I hear the mayor's office signed off on the parking fines before the consultation closed.", "I hear")]
    [InlineData("We were told the council sold the depot cranes last year.", "We were told")]
    public void Flags_a_past_tense_clause_passed_on(string text, string span) =>
        Assert.Equal([span], Flagged("RH3011", text));

    [Theory]
    [InlineData("I'm hearing that the bakery chain quietly dropped its organic flour supplier in the spring.", "I'm hearing")]
    [InlineData("We've been hearing that the ferry timetable will be cut again.", "We've been hearing")]
    public void Flags_news_arriving_in_the_progressive(string text, string span) =>
        Assert.Equal([span], Flagged("RH3011", text));

    [Theory]
    [InlineData("I hear your sister has started a new job at the bakery.")]
    [InlineData("I'm told I should bring a coat because the evenings get cold up there.")]
    [InlineData("I hear you've moved to the coast.")]
    [InlineData("I was told the news by the harbour master on Friday.")]
    [InlineData("I hear the birds in the morning now that the traffic has gone.")]
    [InlineData("I'm hearing things in the attic again.")]
    public void Does_not_flag_personal_news_perception_or_a_named_teller(string text) =>
        Assert.Empty(Flagged("RH3011", text));
}
