using Rhetlint.Core.Lexicons;
using Rhetlint.Core.Markup;
using Rhetlint.Core.Syntax;
using Microsoft.CodeAnalysis.Text;
using static Rhetlint.Core.Tests.Syntax.SyntaxTestHelpers;

namespace Rhetlint.Core.Tests.Syntax;

public class SentenceSplitterTests
{
    [Fact]
    public void Splits_at_terminators_before_capitals()
    {
        Assert.Equal(new[] { "Varn voted.", "Kestria did not!", "Why?", "Nobody knows…", "It ended." },
            Sentences("Varn voted. Kestria did not! Why? Nobody knows… It ended."));
    }

    /// <summary>A list flattened into one line (real-text sample, issue 17): a dash or a bullet after a terminator opens the next item.</summary>
    [Theory]
    [InlineData("Who won the vote? - The pollster ranked them.", "Who won the vote?", "- The pollster ranked them.")]
    [InlineData("Which grid plan do you back? * Varn Solar * Tolmin Wind", "Which grid plan do you back?", "* Varn Solar * Tolmin Wind")]
    [InlineData("Prices rose. — Markets fell.", "Prices rose.", "— Markets fell.")]
    public void A_dash_or_bullet_before_a_capital_opens_a_sentence(string text, string first, string second) =>
        Assert.Equal(new[] { first, second }, Sentences(text));

    [Theory]
    [InlineData("The rate rose 3.5 - 4 percent in May.")]
    [InlineData("“Why now?” — Ilse Brandt")]
    public void A_dash_that_does_not_follow_a_terminator_or_follows_a_quote_does_not_split(string text) =>
        Assert.Equal(new[] { text }, Sentences(text));

    [Fact]
    public void Titles_months_and_times_do_not_end_a_sentence()
    {
        const string text = "Dr. Brandt arrived at 3 p.m. on Jan. 5. She left.";
        Assert.Equal(new[] { "Dr. Brandt arrived at 3 p.m. on Jan. 5.", "She left." }, Sentences(text));
    }

    [Theory]
    [InlineData("Mr. Varn and Mrs. Osk met Sen. Ilse Brandt and Gov. Moss.")]
    [InlineData("Prof. Brandt, Rep. Osk, Gen. Lind, Lt. Col. Harrow and Sgt. Pell agreed.")]
    [InlineData("Rev. Hale of St. Agnes and Martin Pell Jr. spoke.")]
    [InlineData("It happened on Feb. 2, Aug. 9, Sept. 14, Oct. 1, Nov. 3 and Dec. 24.")]
    [InlineData("Varn Inc. and Kestria Corp. signed with Osk Co. and Pell Ltd. in secret.")]
    [InlineData("Item No. 7 vs. item No. 8 is moot, e.g. Varn, i.e. Kestria, etc. and more.")]
    [InlineData("She earned a Ph.D. at 9 a.m. Monday.")]
    [InlineData("She moved from Salem, Ore. To her, Calif. Was next.")]
    [InlineData("The U.S. Senate and the U.K. Parliament met the U.N. Council and E.U. Commission.")]
    [InlineData("Brandt et al. Found the same.")]
    public void Abbreviations_do_not_end_a_sentence(string text) => Assert.Equal(new[] { text }, Sentences(text));

    [Theory]
    [InlineData("She works for Varn Inc. The firm is small.", "She works for Varn Inc.", "The firm is small.")]
    [InlineData("He landed in the U.S. The talks began.", "He landed in the U.S.", "The talks began.")]
    [InlineData("We met at 5 p.m. But nobody came.", "We met at 5 p.m.", "But nobody came.")]
    [InlineData("The stall opens at 11 p.m. Most of its dishes are cheap.", "The stall opens at 11 p.m.", "Most of its dishes are cheap.")]
    [InlineData("The ferry leaves at 6 a.m. Everyone on board pays cash.", "The ferry leaves at 6 a.m.", "Everyone on board pays cash.")]
    [InlineData("She lives in Salem, Ore. It rains.", "She lives in Salem, Ore.", "It rains.")]
    [InlineData("“No. It is not,” she said.", "“No.", "It is not,” she said.")]
    [InlineData("They chose Plan B. The vote failed.", "They chose Plan B.", "The vote failed.")]
    public void Sentence_final_abbreviations_end_before_a_common_starter(string text, string first, string second) =>
        Assert.Equal(new[] { first, second }, Sentences(text));

