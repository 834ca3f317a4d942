using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Superlatives;

/// <summary>RH2001 on real copy (issue 17): advice whose course has its own subject or complement.</summary>
public class AdvisedCoursesTests
{
    /// <summary>Advice whose course has its own subject ("for patients to get") or complement ("do for riders").</summary>
    [Theory]
    [InlineData("During the flu season, the pharmacy became the fastest way for patients to get a referral.")]
    [InlineData("A coach pass is the cheapest way for a family of four to reach the coast.")]
    [InlineData("The most useful thing the school board can do for attendance is to run the buses on time.")]
    [InlineData("The best thing a tenant can do about damp is open the windows every morning.")]
    public void Leaves_advice_whose_course_has_its_own_subject_or_complement(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    // A head that is no advice head ranks a place; a past choice ranks what was done; a predicate ranks its subject.
    [InlineData("Halden is the safest city for women to live in.", "the safest city")]
    [InlineData("The best thing the board did for riders was the night bus.", "The best thing")]
    [InlineData("Our supplement is the most effective cure for fatigue ever devised.", "the most effective cure")]
    public void A_rank_beside_advice_shapes_is_still_flagged(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));

    /// <summary>Unsupported superlatives of the same topics stay flagged.</summary>
    [Theory]
    [InlineData("Marrow Falcons fans are the most loyal supporters in the country.", "the most loyal supporters")]
    [InlineData("Kelda Labs makes the most secure smart lock on the market.", "the most secure smart lock")]
    [InlineData("The Tarn Valley line is the worst-run railway in Britain.", "the worst-run railway")]
    [InlineData("Renwick is the most celebrated chef in Britain.", "the most celebrated chef")]
    public void Unsupported_superlatives_stay_flagged(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));
}
