using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Markup;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Tests.Semantics;

public class QuotationSpeakerTests
{
    private static DocumentModel Model(string text, DocumentFormat format = DocumentFormat.PlainText)
    {
        var source = SourceText.From(text);
        var prose = format == DocumentFormat.Markdown ? MarkdownReader.Read(source) : PlainTextReader.Read(source);
        return DocumentModel.Build("test", ProseParser.Parse(prose));
    }

    private static Quotation Quote(DocumentModel model, string text, string quoted) =>
        model.Syntax.Quotations.Single(q => text[q.Span.Start..q.Span.End] == quoted);

    private static (QuoteAttributionKind Kind, string Speaker)? Speaker(string text, string quoted, DocumentFormat format = DocumentFormat.PlainText)
    {
        var model = Model(text, format);
        var attribution = model.QuotationSpeaker(Quote(model, text, quoted).Index);
        return attribution is null ? null : (attribution.Kind, text[attribution.Speaker.Start..attribution.Speaker.End]);
    }

    [Theory]
    [InlineData("The word “deterrence” comes from Latin.", "“deterrence”")]
    [InlineData("Sailors use the phrase, “hold the harbor,” for a standoff.", "“hold the harbor,”")]
    [InlineData("The plan is known as “the quiet veto” in Halden.", "“the quiet veto”")]
    [InlineData("A tax dubbed “the harbor levy” passed on Monday.", "“the harbor levy”")]
    [InlineData("It is better characterized as a “half-alliance” than a bloc.", "“half-alliance”")]
    [InlineData("What I call “the quiet veto” is common in small parliaments.", "“the quiet veto”")]
    [InlineData("Her essay, “Why Deterrence Still Works,” ran in the spring issue.", "“Why Deterrence Still Works,”")]
    [InlineData("The two new tracks, “Salt Road” and “Low Tide,” are fine.", "“Low Tide,”")]
    [InlineData("Earvin “Magic” Johnson played in Halden once.", "“Magic”")]
    [InlineData("Jean “the hammer” Moreau spoke first.", "“the hammer”")]
    [InlineData("A “No Deal” exit, aka “cliff edge” exit, worries Halden.", "“cliff edge”")]
    [InlineData("The Latin verb means “to frighten away.”", "“to frighten away.”")]
    public void Mentioned_words_get_mention_voice(string text, string quoted)
    {
        var model = Model(text);
        var quotation = Quote(model, text, quoted);
        Assert.True(model.IsMention(quotation));
        Assert.Equal(Voice.Mention, model.Voices[quotation.OpenToken + 1]);
        Assert.Null(model.QuotationSpeaker(quotation.Index));
    }

    [Theory]
    [InlineData("Kestria's so-called “reform” raised fares.", "“reform”")]
    [InlineData("Its so-called “Harbor Accord” changed nothing.", "“Harbor Accord”")]
    [InlineData("Brandt called the vote “a farce” on Monday.", "“a farce”")]
    [InlineData("“We will not retreat,” Brandt said.", "“We will not retreat,”")]
    [InlineData("Her essay, “We lost.” That was all.", "“We lost.”")]
    public void Used_words_are_not_mentioned(string text, string quoted)
    {
        var model = Model(text);
        Assert.False(model.IsMention(Quote(model, text, quoted)));
    }

    [Fact]
    public void Same_sentence_frame_names_the_speaker() =>
        Assert.Equal((QuoteAttributionKind.SameSentence, "Defense Minister Ilse Brandt"),
            Speaker("“We will not retreat,” Defense Minister Ilse Brandt said on Tuesday.", "“We will not retreat,”"));

    [Fact]
    public void A_naming_verb_with_a_subject_attributes_a_partial_quote() =>
        Assert.Equal((QuoteAttributionKind.SameSentence, "Brandt"), Speaker("Brandt called the vote “a farce” on Monday.", "“a farce”"));

    [Fact]
    public void Closing_sentence_frame_attributes_a_quote_of_several_sentences() =>
        Assert.Equal((QuoteAttributionKind.SameSentence, "lawyer Nina Petrov"),
            Speaker("“The blockade is illegal. It breaks three treaties,” said lawyer Nina Petrov.", "“The blockade is illegal. It breaks three treaties,”"));

