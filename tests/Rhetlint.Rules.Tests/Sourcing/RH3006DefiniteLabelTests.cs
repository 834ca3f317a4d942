using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Sourcing;

/// <summary>A naming participle in the perfect with "the" and a lower-case label hands on someone's label.</summary>
public class RH3006DefiniteLabelTests
{
    [Theory]
    [InlineData("The revival has already been called the comeback of the season.", "has already been called")]
    [InlineData("The festival lineup has been dubbed the weakest in a decade.", "has been dubbed")]
    public void Flags_a_label_given_by_nobody(string text, string span) =>
        Assert.Equal([span], Flagged("RH3006", text));

    [Theory]
    [InlineData("The stadium has been called Arena North since the sponsor paid for the naming rights in 2019.")]
    [InlineData("The clause has been called the Harbor Clause since the treaty was signed.")]
    [InlineData("The process is called the carbon cycle.")]
    [InlineData("Critics have dubbed the lineup the weakest in a decade.")]
    public void Does_not_flag_a_name_a_term_or_a_named_labeller(string text) =>
        Assert.Empty(Flagged("RH3006", text));
}
