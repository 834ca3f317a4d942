using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Superlatives;

/// <summary>RH2001: a rank within one day or an event still under way (<c>EventScopes</c>).</summary>
public class RH2001EventScopesTests
{
    [Theory]
    [InlineData("But the sharpest exchanges of the day were between the two harbour candidates.")]
    [InlineData("Their exchanges were the most heated and personal of the campaign so far.")]
    [InlineData("The march on Saturday was the largest of the protests so far.")]
    [InlineData("It was one of the fiercest debates in the council race so far.")]
    [InlineData("The sharpest exchange so far came when Vale raised the harbour levy.")]
    [InlineData("The loudest cheer of the night went to the retiring goalkeeper.")]
    public void A_rank_within_one_day_or_a_running_event_is_relative(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    // An era or a long period, not one event.
    [InlineData("This was the worst film of the decade.", "the worst film")]
    [InlineData("It was the best weekend of the year.", "the best weekend")]
    // "so far" runs over a longer period, or the head is no happening (the largest crowd so far may mean ever).
    [InlineData("It is the biggest fire so far this century.", "the biggest fire")]
    [InlineData("Kelby drew the largest crowd so far.", "the largest crowd")]
    [InlineData("It was the best season so far.", "the best season")]
    // "of the day" after a person names an era.
    [InlineData("Lund was the greatest painter of the day.", "the greatest painter")]
    public void A_rank_beyond_one_event_still_claims(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));
}