    [Fact]
    public void Previous_sentence_frame_attributes_the_next_quote() =>
        Assert.Equal((QuoteAttributionKind.PreviousSentence, "she"),
            Speaker("“The pier is safe,” she said. “We checked every beam twice.”", "“We checked every beam twice.”"));

    [Fact]
    public void Next_sentence_frame_attributes_the_quote_before_it() =>
        Assert.Equal((QuoteAttributionKind.NextSentence, "Brandt"),
            Speaker("“We checked every beam twice.” Brandt said this on Tuesday.", "“We checked every beam twice.”"));

    [Theory]
    [InlineData("Fishermen say the quota is far too low. “We cannot feed our families on it.”")]
    [InlineData("“We cannot feed our families on it.” Some fishermen say the quota is far too low.")]
    [InlineData("Officials say the quota is fair. “We set it with the fleet.”")]
    public void An_unnamed_group_next_door_speaks_no_verbatim_quotation(string text) =>
        Assert.Null(Speaker(text, text.Contains("families") ? "“We cannot feed our families on it.”" : "“We set it with the fleet.”"));

    [Fact]
    public void A_named_speaker_before_an_unnamed_group_still_speaks_the_next_quotation() =>
        Assert.Equal((QuoteAttributionKind.PreviousSentence, "Ilse Brandt"),
            Speaker("Ilse Brandt said fishermen say the quota is far too low. “We cannot feed our families on it.”", "“We cannot feed our families on it.”"));

    [Theory]
    // The writer met the group: the pronoun of the contact relative clause is not the next quotation's speaker.
    [InlineData("Farmers I spoke to near Dalby were blunt. “The rain never came and the bank still wants its money.”", "“The rain never came and the bank still wants its money.”")]
    [InlineData("The nurses we met on the night shift were furious. “We have not had a break since six.”", "“We have not had a break since six.”")]
    [InlineData("Voters whom I asked in Lisk were tired of the race. “Neither of them talks about rent.”", "“Neither of them talks about rent.”")]
    [InlineData("In Corvale, traders I talked to were worried. “Nobody is buying chips this quarter.”", "“Nobody is buying chips this quarter.”")]
    [InlineData("“The glacier has lost a third of its length.” Scientists we interviewed in Tarn said little else.", "“The glacier has lost a third of its length.”")]
    public void A_pronoun_in_a_relative_clause_on_an_unnamed_group_speaks_no_quotation(string text, string quoted) =>
        Assert.Null(Speaker(text, quoted));

    [Fact]
    public void A_named_subject_hosting_the_writers_relative_clause_speaks_the_next_quotation() =>
        Assert.Equal((QuoteAttributionKind.PreviousSentence, "Ilse Brandt"),
            Speaker("Ilse Brandt, whom I interviewed in March, said the port was ready. “We have the ships.”", "“We have the ships.”"));

    [Theory]
    // A sentence that attributes something sits nearer in the reading than the writer's own doings after the quotation.
    [InlineData("Reporters from three papers asked the fund's managers where the savings went. “The money is gone.” I told my editor that night.", "“The money is gone.”")]
    [InlineData("Campaign volunteers said turnout was low. “Nobody answers the door any more.” I wrote that down twice.", "“Nobody answers the door any more.”")]
    public void The_writer_after_a_quotation_does_not_take_it_from_an_attribution_before(string text, string quoted) =>
        Assert.Null(Speaker(text, quoted));

    [Theory]
    // Unchanged: the writer speaks the quotation when nothing before it is attributed, and a pronoun that opens its own
    // sentence or follows an adverb is a subject, not a relative clause.
    [InlineData("The harbor was empty at dawn. “Nobody fishes here now.” I said this to the mayor later.", "I")]
    [InlineData("Yesterday I told the board what I thought. “The budget will not hold.”", "I")]
    public void The_writer_still_speaks_a_quotation_nobody_else_is_near(string text, string speaker) =>
        Assert.Equal(speaker, Speaker(text, text[text.IndexOf('“')..(text.IndexOf('”') + 1)])?.Speaker);

