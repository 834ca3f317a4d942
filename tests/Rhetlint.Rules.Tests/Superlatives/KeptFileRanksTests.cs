using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Superlatives;

/// <summary>A kept file ("…, club records show") bears out a count or a dated fact, not a rank by judgement.</summary>
public class KeptFileRanksTests
{
    [Theory]
    [InlineData("The winger is the greatest player who ever lived, club records show.", "the greatest player")]
    [InlineData("Brindle is the best-run borough in the county, its minutes show.", "the best-run borough")]
    [InlineData("The Oakfield kitchen is the finest in the north, the guild's registers show.", "the finest")]
    public void RH2001_flags_a_judged_rank_a_kept_file_cannot_bear_out(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    [Theory]
    [InlineData("The winger scored the most goals of any player in the league last season, club records show.")]
    [InlineData("The ferry made the longest crossing of its forty years in March, the harbour logs show.")]
    [InlineData("Last month was the driest June on the moor since 1976, the weather station's logs show.")]
    public void RH2001_leaves_a_counted_rank_a_kept_file_shows_alone(string text) =>
        Assert.Empty(Flagged("RH2001", text));
}