    [Fact]
    public void Sentence_starters_and_final_abbreviations_come_from_the_lexicon()
    {
        Assert.Contains("The", LexiconStore.Engine.Lines("sentence_starters"));
        var all = LexiconStore.Engine.Lines("abbreviations");
        Assert.All(LexiconStore.Engine.Lines("sentence_final_abbreviations"), a => Assert.Contains(a, all));
    }

    [Theory]
    [InlineData("J. R. Moss and A. Varn wrote it.")]
    [InlineData("The J.R.R. Osk essay was long.")]
    public void Initials_do_not_end_a_sentence(string text) => Assert.Equal(new[] { text }, Sentences(text));

    [Theory]
    [InlineData("Growth was 3.5 percent in Kestria.")]
    [InlineData("Version 2.0.1 shipped.")]
    public void Decimals_and_versions_do_not_end_a_sentence(string text) => Assert.Equal(new[] { text }, Sentences(text));

    [Fact]
    public void A_number_can_start_a_sentence()
    {
        Assert.Equal(new[] { "Turnout fell.", "40 percent stayed home." }, Sentences("Turnout fell. 40 percent stayed home."));
    }

    [Fact]
    public void Ellipsis_before_lower_case_does_not_end_a_sentence()
    {
        Assert.Equal(new[] { "The minister said... well, nothing much.", "Then she left." },
            Sentences("The minister said... well, nothing much. Then she left."));
    }

    [Theory]
    [InlineData("“Why now?” she asked. “Because,” he said.", "“Why now?” she asked.", "“Because,” he said.")]
    [InlineData("\"Enough!\" he shouted. \"Go.\"", "\"Enough!\" he shouted.", "\"Go.\"")]
    [InlineData("“Why now?” Brandt asked. Nobody knew.", "“Why now?” Brandt asked.", "Nobody knew.")]
    [InlineData("“Why now?” Dr. Ilse Brandt asked. Nobody knew.", "“Why now?” Dr. Ilse Brandt asked.", "Nobody knew.")]
    // Verbs of questioning or pressing for an answer name the asker too (issue 17: real news).
    [InlineData("“And the other eleven ferries?” Halvorsen pressed. Nobody answered.", "“And the other eleven ferries?” Halvorsen pressed.", "Nobody answered.")]
    [InlineData("“Who signed the permit?” Councillor Mira Jansen questioned. It was late.", "“Who signed the permit?” Councillor Mira Jansen questioned.", "It was late.")]
    [InlineData("“Is the bridge insured?” Okafor inquired. The clerk nodded.", "“Is the bridge insured?” Okafor inquired.", "The clerk nodded.")]
    [InlineData("“Sign it today!” Vidal urged. The board waited.", "“Sign it today!” Vidal urged.", "The board waited.")]
    public void Question_or_exclamation_in_a_quote_before_an_attribution_does_not_end_a_sentence(string text, string first, string second) =>
        Assert.Equal(new[] { first, second }, Sentences(text));

    [Fact]
    public void Question_in_a_quote_before_a_new_sentence_ends_it()
    {
        Assert.Equal(new[] { "She asked, “Why now?”", "Brandt shrugged." }, Sentences("She asked, “Why now?” Brandt shrugged."));
    }

    // A name and a verb that is no speech verb, or no name at all, open a new sentence after a quoted question.
    [Theory]
    [InlineData("“Why now?” Nobody answered.", "“Why now?”", "Nobody answered.")]
    [InlineData("“Who pays for the pier?” Halvorsen shrugged and left.", "“Who pays for the pier?”", "Halvorsen shrugged and left.")]
    [InlineData("“Sign it today!” Vidal's board waited.", "“Sign it today!”", "Vidal's board waited.")]
    public void Question_in_a_quote_before_a_sentence_that_is_no_speech_tag_ends_it(string text, string first, string second) =>
        Assert.Equal(new[] { first, second }, Sentences(text));

    [Theory]
    [InlineData("He left.” Then she spoke.", "He left.”", "Then she spoke.")]
    [InlineData("“He left.” Then she spoke.", "“He left.”", "Then she spoke.")]
    [InlineData("\"He left.\" Then she spoke.", "\"He left.\"", "Then she spoke.")]
    [InlineData("It was ‘over.’ Then she spoke.", "It was ‘over.’", "Then she spoke.")]
    [InlineData("(He left.) Then she spoke.", "(He left.)", "Then she spoke.")]
    [InlineData("He left. “Then,” she said.", "He left.", "“Then,” she said.")]
    [InlineData("He left. (Then she spoke.)", "He left.", "(Then she spoke.)")]
    public void Closers_belong_to_the_sentence_they_close(string text, string first, string second) =>
        Assert.Equal(new[] { first, second }, Sentences(text));

