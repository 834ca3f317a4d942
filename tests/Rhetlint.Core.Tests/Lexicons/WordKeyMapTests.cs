using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Tests.Lexicons;

/// <summary>A word-key map finds every word it holds, by a token or by the word, and nothing else.</summary>
public sealed class WordKeyMapTests
{
    private static Token Word(string text) => Token.Create(TokenKind.Word, default, text);

    [Fact]
    public void Every_word_of_a_large_lexicon_is_found_with_its_value_and_the_others_are_not()
    {
        var words = LexiconStore.Engine.Lines("common_words").Select(Token.Normalize).Distinct(StringComparer.Ordinal).ToArray();
        var members = words.Where((_, i) => i % 2 == 0).ToArray();
        var map = new WordKeyMap<int>(members.Select((word, i) => KeyValuePair.Create(word, i)).ToArray());
        Assert.Equal(members.Length, map.Count);
        for (var i = 0; i < members.Length; i++)
        {
            Assert.True(map.TryGetValue(Word(members[i]), out var value), members[i]);
            Assert.Equal(i, value);
        }
        Assert.All(words.Where((_, i) => i % 2 == 1), word =>
        {
            Assert.False(map.ContainsKey(Word(word)), word);
            Assert.False(map.ContainsKey(word), word);
        });
    }

    [Fact]
    public void A_word_listed_twice_keeps_its_first_value()
    {
        var map = new WordKeyMap<string>([KeyValuePair.Create("harbour", "first"), KeyValuePair.Create("harbour", "second")]);
        Assert.Equal(1, map.Count);
        Assert.Equal("first", map.GetValueOrDefault("harbour"));
    }

    [Fact]
    public void A_token_is_found_by_its_normalized_word_whatever_its_case_and_apostrophe()
    {
        var map = new WordKeyMap<bool>([KeyValuePair.Create("harbour's", true)]);
        Assert.True(map.ContainsKey(Word("HARBOUR\u2019S")));
        Assert.False(map.ContainsKey(Word("harbours")));
        Assert.False(new WordKeyMap<bool>([]).ContainsKey(Word("harbour")));
    }

    [Fact]
    public void A_token_copied_with_another_word_has_that_words_key()
    {
        var token = new Token(TokenKind.Word, new TextSpan(0, 9), "Harbour's", "harbour's");
        var bare = token with { Norm = "harbour" };
        Assert.Equal(WordKeyMap.KeyOf("harbour"), bare.WordKey);
        Assert.True(new WordKeyMap<bool>([KeyValuePair.Create("harbour", true)]).ContainsKey(bare));
        Assert.Equal(token, new Token(TokenKind.Word, new TextSpan(0, 9), "Harbour's", "harbour's"));
    }

    [Fact]
    public void A_word_spelled_in_a_buffer_is_found_as_its_string_is()
    {
        var map = new WordKeyMap<int>([KeyValuePair.Create("harbour", 7), KeyValuePair.Create("", 1)]);
        Assert.True(map.TryGetValue("harbours".AsSpan(0, 7), out var value));
        Assert.Equal(7, value);
        Assert.False(map.TryGetValue("harbours".AsSpan(), out _));
        Assert.True(map.TryGetValue(ReadOnlySpan<char>.Empty, out value));
        Assert.Equal(1, value);
        Assert.False(new WordKeyMap<int>([]).TryGetValue("harbour".AsSpan(), out _));
    }
}
