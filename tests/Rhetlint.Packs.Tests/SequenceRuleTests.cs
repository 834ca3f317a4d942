namespace Rhetlint.Packs.Tests;

public sealed class SequenceRuleTests : IDisposable
{
    private readonly TempPack _pack = new();

    public void Dispose() => _pack.Dispose();

    private RulePack Rule(string pattern) => _pack.Write("rule.yaml", "id: HG301\nkind: sequence\nmessage: \"'{match}'\"\npattern:\n" + pattern
        + "examples:\n  flag: [x]\n  pass: [y]\n").Load();

    [Fact]
    public void Words_and_word_classes_match_token_by_token()
    {
        var pack = Rule("  - word: [very, really]\n  - class: adjective\n");
        Assert.Equal(["very calm", "really tall"], TempPack.Flagged(pack, "The sea was very calm. The mast is really tall. It was very. Calm."));
    }

    [Fact]
    public void Not_excludes_tokens_inside_a_step()
    {
        var pack = Rule("  - word: very\n  - class: adjective\n    not:\n      word: [last, first]\n");
        Assert.Equal(["very calm"], TempPack.Flagged(pack, "It left at the very last minute. The sea was very calm."));
    }

    [Fact]
    public void A_step_with_only_not_takes_any_other_token()
    {
        var pack = Rule("  - word: the\n  - not:\n      class: adjective\n  - word: regime\n");
        Assert.Equal(["the Varn regime"], TempPack.Flagged(pack, "Critics of the Varn regime spoke. Critics of the old regime spoke."));
    }

    [Fact]
    public void Skip_allows_up_to_n_tokens_between_steps()
    {
        var pack = Rule("  - word: sources\n  - skip: 2\n  - word: said\n");
        Assert.Equal(["sources said", "sources close said"], TempPack.Flagged(pack, "Two sources said so. Other sources close to him said no. Other sources close said yes."));
        Assert.Equal(["sources close to him said"], TempPack.Flagged(Rule("  - word: sources\n  - skip: 3\n  - word: said\n"), "Other sources close to him said no."));
        Assert.Empty(TempPack.Flagged(Rule("  - word: sources\n  - skip: 1\n  - word: said\n"), "Other sources close to him said no."));
    }

    [Fact]
    public void An_optional_step_may_be_missing()
    {
        var pack = Rule("  - word: [a, an]\n  - class: adjective\n    optional: true\n  - word: source\n");
        Assert.Equal(["A source", "a senior source"], TempPack.Flagged(pack, "A source spoke. Later a senior source spoke."));
    }

    [Fact]
    public void Classes_reuse_the_engines_lexicons()
    {
        var superlative = Rule("  - class: superlative\n  - word: ever\n");
        Assert.Equal(["largest ever"], TempPack.Flagged(superlative, "It was the largest ever. The forest ever grew."));
        var number = Rule("  - class: number\n  - word: percent\n");
        Assert.Equal(["34 percent"], TempPack.Flagged(number, "Fares rose 34 percent."));
        var actor = Rule("  - class: actor\n  - word: regime\n");
        Assert.Equal(["Iran regime"], TempPack.Flagged(actor, "The Iran regime denied it. The Varn regime denied it."));
    }
}