    [Theory]
    [InlineData("“The reservoir will be dry by August.”\n\nThat was said to me by a water engineer in Oldmere.", "a water engineer")]
    [InlineData("“The vote was lost in the back rooms.”\n\nThis was told to us by a party organiser after the count.", "a party organiser")]
    public void A_paragraph_that_points_back_at_a_quote_paragraph_names_its_speaker(string text, string speaker) =>
        Assert.Equal((QuoteAttributionKind.NextSentence, speaker), Speaker(text, text[..(text.IndexOf('”') + 1)]));

    [Fact]
    public void A_paragraph_that_does_not_point_back_attributes_no_quote_before_it() =>
        Assert.Null(Speaker("“The reservoir will be dry by August.”\n\nA water engineer said the pumps were old.", "“The reservoir will be dry by August.”"));

    [Fact]
    public void Adjacency_stops_at_the_paragraph() =>
        Assert.Null(Speaker("Brandt said the pier was safe.\n\nThe town is quiet. “We checked every beam twice.”", "“We checked every beam twice.”"));

    [Fact]
    public void A_quote_paragraph_continues_the_previous_speaker_for_one_paragraph_only()
    {
        const string text = "“The port will reopen,” said Ilse Brandt.\n\n“We have the ships.”\n\n“We have the crews.”";
        Assert.Equal((QuoteAttributionKind.Continuation, "Ilse Brandt"), Speaker(text, "“We have the ships.”"));
        Assert.Null(Speaker(text, "“We have the crews.”"));
    }

    // News paraphrases a speaker and then gives their own words a paragraph down without restating the tag (issue 17).
    [Theory]
    [InlineData("Mayor Ilse Brandt said the pier would reopen in June.\n\n“We have the ships, and the money is in the bank.”", "Mayor Ilse Brandt")]
    [InlineData("Coach Omar Haddad told reporters on Sunday that the season was long.\n\n“Nobody in this room has given up on the title.”", "Coach Omar Haddad")]
    [InlineData("Professor Lena Moss argued in her column that the levy would fail.\n\n“The sums were never going to add up for the farmers.”", "Professor Lena Moss")]
    [InlineData("A source close to the board said the sale was off.\n\n“Nobody wants to be the one who signs it.”", "A source")]
    [InlineData("Ilse Brandt said the pier was safe.\n\n“The town can sleep again under its new motto, ‘Safe and sound.’”", "Ilse Brandt")]
    public void A_quote_paragraph_continues_the_speaker_the_previous_paragraph_ends_on(string text, string speaker)
    {
        var quoted = text[text.IndexOf('“')..];
        Assert.Equal((QuoteAttributionKind.Continuation, speaker), Speaker(text, quoted));
    }

    // Near misses: nobody reports in the paragraph before, a group or the writer does, or another speaker intervenes.
    [Theory]
    [InlineData("The council met on Monday in the old library.\n\n“Nobody here believes the numbers any more.”")]
    [InlineData("Dockers say the cranes have been idle since spring.\n\n“Nobody here believes the numbers any more.”")]
    [InlineData("They think the levy will never be repealed.\n\n“Nobody here believes the numbers any more.”")]
    [InlineData("I said the port was finished years ago.\n\n“Nobody here believes the numbers any more.”")]
    [InlineData("Brandt said the pier was safe, but Lind said it was rotten.\n\n“Nobody here believes the numbers any more.”")]
    [InlineData("“The pier is safe,” Brandt said.\n\nThe council met on Monday in the old library.\n\n“Nobody here believes the numbers any more.”")]
    [InlineData("The ministry said in a statement that the figures were accurate.\n\n“Nobody here believes the numbers any more.”")]
    [InlineData("The harbour authority said repairs would begin in the spring.\n\n“Nobody here believes the numbers any more.”")]
    [InlineData("The researchers said the river had warmed by two degrees.\n\n“Nobody here believes the numbers any more.”")]
    public void A_quote_paragraph_after_no_single_named_speaker_continues_nobody(string text) =>
        Assert.Null(Speaker(text, "“Nobody here believes the numbers any more.”"));

