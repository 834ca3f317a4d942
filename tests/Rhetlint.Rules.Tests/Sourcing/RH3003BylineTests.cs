using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Sourcing;

/// <summary>A quotation credited with "by" and a name right after it is a work with its author.</summary>
public class RH3003BylineTests
{
    [Theory]
    [InlineData("HARBOUR NEWS—\"Ferry fares to rise by a fifth in the spring,\" by the Harbor Gazette's Ana Ruiz: http://example.org/fares.")]
    [InlineData("\"The last ferry out of Carrow before the winter storms,\" by Tomas Weir, is the best of the collection.")]
    public void Does_not_flag_a_credited_work(string text) =>
        Assert.Empty(Flagged("RH3003", text));

    [Theory]
    [InlineData("Nobody on the quay was surprised. \"The fares will go up again before the summer is out,\" by all accounts.")]
    [InlineData("Nobody on the quay was surprised. \"The fares will go up again before the summer is out,\" by Friday.")]
    [InlineData("Nobody on the quay was surprised. \"The fares will go up again before the summer is out.\" By then Lind had left.")]
    public void Flags_by_without_a_name(string text) =>
        Assert.Single(Flagged("RH3003", text));
}
