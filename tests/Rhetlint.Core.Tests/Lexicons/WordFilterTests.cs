using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Tests.Lexicons;

/// <summary>A word filter never turns a member away, and turns most other words away.</summary>
public sealed class WordFilterTests
{
    [Fact]
    public void Every_member_may_be_contained_and_most_other_words_are_not()
    {
        var words = LexiconStore.Engine.Lines("common_words").Select(Token.Normalize).ToHashSet(StringComparer.Ordinal);
        var members = words.Where((_, i) => i % 2 == 0).ToArray();
        var filter = new WordFilter(members);
        Assert.All(members, word => Assert.True(filter.MayContain(word), word));
        // The other half of the lexicon: real words, not members. The filter only saves work if it says no to most.
        var others = words.Where((_, i) => i % 2 == 1).ToArray();
        Assert.True(others.Count(filter.MayContain) < others.Length / 10);
    }

    [Fact]
    public void An_empty_filter_contains_nothing_and_an_empty_word_only_when_a_member()
    {
        Assert.False(new WordFilter([]).MayContain("harbour"));
        Assert.False(new WordFilter([]).MayContain(""));
        Assert.True(new WordFilter(["", "'s"]).MayContain(""));
        Assert.True(new WordFilter(["", "'s"]).MayContain("'s"));
    }
}
