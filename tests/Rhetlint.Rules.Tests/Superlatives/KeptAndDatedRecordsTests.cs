using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Superlatives;

/// <summary>Session 47: a record shown by a kept file its keeper can produce, and one dated by "since", is a checkable record.</summary>
public class KeptAndDatedRecordsTests
{
    [Theory]
    [InlineData("No player on the squad has missed a penalty in three seasons, the league's match records show.")]
    [InlineData("No patient on the ward has caught the infection in two years, the hospital's infection logs show.")]
    [InlineData("The parish council has never once missed a meeting in five years, its minutes show.")]
    [InlineData("The ferry has never once been cancelled since it began sailing in 1987.")]
    [InlineData("The bakery has never once closed on a weekday since it opened in 1958.")]
    [InlineData("The tide gauge has never failed since it was installed in 1961.")]
    public void RH2005_leaves_kept_and_dated_records_alone(string text) =>
        Assert.Empty(Flagged("RH2005", text));

    [Theory]
    [InlineData("The parish council has never once listened to its residents.", "has never once listened")]
    [InlineData("No one at the ministry has visited a farm in years.", "No one at the ministry has visited")]
    [InlineData("No one at the ministry has visited a farm in years, records show.", "No one at the ministry has visited")]
    [InlineData("The ferry has never once been on time since it opened.", "has never once been on")]
    [InlineData("The tide gauge has never failed since it was installed.", "has never failed")]
    public void RH2005_still_flags_undated_and_unsourced_records(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH2005", text));
}
