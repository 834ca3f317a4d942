using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Sourcing;

/// <summary>
/// A workplace's people as a bare collective noun ("kitchen staff", "factory personnel") are an unnamed group when they
/// tell the writer or speak off the record; in public they speak for the place the story is about.
/// </summary>
public class RH3001BareWorkforceTests
{
    [Theory]
    [InlineData("Factory personnel have told me the line is unsafe.", "Factory personnel have told")]
    [InlineData("Staff have privately admitted that the audit was rushed.", "Staff have privately admitted")]
    [InlineData("School staff tell me the heating has failed twice this winter.", "School staff tell")]
    [InlineData("Kitchen staff have told us privately that the fridges fail every week.", "Kitchen staff have told")]
    public void Flags_a_bare_workforce_speaking_to_the_writer(string text, string span) =>
        Assert.Equal([span], Flagged("RH3001", text));

    // Near misses: staff speaking for their place in public, a determiner that refers back, an act, a named body.
    [Theory]
    [InlineData("Hotel staff say the pool has been closed for weeks.")]
    [InlineData("The staff said the shop would reopen on Monday.")]
    [InlineData("Its crew said the ferry had hit a sandbar.")]
    [InlineData("Hospital staff treated 40 patients overnight.")]
    [InlineData("Staff at the Harlow Institute published the figures on Monday.")]
    [InlineData("The cabin crew told passengers to stay seated.")]
    public void Does_not_flag_a_workforce_on_the_record_or_an_act(string text) =>
        Assert.Empty(Flagged("RH3001", text));

    // A named body's staff speak for it on the record: no anonymous source either.
    [Fact]
    public void Does_not_flag_the_staff_of_a_named_body() =>
        Assert.Empty(Flagged("RH3009", "Staff for the Harlow Heritage Committee said the report was complete."));
}
