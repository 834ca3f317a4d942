using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Fixes;

namespace Rhetlint.Core.Tests.Fixes;

public class FixerTests
{
    private const Applicability Safe = Applicability.Safe;
    private const Applicability Unsafe = Applicability.Unsafe;
    private const Applicability DisplayOnly = Applicability.DisplayOnly;

    private static FixResult Fix(string text, Applicability least, params RhetoricAnalyzer[] rules) =>
        Fixer.Run(SourceText.From(text), PhraseRule.Analyzer(rules), least);

    [Fact]
    public void Safe_rewrites_are_applied_and_unsafe_ones_only_on_request()
    {
        PhraseRule[] rules = [new("TEST1", "harbour", ("harbor", Safe)), new("TEST2", "clearly ", ("", Unsafe))];
        const string draft = "The harbour board clearly lied.";

        var safe = Fix(draft, Safe, rules);
        Assert.Equal("The harbor board clearly lied.", safe.Fixed.ToString());
        Assert.Equal(1, safe.FixedCount);
        Assert.Equal("TEST2", Assert.Single(safe.Remaining).Id);

        var both = Fix(draft, Unsafe, rules);
        Assert.Equal("The harbor board lied.", both.Fixed.ToString());
        Assert.Equal(2, both.FixedCount);
        Assert.Empty(both.Remaining);
        Assert.True(both.Settled);
    }

    [Fact]
    public void Display_only_rewrites_are_never_applied()
    {
        var result = Fix("The legendary ferry sailed.", Unsafe, new PhraseRule("TEST1", "legendary", ("[the record that earns the praise]", DisplayOnly)));
        Assert.Equal("The legendary ferry sailed.", result.Fixed.ToString());
        Assert.Empty(result.Passes);
        Assert.Single(result.Remaining);
    }

    [Fact]
    public void Only_the_first_applicable_rewrite_of_a_finding_is_used()
    {
        // A template comes first (skipped: never applicable), then two candidates: the first one that may be applied wins.
        var rule = new PhraseRule("TEST1", "harbour", ("[port]", DisplayOnly), ("port", Unsafe), ("harbor", Safe));
        Assert.Equal("The harbor closed.", Fix("The harbour closed.", Safe, rule).Fixed.ToString());
        Assert.Equal("The port closed.", Fix("The harbour closed.", Unsafe, rule).Fixed.ToString());
    }

    [Fact]
    public void Overlapping_rewrites_are_taken_by_position_and_the_dropped_one_comes_back_next_pass()
    {
        // TEST2's span starts later and overlaps TEST1's: TEST1 goes first; once "very big" is "big", TEST2 rewrites it.
        var result = Fix("A very big ferry.", Safe, new PhraseRule("TEST2", "big", ("large", Safe)), new PhraseRule("TEST1", "very big", ("big", Safe)));
        Assert.Equal("A large ferry.", result.Fixed.ToString());
        Assert.Equal(["TEST1", "TEST2"], result.Passes.Select(p => Assert.Single(p.Edits).RuleId));
    }

    [Fact]
    public void Rewrites_of_the_same_span_are_taken_by_rule_id()
    {
        var result = Fix("The harbour closed.", Safe, new PhraseRule("TEST2", "harbour", ("port", Safe)), new PhraseRule("TEST1", "harbour", ("harbor", Safe)));
        Assert.Equal("The harbor closed.", result.Fixed.ToString());
        // The same rules in the other order give the same text.
        var swapped = Fix("The harbour closed.", Safe, new PhraseRule("TEST1", "harbour", ("harbor", Safe)), new PhraseRule("TEST2", "harbour", ("port", Safe)));
        Assert.Equal(result.Fixed.ToString(), swapped.Fixed.ToString());
    }

