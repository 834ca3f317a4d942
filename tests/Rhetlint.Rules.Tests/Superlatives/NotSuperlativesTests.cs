namespace Rhetlint.Rules.Tests.Superlatives;

/// <summary>
/// Runs every superlative rule over words that only end like superlatives ("forest", "honest", "almost",
/// "compound interest", "forest fire"): the list is generated from WordNet and SCOWL by tools/gen_adjective_forms.py.
/// </summary>
public class NotSuperlativesTests
{
    private static readonly string[] Words = [.. File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Superlatives", "not_superlatives.txt"))
        .Where(line => line.Length > 0 && line[0] != '#')];

    /// <summary>A frame in which a real superlative is flagged (checked below), so silence means the word was read right.</summary>
    private const string RankFrame = "The harbor plan is the {0} idea in the capital.";

    [Fact]
    public void The_generated_list_holds_the_look_alikes_an_editor_expects()
    {
        Assert.True(Words.Length >= 900, $"only {Words.Length} words");
        string[] expected = ["forest", "honest", "interest", "modest", "harvest", "request", "almost", "utmost", "earnest", "priest"];
        Assert.Empty(expected.Except(Words));
    }

    [Fact]
    public void The_rank_frame_flags_a_real_superlative() =>
        Assert.NotEmpty(RuleHarness.Flagged("RH2001", string.Format(RankFrame, "biggest")));

    [Fact]
    public void No_superlative_rule_flags_a_look_alike_mid_sentence() =>
        AssertNoSuperlativeFindings(word => string.Format(RankFrame, word));

    [Fact]
    public void No_superlative_rule_flags_a_look_alike_opening_a_sentence() =>
        AssertNoSuperlativeFindings(word => $"{char.ToUpperInvariant(word[0])}{word[1..]} is the word on every list.");

    private static void AssertNoSuperlativeFindings(Func<string, string> frame)
    {
        // One paragraph per word, so a finding's position names the word that caused it.
        var paragraphs = Words.Select(frame).ToArray();
        var text = string.Join("\n\n", paragraphs);
        var flagged = RuleHarness.Lint(text)
            .Where(f => f.Id.StartsWith("RH2", StringComparison.Ordinal))
            .Select(f => $"{f.Id}: {text.Substring(f.Span.Start, f.Span.Length)}")
            .ToArray();
        Assert.Empty(flagged);
    }
}
