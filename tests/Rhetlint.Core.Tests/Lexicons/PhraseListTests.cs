using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Markup;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Tests.Lexicons;

/// <summary>
/// The phrase lookups rules use instead of scanning a whole list: they must find what a scan in list order finds.
/// </summary>
public sealed class PhraseListTests
{
    private static ImmutableArray<Token> Tokens(string text) => ProseParser.Parse(PlainTextReader.Read(SourceText.From(text))).Tokens;

    private static PhraseList List(params string[] phrases) => PhraseList.From(phrases.Select(p => p.Split(' ').Select(Token.Normalize).ToArray()));

    private static int IndexOf(ImmutableArray<Token> tokens, string word) => tokens.IndexOf(tokens.First(t => t.Norm == word));

    private static List<string> Matches(PhraseList list, ImmutableArray<Token> tokens, int start)
    {
        var found = new List<string>();
        foreach (var position in list.PositionsOfMatchesAt(tokens, start, tokens.Length)) found.Add(string.Join(' ', list.Phrases[position]));
        return found;
    }

    [Fact]
    public void Phrases_sharing_a_first_word_are_found_in_list_order_not_by_length()
    {
        var list = List("rogue", "harbor master", "rogue state actor", "rogue state");
        var tokens = Tokens("Tovia called the port a rogue state actor today.");
        Assert.Equal(["rogue", "rogue state actor", "rogue state"], Matches(list, tokens, IndexOf(tokens, "rogue")));
        Assert.Equal("rogue", string.Join(' ', list.FirstPhraseAt(tokens, IndexOf(tokens, "rogue"), tokens.Length)!));
    }

    [Fact]
    public void The_longest_phrase_wins_whatever_the_list_order()
    {
        var list = List("cold snap", "cold snap warning", "cold");
        var tokens = Tokens("The cold snap warning came late in Velmar.");
        Assert.Equal(3, list.LongestAt(tokens, IndexOf(tokens, "cold"), tokens.Length));
    }

    [Fact]
    public void A_phrase_does_not_run_past_the_limit()
    {
        var list = List("market crash", "market");
        var tokens = Tokens("Traders in Ossen fear a market crash soon.");
        var start = IndexOf(tokens, "market");
        Assert.Equal(["market crash", "market"], Matches(list, tokens, start));
        Assert.Equal(["market"], list.FirstPhraseAt(tokens, start, start + 1)!);
        Assert.Equal(-1, list.FirstAt(tokens, start, start));
    }

    [Fact]
    public void A_hyphenated_word_is_one_word_of_a_phrase()
    {
        var list = List("long-term decline", "long-term");
        var tokens = Tokens("Brannock faces a long-term decline in tourism.");
        Assert.Equal(["long-term decline", "long-term"], Matches(list, tokens, IndexOf(tokens, "long-term")));
    }

    [Fact]
    public void A_phrase_starting_with_an_enclitic_matches_inside_a_contraction_in_list_order()
    {
        // "'s" phrases are listed between two phrases on "it's": the merge keeps that order.
        var list = List("it's clear", "'s bent on", "it's");
        var tokens = Tokens("Everyone in Corvale says it's bent on winning.");
        Assert.Equal(["'s bent on", "it's"], Matches(list, tokens, IndexOf(tokens, "it's")));
        Assert.Equal(3, list.LongestAt(tokens, IndexOf(tokens, "it's"), tokens.Length));
    }

    [Fact]
    public void A_word_is_contained_when_a_one_word_phrase_is_it_or_its_enclitic()
    {
        var list = List("harvest", "harvest moon", "'s", "drought warning");
        var tokens = Tokens("The harvest in Pellow failed and it's a drought year.");
        Assert.True(list.ContainsWord(tokens[IndexOf(tokens, "harvest")]));
        Assert.True(list.ContainsWord(tokens[IndexOf(tokens, "it's")]));
        // Only the first word of a longer phrase: "drought" alone is no entry.
        Assert.False(list.ContainsWord(tokens[IndexOf(tokens, "drought")]));
        Assert.False(list.ContainsWord(tokens[IndexOf(tokens, "pellow")]));
    }

    [Fact]
    public void A_phrase_read_backwards_ends_right_before_the_word_and_the_longest_wins()
    {
        var list = List("another", "yet another", "the next");
        var tokens = Tokens("Critics in Ardell call it yet another Ravensfield.");
        var name = IndexOf(tokens, "ravensfield");
        Assert.Equal(["yet", "another"], list.LongestEndingAt(tokens, name, 0)!);
        // The floor cuts the longer phrase off; one word earlier nothing ends there.
        Assert.Equal(["another"], list.LongestEndingAt(tokens, name, name - 1)!);
        Assert.Null(list.LongestEndingAt(tokens, name - 1, 0));
    }

    [Fact]
    public void A_phrase_read_backwards_may_start_inside_a_contraction()
    {
        var list = List("'s like", "like");
        var tokens = Tokens("In Ardell it's like Ravensfield again.");
        var name = IndexOf(tokens, "ravensfield");
        Assert.Equal(["'s", "like"], list.LongestEndingAt(tokens, name, 0)!);
        // "much like" is no entry: only the one-word phrase ends at the name.
        var near = Tokens("In Ardell much like Ravensfield again.");
        Assert.Equal(["like"], list.LongestEndingAt(near, IndexOf(near, "ravensfield"), 0)!);
    }

    [Theory]
    [InlineData("hedges")]
    [InlineData("work_nouns")]
    public void A_loaded_lexicon_holds_each_line_split_into_normalized_words(string name) =>
        Assert.Equal(
            LexiconStore.Engine.Lines(name).Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Token.Normalize).ToArray()),
            PhraseList.Load(LexiconStore.Engine, name).Phrases);
}