    // The writer's own question ends the paragraph: the quote paragraph is still the last quoted speaker's answer.
    [Fact]
    public void A_quote_paragraph_after_the_writers_question_continues_the_last_quoted_speaker() =>
        Assert.Equal((QuoteAttributionKind.Continuation, "Tomas Berg"), Speaker(
            "“We will fight this all the way,” said Tomas Berg. I asked him whether the dockers would strike.\n\n“We will strike on Monday.”",
            "“We will strike on Monday.”"));

    [Fact]
    public void A_scare_quote_opening_the_paragraph_after_a_speaker_is_not_their_speech() =>
        Assert.Null(Speaker("Mayor Ilse Brandt said the pier was safe.\n\n“Safe” is not the word the divers used.", "“Safe”"));

    [Fact]
    public void A_paragraph_ending_with_a_colon_introduces_the_quote_paragraph() =>
        Assert.Equal((QuoteAttributionKind.PreviousSentence, "Brandt"),
            Speaker("Brandt told the council:\n\n“We have the ships and we have the crews.”", "“We have the ships and we have the crews.”"));

    [Theory]
    [InlineData("“We will not retreat.” — Ilse Brandt, Harbor Gazette")]
    [InlineData("“We will not retreat.”\n\n— Ilse Brandt, Harbor Gazette")]
    [InlineData("“We will not retreat.”\n\n-- Ilse Brandt")]
    public void A_dash_line_names_the_speaker(string text) =>
        Assert.Equal((QuoteAttributionKind.DashLine, "Ilse Brandt"), Speaker(text, "“We will not retreat.”"));

    [Theory]
    [InlineData("“We will not retreat.”-Ilse Brandt")]
    [InlineData("Intro.\n\n“We will not retreat.” -Ilse Brandt")]
    [InlineData("“We will not retreat.”\n\n-Ilse Brandt, at the harbor rally.")]
    public void A_hyphen_touching_the_name_signs_the_quote(string text) =>
        Assert.Equal((QuoteAttributionKind.DashLine, "Ilse Brandt"), Speaker(text, "“We will not retreat.”"));

    [Theory]
    [InlineData("Intro.\n\n“The ferry will run all winter.” (Varn Press Agency)", "Varn Press Agency")]
    [InlineData("Intro.\n\n“The ferry will run all winter.” [Halden Courier.]", "Halden Courier.")]
    [InlineData("Intro.\n\n“The ferry will run all winter.” (The Times) Nobody believed it.", "The Times")]
    [InlineData("Intro.\n\n“Pride goes before a fall.” (Proverbs 16:18). The old warning still holds.", "Proverbs 16:18")]
    [InlineData("Intro.\n\n“Pride goes before a fall.”\n\n(Proverbs 16:18)", "Proverbs 16:18")]
    [InlineData("Intro.\n\n“Pride goes before a fall.”\n(Proverbs 16:18)\nThe old warning still holds.", "Proverbs 16:18")]
    [InlineData("Intro.\n\n“Tariffs are a tax on the buyer.” (Kessler 2019)", "Kessler 2019")]
    public void A_bracketed_citation_after_the_closing_mark_names_the_source(string text, string cited)
    {
        var quoted = text[text.IndexOf('“')..(text.IndexOf('”') + 1)];
        Assert.Equal((QuoteAttributionKind.Citation, cited), Speaker(text, quoted));
    }

    [Theory]
    [InlineData("Intro.\n\n“The ferry will run all winter.” (Laughter)")]
    [InlineData("Intro.\n\n“The ferry will run all winter.” (Laughter and Applause.)")]
    [InlineData("Intro.\n\n“The ferry wil run all winter.” (sic)")]
    [InlineData("Intro.\n\n“The ferry will run all winter.” (2015)")]
    [InlineData("Intro.\n\n“The ferry will run all winter.” (March 2015)")]
    [InlineData("Intro.\n\n“The ferry will run ALL winter.” (emphasis added)")]
    [InlineData("Intro.\n\n“The ferry will run all winter.” (which it did not)")]
    [InlineData("Intro.\n\n“The ferry will run all winter.”\n\n(Varn Press Agency) The ferry did not run.")]
    [InlineData("Intro.\n\n“Growth” — Lind's word — won the day.")]
    [InlineData("Intro.\n\n“The ferry will run all winter”-style promises are cheap.")]
    public void Notes_asides_dates_and_the_writers_dashes_name_no_source(string text)
    {
        var quoted = text[text.IndexOf('“')..(text.IndexOf('”') + 1)];
        Assert.Null(Speaker(text, quoted));
    }

