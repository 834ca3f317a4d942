using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Sourcing;

/// <summary>A workplace's people as a bare collective noun ("hotel staff", "cabin crew") are an unnamed group.</summary>
public class RH3001BareWorkforceTests
{
    [Theory]
    [InlineData("Hotel staff say the pool has been closed for weeks.", "Hotel staff say")]
    [InlineData("Factory personnel have told me the line is unsafe.", "Factory personnel have told")]
    [InlineData("Cabin crew say the new rota leaves them exhausted.", "Cabin crew say")]
    [InlineData("Staff have privately admitted that the audit was rushed.", "Staff have privately admitted")]
    public void Flags_a_bare_workforce(string text, string span) =>
        Assert.Equal([span], Flagged("RH3001", text));

    // Near misses: a determiner refers back to a body the story named; the staff act; a named body scopes them.
    [Theory]
    [InlineData("The staff said the shop would reopen on Monday.")]
    [InlineData("Its crew said the ferry had hit a sandbar.")]
    [InlineData("Hospital staff treated 40 patients overnight.")]
    [InlineData("Staff at the Harlow Institute published the figures on Monday.")]
    [InlineData("The cabin crew told passengers to stay seated.")]
    public void Does_not_flag_a_determined_workforce_or_an_act(string text) =>
        Assert.Empty(Flagged("RH3001", text));
}
