using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Rules.Sourcing;

/// <summary>RH3003 — quote without attribution.</summary>
public sealed class RH3003OrphanQuote : RhetoricAnalyzer
{
    public override RuleDocumentation Documentation { get; } = new(Descriptor)
    {
        SeverityNote = "for a full sentence or more; warning for a shorter quotation",
        WhatItDoes = """
            Flags a direct quotation that nobody is said to speak. A quotation counts as attributed when the text names
            its speaker:
            - in a sentence the quotation is part of ("“…,” Brandt said", "Brandt called the vote “…”", and right after
              the quotation a short subject with any verb: "“…,” she continued", "“…,” the letter reads"; a text gives its wording in the past too, and before its
              name: "“…,” the statement read", "“…,” reads an editorial in the Gazette"); after a quoted question or
              exclamation, a name and a verb of speaking, asking or pressing for an answer stay in its sentence ("“And the
              other ferries?” Halvorsen pressed."), while a name and any other verb open the writer's next sentence ("“Who
              pays?” Halvorsen shrugged and left." leaves the question an orphan);
            - in the sentence right before or after it, in the same paragraph, or in a paragraph that ends "Brandt told
              the council:" or "Brandt continued:". An unnamed group there speaks no verbatim quotation ("Fishermen say
              …"), nor does the writer's relative clause on one ("Tenants I spoke to in Lisk were angry. “…”" is the
              tenants', so nobody's); when the sentence before attributes anything, the writer's own doings in the
              sentence after ("“…” I told my editor that night.") do not claim the quotation;
            - by a verb of communicating (WordNet's verb.communication: "beamed", "touted", "continued", "stated") right
              beside the quotation whose subject is one voice, a name, "he" or "she", or a singular role: inverted right
              after it ("“…!” beamed Orla Pettersen of Skarn"), after it with its subject ("“…,” she trumpeted"), in the
              sentence before in the same paragraph ("Mayor Orme touted the timetable. “…”"), or ending the paragraph a quote
              paragraph opens after ("Trumpeted Ilse Varga:"). A group ("Ferry crews touted …"), the writer, or a person
              doing anything else ("Orme left the hall. “…”") still leaves it an orphan, and so does a wish ("May the saints
              intercede …");
            - in a paragraph that ends on a speech noun and a colon, owned by a name, a definite role or a pronoun:
              "Lind issued the following statement:", "the harbour master posted this notice:", "the site rated this
              statement by Lind on June 11:" (the name after "by" is the speaker); "Several residents sent a statement:"
              leaves it an orphan;
            - on a "— Name" or "-- Name, Outlet" line right under it (an epigraph or a Markdown block quote), or after
              it on its own line when quotes are listed one per line, a hyphen touching the name too ("”-Ilse Brandt"); a
              quotation signed "— Anonymous" is still an orphan, and a second dash on the line ("“Growth” — Lind's word —
              won.") makes it the writer's aside;
            - by "by" and a name right after the closing mark, a work with its author or a headline in a digest of links:
              "—“Ferry fares to rise in spring,” by the Harbor Gazette's Ana Ruiz" ("“…,” by all accounts" credits nobody);
            - by a bracketed citation right after the closing mark, on its line or alone on the line under it: a name,
              an outlet or a work ("(Reuters)", "[The Times]", "(Proverbs 16:18)", "(Kessler 2019)"). A transcript's note
              or an editor's aside is no source: "(Laughter)", "(sic)", "(emphasis added)", a bare "(2015)" or
              "(March 2015)", a lower-case aside;
            - by continuation: a quote paragraph right after a paragraph that names who is speaking inherits that speaker,
              for one paragraph only (AP: restate the speaker unless it is perfectly clear). The speaker is the one the
              paragraph ends on: its last sentence's source when that sentence reports anything ("Dr. Okafor said the clinic
              would stay open." or "“…,” Weiss told the Post in an interview."), else the speaker of its last attributed
              quotation. An unnamed group or "they" there, two speakers in that sentence, or the writer's own narration
              leave the quotation an orphan; a quoted word opening the writer's sentence ("“Safe” is not the word") takes no
              speaker from a paraphrase.

            **Size.** The quotation must be a full clause (three or more words ending a sentence) or at least eight
            words. A quotation that is a sentence on its own counts whatever its length: a one-word exclamation opening
            a piece ("“Hopeless.”") is still somebody's verdict presented without a speaker.

            **Severity.** Error when the quotation is at least one full sentence (three or more words that end a
            sentence, or several sentences); warning for anything shorter, including a one- or two-word quotation
            standing alone.
            """,
        WhyIsThisBad = """
            The reader cannot tell whose words these are, whether the speaker exists, or what they know. Wikipedia's
            manual of style asks to name the author of any quotation of a full sentence; AP and Reuters want every quote
            attributed, in the same sentence or right next to it.
            """,
        NotFlagged = """
            - Any verb of speaking or naming (in any form) in the quotation's sentence or the adjacent ones, even one
              the frame finder cannot tie to a source ("As Lind put it", "tweeting"), and a quotation a clause hands
              over to ("… exclaimed, “…”", "… despaired that “…”", "the sign read: “…”"): somebody is being quoted.
            - Headline case ("“I Will Not Lie, We Lost”"), and one-sentence lines without closing punctuation
              (headlines, captions, bylines in plain text).
            - Quotation marks that may be mispaired: an opening mark followed by a space, or single quotes around a word
              ending in an apostrophe.
            - Mentioned words and titles: "the phrase “…”", "known as “…”", "her essay, “Why Deterrence Still Works,”",
              Title Case names, and a quoted question inside a sentence that goes on after it ("the team's entry “Can
              bees count?” took first prize"): a name, not a question put to the reader.
            - A partial quote repeating words already quoted from a named speaker (an echo).
            - Quotations inside quotations, headings and table cells.
            - Any quotation in a paragraph with an unbalanced quotation mark: RH0002 reports the mark, and pairing
              around it cannot be trusted, so no quote findings cascade from it.
            """,
        Examples = ["[[“We will sink every last one of their ships.”]] The alliance must take that seriously."],
        UseInstead = ["“We will sink every last one of their ships,” Varn's navy chief, Oskar Lind, said on Monday."],
        Rewrite = """
            Display-only template. A quotation that is its own sentence becomes `“…,” [Name], [role], said on [date].`;
            inside a longer sentence, `as [Name], [role], put it on [date], ` is inserted before it. If the speaker
            cannot be named, paraphrase the quote and say why.
            """,
    };

