using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Config;

namespace Rhetlint.Core.Tests.Config;

public class GenreProfileTests
{
    private static DiagnosticDescriptor Rule(DiagnosticSeverity severity, params string[] tags) =>
        new("HS101", "title", "message", "Category", severity, isEnabledByDefault: true, customTags: tags);

    [Theory]
    [InlineData(DiagnosticSeverity.Info, DiagnosticSeverity.Info, DiagnosticSeverity.Warning)]
    [InlineData(DiagnosticSeverity.Warning, DiagnosticSeverity.Warning, DiagnosticSeverity.Warning)]
    [InlineData(DiagnosticSeverity.Warning, DiagnosticSeverity.Info, DiagnosticSeverity.Info)]
    public void News_raises_its_rules_to_a_warning_at_most_and_keeps_a_rules_own_softening(DiagnosticSeverity byDefault, DiagnosticSeverity reported, DiagnosticSeverity expected) =>
        Assert.Equal(expected, GenreProfile.News.Adjust(Rule(byDefault, RuleTags.RaisedInNews), reported));

    [Theory]
    [InlineData(DiagnosticSeverity.Info)]
    [InlineData(DiagnosticSeverity.Warning)]
    [InlineData(DiagnosticSeverity.Error)]
    public void News_leaves_an_untagged_rule_alone(DiagnosticSeverity severity) =>
        Assert.Equal(severity, GenreProfile.News.Adjust(Rule(severity, RuleTags.LoweredInOpinion), severity));

    [Theory]
    [InlineData(DiagnosticSeverity.Error, DiagnosticSeverity.Warning)]
    [InlineData(DiagnosticSeverity.Warning, DiagnosticSeverity.Info)]
    [InlineData(DiagnosticSeverity.Info, DiagnosticSeverity.Info)]
    public void Opinion_lowers_the_rules_tagged_for_it(DiagnosticSeverity severity, DiagnosticSeverity expected) =>
        Assert.Equal(expected, GenreProfile.Opinion.Adjust(Rule(severity, RuleTags.LoweredInOpinion), severity));

    [Theory]
    [InlineData(DiagnosticSeverity.Warning)]
    [InlineData(DiagnosticSeverity.Error)]
    public void Opinion_leaves_an_untagged_rule_alone(DiagnosticSeverity severity) =>
        Assert.Equal(severity, GenreProfile.Opinion.Adjust(Rule(severity, RuleTags.RaisedInNews), severity));

    [Fact]
    public void Opinion_turns_the_rules_tagged_off_in_opinion_off() =>
        Assert.Null(GenreProfile.Opinion.Adjust(Rule(DiagnosticSeverity.Info, RuleTags.OffInOpinion), DiagnosticSeverity.Info));

    [Fact]
    public void An_unknown_profile_name_is_an_error() =>
        Assert.Throws<ArgumentException>(() => GenreProfile.Named("blog"));
}
