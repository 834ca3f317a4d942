using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Superlatives;

/// <summary>RH2001 and a rank a relative clause bounds by one person's own record (issue 17).</summary>
public class HoldersOwnRecordTests
{
    [Theory]
    [InlineData("The most telling promise Mrs. Brenn has made is that she will not overpromise.")]
    [InlineData("His speech in Tolvik was more candid than any other he has given this year.")]
    [InlineData("The levy is broader than anything Ilse Vale achieved in her first term.")]
    [InlineData("The sharpest he ever really got was a joke about the ferry timetable.")]
    [InlineData("The quay deal is the biggest contract Dana Orrel has signed.")]
    [InlineData("It was the busiest year Dana Orrel had.")]
    [InlineData("At 40 million euros, the quay deal is the biggest contract Lund has signed, according to the port's filings.")]
    public void Does_not_flag_a_rank_bounded_by_one_persons_own_deeds(string text) =>
        Assert.Empty(Flagged("RH2001", text));

    [Theory]
    // An adjective of worth is a verdict the record does not measure.
    [InlineData("It is the bravest thing Ilse Vale has done.", "the bravest thing")]
    [InlineData("That was the best speech he has given.", "the best speech")]
    [InlineData("It is the most important vote she has cast.", "the most important vote")]
    // What someone saw or remembers is a public set.
    [InlineData("It is the most crowded quay she has seen.", "the most crowded quay")]
    [InlineData("The quay is more crowded than anything he remembers.", "more crowded than anything")]
    // What someone went through, met or reported on is a set of the world's things, not of the person's deeds.
    [InlineData("The flood in Varn was the deadliest storm he has covered.", "the deadliest storm")]
    [InlineData("The old quarry is the most dangerous place Mira Tolle has visited.", "the most dangerous place")]
    [InlineData("It was the fiercest gale she has faced at sea.", "the fiercest gale")]
    // A modal ranks all that could be done; a future, what is yet to come; a present "has", what is at hand.
    [InlineData("The quay is the largest investment Brenn could make.", "the largest investment")]
    [InlineData("The fair is the biggest chance Lund will have to meet the voters.", "the biggest chance")]
    [InlineData("The fair is the biggest stage Lund has.", "the biggest stage")]
    // "we", a place, a body and a company speak for more than one person's record.
    [InlineData("It is the most candid interview we have given.", "the most candid interview")]
    [InlineData("It is the longest report Harlow County has published.", "the longest report")]
    [InlineData("It was the longest speech Harbrook Holdings has published.", "the longest speech")]
    public void A_rank_not_bounded_by_one_persons_own_deeds_still_ranks(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2001", text));
}
