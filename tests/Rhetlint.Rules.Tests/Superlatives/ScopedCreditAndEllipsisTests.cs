using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Superlatives;

/// <summary>
/// RH2001: a scope inside a frame that credits a view to nobody, a purpose that makes a ranked head a means and a headless
/// rank that continues the one before it (issue 17).
/// </summary>
public class ScopedCreditAndEllipsisTests
{
    [Theory]
    // The scope says where the view is held, not who holds it: RH3006 reports the frame and leaves its content alone.
    [InlineData("The Ouzel has been described in print as the best small theatre outside Leeds.")]
    [InlineData("It is widely recognised in the county that Fernshaw is one of the best-run councils in England.")]
    [InlineData("It is widely accepted across the power industry that the margins are thinner than anyone will say in public.")]
    public void Does_not_flag_credited_content_or_ranked_means(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    // A holder after "by" is no scope; a view the writer holds is no credit.
    [InlineData("The margins are thinner than anyone will say in public.", "thinner than anyone")]
    [InlineData("I have described it in print as the best small theatre outside Leeds.", "the best small theatre outside")]
    // A purpose after a head that is no advice noun ranks the world.
    [InlineData("The best city for raising children is Leeds, by a mile.", "The best city")]
    [InlineData("The most effective policy for reducing burglary is stop and search.", "The most effective policy")]
    [InlineData("The Aurora is the best kettle for boiling small amounts.", "the best kettle")]
    public void A_claim_outside_those_readings_still_ranks(string text, string expected) =>
        Assert.Contains(expected, Flagged("RH2001", text));

    [Fact]
    public void A_headless_rank_that_continues_the_one_before_is_one_finding() =>
        Assert.Equal(["the most overpaid managers"], Flagged("RH2001", "They are the most overpaid managers in public life, and the most timid."));

    [Fact]
    public void A_headless_rank_with_its_own_scope_after_a_new_clause_is_its_own_finding() =>
        Assert.Equal(["the most overpaid managers", "the most timid"],
            Flagged("RH2001", "They are the most overpaid managers in public life, and their deputies are the most timid."));

    [Theory]
    [InlineData("Kestrian is the most spoken language in the valley.", "the most spoken language")]
    [InlineData("He is the most overpaid manager in public life.", "the most overpaid manager")]
    public void Most_before_an_irregular_participle_ranks(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    [Theory]
    // "the most" closing a verb's object is an amount, and the simple past after it starts the main clause.
    [InlineData("The clubs that invested the most bought three strikers each in January.")]
    [InlineData("The teams that trained the most fought back from losing positions more often.")]
    public void The_most_as_a_verbs_object_is_no_rank(string text) =>
        Assert.Empty(Flagged("RH2001", text));
}
