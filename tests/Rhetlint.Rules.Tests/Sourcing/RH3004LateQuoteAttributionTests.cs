using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Sourcing;

public class RH3004LateQuoteAttributionTests
{
    [Theory]
    [InlineData("“The blockade is illegal. It breaks three treaties. We will challenge it,” said lawyer Nina Petrov.", "said lawyer Nina Petrov")]
    [InlineData("“The blockade is illegal. It breaks treaties. We will challenge it,” lawyer Nina Petrov said.", "lawyer Nina Petrov said")]
    [InlineData("“Taxes must rise,” Mayor Joan Ellis said. “That would ruin small shops,” said grocer Omar Haddad.", "said grocer Omar Haddad")]
    public void Flags_a_late_speaker_or_speakers_run_together(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH3004", text));

    [Theory]
    [InlineData("“The blockade is illegal,” said lawyer Nina Petrov. “It breaks three treaties.”")]
    [InlineData("“We will not retreat,” Brandt said.")]
    [InlineData("“The blockade is illegal. We will challenge it,” lawyer Nina Petrov said.")]
    [InlineData("Lawyer Nina Petrov said: “The blockade is illegal. It breaks three treaties. We will challenge it.”")]
    [InlineData("“Taxes must rise,” Mayor Joan Ellis said. “Nobody likes it,” she added.")]
    [InlineData("“Taxes must rise,” Mayor Joan Ellis said. “Nobody likes it,” Ellis added.")]
    [InlineData("The minister, Ilse Brandt, said the deal was “fair to the fleet”. Grocer Omar Haddad said it was “painful but expected”.")]
    [InlineData("“Taxes must rise,” Mayor Joan Ellis said.\n\n“That would ruin small shops,” said grocer Omar Haddad.")]
    [InlineData("“Taxes must rise,” Mayor Joan Ellis said. The council then adjourned. “That would ruin small shops,” said grocer Omar Haddad.")]
    public void Does_not_flag_a_prompt_single_speaker(string text) =>
        Assert.Empty(Flagged("RH3004", text));

    [Fact]
    public void Is_a_suggestion() =>
        Assert.Equal(DiagnosticSeverity.Info, SeverityOf("RH3004", "“The blockade is illegal. It breaks three treaties. We will sue,” said lawyer Nina Petrov."));

    [Fact]
    public void Names_a_pronoun_speaker_as_the_speaker() =>
        Assert.Equal("The speaker of this quotation is named only after 3 quoted sentences; name the speaker after the first one",
            Single("RH3004", "Petrov was blunt. “The blockade is illegal. It breaks three treaties. We will sue,” she said.").Message);

    [Fact]
    public void Moves_the_attribution_after_the_first_sentence()
    {
        const string text = "“The blockade is illegal. It breaks three treaties. We will challenge it,” said lawyer Nina Petrov.";
        var finding = Single("RH3004", text);
        Assert.Equal("The speaker of this quotation is named only after 3 quoted sentences; name lawyer Nina Petrov after the first one", finding.Message);
        var rewrite = Assert.Single(finding.Rewrites);
        Assert.Equal(Applicability.Unsafe, rewrite.Applicability);
        Assert.Equal("“The blockade is illegal,” said lawyer Nina Petrov. “It breaks three treaties. We will challenge it.”", Apply(text, rewrite));
    }

    [Fact]
    public void Splits_the_paragraph_where_the_speaker_changes()
    {
        const string text = "“Taxes must rise,” Mayor Joan Ellis said. “That would ruin small shops,” said grocer Omar Haddad.";
        var finding = Single("RH3004", text);
        Assert.Equal("Quotes from Mayor Joan Ellis and grocer Omar Haddad run together in one paragraph; start a new paragraph where the speaker changes", finding.Message);
        var rewrite = Assert.Single(finding.Rewrites);
        Assert.Equal(Applicability.Safe, rewrite.Applicability);
        Assert.Equal("“Taxes must rise,” Mayor Joan Ellis said.\n\n“That would ruin small shops,” said grocer Omar Haddad.", Apply(text, rewrite));
    }

    private static string Apply(string text, Rewrite rewrite)
    {
        foreach (var change in rewrite.Changes.OrderByDescending(c => c.Span.Start))
            text = text[..change.Span.Start] + change.NewText + text[change.Span.End..];
        return text;
    }
}
