using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Superlatives;

/// <summary>RH2004 on real news (issue 17): credentials that are a fact of a list, and posts named with their owner.</summary>
public class ListedCredentialsTests
{
    /// <summary>A sales list or a prize the reader can look up; "-winning" is read by its ending.</summary>
    [Theory]
    [InlineData("Bestselling author Corin Maddox will read from his new novel at the Halvern library on Tuesday.")]
    [InlineData("Pellworth, a best-selling cookbook writer, has moved her show to the Saturday slot.")]
    [InlineData("Award-winning journalist Odile Marsh will chair the debate in Fenwick.")]
    [InlineData("Lund is a prize-winning historian of the Tarn valley.")]
    [InlineData("Emmy-winning director Petra Vane begins filming in Dunmore next week.")]
    public void Leaves_a_credential_that_is_a_fact_of_a_list(string text) =>
        Assert.Empty(Flagged("RH2004", text));

    /// <summary>"Top" and a role noun completed by its owner names the owner's highest post, as a possessive does.</summary>
    [Theory]
    [InlineData("The remark came from Ana Ruiz, the top strategist on Vale's campaign.")]
    [InlineData("Tom Hale, a top lobbyist for the Harbour Board, met the mayor on Friday.")]
    [InlineData("Ilse Brandt, a top Labour strategist on the Marrow campaign, said the result was close.")]
    public void Leaves_a_top_post_named_with_its_owner(string text) =>
        Assert.Empty(Flagged("RH2004", text));

    [Theory]
    // A place after "in" ranks the field; praise is not a list; "top" with no owner ranks.
    [InlineData("Ana Ruiz, a top economist in Germany, disagreed.", "a top economist")]
    [InlineData("Renowned chemist Tom Hale says the plant is safe.", "Renowned chemist")]
    [InlineData("Ilse Brandt, a top strategist, said the race was over.", "a top strategist")]
    public void A_puffed_credential_without_a_list_or_an_owner_is_still_flagged(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2004", text));
}
