using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Markup;
using Rhetlint.Core.Syntax;
using static Rhetlint.Core.Lexicons.Inflections;

namespace Rhetlint.Core.Tests.Lexicons;

/// <summary>
/// A phrase list of lemma entries matches them as written, slot by slot, instead of expanding them (issue 18): it must
/// answer every lookup exactly as the list of their expanded sequences does.
/// </summary>
public sealed class LemmaPatternsTests
{
    private static readonly string[] VerbEntries =
    [
        "be (so|plainly) bent|hell-bent on ruining|wrecking",
        "(only) *understand|respect force",
        "seek (nothing less than) the ruin|wreck of",
        "want|aim to wreck",
        "stop at nothing (to)",
    ];

    private static ImmutableArray<Token> Tokens(string text) => Linter.BuildModel("test.txt", SourceText.From(text), DocumentFormat.PlainText).Tokens;

    /// <summary>The entries as a lemma list, and as a list of their expanded sequences (a plain list, so not matched as written).</summary>
    private static (PhraseList Lemmas, PhraseList Expanded) Lists(string[] entries, PartOfSpeech head) =>
        (PhraseList.From(LemmaPhrases.Patterns(entries, head)), PhraseList.From(entries.SelectMany(e => LemmaPhrases.Expand(e, head)).ToList()));

    [Theory]
    [InlineData("Corvane's plainly hell-bent on wrecking the harbour, and they're bent on ruining it too.", true)]
    [InlineData("The Ostrel council has been so bent on ruining the port that it understands only force.", true)]
    [InlineData("Its rivals only respect force; they seek nothing less than the wreck of Dunmore and will stop at nothing to win.", true)]
    [InlineData("They seek the ruin of Dunmore, aim to wreck it and wanted to wreck the pier.", true)]
    [InlineData("Veska is bent firmly on ruining nothing; it seeks less than the ruin.", false)]
    public void The_longest_phrase_at_every_token_and_limit_is_the_expanded_lists(string text, bool found)
    {
        var (lemmas, expanded) = Lists(VerbEntries, PartOfSpeech.Verb);
        var tokens = Tokens(text);
        Assert.Equal(found, lemmas.OccursIn(tokens, 0, tokens.Length));
        for (var start = -1; start <= tokens.Length; start++)
            for (var limit = Math.Max(start, 0); limit <= tokens.Length; limit++)
                Assert.Equal(expanded.LongestAt(tokens, start, limit), lemmas.LongestAt(tokens, start, limit));
        for (var from = 0; from < tokens.Length; from++)
            Assert.Equal(expanded.OccursIn(tokens, from, tokens.Length), lemmas.OccursIn(tokens, from, tokens.Length));
    }

    /// <summary>
    /// Entries are read by the word after the token (issue 18): a second word from a choice of two words, from a slot
    /// after optional ones, after an enclitic, or none at all when the entry also has the word alone.
    /// </summary>
    [Theory]
    [InlineData("In the end the Tarrow mill is certain to ruin us, and it's quietly certain to wreck the weir.")]
    [InlineData("They've long quietly waited; they have waited, and the Pell syndicate has long waited for the weir.")]
    [InlineData("Wait. Brannoch waits, ruin waits, the end is certain, and has it long?")]
    public void Entries_read_by_their_second_word_answer_as_the_expanded_lists(string text)
    {
        string[] entries = ["(in the end) be|seem certain to ruin|wreck", "have (long) (quietly) wait", "wait (for the weir)", "ruin"];
        var (lemmas, expanded) = Lists(entries, PartOfSpeech.Verb);
        var tokens = Tokens(text);
        for (var start = -1; start <= tokens.Length; start++)
            for (var limit = Math.Max(start, 0); limit <= tokens.Length; limit++)
                Assert.Equal(expanded.LongestAt(tokens, start, limit), lemmas.LongestAt(tokens, start, limit));
    }

    [Fact]
    public void A_one_word_phrase_is_found_as_the_expanded_lists_and_only_then()
    {
        var entries = new[] { "(only) tremor|quake", "harbour (wall)", "dark *storm front" };
        var (lemmas, expanded) = Lists(entries, PartOfSpeech.Noun);
        foreach (var token in Tokens("Only tremors shook the harbour wall and harbours; a dark storm fronts nothing, quake."))
            Assert.Equal(expanded.ContainsWord(token), lemmas.ContainsWord(token));
        Assert.Equal([true, true, false, true, false], Tokens("quakes harbour wall tremor only").Select(lemmas.ContainsWord));
    }

    [Fact]
    public void Its_phrases_and_their_positions_are_the_expanded_lists()
    {
        var (lemmas, expanded) = Lists(VerbEntries, PartOfSpeech.Verb);
        Assert.Equal(expanded.Phrases, lemmas.Phrases);
        var tokens = Tokens("They're bent on ruining Dunmore and they seek the ruin of its pier.");
        for (var start = 0; start < tokens.Length; start++)
        {
            int[] want = [.. expanded.PositionsOfMatchesAt(tokens, start, tokens.Length)], got = [.. lemmas.PositionsOfMatchesAt(tokens, start, tokens.Length)];
            Assert.Equal(want, got);
            Assert.Equal(expanded.LongestEndingAt(tokens, start, 0), lemmas.LongestEndingAt(tokens, start, 0));
        }
    }
}
