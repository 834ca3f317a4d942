using System.Text.RegularExpressions;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Markup;
using Rhetlint.Tests.Shared;
using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests;

/// <summary>
/// Each rule's documentation is its one source: the committed pages in docs/rules are what it generates, and its
/// drafts do what the page says — every Example is flagged, on exactly its marked words, and no Use instead is, with
/// only that rule reported. To accept changed pages, run with <c>RHETLINT_UPDATE_GOLDEN=1</c> and read the diff.
/// </summary>
public class RuleDocumentationTests
{
    private static readonly Dictionary<string, RuleDocumentation> Documented =
        BuiltInRules.All.Where(r => r.Documentation is not null).Select(r => r.Documentation!)
            .Concat(EngineDescriptors.Documentation)
            .ToDictionary(d => d.Descriptor.Id, StringComparer.Ordinal);

    public static TheoryData<string> Ids => [.. Documented.Keys.Order(StringComparer.Ordinal)];

    public static TheoryData<string, int> Examples => Drafts(d => d.Examples);

    public static TheoryData<string, int> UseInsteads => Drafts(d => d.UseInstead);

    [Theory]
    [MemberData(nameof(Ids))]
    public void The_committed_page_is_the_one_its_documentation_generates(string id) =>
        GoldenFile.AssertMatches(Repository.PathOf("docs", "rules", id + ".md"), BuiltInRules.Pages[id]);

    [Fact]
    public void Every_page_in_docs_rules_is_generated()
    {
        var pages = Directory.GetFiles(Repository.PathOf("docs", "rules"), "*.md").Select(Path.GetFileNameWithoutExtension);
        Assert.All(pages, id => Assert.True(BuiltInRules.Pages.ContainsKey(id!), $"docs/rules/{id}.md has no rule documentation to generate it"));
    }

    [Fact]
    public void Every_rule_and_engine_diagnostic_is_documented()
    {
        Assert.All(BuiltInRules.CreateDriver().Descriptors, d => Assert.True(Documented.ContainsKey(d.Id), $"{d.Id} has no documentation"));
        foreach (var rule in BuiltInRules.All)
        {
            var documentation = rule.Documentation;
            Assert.NotNull(documentation);
            Assert.Contains(documentation.Descriptor, rule.SupportedDiagnostics);
            Assert.NotEmpty(documentation.Examples);
            Assert.True(documentation.UseInstead.Length > 0, $"{documentation.Descriptor.Id} shows no draft to use instead");
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void The_page_is_for_writers_and_names_no_source_file_or_word_list(string id)
    {
        // The page is what the editor's hover links to: contributors find the rule by its id in src/ and its lists in rules/lexicons/.
        // A file pattern the user writes ("`*.rule.cs`") has no folder or underscore in it.
        Assert.DoesNotMatch(new Regex(@"`[^`\n]*[/_][^`\n]*\.(?:cs|txt|py)`"), BuiltInRules.Pages[id]);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void An_example_is_flagged_alone_on_exactly_its_marked_words(string id, int index)
    {
        var (text, marked) = RuleDocumentation.Unmark(Documented[id].Examples[index]);
        Assert.NotEmpty(marked);
        Assert.Equal([.. marked.Select(span => text[span.Start..span.End])], FlaggedAlone(id, text, DocumentFormat.Markdown));
    }

    [Theory]
    [MemberData(nameof(UseInsteads))]
    public void A_use_instead_is_not_flagged_alone(string id, int index)
    {
        var draft = Documented[id].UseInstead[index];
        Assert.DoesNotContain("[[", draft, StringComparison.Ordinal);
        Assert.Empty(FlaggedAlone(id, draft, DocumentFormat.Markdown));
    }

    private static TheoryData<string, int> Drafts(Func<RuleDocumentation, IReadOnlyList<string>> drafts)
    {
        var data = new TheoryData<string, int>();
        foreach (var (id, documentation) in Documented.OrderBy(d => d.Key, StringComparer.Ordinal))
            for (var i = 0; i < drafts(documentation).Count; i++) data.Add(id, i);
        return data;
    }
}
