using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Config;
using Rhetlint.Core.Markup;

namespace Rhetlint.Rules.Tests;

/// <summary>Suppression comments in Markdown: each directive, their problems, and their precedence over configuration.</summary>
public class SuppressionDirectiveTests
{
    private const string Superlative = "Orbita is the greatest launch company on the planet.";
    private const string VagueSource = "Critics say the harbor plan is reckless.";

    private static string[] Ids(string markdown, DocumentOptions? options = null)
    {
        var linter = new Linter(BuiltInRules.CreateDriver());
        var model = Linter.BuildModel("draft.md", SourceText.From(markdown), DocumentFormat.Markdown);
        return [.. linter.Driver.Analyze(model, options ?? DocumentOptions.Default).Select(f => f.Id)];
    }

    [Fact]
    public void Disable_and_enable_bracket_a_region_for_the_ids_they_name()
    {
        var ids = Ids($"<!-- rhetlint-disable RH2001 -- the council's own ranking -->\n\n{Superlative}\n\n<!-- rhetlint-enable RH2001 -->\n\n{Superlative}\n");
        Assert.Equal(["RH2001"], ids);
    }

    [Fact]
    public void Disable_without_ids_silences_every_rule_to_the_end_of_the_file() =>
        Assert.Empty(Ids($"<!-- rhetlint-disable -->\n\n{Superlative} {VagueSource}\n"));

    [Fact]
    public void Ignore_covers_only_the_next_block()
    {
        var ids = Ids($"<!-- rhetlint-ignore RH3001 -->\n\n{VagueSource}\n\n{VagueSource}\n");
        Assert.Equal(["RH3001"], ids);
    }

    [Fact]
    public void Disable_file_covers_the_whole_file_wherever_it_stands() =>
        Assert.DoesNotContain("RH2001", Ids($"{Superlative}\n\n<!-- rhetlint-disable-file RH2001 -->\n"));

    [Fact]
    public void A_directive_that_suppresses_nothing_is_reported() =>
        Assert.Equal(["RH0003"], Ids("<!-- rhetlint-ignore RH2001 -->\n\nThe council approved the budget on Tuesday.\n"));

    [Theory]
    [InlineData("<!-- rhetlint-enable RH2001 -->\n\nThe council met on Tuesday.\n")]
    [InlineData("<!-- rhetlint-disable RH2010 -->\n\nThe council met on Tuesday.\n")]
    public void An_unmatched_enable_or_an_unknown_id_is_a_malformed_directive(string markdown) =>
        Assert.Contains("RH0004", Ids(markdown));

    [Fact]
    public void A_directive_inside_code_is_text_not_a_directive() =>
        Assert.Equal(["RH2001"], Ids($"`<!-- rhetlint-disable -->`\n\n{Superlative}\n"));

    [Fact]
    public void A_suppression_beats_a_severity_setting()
    {
        var errorForRH2001 = DocumentOptions.Default with
        {
            SeverityById = ImmutableDictionary<string, ReportDiagnostic>.Empty.Add("RH2001", ReportDiagnostic.Error),
        };
        Assert.Empty(Ids($"<!-- rhetlint-ignore RH2001 -->\n\n{Superlative}\n", errorForRH2001));
    }

    [Fact]
    public void Suppressed_findings_can_be_had_with_the_comment_that_silenced_them()
    {
        var markdown = $"<!-- rhetlint-disable RH2001 -- the council's own ranking -->\n\n{Superlative}\n\n<!-- rhetlint-enable RH2001 -->\n\n" +
            $"<!-- rhetlint-ignore RH3001 -->\n\n{VagueSource}\n";
        var driver = BuiltInRules.CreateDriver();
        var model = Linter.BuildModel("draft.md", SourceText.From(markdown), DocumentFormat.Markdown);

        var all = driver.AnalyzeIncludingSuppressed(model, DocumentOptions.Default);

        Assert.Empty(driver.Analyze(model, DocumentOptions.Default));
        var ranking = Assert.Single(all, f => f.Id == "RH2001").Suppression!;
        Assert.Equal("rhetlint-disable", ranking.Directive);
        Assert.Equal("the council's own ranking", ranking.Justification);
        Assert.StartsWith("<!-- rhetlint-disable RH2001", markdown[ranking.Comment.Start..]);
        var critics = Assert.Single(all, f => f.Id == "RH3001").Suppression!;
        Assert.Equal("rhetlint-ignore", critics.Directive);
        Assert.Null(critics.Justification);
    }
}
