using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Sourcing;

public class RH3008MissingQuoteProvenanceTests
{
    [Theory]
    [InlineData("Columnist Ray Dunn has written that “Kestria only understands force.”", "Columnist Ray Dunn has written")]
    [InlineData("As the historian Lena Moss once put it, “Empires die of overconfidence.”", "the historian Lena Moss")]
    [InlineData("Ilse Brandt famously declared that the border was sacred.", "Ilse Brandt famously declared")]
    public void Flags_a_quote_from_outside_the_event_with_no_provenance(string text, string expected)
    {
        Assert.Equal([expected], Flagged("RH3008", text));
        Assert.Equal(DiagnosticSeverity.Info, SeverityOf("RH3008", text));
    }

    [Theory]
    [InlineData("Columnist Ray Dunn has written in the Harbor Gazette that “Kestria only understands force.”")]
    [InlineData("Columnist Ray Dunn wrote that “Kestria only understands force.”")]
    [InlineData("Ray Dunn has said that the port should be sold.")]
    [InlineData("“We will not retreat,” Brandt told reporters in the capital on Tuesday.")]
    [InlineData("In a 2019 speech, Lena Moss once put it bluntly: “Empires die of overconfidence.”")]
    [InlineData("Ray Dunn has long argued that the port should be sold. He made the case in his column last spring.")]
    [InlineData("Ilse Brandt said the border was sacred.")]
    [InlineData("A columnist once wrote that the port should be sold.")]
    // Habitual use has no single occasion to cite.
    [InlineData("Ray Dunn has long argued that the port should be sold.")]
    [InlineData("The levy was part of what the Governor has long called a “fair share.”")]
    // "put it" without "as" reports the occasion at hand.
    [InlineData("The institute's director, Dr. Ines Varga, put it bluntly: “Our warning system is thinner than ever.”")]
    public void Does_not_flag_a_dated_placed_or_current_quote(string text) =>
        Assert.Empty(Flagged("RH3008", text));

    [Fact]
    public void Offers_a_display_only_insertion_after_the_cue()
    {
        const string text = "Columnist Ray Dunn once wrote that the port should be sold.";
        var rewrite = Assert.Single(Single("RH3008", text).Rewrites);
        Assert.Equal(Applicability.DisplayOnly, rewrite.Applicability);
        var change = Assert.Single(rewrite.Changes);
        Assert.Equal(text.IndexOf("wrote") + "wrote".Length, change.Span.Start);
        Assert.Equal(" in [outlet or occasion] on [date]", change.NewText);
    }
}