    [Fact]
    public void A_markdown_block_quote_with_a_dash_line_is_attributed() =>
        Assert.Equal((QuoteAttributionKind.DashLine, "Ilse Brandt"),
            Speaker("Intro.\n\n> “We will not retreat.”\n>\n> — Ilse Brandt, Harbor Gazette\n", "“We will not retreat.”", DocumentFormat.Markdown));

    [Fact]
    public void A_fragment_repeating_attributed_words_is_an_echo()
    {
        const string text = "“The harbor deal is a farce from start to finish,” Brandt said.\n\nThe council shrugged off the “farce from start to finish” line.";
        var model = Model(text);
        var echo = model.QuotationSpeaker(Quote(model, text, "“farce from start to finish”").Index);
        Assert.NotNull(echo);
        Assert.Equal(QuoteAttributionKind.Echo, echo.Kind);
        Assert.Equal(Quote(model, text, "“The harbor deal is a farce from start to finish,”").Index, echo.EchoOf);
        Assert.Equal("Brandt", text[echo.Speaker.Start..echo.Speaker.End]);
    }

    [Fact]
    public void One_word_echoes_a_short_partial_quote_that_came_earlier()
    {
        const string text = "Brandt called the harbor deal “a farce”.\n\nThe council went ahead with the “farce” anyway.";
        var model = Model(text);
        var echo = model.QuotationSpeaker(Quote(model, text, "“farce”").Index);
        Assert.Equal(QuoteAttributionKind.Echo, echo?.Kind);
    }

    [Theory]
    // One word lifted from a quoted sentence is the writer's own scare quote.
    [InlineData("“We need a deal with the unions by Friday,” the transport secretary said on Monday. Meanwhile the tenants got the mayor’s “deal” anyway.")]
    // An echo looks back: the attributed words must come first.
    [InlineData("The tenants got the mayor’s “deal” anyway. Brandt called it “a deal”.")]
    public void One_word_from_a_quoted_sentence_or_a_later_quote_is_no_echo(string text)
    {
        var model = Model(text);
        Assert.NotEqual(QuoteAttributionKind.Echo, model.QuotationSpeaker(Quote(model, text, "“deal”").Index)?.Kind);
    }

    [Fact]
    public void A_quote_nobody_speaks_has_no_speaker()
    {
        Assert.Null(Speaker("“It is all over for the harbor.” The town must now decide.", "“It is all over for the harbor.”"));
        Assert.Null(Speaker("The mood is grim. “Nobody here believes the numbers.”", "“Nobody here believes the numbers.”"));
    }

    [Fact]
    public void Nested_quotations_have_no_speaker_of_their_own()
    {
        const string text = "“People kept telling me ‘fix the roads’, so we will,” she said.";
        var model = Model(text);
        Assert.Null(model.QuotationSpeaker(Quote(model, text, "‘fix the roads’").Index));
    }

    [Fact]
    public void A_quote_continued_on_the_next_line_of_a_line_per_paragraph_text_keeps_its_speaker()
    {
        const string text = "“The levy is unfair to small shops and will close half the high street.\n"
            + "“It will also drive shoppers to the retail park,” the traders’ association said in a statement on Monday.\n"
            + "A council source said the vote would be delayed.\n";
        const string quoted = "“The levy is unfair to small shops and will close half the high street.\n“It will also drive shoppers to the retail park,”";
        Assert.Equal((QuoteAttributionKind.SameSentence, "the traders’ association"), Speaker(text, quoted));
    }
}
