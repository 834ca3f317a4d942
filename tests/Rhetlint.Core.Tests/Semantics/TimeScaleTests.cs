using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Tests.Semantics;

public class TimeScaleTests
{
    private static Token Word(string text) => Token.Create(TokenKind.Word, default, text);

    [Theory]
    [InlineData("seconds", "minutes")]
    [InlineData("hour", "day")]
    [InlineData("days", "weeks")]
    [InlineData("fortnight", "month")]
    [InlineData("months", "years")]
    [InlineData("years", "decades")]
    [InlineData("decade", "centuries")]
    [InlineData("half-hour", "hours")]
    public void A_shorter_unit_ranks_below_a_longer_one(string shorter, string longer)
    {
        Assert.True(TimeScale.IsShorter(Word(shorter), Word(longer)));
        Assert.False(TimeScale.IsShorter(Word(longer), Word(shorter)));
    }

    [Theory]
    [InlineData("weeks", "fortnight")]
    [InlineData("miles", "days")]
    [InlineData("votes", "years")]
    public void Units_of_one_rank_or_no_time_unit_are_not_ordered(string first, string second) =>
        Assert.False(TimeScale.IsShorter(Word(first), Word(second)));
}