    [Theory]
    [InlineData("He left.Then she spoke.")]
    [InlineData("He left. then she spoke.")]
    [InlineData("Is it over?! she wondered.")]
    public void No_split_without_space_and_capital(string text) => Assert.Equal(new[] { text }, Sentences(text));

    [Fact]
    public void Repeated_terminators_stay_with_their_sentence()
    {
        Assert.Equal(new[] { "Is it over?!", "Yes!!!", "Done...." , "Next." }, Sentences("Is it over?! Yes!!! Done.... Next."));
    }

    [Fact]
    public void Paragraphs_are_split_separately()
    {
        const string text = "Varn voted. Kestria did not\n\nOsk abstained. Pell left.\n";
        var doc = Parse(text);
        Assert.Equal(new[] { "Varn voted.", "Kestria did not", "Osk abstained.", "Pell left." },
            doc.Sentences.Select(s => text[s.Span.Start..s.Span.End]));
        Assert.Equal(new[] { 0, 0, 1, 1 }, doc.Sentences.Select(s => s.ParagraphIndex));
        Assert.Equal(new[] { (0, 2), (2, 2) }, doc.Paragraphs.Select(p => (p.FirstSentence, p.SentenceCount)));
        Assert.Equal(Enumerable.Range(0, 4), doc.Sentences.Select(s => s.Index));
    }

    [Fact]
    public void Heading_without_punctuation_is_one_sentence()
    {
        const string text = "The Kestria Question\n\nIt is open.";
        var source = SourceText.From(text);
        var prose = new ProseText(source, DocumentFormat.PlainText, text,
            [new ProseBlock(BlockKind.Heading, new TextSpan(0, 20)), new ProseBlock(BlockKind.Paragraph, new TextSpan(22, 11))], [], []);
        var doc = ProseParser.Parse(prose);
        Assert.Equal(new[] { "The Kestria Question", "It is open." }, doc.Sentences.Select(s => text[s.Span.Start..s.Span.End]));
        Assert.Equal(BlockKind.Heading, doc.Paragraphs[0].Kind);
    }

    [Fact]
    public void Crlf_line_breaks_inside_a_paragraph_are_whitespace()
    {
        const string text = "Varn voted.\r\nKestria did not.\r\n\r\nOsk left.\r\n";
        Assert.Equal(new[] { "Varn voted.", "Kestria did not.", "Osk left." }, Sentences(text));
        Assert.Equal(2, Parse(text).Paragraphs.Length);
    }

    [Fact]
    public void Every_token_belongs_to_exactly_one_sentence()
    {
        const string text = "“Why?” she asked. Dr. Brandt said no… Then (quietly) she left!\n\n‘Fine.’ 12 left.";
        var doc = Parse(text);
        int next = 0;
        foreach (var sentence in doc.Sentences)
        {
            Assert.Equal(next, sentence.FirstToken);
            Assert.True(sentence.TokenCount > 0);
            Assert.Equal(doc.Tokens[sentence.FirstToken].Span.Start, sentence.Span.Start);
            Assert.Equal(doc.Tokens[sentence.EndToken - 1].Span.End, sentence.Span.End);
            next = sentence.EndToken;
        }
        Assert.Equal(doc.Tokens.Length, next);
    }

    [Fact]
    public void Blocks_without_prose_are_empty_paragraphs()
    {
        const string text = "Varn.   ";
        var source = SourceText.From(text);
        var prose = new ProseText(source, DocumentFormat.PlainText, "        ",
            [new ProseBlock(BlockKind.Paragraph, new TextSpan(0, 5))], [], []);
        var doc = ProseParser.Parse(prose);
        Assert.Equal(0, Assert.Single(doc.Paragraphs).SentenceCount);
        Assert.Empty(doc.Tokens);
    }

    [Fact]
    public void A_sentence_reads_its_own_words_and_nothing_beyond_its_bounds()
    {
        var doc = Parse("Varn voted. Kestria did not.");
        var second = doc.Sentences[1];
        Assert.Equal("kestria", second.NormAt(doc.Tokens, second.FirstToken));
        Assert.Equal("", second.NormAt(doc.Tokens, second.FirstToken - 1));
        Assert.Equal("", second.NormAt(doc.Tokens, second.EndToken));
    }
}
