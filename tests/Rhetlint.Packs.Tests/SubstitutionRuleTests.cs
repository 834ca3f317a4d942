using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;

namespace Rhetlint.Packs.Tests;

public sealed class SubstitutionRuleTests : IDisposable
{
    private readonly TempPack _pack = new();

    public void Dispose() => _pack.Dispose();

    private RulePack Rule(string body) => _pack.Write("rule.yaml", "id: HG201\nkind: substitution\nmessage: \"Write '{replacement}', not '{match}'\"\n" + body
        + "swap:\n  utilize: use\n  in order to: to\nexamples:\n  flag: [x]\n  pass: [y]\n").Load();

    [Fact]
    public void Each_phrase_gets_its_replacement_as_a_rewrite()
    {
        var pack = Rule("");
        var finding = Assert.Single(TempPack.Lint(pack, "Crews utilize the north pier."));
        Assert.Equal("Write 'use', not 'utilize'", finding.Message);
        var rewrite = Assert.Single(finding.Rewrites);
        Assert.Equal(Applicability.Unsafe, rewrite.Applicability);
        Assert.Equal("Crews use the north pier.", SourceText.From("Crews utilize the north pier.").WithChanges(rewrite.Changes).ToString());
    }

    [Fact]
    public void The_replacement_takes_the_case_of_what_it_replaces()
    {
        var pack = Rule("applicability: safe\n");
        var text = "In order to vote, UTILIZE the form.";
        var changes = TempPack.Lint(pack, text).SelectMany(f => f.Rewrites[0].Changes);
        Assert.Equal("To vote, USE the form.", SourceText.From(text).WithChanges(changes).ToString());
        Assert.All(TempPack.Lint(pack, text), f => Assert.Equal(Applicability.Safe, f.Rewrites[0].Applicability));
    }

    [Fact]
    public void A_fixable_substitution_says_so_in_its_descriptor()
    {
        Assert.Contains(RuleCategories.FixableTag, Rule("").Analyzers[0].SupportedDiagnostics[0].CustomTags);
        Assert.DoesNotContain(RuleCategories.FixableTag, Rule("applicability: display-only\n").Analyzers[0].SupportedDiagnostics[0].CustomTags);
    }
}
