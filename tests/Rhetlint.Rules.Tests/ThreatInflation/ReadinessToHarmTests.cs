using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.ThreatInflation;

/// <summary>RH1004's readiness to harm (issue 16, session 48): a waiting frame or a readiness adjunct before a harm to people.</summary>
public class ReadinessToHarmTests
{
    [Theory]
    [InlineData("The Grell syndicate is sitting in the harbour, waiting for the right moment to strike.", "The Grell syndicate is sitting in the harbour, waiting for the right moment to strike")]
    [InlineData("The property barons are just waiting for the signal to evict our tenants.", "The property barons are just waiting for the signal to evict our tenants")]
    [InlineData("The betting firms are waiting for the new season to prey on our teenagers again.", "The betting firms are waiting for the new season to prey on our teenagers")]
    [InlineData("The Corvel funds are only waiting for a cold winter to bankrupt our growers.", "The Corvel funds are only waiting for a cold winter to bankrupt our growers")]
    [InlineData("The Dray cartel is poised to crush our corner shops.", "The Dray cartel is poised to crush our corner shops")]
    public void Flags_a_waiting_frame_before_a_harm_to_people(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("The supermarket chains will crush our corner shops the minute they can.", "The supermarket chains will crush our corner shops the minute they can")]
    [InlineData("Given half a chance, the Harlow Party would bankrupt every allotment society in the county.", "Given half a chance, the Harlow Party would bankrupt every allotment society")]
    [InlineData("The Tamsin lenders will bankrupt our pensioners at the first opportunity.", "The Tamsin lenders will bankrupt our pensioners at the first opportunity")]
    [InlineData("The agency would sack every night nurse the first chance it gets.", "The agency would sack every night nurse the first chance it gets")]
    public void Flags_a_readiness_adjunct_on_a_harm_to_people(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1004", text));

    [Theory]
    [InlineData("Rescuers were waiting for the signal to go in.")]
    [InlineData("The fans are waiting for the band to come on stage.")]
    [InlineData("The demolition crew is waiting for the order to knock down the old silo.")]
    [InlineData("We will cut our prices the minute we can.")]
    [InlineData("The council will repair our potholes at the first opportunity, a spokesman said.")]
    [InlineData("The landlord will replace our boiler the minute he can.")]
    [InlineData("The striker pounced at the first opportunity and scored.")]
    [InlineData("The farmers are waiting for the rain to stop before they harvest the wheat.")]
    [InlineData("Given half a chance, our volunteers would plant a tree on every corner.")]
    [InlineData("The surgeons are poised to open the new cardiac ward in March, the hospital said.")]
    [InlineData("The cat is waiting for the mice to strike.")]
    [InlineData("\"They are only waiting for the right moment to strike,\" said the mayor, Tom Varley.")]
    [InlineData("There is no evidence that the insurers are waiting for a chance to evict our tenants.")]
    [InlineData("The Rovers will crush the visitors the minute they can in Saturday's derby.")]
    public void Does_not_flag_readiness_for_no_harm_to_people_our_side_quoted_denied_or_sport(string text) =>
        Assert.Empty(Flagged("RH1004", text));
}
