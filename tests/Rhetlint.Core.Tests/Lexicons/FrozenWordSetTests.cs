using System.Collections.Frozen;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Tests.Lexicons;

/// <summary>A word set answers a token as it answers the token's word, and an exact set as a frozen ordinal set does.</summary>
public sealed class FrozenWordSetTests
{
    private static Token Word(string text) => Token.Create(TokenKind.Word, default, text);

    [Fact]
    public void A_token_is_held_exactly_when_its_normalized_word_is()
    {
        var words = LexiconStore.Engine.Lines("common_words").Select(Token.Normalize).Distinct(StringComparer.Ordinal).ToArray();
        var set = words.Where((_, i) => i % 3 == 0).ToFrozenWordSet();
        Assert.All(words, word => Assert.Equal(set.Contains(word), set.Contains(Word(word))));
        Assert.Equal((words.Length + 2) / 3, set.Count);
        Assert.True(set.Contains(Word(words[0].ToUpperInvariant())));
        Assert.False(set.Contains(Word(words[1])));
    }

    [Fact]
    public void An_exact_set_answers_every_string_as_an_ordinal_frozen_set_does()
    {
        string[] members = ["U.S.", "harbour", "it's", "a few", ""];
        var exact = members.ToFrozenWordSet();
        var frozen = members.ToFrozenSet(StringComparer.Ordinal);
        string[] asked = ["U.S.", "u.s.", "harbour", "Harbour", "it's", "it\u2019s", "a few", "a", "", "harbours"];
        Assert.All(asked, word => Assert.Equal(frozen.Contains(word), exact.Contains(word)));
        Assert.Equal(members, exact);
    }

    [Fact]
    public void Lexicon_entries_are_held_in_their_normalized_spelling()
    {
        var set = new FrozenWordSet(["Harbour", "IT\u2019S", "harbour"]);
        Assert.True(set.Contains("harbour"));
        Assert.True(set.Contains(Word("it's")));
        Assert.False(set.Contains("Harbour"));
        Assert.Equal(["harbour", "it's"], set);
    }

    [Fact]
    public void A_token_copied_with_another_word_is_asked_by_that_word()
    {
        var token = new Token(TokenKind.Word, new TextSpan(0, 9), "Harbour's", "harbour's");
        var set = new[] { "harbour" }.ToFrozenWordSet();
        Assert.False(set.Contains(token));
        Assert.True(set.Contains(token with { Norm = "harbour" }));
    }
}
