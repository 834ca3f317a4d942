using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Markup;

namespace Rhetlint.Rules.Tests;

/// <summary>The "Fixable" tag `rules --format json` reports must match what the rules do.</summary>
public class FixableTagTests
{
    /// <summary>The "> " example lines of every rule page, which are our own sentences that the rules flag.</summary>
    private static IEnumerable<string> DocumentedExamples()
    {
        var docs = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "docs", "rules");
        return Directory.GetFiles(docs, "*.md").SelectMany(File.ReadLines).Where(l => l.StartsWith("> ", StringComparison.Ordinal)).Select(l => l[2..]);
    }

    [Fact]
    public void A_rule_that_offers_an_applicable_rewrite_is_tagged_fixable()
    {
        var linter = new Linter(BuiltInRules.CreateDriver(BuiltInRules.All.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id)));
        var applicable = DocumentedExamples()
            .SelectMany(text => linter.Lint("example.txt", SourceText.From(text), DocumentFormat.PlainText))
            .Where(f => f.Rewrites.Any(r => r.Applicability != Applicability.DisplayOnly))
            .ToArray();
        Assert.NotEmpty(applicable);
        Assert.Empty(applicable.Where(f => !f.Diagnostic.Descriptor.CustomTags.Contains(RuleCategories.FixableTag)).Select(f => f.Id).Distinct());
    }
}
