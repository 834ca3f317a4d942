using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Superlatives;

/// <summary>RH2002: "historic" beside the definite record that makes it so names what the reader can check (issue 17).</summary>
public class HistoricRecordsTests
{
    [Theory]
    [InlineData("It was a historic night for the Orme Rovers: their first league title since 1952.")]
    [InlineData("The vote was historic: for the first time, the council elected a mayor under 30.")]
    [InlineData("Lena Marsh became the first woman to run the Dalby co-op. That historic moment came after a decade of trying.")]
    [InlineData("The chef marked her historic win of a third national title with a street party.")]
    public void Does_not_flag_historic_tied_to_a_stated_record(string text) =>
        Assert.Empty(Flagged("RH2002", text));

    [Theory]
    [InlineData("It was a historic night for the town and its people.", "historic night")]
    [InlineData("It was a historic night. For the first time in history, the town came together.", "historic night")]
    [InlineData("The deal is historic. Talks will resume in the first week of May.", "historic")]
    public void Flags_historic_with_no_bounded_record_beside_it(string text, string expected) =>
        Assert.Contains(expected, Flagged("RH2002", text));
}
