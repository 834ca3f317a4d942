using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Markup;
using static Rhetlint.Rules.Tests.RuleHarness;

namespace Rhetlint.Rules.Tests.Sourcing;

public class RH3003OrphanQuoteTests
{
    [Theory]
    [InlineData("“We will sink every last one of their ships.” The alliance must take that seriously.", "“We will sink every last one of their ships.”")]
    [InlineData("The mood in the ministry is grim. “Nobody here believes the numbers anymore, and the minister knows it.”", "“Nobody here believes the numbers anymore, and the minister knows it.”")]
    [InlineData("“Hopeless.” That was the verdict on the harbor plan in every café in Halden.", "“Hopeless.”")]
    [InlineData("The council met again on Monday, and a banner outside carried “a harbor for everyone who works and lives along the water” to passers-by.", "“a harbor for everyone who works and lives along the water”")]
    public void Flags_a_quote_nobody_is_said_to_speak(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH3003", text));

    [Theory]
    [InlineData("“We will sink every last one of their ships.” The alliance must take that seriously.", DiagnosticSeverity.Error)]
    [InlineData("“Hopeless.” That was the verdict in every café in Halden.", DiagnosticSeverity.Warning)]
    [InlineData("A banner carried “a harbor for everyone who works and lives along the water” to passers-by.", DiagnosticSeverity.Warning)]
    public void Full_sentences_are_errors_and_shorter_quotes_warnings(string text, DiagnosticSeverity severity) =>
        Assert.Equal(severity, SeverityOf("RH3003", text));

    [Theory]
    [InlineData("“We will not retreat,” Defense Minister Ilse Brandt said on Tuesday.")]
    [InlineData("Her essay, “Why Deterrence Still Works,” ran in the spring issue.")]
    [InlineData("“The pier is safe,” she said. “We checked every beam twice, and the divers checked them again.”")]
    [InlineData("“We checked every beam twice, and the divers checked them again.” Brandt said this on Tuesday.")]
    [InlineData("“The port will reopen in June,” said Ilse Brandt.\n\n“We have the ships, the crews and the money to do it properly.”")]
    [InlineData("“We will not retreat from the harbor, whatever Varn decides to do.”\n\n— Ilse Brandt, Harbor Gazette")]
    [InlineData("“The harbor deal is a farce from start to finish,” Brandt said.\n\nNobody in Halden now believes “a farce from start to finish” was too strong.")]
    [InlineData("The phrase “we will never give up the harbor to anyone” became a slogan.")]
    [InlineData("“I read ‘We will never give up the harbor to anyone at all.’ on a wall,” Brandt said.")]
    [InlineData("Brandt told the council:\n\n“We have the ships, the crews and the money to do it properly.”")]
    [InlineData("Sailors on the pier kept exclaiming, “We will never give up the harbor to anyone at all.”")]
    [InlineData("As Ilse Brandt put it in her memoir, the harbor “belongs to everyone who works and lives along the water.”")]
    [InlineData("Harbor workers 'will never give up the port to anyone, whatever it costs'\n\nThe council met on Monday.")]
    [InlineData("The mood is grim. “I Will Not Lie, We Lost.”")]
    [InlineData("The mood is grim. “ Nobody here believes the numbers anymore, and the minister knows it.”")]
    [InlineData("The mood is grim among the ‘dockers’ who say the port will close for good this winter and never reopen.’")]
    // A quoted question inside a sentence that goes on is a name: a project, a talk, a headline.
    [InlineData("Congratulations to Mia, whose entry “Can bees count to five?” took first prize at the fair.")]
    [InlineData("Her lecture “Will the reef survive another decade?” filled the hall on Friday.")]
    public void Does_not_flag_an_attributed_or_mentioned_quote(string text) =>
        Assert.Empty(Flagged("RH3003", text));

    // A name and a verb of questioning or pressing after a quoted question are its tag, and the next quote is theirs too
    // (issue 17: real news). A name with a verb that is no speech verb opens the writer's next sentence.
    [Theory]
    [InlineData("“And what happens to the other eleven ferries?” Halvorsen pressed. “Will they sail before the storms?”")]
    [InlineData("“Who signed the permit for the eastern wharf?” Councillor Mira Jansen questioned.")]
    [InlineData("“Will the clinic stay open through the winter?” Dr. Nadia Okafor pressed.")]
    public void A_name_and_a_verb_of_questioning_after_a_quoted_question_attribute_it(string text) =>
        Assert.Empty(Flagged("RH3003", text));

    // Issue 17: news names a quotation's speaker with verbs of communicating far beyond the reporting verbs (WordNet
    // verb.communication): inverted after the closing mark, with a short subject after it, in the sentence before, or
    // ending the paragraph a quote paragraph opens after.
    [Theory]
    [InlineData("“The new ferry timetable is the best news this valley has had in years!” beamed Orla Pettersen of Skarn, a retired pilot.")]
    [InlineData("“Nobody on this coast will pay a higher fare for a slower boat,” vaunted Councillor Anton Berg at the launch.")]
    [InlineData("“The quarry will be a park before the next election, I promise you,” she trumpeted to the crowd.")]
    [InlineData("“Our clinic turned away nobody last winter,” Dr. Ivo Marsh continued. “We will not turn anyone away this winter either.”")]
    [InlineData("Mayor Sela Orme touted the new timetable at the town hall. “Every village on the coast will have a boat twice a day.”")]
    [InlineData("The harbour master lauded the divers at dawn for clearing the slipway. “The boats have waited long enough for a safe launch.”")]
    [InlineData("Trumpeted Ilse Varga:\n\n“The old quarry will be a park before the next election, and I will cut the ribbon myself.”")]
    [InlineData("Orla Pettersen extolled the volunteers at the lifeboat station.\n\n“They went out in weather that kept the navy in port.”")]
    public void A_verb_of_communicating_beside_the_quotation_names_its_speaker(string text) =>
        Assert.Empty(Flagged("RH3003", text));

    // Near misses: nobody named, a person named who does something other than communicate, a group, the writer.
    [Theory]
    [InlineData("The harbour was quiet all week. “Nobody wants to be the first boat out after a storm like that.”", "“Nobody wants to be the first boat out after a storm like that.”")]
    [InlineData("Mayor Sela Orme left the hall before the vote. “Every village on the coast deserves a boat twice a day.”", "“Every village on the coast deserves a boat twice a day.”")]
    [InlineData("Ferry crews touted the new timetable all week. “Every village on the coast deserves a boat twice a day.”", "“Every village on the coast deserves a boat twice a day.”")]
    [InlineData("Orla Pettersen will sail for Skarn on Monday.\n\n“The lifeboat crews went out in weather that kept the navy in port.”", "“The lifeboat crews went out in weather that kept the navy in port.”")]
    [InlineData("“Every village on the coast deserves a boat twice a day.” Anton Berg beamed at the harbour and left.", "“Every village on the coast deserves a boat twice a day.”")]
    [InlineData("May the saints of Skarn intercede for the lifeboat crews.\n\n“They went out in weather that kept the navy in port!”", "“They went out in weather that kept the navy in port!”")]
    public void A_verb_of_communicating_needs_one_voice_right_beside_the_quotation(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH3003", text));

    [Fact]
    public void A_name_and_a_verb_of_no_speech_after_a_quoted_question_do_not_attribute_it() =>
        Assert.Equal(["“Who will pay for the new pier at Halden?”"],
            Flagged("RH3003", "“Who will pay for the new pier at Halden?” Halvorsen shrugged and left the hall."));

    [Fact]
    public void Continuation_lasts_one_paragraph() =>
        Assert.Equal(["“We have the crews.”"],
            Flagged("RH3003", "“The port will reopen,” said Ilse Brandt.\n\n“We have the ships.”\n\n“We have the crews.”"));

    // A quote paragraph after a paragraph that paraphrases one named speaker is that speaker's (issue 17: real news).
    [Theory]
    [InlineData("Dr. Nadia Okafor said the clinic would stay open through the winter.\n\n“We have the nurses, and the heating works again.”")]
    [InlineData("The striker, Tomas Vidal, shrugged off the defeat, saying the league was far from over.\n\n“Nobody in this dressing room is giving up on the title.”")]
    [InlineData("Judge Carla Ruiz wrote in her ruling that the contract was void.\n\n“The parties never agreed on a price, and a sale needs one.”")]
    [InlineData("“We will appeal,” the club's chairman, Anton Weiss, told the Halden Post in an interview.\n\n“The panel ignored half of the evidence we sent.”")]
    // A group inside the named speaker's report is no second voice of the writer's sentence.
    [InlineData("Admiral Petra Lund said that for years some analysts had been predicting a retreat from the strait, but it would not come.\n\n“This coast carries a third of our trade, and we are staying.”")]
    public void A_quote_paragraph_after_a_named_speakers_paragraph_is_theirs(string text) =>
        Assert.Empty(Flagged("RH3003", text));

    [Theory]
    [InlineData("The clinic has stayed open through the winter.\n\n“We have the nurses, and the heating works again.”", "“We have the nurses, and the heating works again.”")]
    [InlineData("Nurses say the clinic is short of staff every night.\n\n“We have nobody on the ward after ten o'clock.”", "“We have nobody on the ward after ten o'clock.”")]
    [InlineData("Dr. Nadia Okafor said the clinic was safe, but the inspector said it was not.\n\n“The wiring has not been checked in years.”", "“The wiring has not been checked in years.”")]
    public void A_quote_paragraph_after_no_single_named_speaker_is_an_orphan(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH3003", text));

    [Fact]
    public void Does_not_flag_headings() =>
        Assert.Empty(Flagged("RH3003", "# “We will not retreat from the harbor, whatever happens next.”\n\nThe council met.\n", DocumentFormat.Markdown));

    [Fact]
    public void Quotes_listed_one_per_line_take_the_dash_line_of_their_own_line() =>
        Assert.Equal(["“The cranes have been idle since the spring and nobody is hiring.”"], Flagged("RH3003",
            "Dockers told us what they think.\n\n“The port will never reopen if the council sells it.” ― Nina Petrov\n" +
            "“The ships have gone to Varn and the crews went with them.” ― Omar Haddad\n" +
            "“The cranes have been idle since the spring and nobody is hiring.”\n"));

    [Theory]
    [InlineData("“The port will reopen in June,” she continued. “The crews are ready and the ships are on their way.”")]
    [InlineData("Ilse Brandt continued:\n\n“The port will reopen in June, and the crews are ready to work.”")]
    [InlineData("Dock workers chanted “Not for sale, not now, not ever!” outside the hall.")]
    public void A_speaker_named_with_any_verb_next_to_the_quote_attributes_it(string text) =>
        Assert.Empty(Flagged("RH3003", text));

    [Theory]
    [InlineData("Fishermen say the quota is far too low. “We cannot feed our families on it.”")]
    [InlineData("“We cannot feed our families on it.” Some fishermen say the quota is far too low.")]
    public void A_quotation_next_to_an_unnamed_group_is_an_orphan(string text) =>
        Assert.Equal(["“We cannot feed our families on it.”"], Flagged("RH3003", text));

    [Theory]
    // The writer met the group: "I spoke to" reports nothing the quotation could be.
    [InlineData("Tenants I spoke to in Lisk were angry. “The heating has been off since October.”", "“The heating has been off since October.”")]
    [InlineData("Investors we talked to after the listing were nervous. “Nobody trusts the quarterly numbers now.”", "“Nobody trusts the quarterly numbers now.”")]
    [InlineData("In Brask, coaches I spoke to were furious. “The league changed the rules in midseason.”", "“The league changed the rules in midseason.”")]
    public void A_quotation_after_the_writers_relative_clause_on_a_group_is_an_orphan(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH3003", text));

    [Theory]
    [InlineData("Ilse Brandt, whom I interviewed in March, said the port was ready. “We have the ships and the crews.”")]
    [InlineData("I spoke to the harbor master, Ilse Brandt, on Monday. “We have the ships and the crews.”")]
    public void A_named_speaker_beside_the_writers_interview_still_attributes_it(string text) =>
        Assert.Empty(Flagged("RH3003", text));

    // A paragraph ending on a speech noun and a colon hands over to its owner: the subject of the verb before the noun,
    // or the name after "by" (the grader rated the remark, the senator made it).
    [Theory]
    [InlineData("After the flood, Mayor Ana Lind issued the following statement:\n\n“We will rebuild every bridge before the winter.”\n")]
    [InlineData("The fact-checkers graded this remark by Senator Tom Reyes on March 3:\n\n“Our county has the lowest jobless rate in the state and it keeps falling.”\n")]
    [InlineData("Within the hour, Halden Rovers posted a short statement:\n\n“The club will appeal the ban and the manager keeps our support.”\n")]
    [InlineData("The governor released these remarks from the harbour master:\n\n“No tanker will dock here until the pier has been inspected.”\n")]
    public void A_speech_noun_owned_by_a_name_before_a_colon_introduces_the_quotation(string text) =>
        Assert.Empty(Flagged("RH3003", text));

    // Near misses: an unnamed group or an unnamed person owns the statement, or the noun is no speech.
    [Theory]
    [InlineData("Several residents sent the council a statement:\n\n“The water in our street has been brown for three weeks now.”\n", "“The water in our street has been brown for three weeks now.”")]
    [InlineData("One protester carried a sign with this statement:\n\n“The mill owners have poisoned the river for a decade.”\n", "“The mill owners have poisoned the river for a decade.”")]
    [InlineData("Mayor Ana Lind toured the flooded streets:\n\n“We will rebuild every bridge before the winter.”\n", "“We will rebuild every bridge before the winter.”")]
    public void A_statement_with_no_named_owner_leaves_the_quotation_an_orphan(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH3003", text));

    [Fact]
    public void A_quotation_signed_anonymous_is_an_orphan() =>
        Assert.Equal(["“We will not retreat from the harbor, whatever happens.”"],
            Flagged("RH3003", "Intro.\n\n“We will not retreat from the harbor, whatever happens.” — Anonymous\n"));

    [Theory]
    [InlineData("Intro.\n\n“Every village on the coast will have a doctor by spring.” (Varn Gazette)\n")]
    [InlineData("Intro.\n\n“Every village on the coast will have a doctor by spring.” [Varn Radio.]\n")]
    [InlineData("Intro.\n\n“Whoever digs a pit will fall into it.” (Proverbs 26:27). The minister should read it.\n")]
    [InlineData("Intro.\n\n“Every village on the coast will have a doctor by spring.”-Ilse Brandt\n")]
    [InlineData("Intro.\n\n“Every village on the coast will have a doctor by spring.”\n\n-Ilse Brandt, on the campaign trail.\n")]
    public void A_citation_or_signature_after_the_quote_attributes_it(string text) =>
        Assert.Empty(Flagged("RH3003", text));

    /// <remarks>Other near misses ("(sic)", "(2015)", "(emphasis added)", a lower-case aside, the writer's dashes) are in QuotationSpeakerTests.</remarks>
    [Fact]
    public void A_transcript_note_after_the_quote_leaves_it_an_orphan() =>
        Assert.Single(Flagged("RH3003", "Intro.\n\n“The ferry will keep running all winter, whatever the council decides.” (Applause). Nobody believed it.\n"));

    [Fact]
    public void Block_quote_with_a_dash_line_is_attributed() =>
        Assert.Empty(Flagged("RH3003", "Intro.\n\n> “We will not retreat from the harbor, whatever happens.”\n>\n> — Ilse Brandt\n", DocumentFormat.Markdown));

    [Fact]
    public void An_unbalanced_mark_never_cascades_into_orphan_quotes()
    {
        const string text = "The mood is grim. “Nobody here believes the numbers anymore, and the minister knows it.” He left ” early.";
        Assert.Contains(Lint(text), f => f.Id == "RH0002");
        Assert.Empty(Flagged("RH3003", text));
        Assert.Empty(Flagged("RH3003", "The mood is grim. “Nobody here believes the numbers anymore, and the minister knows it."));
    }

    [Fact]
    public void Offers_a_display_only_attribution_template()
    {
        const string text = "“We will sink every last one of their ships.” The alliance must take that seriously.";
        var rewrite = Assert.Single(Single("RH3003", text).Rewrites);
        Assert.Equal(Applicability.DisplayOnly, rewrite.Applicability);
        Assert.Equal("“We will sink every last one of their ships,” [Name], [role], said on [date].", Assert.Single(rewrite.Changes).NewText);
    }

    // A text that reads so gives the quotation's wording, in the past tense too and after the quotation.
    [Theory]
    [InlineData("“The depot has lost money for years. It will close in May,” the statement read.")]
    [InlineData("“The road has been unsafe since the flood. It will reopen in spring,” it read.")]
    [InlineData("“The ferry fares will double in June. Nobody was consulted,” read the memo.")]
    [InlineData("“The mayor has misled the county for a decade,” reads an editorial in the Harlow Gazette.")]
    public void A_text_that_reads_so_attributes_the_quotation(string text) =>
        Assert.Empty(Flagged("RH3003", text));

    // Near misses: "read" that is not the wording of a text beside the quotation.
    [Theory]
    [InlineData("“The depot will close in May.” I read the memo twice.", "“The depot will close in May.”")]
    [InlineData("“The depot will close in May and every crew will be sent home,” read aloud in the canteen, silenced the room.",
        "“The depot will close in May and every crew will be sent home,”")]
    public void Read_away_from_a_texts_wording_does_not_attribute(string text, string expected) =>
        Assert.Equal([expected], Flagged("RH3003", text));

    [Fact]
    public void Message_quotes_the_words()
    {
        var finding = Single("RH3003", "“Hopeless.” That was the verdict in every café in Halden.");
        Assert.Equal("'“Hopeless.”' is quoted without saying who said it; name the speaker in the same or the next sentence, or paraphrase it", finding.Message);
    }
}
