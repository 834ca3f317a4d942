using Microsoft.CodeAnalysis;
using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.ThreatInflation;

public class RH1011CapabilityExaggerationTests
{
    [Theory]
    [InlineData("Varn's vast arsenal of hypersonic missiles can strike anywhere on the continent.", "Varn's vast arsenal of hypersonic missiles can strike anywhere")]
    [InlineData("Kestria's hackers are unstoppable.", "hackers are unstoppable")]
    [InlineData("Varn's missiles can now incinerate any Norvanian city at will.", "can now incinerate any Norvanian city at will")]
    [InlineData("The Kestrian army is ten feet tall in our newspapers.", "army is ten feet tall")]
    [InlineData("Kestria's hackers could shut down the grid whenever they like.", "could shut down the grid whenever they like")]
    public void Flags_an_inflated_capability(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH1011", text));

    [Theory]
    [InlineData("Varn fields about 40 hypersonic missiles, according to the 2024 Harlow Military Balance.")]
    [InlineData("The team's offense looked unstoppable after halftime.")]
    [InlineData("The vast army of volunteers cleaned every beach in the county.")]
    [InlineData("Varn's vast arsenal holds 300 drones and 40 missiles.")]
    [InlineData("Kestria's hackers are not unstoppable.")]
    [InlineData("The app can reach any user anywhere in seconds.")]
    [InlineData("“Kestria's hackers are unstoppable,” Brandt said on Monday.")]
    public void Does_not_flag_counted_ownerless_or_quoted_capabilities(string text) =>
        Assert.Empty(Flagged("RH1011", text));

    [Fact]
    public void Could_lowers_it_to_a_suggestion() =>
        Assert.Equal(DiagnosticSeverity.Info, SeverityOf("RH1011", "Kestria's hackers could shut down the grid whenever they like."));
}
