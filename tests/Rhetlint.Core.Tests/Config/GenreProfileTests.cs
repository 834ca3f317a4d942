using Microsoft.CodeAnalysis;
using Rhetlint.Core.Config;

namespace Rhetlint.Core.Tests.Config;

public class GenreProfileTests
{
    private static DiagnosticDescriptor Rule(string id, DiagnosticSeverity severity) =>
        new(id, "title", "message", "Category", severity, isEnabledByDefault: true);

    [Theory]
    [InlineData("RH2005", DiagnosticSeverity.Info, DiagnosticSeverity.Info, DiagnosticSeverity.Warning)]
    [InlineData("RH2001", DiagnosticSeverity.Warning, DiagnosticSeverity.Warning, DiagnosticSeverity.Warning)]
    [InlineData("RH2001", DiagnosticSeverity.Warning, DiagnosticSeverity.Info, DiagnosticSeverity.Info)]
    [InlineData("RH3001", DiagnosticSeverity.Warning, DiagnosticSeverity.Warning, DiagnosticSeverity.Warning)]
    public void News_raises_its_rules_to_a_warning_at_most_and_keeps_a_rules_own_softening(string id, DiagnosticSeverity byDefault, DiagnosticSeverity reported, DiagnosticSeverity expected) =>
        Assert.Equal(expected, GenreProfile.News.Adjust(Rule(id, byDefault), reported));

    [Theory]
    [InlineData("RH1001", DiagnosticSeverity.Warning, DiagnosticSeverity.Info)]
    [InlineData("RH2001", DiagnosticSeverity.Warning, DiagnosticSeverity.Info)]
    [InlineData("RH2003", DiagnosticSeverity.Info, DiagnosticSeverity.Info)]
    [InlineData("RH1004", DiagnosticSeverity.Warning, DiagnosticSeverity.Warning)]
    [InlineData("RH1005", DiagnosticSeverity.Warning, DiagnosticSeverity.Warning)]
    [InlineData("RH3003", DiagnosticSeverity.Error, DiagnosticSeverity.Error)]
    public void Opinion_lowers_threat_and_superlative_rules_but_not_intent_labels_or_sourcing(string id, DiagnosticSeverity severity, DiagnosticSeverity expected) =>
        Assert.Equal(expected, GenreProfile.Opinion.Adjust(Rule(id, severity), severity));

    [Fact]
    public void Opinion_turns_editorializing_adverbs_off() =>
        Assert.Null(GenreProfile.Opinion.Adjust(Rule("RH4005", DiagnosticSeverity.Info), DiagnosticSeverity.Info));

    [Fact]
    public void An_unknown_profile_name_is_an_error() =>
        Assert.Throws<ArgumentException>(() => GenreProfile.Named("blog"));
}
