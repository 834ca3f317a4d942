using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Markup;
using static Rhetlint.Core.Lexicons.Inflections;

namespace Rhetlint.Core.Tests.Lexicons;

public sealed class LemmaPhrasesTests
{
    private static string[] Expanded(string entry, PartOfSpeech head) => [.. LemmaPhrases.Expand(entry, head).Select(words => string.Join(' ', words))];

    [Fact]
    public void Sequences_come_in_slot_order_with_the_first_slot_varying_slowest() =>
        Assert.Equal(["harbour pilot", "harbour pilots", "river pilot", "river pilots"], Expanded("harbour|river pilot", PartOfSpeech.Noun));

    [Fact]
    public void A_sequence_written_twice_is_kept_once_however_many_an_entry_makes()
    {
        // Few sequences are compared pair by pair, many through a set: both keep the first of equal ones.
        Assert.Equal(["lantern", "lanterns"], Expanded("lantern|lantern", PartOfSpeech.Noun));
        var many = Expanded("be (quite|quite) keen on", PartOfSpeech.Verb);
        Assert.Equal(many.Distinct().Count(), many.Length);
        Assert.Equal(Expanded("be (quite) keen on", PartOfSpeech.Verb), many);
    }

    [Theory]
    [InlineData("covet", "covets")]
    [InlineData("covet", "coveted")]
    [InlineData("covet", "coveting")]
    [InlineData("be bent on", "is bent on")]
    [InlineData("be bent on", "were bent on")]
    [InlineData("be bent on", "'s bent on")]
    [InlineData("be bent on", "has been bent on")]
    [InlineData("be bent on", "had been bent on")]
    [InlineData("seek to destroy|dominate", "sought to dominate")]
    [InlineData("seek to destroy|dominate", "seeking to destroy")]
    [InlineData("want|aim to crush", "aims to crush")]
    [InlineData("be (only|just) waiting for an excuse to", "are just waiting for an excuse to")]
    [InlineData("be (only|just) waiting for an excuse to", "is waiting for an excuse to")]
    [InlineData("seek (nothing less than) the destruction of", "seeks nothing less than the destruction of")]
    [InlineData("seek (nothing less than) the destruction of", "seeks the destruction of")]
    [InlineData("only *understand force", "only understands force")]
    public void A_verb_phrase_is_expanded_on_its_verb(string entry, string form) =>
        Assert.Contains(form, Expanded(entry, PartOfSpeech.Verb));

    [Theory]
    [InlineData("sleeper cell", "sleeper cells")]
    [InlineData("crisis", "crises")]
    [InlineData("*way of life", "ways of life")]
    [InlineData("power cut", "power cut")]
    public void A_noun_phrase_is_expanded_on_its_head(string entry, string form) =>
        Assert.Contains(form, Expanded(entry, PartOfSpeech.Noun));

    [Theory]
    [InlineData("only *understand force", "understands force")]
    [InlineData("only *understand force", "onlies understand force")]
    [InlineData("seek (nothing less than) the destruction of", "seeks less than the destruction of")]
    [InlineData("sleeper cell", "sleepers cell")]
    [InlineData("be bent on", "bent on")]
    public void Only_the_head_is_inflected_and_a_group_is_left_out_whole(string entry, string form) =>
        Assert.DoesNotContain(form, Expanded(entry, entry.StartsWith("sleeper", StringComparison.Ordinal) ? PartOfSpeech.Noun : PartOfSpeech.Verb));

    [Theory]
    [InlineData("It's bent on ruin.", 3)]
    [InlineData("They're bent on ruin.", 3)]
    [InlineData("It is bent on ruin.", 0)]
    public void A_phrase_of_be_matches_its_enclitic_at_the_word_it_leans_on(string text, int length)
    {
        var tokens = Linter.BuildModel("test.txt", SourceText.From(text), DocumentFormat.PlainText).Tokens;
        var phrases = PhraseList.From(LemmaPhrases.Expand("be bent on", PartOfSpeech.Verb));
        Assert.Equal(length, phrases.LongestAt(tokens, 0, tokens.Length));
    }

    [Fact]
    public void A_contraction_is_told_from_a_negation() =>
        Assert.Equal([true, true, false, false],
            Linter.BuildModel("test.txt", SourceText.From("it's they're don't Kestria"), DocumentFormat.PlainText).Tokens.Select(PhraseList.IsContracted));
}
