using Microsoft.CodeAnalysis;
using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Superlatives;

public class RH2002UnprecedentedClaimTests
{
    [Theory]
    [InlineData("The minister's response to the floods was unprecedented.", "unprecedented")]
    [InlineData("Never before has a government spent so recklessly.", "Never before")]
    [InlineData("Demand for the ferry is growing like never before.", "like never before")]
    [InlineData("For the first time in history, the league has a budget surplus.", "For the first time in history")]
    [InlineData("The Orbis Z9 pairs a 120 Hz screen with an unrivaled cooling system.", "unrivaled cooling system")]
    [InlineData("The new curriculum is an unprecedented assault on academic freedom.", "unprecedented assault")]
    [InlineData("Halden's harbor offers service without precedent.", "without precedent")]
    [InlineData("It is the first-ever vaccine for the disease.", "first-ever vaccine")]
    [InlineData("It was a historic deal for the port.", "historic deal")]
    [InlineData("The treaty vote was historic.", "historic")]
    [InlineData("Its reach is unmatched.", "unmatched")]
    public void Flags_an_unsupported_record_claim(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2002", text));

    [Theory]
    [InlineData("It was the first time since 1998 that the central bank raised rates twice in a month.")]
    [InlineData("I had never before seen the harbor so empty.")]
    [InlineData("The committee had never before met in June.")]
    [InlineData("Never before had I felt so tired.")]
    [InlineData("Historic Norvania listed the pier in 2019.")]
    [InlineData("Prices hit a historic high in March.")]
    [InlineData("Brandt scored an unprecedented 41 points, according to league statistics.")]
    [InlineData("The historic district draws tourists every summer.")]
    [InlineData("Brandt won an unprecedented third term in March.")]
    [InlineData("The club's first-ever title came in May.")]
    [InlineData("The drought was unprecedented since 1976 in the county.")]
    [InlineData("The response was not unprecedented.")]
    [InlineData("“The response was unprecedented,” said the mayor, Ilse Brandt.")]
    [InlineData("The Unrivaled Games open in Halden on Friday.")]
    [InlineData("The volunteers sorted the unmatched socks by size.")]
    [InlineData("The outbreak is an unprecedented threat to the region.")]
    public void Does_not_flag_bounded_personal_literal_or_quoted_uses(string text) =>
        Assert.Empty(Flagged("RH2002", text));

    [Fact]
    public void A_named_source_in_the_next_sentence_supports_the_claim() =>
        Assert.Empty(Flagged("RH2002", "Turnout was unprecedented. It reached 81 percent, according to the Norvania electoral office."));

    [Theory]
    [InlineData("The response was almost unprecedented.")]
    [InlineData("Is this an unprecedented moment?")]
    public void Lowers_approximated_and_questioned_claims_to_a_suggestion(string text) =>
        Assert.Equal(DiagnosticSeverity.Info, SeverityOf("RH2002", text));
}
