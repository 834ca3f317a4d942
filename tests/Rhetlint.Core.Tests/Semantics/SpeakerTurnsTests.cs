using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Markup;
using Rhetlint.Core.Semantics;

namespace Rhetlint.Core.Tests.Semantics;

/// <summary>A transcript's speaker turn ("Q: …", "BRENN: …") is its speaker's words, verbatim: quoted, not asserted.</summary>
public class SpeakerTurnsTests
{
    private static Voice VoiceOf(string text, string word)
    {
        var model = Linter.BuildModel("test.txt", SourceText.From(text), DocumentFormat.PlainText);
        for (var i = 0; i < model.Tokens.Length; i++)
            if (model.Tokens[i].Text == word) return model.Voices[i];
        throw new ArgumentException($"'{word}' not in the text");
    }

    private const string Interview = """
        The harbour master of Tarnby spoke to us on Monday. This is the edited transcript.

        Q: How did the winter go for the ferries?

        A: Badly. The north quay flooded twice. We have never had a season like it.

        Q: And the new pier?

        A: It opened late. The contractor blamed the tides.
        """;

    [Theory]
    [InlineData("flooded")]
    [InlineData("never")]
    [InlineData("contractor")]
    public void An_answer_in_a_question_and_answer_transcript_is_quoted(string word) =>
        Assert.Equal(Voice.Quoted, VoiceOf(Interview, word));

    [Fact]
    public void The_writers_introduction_to_a_transcript_stays_the_writers() =>
        Assert.Equal(Voice.Author, VoiceOf(Interview, "edited"));

    [Theory]
    [InlineData("wettest")]
    [InlineData("Ilvane")]
    public void A_turn_under_a_capitalized_speaker_name_is_quoted_to_the_end_of_its_line(string word) =>
        Assert.Equal(Voice.Quoted, VoiceOf("""
            Two growers met on the radio show last week.
            MARTA OSK: The spring was cold. It was the wettest April we have known.
            PELL: We lost the plums. Ilvane lost the pears.
            PELL: That is farming.
            """, word));

    [Fact]
    public void A_speaker_named_in_full_and_then_by_surname_is_one_speaker_who_comes_back() =>
        Assert.NotEqual(Voice.Author, VoiceOf("""
            Two directors of the club argued on the radio on Friday.

            SUNE TAL: Why not meet the rival bid?

            TAL: Because the club is the finest in the league.

            ODA WREN: Then prove it on Saturday.
            """, "finest"));

    // The writer's own labelled items: each label once (a roundup), one kicker repeated (a newsletter), or list markup.
    [Theory]
    [InlineData("Curfews tightened across the region this week.\n\nNORVIK: The harshest curfew yet starts at eight.\n\nSALTA: Bars close at ten.\n\nTERREL: Schools stay open.", "harshest")]
    [InlineData("Here is what you missed this week.\n\nICYMI: The strongest storm of the year hit the coast.\n\nICYMI: The ferry fares rose again.", "strongest")]
    [InlineData("Markets moved on Friday.\n\n- NORVIK: The widest swing in a decade.\n- SALTA: Flat.\n- NORVIK: Closed higher.\n- SALTA: Closed lower.", "widest")]
    public void A_roundup_a_newsletter_or_a_list_is_the_writers_own(string text, string word) =>
        Assert.Equal(Voice.Author, VoiceOf(text, word));

    [Fact]
    public void A_label_may_carry_a_role_or_an_affiliation() =>
        Assert.Equal(Voice.Quoted, VoiceOf("""
            The station's two football pundits disagreed about the derby.

            ODA WREN (co-host): The Harriers were the better side.

            SUNE TAL, VARN RADIO: They were the luckiest side I have seen.

            WREN: Luck is a skill.
            """, "luckiest"));

    [Fact]
    public void A_bare_transcript_under_a_title_is_the_programmes_own_text() =>
        Assert.Equal(Voice.Author, VoiceOf("""
            TRANSCRIPT: 'Late Kick' with Sune Tal, Varn Radio, March 3

            PRESENTER (Sune Tal): Welcome back. The derby is on Sunday.

            Q: Who wins it?

            A: The club is the finest in the league.

            Q: And the visitors?

            A: They have no chance.
            """, "finest"));

    private const string PhoneIn = """
        TRANSCRIPT: 'Shore Watch' with Ilse Varr, Tarn FM, May 4

        ILSE VARR: Good evening. The sea wall at Holm gave way again on Friday, and I call that a scandal.

        Joining us now is Dr. Jonas Brekke, the borough's coastal engineer. Jonas, how bad is it?

        DR. JONAS BREKKE: Serious, but fixable. The wall is one of the oldest structures on this coast.

        VARR: And the cost? On the line first is Marta from Holm.

        MARTA: Hello Ilse. Our wall is the shabbiest in the county.

        BREKKE: About four million to rebuild. The borough has the money.

        VARR: Thank you both. After the break, the traffic.
        """;

    /// <summary>
    /// A bare transcript's host and callers are its writers, but a guest the programme presents by name and role after
    /// it starts is quoted, as a named source in a report is (issue 17).
    /// </summary>
    [Theory]
    [InlineData("oldest")]
    [InlineData("money")]
    public void A_guest_a_bare_transcript_presents_by_name_and_role_is_quoted(string word) =>
        Assert.Equal(Voice.Quoted, VoiceOf(PhoneIn, word));

    private const string GuestPresentedAsGuest = """
        TRANSCRIPT: 'Field Notes', Harl Valley Radio, episode 40

        OSKAR TAMM (host): Welcome back. The river is the dirtiest it has been in years. My guest is Dr. Vera Holm, who
        manages the water lab at Harl College. Vera, welcome.

        DR. VERA HOLM: Thanks, Oskar. Our spring samples were the cleanest we have had.

        TAMM: And the summer?

        HOLM: Too early to say.
        """;

    /// <summary>A guest presented as the programme's guest, by a relative clause rather than a role noun, is quoted too.</summary>
    [Fact]
    public void A_guest_presented_as_the_programmes_guest_is_quoted()
    {
        Assert.Equal(Voice.Quoted, VoiceOf(GuestPresentedAsGuest, "cleanest"));
        Assert.Equal(Voice.Author, VoiceOf(GuestPresentedAsGuest, "dirtiest"));
    }

    [Theory]
    [InlineData("scandal")]
    [InlineData("shabbiest")]
    public void The_host_and_a_caller_presented_by_a_place_stay_the_programmes_own_text(string word) =>
        Assert.Equal(Voice.Author, VoiceOf(PhoneIn, word));

    [Fact]
    public void A_line_without_a_label_after_a_turn_is_the_writer_again() =>
        Assert.Equal(Voice.Author, VoiceOf("""
            Two councillors clashed on the phone-in this morning.
            DORNE: The levy is fair.
            KALLAS: The levy is theft.
            DORNE: Then vote against it.
            The vote is on Thursday, and the council expects a close count.
            """, "expects"));

    [Theory]
    [InlineData("UPDATE: The ferry resumed service at noon.\nThe line said repairs were finished.\nUPDATE: A second ferry sails tomorrow.", "resumed")]
    [InlineData("WATCH: The mayor opens the bridge.\nCORRECTION: An earlier version misspelt the name of the bridge.", "opens")]
    [InlineData("BRENN: The port will reopen.\nThe board met on Friday and agreed a date.", "reopen")]
    [InlineData("Q: a letter of the alphabet that stands alone in this note.\nThe answer is below.", "letter")]
    public void A_kicker_or_a_lone_label_opens_no_turn(string text, string word) =>
        Assert.Equal(Voice.Author, VoiceOf(text, word));
}
