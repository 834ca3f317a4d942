using System.Text.RegularExpressions;
using Rhetlint.Core.Analysis;

namespace Rhetlint.Rules.Tests;

public class RuleRegistryTests
{
    [Fact]
    public void Every_rule_has_a_documentation_page_its_help_uri_points_to()
    {
        foreach (var descriptor in BuiltInRules.CreateDriver().Descriptors)
        {
            Assert.True(File.Exists(Repository.PathOf("docs", "rules", descriptor.Id + ".md")), $"docs/rules/{descriptor.Id}.md is missing");
            Assert.Equal(RuleCategories.HelpUri(descriptor.Id), descriptor.HelpLinkUri);
        }
    }

    [Fact]
    public void Every_rule_option_is_documented_under_options_on_its_rule_page()
    {
        foreach (var option in BuiltInRules.CreateDriver().Options)
        {
            var page = File.ReadAllText(Repository.PathOf("docs", "rules", option.RuleId + ".md"));
            var options = page.IndexOf("\n## Options\n", StringComparison.Ordinal);
            Assert.True(options >= 0, $"docs/rules/{option.RuleId}.md has no '## Options' section");
            var section = page[options..];
            var next = section.IndexOf("\n## ", 4, StringComparison.Ordinal);
            Assert.Contains($"`{option.Key}`", next < 0 ? section : section[..next]);
        }
    }

    [Fact]
    public void Rule_ids_are_unique_and_follow_the_family_scheme()
    {
        var descriptors = BuiltInRules.CreateDriver().Descriptors;
        Assert.Equal(descriptors.Length, descriptors.Select(d => d.Id).Distinct().Count());
        foreach (var d in descriptors)
        {
            Assert.Matches("^RH[0-49][0-9]{3}$", d.Id);
            var expected = d.Id[2] switch
            {
                '0' => RuleCategories.Engine,
                '1' => RuleCategories.ThreatInflation,
                '2' => RuleCategories.Superlatives,
                '3' => RuleCategories.Sourcing,
                _ => RuleCategories.Hedging,
            };
            Assert.Equal(expected, d.Category);
        }
    }

    /// <summary>Rules never call each other's code: what two rules share lives in a helper named by what it judges.</summary>
    [Fact]
    public void No_rule_file_names_another_rules_class()
    {
        var rules = Repository.PathOf("src", "Rhetlint.Rules");
        var offenders = new List<string>();
        foreach (var file in Directory.EnumerateFiles(rules, "*.cs", SearchOption.AllDirectories))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            if (name == nameof(BuiltInRules)) continue;
            foreach (Match match in Regex.Matches(File.ReadAllText(file), @"\bRH[0-9]{4}[A-Z][A-Za-z]+\b"))
                if (match.Value != name) offenders.Add($"{Path.GetRelativePath(rules, file)}: {match.Value}");
        }
        Assert.Empty(offenders);
    }
}
