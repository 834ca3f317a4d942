using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Tests.Lexicons;

/// <summary>A word table holds what a set of the lexicon's lines, trimmed and normalized, holds.</summary>
public sealed class WordTableTests
{
    [Fact]
    public void Holds_each_entry_trimmed_and_normalized_and_nothing_else()
    {
        var table = WordTable.FromText("# a comment line\n\n  lantern  \r\nQuarry\nhalf-moon\r\nKeeper\u2019s\n");
        Assert.Equal(4, table.Count);
        Assert.True(table.Contains("lantern"));
        Assert.True(table.Contains("quarry"));
        Assert.True(table.Contains("half-moon"));
        Assert.True(table.Contains("keeper's"));
        // Near misses: a prefix, a longer word, the comment, the un-normalized spelling, the empty word.
        Assert.False(table.Contains("lant"));
        Assert.False(table.Contains("lanterns"));
        Assert.False(table.Contains("# a comment line"));
        Assert.False(table.Contains("Quarry"));
        Assert.False(table.Contains(""));
    }

    [Fact]
    public void A_repeated_entry_counts_once() => Assert.Equal(2, WordTable.FromText("tide\ntide\nTIDE\nshore").Count);

    [Fact]
    public void Holds_each_lines_first_word_when_asked()
    {
        var table = WordTable.FromText("# ridge heights\nsteep steeper steepest\n  mild  \n", firstWord: true);
        Assert.Equal(2, table.Count);
        Assert.True(table.Contains("steep"));
        Assert.True(table.Contains("mild"));
        Assert.False(table.Contains("steeper"));
        Assert.False(table.Contains("steep steeper steepest"));
    }

    [Fact]
    public void An_entry_beyond_ascii_is_normalized_like_any_other()
    {
        // The lines are read as bytes: a byte order mark is skipped, a line beyond ASCII is decoded and normalized,
        // and one that normalizes to an ASCII entry already there ("harbour’s") is the same entry.
        var table = WordTable.FromUtf8([.. "\uFEFFCafé\n\u00A0pier\u00A0\nharbour's\nHarbour\u2019s\n"u8]);
        Assert.Equal(3, table.Count);
        Assert.True(table.Contains("café"));
        Assert.True(table.Contains("pier"));
        Assert.True(table.Contains("harbour's"));
        Assert.False(table.Contains("cafe"));
        Assert.False(table.Contains("Café"));
        Assert.False(table.Contains("harbour\u2019s"));
    }

    [Fact]
    public void An_entry_too_long_for_a_slot_is_held_all_the_same()
    {
        // A slot keeps an entry's length in eight bits: a longer line is held beside the slots, and its prefixes stay out.
        var longWord = string.Concat(Enumerable.Repeat("breakwater", 30));
        var table = WordTable.FromText($"jetty\n{longWord.ToUpperInvariant()}\n{longWord}\nslipway\n");
        Assert.Equal(3, table.Count);
        Assert.True(table.Contains(longWord));
        Assert.True(table.Contains("jetty"));
        Assert.True(table.Contains("slipway"));
        Assert.False(table.Contains(longWord.AsSpan(0, 256)));
        Assert.False(table.Contains(longWord.AsSpan(0, longWord.Length - 256)));
    }

    [Fact]
    public void Agrees_with_the_shipped_lexicon_read_line_by_line()
    {
        var lines = LexiconStore.Engine.Lines("common_words").Select(Token.Normalize).ToHashSet(StringComparer.Ordinal);
        var table = WordTable.Load(LexiconStore.Engine, "common_words");
        Assert.Equal(lines.Count, table.Count);
        Assert.All(lines, word => Assert.True(table.Contains(word), word));
        // Words of the lexicon with a letter more or fewer that the list does not have stay out.
        foreach (var word in lines.Take(2000))
        {
            if (!lines.Contains(word + "q")) Assert.False(table.Contains(word + "q"));
            if (word.Length > 1 && !lines.Contains(word[..^1])) Assert.False(table.Contains(word.AsSpan(0, word.Length - 1)));
        }
    }
}