    [Fact]
    public void Rewrites_that_never_settle_stop_after_the_bound_and_name_their_rules()
    {
        // Each pass turns "harbour" into "harbor" and back: the rules undo each other.
        var result = Fix("The harbour closed.", Safe, new PhraseRule("TEST1", "harbour", ("harbor", Safe)), new PhraseRule("TEST2", "harbor ", ("harbour ", Safe)));
        Assert.False(result.Settled);
        Assert.Equal(Fixer.MaxPasses, result.Passes.Length);
        Assert.Equal<string>(["TEST1", "TEST2"], result.UnsettledRules);
    }

    [Fact]
    public void A_rule_whose_rewrite_triggers_itself_does_not_loop()
    {
        var result = Fixer.Run(SourceText.From("Wait."), PhraseRule.Analyzer(new PhraseRule("TEST1", ".", ("!.", Safe))), Safe, maxPasses: 3);
        Assert.False(result.Settled);
        Assert.Equal("Wait!!!.", result.Fixed.ToString());
        Assert.Equal<string>(["TEST1"], result.UnsettledRules);
    }

    [Fact]
    public void A_rewrite_that_changes_nothing_is_not_applied()
    {
        var result = Fix("The harbor closed.", Safe, new PhraseRule("TEST1", "harbor", ("harbor", Safe)));
        Assert.True(result.Settled);
        Assert.Empty(result.Passes);
    }

    [Fact]
    public void Rewrites_that_cannot_be_applied_as_they_stand_are_left_out()
    {
        var text = SourceText.From("One.\r\nTwo 😀.");
        var finding = FindingWith(text, new TextSpan(0, 3));
        Assert.Null(FixPlanner.Prepare(text, finding, Rewrite(new TextChange(new TextSpan(5, 0), "x"))));          // inside CRLF
        Assert.Null(FixPlanner.Prepare(text, finding, Rewrite(new TextChange(new TextSpan(11, 1), ""))));         // half an emoji
        Assert.Null(FixPlanner.Prepare(text, finding, Rewrite(new TextChange(new TextSpan(12, 9), ""))));         // past the end
        Assert.Null(FixPlanner.Prepare(text, finding, Rewrite(new TextChange(new TextSpan(0, 3), "Uno"), new TextChange(new TextSpan(1, 1), "x"))));
        Assert.NotNull(FixPlanner.Prepare(text, finding, Rewrite(new TextChange(new TextSpan(10, 2), ""))));      // the whole emoji
    }

    [Fact]
    public void A_rewrite_applies_all_of_its_changes_or_none()
    {
        var text = SourceText.From("The “experts” met.");
        var quotes = FindingWith(text, new TextSpan(4, 9));
        var word = FindingWith(text, new TextSpan(5, 7));
        var removeQuotes = quotes with { Rewrites = [Rewrite(new TextChange(new TextSpan(4, 1), ""), new TextChange(new TextSpan(12, 1), ""))] };
        var replaceWord = word with { Rewrites = [Rewrite(new TextChange(new TextSpan(5, 7), "analysts"))] };

        // The quote marks start first and are taken; the word does not conflict with them and is taken too.
        Assert.Equal("The analysts met.", TextEdits.Apply(text, FixPlanner.Choose(text, [replaceWord, removeQuotes], Safe).SelectMany(e => e.Changes)).ToString());
        // A rewrite that conflicts with one of the other's changes is dropped whole.
        var closingAndWord = word with { Rewrites = [Rewrite(new TextChange(new TextSpan(12, 1), "’"), new TextChange(new TextSpan(5, 7), "analysts"))] };
        var chosen = FixPlanner.Choose(text, [closingAndWord, removeQuotes], Safe);
        Assert.Same(removeQuotes, Assert.Single(chosen).Finding);
    }

    private static Rewrite Rewrite(params TextChange[] changes) => new("test", [.. changes], Safe);

    private static readonly DiagnosticDescriptor TestRule = new("TEST1", "t", "m", RuleCategories.HouseStyle, DiagnosticSeverity.Warning, true);

    private static Finding FindingWith(SourceText text, TextSpan span) =>
        new(Diagnostic.Create(TestRule, Location.Create("draft.txt", span, text.Lines.GetLinePositionSpan(span))), ImmutableArray<Rewrite>.Empty);
}