    /// <summary>Below a full clause, a quotation this long still carries someone's claim.</summary>
    private const int MinWords = 8;
    private const int MaxExcerptChars = 60;

    public static readonly DiagnosticDescriptor Descriptor = new(
        "RH3003",
        "Quote without attribution",
        "{0} is quoted without saying who said it; name the speaker in the same or the next sentence, or paraphrase it",
        RuleCategories.Sourcing,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A direct quotation of a full clause or more has no speaker in its sentence, the adjacent sentence, a dash line, a citation, or the quote paragraph it continues.",
        helpLinkUri: RuleCategories.HelpUri("RH3003"));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterQuotationAction(AnalyzeQuotation);

    private static void AnalyzeQuotation(QuotationContext context)
    {
        var document = context.Document;
        var quotation = context.Quotation;
        if (!QuotationShape.IsCheckable(document, quotation) || document.IsMention(quotation)) return;
        // "“…” — Anonymous" signs the quotation with nobody.
        if (document.QuotationSpeaker(quotation.Index) is { } speaker && !(speaker.Kind == QuoteAttributionKind.DashLine && speaker.SpeakerClass == SpeakerClass.VagueSingular)) return;

        var shape = new QuotationShape(document, quotation);
        if (shape.Words == 0 || !shape.StandsAlone && !shape.IsFullSentence && shape.Words < MinWords) return;
        if (IsIntroduced(document, quotation) || IsHeadlineCase(document, quotation, shape) || IsQuestionAsName(document, quotation) || Bylines.Credit(document, quotation)
            || QuotationShape.HasSpeechVerb(document,
            Math.Max(AdjacentStart(document, shape.First).FirstToken, quotation.OpenToken - QuotationShape.MaxSpeechVerbDistance),
            Math.Min(AdjacentEnd(document, shape.Last).EndToken, quotation.CloseToken!.Value + QuotationShape.MaxSpeechVerbDistance), oneSpeakerOnly: true)) return;

        var severity = shape.IsFullSentence ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning;
        context.Report(Descriptor, severity, quotation.Span, [AttributionTemplate(document, quotation, shape)], Excerpt(document, quotation));
    }

