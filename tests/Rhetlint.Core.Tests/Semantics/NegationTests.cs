using System.Collections.Frozen;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Markup;
using Rhetlint.Core.Semantics;

namespace Rhetlint.Core.Tests.Semantics;

/// <summary>The one reading of a negation word at a position, and of a negated auxiliary.</summary>
public class NegationTests
{
    [Theory]
    [InlineData("not", true)]
    [InlineData("never", true)]
    [InlineData("n't", false)]
    [InlineData("no", false)]
    [InlineData("won't", false)]
    [InlineData("now", false)]
    [InlineData("note", false)]
    public void IsAdverb_reads_not_and_never_only(string norm, bool expected) => Assert.Equal(expected, Negation.IsAdverb(norm));

    [Theory]
    [InlineData("n't", true)]
    [InlineData("not", true)]
    [InlineData("won't", false)]
    public void IsAdverb_with_clitic_also_reads_a_bare_nt(string norm, bool expected) => Assert.Equal(expected, Negation.IsAdverb(norm, clitic: true));

    [Theory]
    [InlineData("won't", true)]
    [InlineData("isn't", true)]
    [InlineData("mightn't", true)]
    [InlineData("n't", true)]
    [InlineData("cannot", false)]
    [InlineData("not", false)]
    [InlineData("nt", false)]
    public void IsContraction_reads_a_normalized_nt_ending(string norm, bool expected) => Assert.Equal(expected, Negation.IsContraction(norm));

    [Theory]
    [InlineData("cannot", true)]
    [InlineData("can't", true)]
    [InlineData("doesn't", true)]
    [InlineData("can", false)]
    [InlineData("not", false)]
    [InlineData("never", false)]
    public void IsNegatedAuxiliary_reads_one_token_negated_auxiliaries(string norm, bool expected) => Assert.Equal(expected, Negation.IsNegatedAuxiliary(norm));

    [Theory]
    [InlineData("not", false, false, true)]
    [InlineData("never", false, false, true)]
    [InlineData("hasn't", false, false, true)]
    [InlineData("no", false, false, false)]
    [InlineData("no", true, false, true)]
    [InlineData("nobody", true, false, false)]
    [InlineData("nobody", true, true, true)]
    [InlineData("nothing", false, true, true)]
    [InlineData("none", true, true, false)]
    [InlineData("hardly", true, true, false)]
    [InlineData("know", true, true, false)]
    public void IsWord_reach_is_named(string norm, bool determiner, bool pronouns, bool expected) =>
        Assert.Equal(expected, Negation.IsWord(norm, determiner, pronouns));

    [Fact]
    public void Every_accepted_form_is_a_single_word_negation_cue()
    {
        var cues = LexiconStore.Engine.Lines("negation_cues").ToHashSet(StringComparer.Ordinal);
        string[] accepted = ["not", "never", "n't", "no", "nobody", "nothing", "cannot"];
        foreach (var word in accepted)
        {
            Assert.True(Negation.IsWord(word, determiner: true, pronouns: true) || Negation.IsNegatedAuxiliary(word), word);
            Assert.Contains(word, cues);
        }
    }

    private static readonly FrozenSet<string> WillCan = FrozenSet.ToFrozenSet(["will", "can"], StringComparer.Ordinal);

    /// <summary>The index after the negated auxiliary at the first token whose text is <paramref name="word"/>, as a word offset from it.</summary>
    private static int? AfterAuxiliary(string text, string word)
    {
        var model = Linter.BuildModel("test.txt", SourceText.From(text), DocumentFormat.PlainText);
        var tokens = model.Tokens;
        var i = Enumerable.Range(0, tokens.Length).First(k => tokens[k].Text == word);
        return Negation.AfterAuxiliary(tokens, i, tokens.Length, WillCan) - i;
    }

    [Theory]
    [InlineData("The orchard will not recover this spring.", "will", 2)]
    [InlineData("Our ferry can never run on time.", "can", 2)]
    public void AfterAuxiliary_ends_after_the_negation(string text, string word, int expected) => Assert.Equal(expected, AfterAuxiliary(text, word));

    [Theory]
    // One-token negated auxiliaries are the caller's to read.
    [InlineData("The orchard won't recover this spring.", "won't")]
    // An auxiliary outside the set.
    [InlineData("The orchard may not recover this spring.", "may")]
    // No negation after it.
    [InlineData("The orchard will surely recover this spring.", "will")]
    [InlineData("The orchard will now recover.", "will")]
    // The negation must follow at once.
    [InlineData("The orchard will probably not recover.", "will")]
    // The sentence ends at the auxiliary.
    [InlineData("I know it will", "will")]
    public void AfterAuxiliary_refuses_other_forms(string text, string word) => Assert.Null(AfterAuxiliary(text, word));
}
