namespace Rhetlint.Packs.Tests;

public sealed class ExistenceRuleTests : IDisposable
{
    private readonly TempPack _pack = new();

    public void Dispose() => _pack.Dispose();

    private RulePack Rule(string body) => _pack.Write("rule.yaml", "id: HG101\nkind: existence\nmessage: \"Avoid '{match}'\"\n" + body
        + "examples:\n  flag: [x]\n  pass: [y]\n").Load();

    [Fact]
    public void Phrases_match_whole_tokens_case_insensitively_by_default()
    {
        var pack = Rule("phrases: [bombshell, perfect storm]\n");
        Assert.Equal(["Bombshell", "perfect storm"], TempPack.Flagged(pack, "Bombshell report lands. It was a perfect storm. Bombshells aside, calm."));
    }

    [Fact]
    public void Ignore_case_false_compares_the_written_case()
    {
        var pack = Rule("ignore_case: false\nphrases: [Harbor Times]\n");
        Assert.Equal(["Harbor Times"], TempPack.Flagged(pack, "The Harbor Times ran it. The harbor times were long."));
    }

    [Fact]
    public void Inflect_matches_every_form_of_each_word()
    {
        var pack = Rule("inflect: true\nphrases: [send shockwaves]\n");
        Assert.Equal(["sent shockwaves", "sends shockwaves", "sending shockwaves"],
            TempPack.Flagged(pack, "The vote sent shockwaves. Each vote sends shockwaves. It keeps sending shockwaves."));
        Assert.Empty(TempPack.Flagged(Rule("phrases: [send shockwaves]\n"), "The vote sent shockwaves."));
    }

    [Fact]
    public void The_longest_phrase_wins_and_the_message_names_the_match()
    {
        var pack = Rule("phrases: [game, game changer]\n");
        var finding = Assert.Single(TempPack.Lint(pack, "The port deal is a game changer."));
        Assert.Equal("Avoid 'game changer'", finding.Message);
    }

    [Fact]
    public void A_regex_runs_over_each_sentence()
    {
        var pack = Rule("regex: '\\b(?:un)?named sources?\\b'\n");
        Assert.Equal(["unnamed sources", "named source"], TempPack.Flagged(pack, "Two unnamed sources confirmed it. One named source denied it."));
    }

    [Fact]
    public void A_catastrophic_backtracking_regex_runs_in_linear_time()
    {
        // (a+)+$ against many a's and a final b takes exponential time on a backtracking engine: the test would hang.
        var pack = Rule("regex: '(a+)+$'\n");
        var text = new string('a', 40_000) + "b.";
        Assert.Empty(TempPack.Flagged(pack, text));
        var regex = Assert.IsType<Matching.RegexMatcher>(((PackRuleAnalyzer)pack.Analyzers[0]).Rule.Matcher);
        Assert.NotNull(regex);
    }

    [Fact]
    public void By_default_only_the_writers_own_words_count()
    {
        var pack = Rule("phrases: [bombshell]\n");
        Assert.Empty(TempPack.Flagged(pack, "\"It was a bombshell,\" said Ilse Brandt."));
        Assert.Equal(["bombshell"], TempPack.Flagged(pack, "It was a bombshell for the Varn council."));
    }

    [Fact]
    public void Voice_any_also_flags_quoted_words()
    {
        var pack = Rule("voice: any\nphrases: [bombshell]\n");
        Assert.Equal(["bombshell"], TempPack.Flagged(pack, "\"It was a bombshell,\" said Ilse Brandt."));
    }

    [Fact]
    public void Unless_negated_and_unless_hedged_excuse_a_match()
    {
        var negated = Rule("unless: negated\nphrases: [a crisis]\n");
        Assert.Empty(TempPack.Flagged(negated, "The shortage is not a crisis."));
        Assert.Equal(["a crisis"], TempPack.Flagged(negated, "The shortage is a crisis."));
        var hedged = Rule("unless: hedged\nphrases: [a crisis]\n");
        Assert.Empty(TempPack.Flagged(hedged, "The shortage may become a crisis."));
    }

    [Fact]
    public void Unless_evidence_within_next_sentence_reads_the_engines_evidence()
    {
        var pack = Rule("unless: evidence within next sentence\nphrases: [soared]\n");
        Assert.Empty(TempPack.Flagged(pack, "Ferry fares soared this spring. The port authority's March report puts the rise at 34 percent."));
        Assert.Equal(["soared"], TempPack.Flagged(pack, "Ferry fares soared this spring. Commuters noticed."));
    }
}
