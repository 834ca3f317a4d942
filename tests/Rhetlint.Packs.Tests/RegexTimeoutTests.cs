using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Markup;
using Rhetlint.Packs.Matching;

namespace Rhetlint.Packs.Tests;

/// <summary>
/// A pack's regex runs on the linear engine with a match timeout; a sentence it times out on is that rule's RH0005,
/// not a silent gap in the check.
/// </summary>
public sealed class RegexTimeoutTests
{
    [Fact]
    public void Pack_regexes_run_on_the_linear_engine_with_a_one_second_match_timeout()
    {
        var (regex, error) = RegexMatcher.Compile("(a+)+$", ignoreCase: true);
        Assert.Null(error);
        Assert.Equal(TimeSpan.FromSeconds(1), regex!.MatchTimeout);
        Assert.True(regex.Options.HasFlag(RegexOptions.NonBacktracking));
    }

    [Fact]
    public void A_sentence_the_regex_times_out_on_is_reported_as_the_rule_failing_there()
    {
        // A timeout of one tick: any sentence of some length runs past it.
        var matcher = new RegexMatcher(new Regex("(a|b)*c", RegexOptions.NonBacktracking, TimeSpan.FromTicks(1)));
        var text = string.Concat(Enumerable.Repeat("ab ", 200_000)) + "c.\n";
        var model = Linter.BuildModel("draft.txt", SourceText.From(text), DocumentFormat.PlainText);

        Assert.Throws<RegexMatchTimeoutException>(() => matcher.Find(model, model.Syntax.Sentences[0]).ToList());
    }
}
