using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Sourcing;

/// <summary>"one" tells a hearer named by a noun phrase what it says: "that", a colon or a quotation follows the hearer.</summary>
public class RH3002HearerBeforeThatTests
{
    [Theory]
    [InlineData("Bakers in the valley are furious, and one told the inquiry that “the levy will close us”.")]
    [InlineData("The drivers are fed up, and one told the council: “We cannot park anywhere.”")]
    [InlineData("Several fishermen came to the hearing, and one told the panel that the quotas were rigged.")]
    [InlineData("Teachers are leaving the school, and one told our reporter that “morale has collapsed”.")]
    public void Flags_one_member_telling_a_hearer(string text) =>
        Assert.Equal(["one told"], Flagged("RH3002", text));

    // Near misses: an order, an act, a story told, a member named.
    [Theory]
    [InlineData("One told the others to wait by the gate.")]
    [InlineData("One told the police about the break-in.")]
    [InlineData("One told the story of the flood at the village hall.")]
    [InlineData("Two managers came to the meeting, and one, Clara Moss, told the panel that the quotas were fair.")]
    public void Does_not_flag_an_order_an_act_or_a_named_member(string text) =>
        Assert.Empty(Flagged("RH3002", text));
}