    /// <summary>
    /// "“…,” [Name], [role], said on [date]." in place of a quotation that is its own sentence; an inserted
    /// "as [Name], [role], put it," before one inside a longer sentence.
    /// </summary>
    private static Rewrite AttributionTemplate(DocumentModel document, Quotation quotation, QuotationShape shape)
    {
        const string Title = "Name the speaker";
        if (!shape.StandsAlone)
            return Rewrite.Template(Title, new TextSpan(quotation.Span.Start, 0), "as [Name], [role], put it on [date], ");

        var tokens = document.Tokens;
        var source = document.Source;
        var close = tokens[quotation.CloseToken!.Value];
        var last = tokens[shape.LastContent];
        var ending = last.Text is "!" or "?" ? last.Text : ",";
        var kept = last.Text is "." or "!" or "?" or "," ? last.Span.Start : last.Span.End;
        var text = source.ToString(TextSpan.FromBounds(quotation.Span.Start, kept)) + ending + close.Text + " [Name], [role], said on [date]";
        var sentenceEnd = shape.Last.EndToken - 1 > quotation.CloseToken ? tokens[shape.Last.EndToken - 1].Span.End : quotation.Span.End;
        return Rewrite.Template(Title, TextSpan.FromBounds(quotation.Span.Start, sentenceEnd), text + ".");
    }

    /// <summary>"… exclaiming, “…”", "… despaired that “…”", "the headline read: “…”": a clause hands over to the quotation, whoever speaks it.</summary>
    private static bool IsIntroduced(DocumentModel document, Quotation quotation)
    {
        var sentence = document.SentenceOf(quotation.OpenToken);
        return quotation.OpenToken > sentence.FirstToken && document.Tokens[quotation.OpenToken - 1].Norm is "," or ":" or "that";
    }

    /// <summary>
    /// "whose project “Which glue holds longest?” won the fair": a quoted question between a word and the rest of its
    /// sentence is a noun phrase, the name of a project, a headline or a talk, not a question anyone put to the reader.
    /// </summary>
    private static bool IsQuestionAsName(DocumentModel document, Quotation quotation)
    {
        var tokens = document.Tokens;
        var close = quotation.CloseToken!.Value;
        var sentence = document.SentenceOf(quotation.OpenToken);
        if (quotation.OpenToken <= sentence.FirstToken || !tokens[quotation.OpenToken - 1].IsWord || close + 1 >= sentence.EndToken || !tokens[close + 1].IsWord) return false;
        return tokens[close - 1].Text == "?";
    }

    /// <summary>Every word capitalized, three or more of them: a headline or a title, not speech.</summary>
    private static bool IsHeadlineCase(DocumentModel document, Quotation quotation, QuotationShape shape)
    {
        if (shape.Words < 3) return false;
        for (var k = quotation.OpenToken + 1; k < quotation.CloseToken; k++)
            if (document.Tokens[k].IsWord && !document.Tokens[k].IsCapitalized) return false;
        return true;
    }

    private static Sentence AdjacentStart(DocumentModel document, Sentence sentence) =>
        sentence.Index > document.Syntax.Paragraphs[sentence.ParagraphIndex].FirstSentence ? document.Syntax.Sentences[sentence.Index - 1] : sentence;

    private static Sentence AdjacentEnd(DocumentModel document, Sentence sentence) =>
        sentence.Index + 1 < document.Syntax.Paragraphs[sentence.ParagraphIndex].EndSentence ? document.Syntax.Sentences[sentence.Index + 1] : sentence;

    private static string Excerpt(DocumentModel document, Quotation quotation)
    {
        var text = document.Excerpt(quotation.Span);
        return text.Length <= MaxExcerptChars ? $"'{text}'" : $"'{text[..(MaxExcerptChars - 1)].TrimEnd()}…'";
    }
}
