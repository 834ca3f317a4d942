using Rhetlint.Core.Lexicons;

namespace Rhetlint.Core.Tests.Lexicons;

public sealed class CompactWordMapTests
{
    [Fact]
    public void The_first_value_added_for_a_word_stays()
    {
        var map = new CompactWordMap(expectedWords: 4, expectedBytes: 32);
        Assert.True(map.TryAdd("ferrier", 1));
        Assert.False(map.TryAdd("ferrier", 2));
        Assert.True(map.TryGetValue("ferrier", out var value));
        Assert.Equal(1, value);
        Assert.False(map.TryGetValue("ferriers", out _));
        Assert.False(map.TryGetValue("ferrie", out _));
    }

    [Fact]
    public void A_map_grows_past_the_words_it_expected()
    {
        var map = new CompactWordMap(expectedWords: 1, expectedBytes: 1);
        for (var i = 0; i < 500; i++) Assert.True(map.TryAdd($"tollkeeper{i}", (byte)(i % 7)));
        Assert.Equal(500, map.Count);
        for (var i = 0; i < 500; i++)
        {
            Assert.True(map.TryGetValue($"tollkeeper{i}", out var value));
            Assert.Equal(i % 7, value);
        }
    }

    [Fact]
    public void A_word_beyond_ascii_is_held_as_written()
    {
        var map = new CompactWordMap(expectedWords: 2, expectedBytes: 16);
        map.TryAdd("attaché", 3);
        Assert.True(map.TryGetValue("attaché", out _));
        Assert.False(map.TryGetValue("attache", out _));
    }

    [Fact]
    public void A_word_longer_than_a_map_holds_is_never_held()
    {
        var map = new CompactWordMap(expectedWords: 2, expectedBytes: 16);
        var longWord = new string('w', CompactWordMap.MaxBytes + 1);
        Assert.False(map.TryAdd(longWord, 1));
        Assert.False(map.TryGetValue(longWord, out _));
        Assert.Equal(0, map.Count);
    }
}
