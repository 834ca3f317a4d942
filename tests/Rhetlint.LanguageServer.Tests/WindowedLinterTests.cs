using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Config;
using Rhetlint.Core.Markup;
using Rhetlint.LanguageServer.Analysis;
using Rhetlint.Rules;

namespace Rhetlint.LanguageServer.Tests;

/// <summary>
/// Windowed analysis equals whole-document analysis (<c>rhetlint check</c>) on a document whose findings depend on
/// other paragraphs, before and after edits; and an edit re-analyzes only the windows its chunk is in.
/// </summary>
public sealed class WindowedLinterTests
{
    /// <summary>
    /// Cross-paragraph effects, each marked: a quotation over three paragraphs introduced in the paragraph before it,
    /// a reported claim whose attribution is in the previous paragraph, a rebuttal in the next paragraph, suppression
    /// comments whose scope runs over many paragraphs (and one that suppresses nothing, one with an unknown id),
    /// a reference link whose definition is at the end, the same sentence twice (fingerprints count occurrences),
    /// front matter, a fenced block and an HTML comment with blank lines, a list item with a continuation paragraph.
    /// </summary>
    public const string Draft = """
        ---
        title: Harbor notes

        author: Ilse Brandt
        ---
        # The harbor deal

        Ilse Brandt, who chairs the Harlow Institute, spoke for an hour on Tuesday:

        “The quay is not for sale. The fleet needs it every winter, and the council knows it.

        “We will fight any lease that hands it to Varn. It is the worst deal in the city's history.

        “Nobody in this town was asked, and the pilots were clearly never consulted.”

        The council's plan is the most reckless giveaway in the city's history.

        Critics say the deal is a catastrophe waiting to happen. Such fears are exaggerated, and the lease can be undone.

        <!-- rhetlint-disable RH2001 -- the desk checked the record -->

        The ferry union's plan is the most expensive proposal ever put to the city.

        - The Harbor Gazette called it the boldest plan in decades.

          Clearly, the board met in order to approve it without reading the figures.

        ```text
        The most reckless sentence sits in a fence.

        Clearly, a code block is not prose.
        ```

        <!-- rhetlint-enable RH2001 -->

        <!--
        A note for the desk.

        The most reckless giveaway of all is an HTML comment.
        -->

        The harbor master's plan is the most costly in the city's history, [the budget office says][budget].

        Clearly, Norvania never meant to honor the ceasefire.

        Clearly, Norvania never meant to honor the ceasefire.

        <!-- rhetlint-ignore RH4001 -->
        Clearly, the strait is closed.

        <!-- rhetlint-ignore RH2001 -->
        A quiet paragraph about the ferries.

        <!-- rhetlint-disable RH9999 -->

        Officials familiar with the talks said the terms were the worst in memory.

        [budget]: https://example.org/budget-2026

        """;

    private static readonly Linter Linter = new(BuiltInRules.CreateDriver());

    private static ImmutableArray<string> Full(string text, DocumentFormat format, DocumentOptions options)
    {
        var report = Linter.LintForReport("draft.md", SourceText.From(text), format, options);
        return [.. report.Findings.Concat(report.Suppressed).OrderBy(f => f.Span.Start).ThenBy(f => f.Span.Length).ThenBy(f => f.Id, StringComparer.Ordinal)
            .Select(f => Describe(f.Id, f.Span, f.Severity.ToString(), f.Message, f.Fingerprint!, f.Suppression, f.Rewrites))];
    }

    private static ImmutableArray<string> Windowed(WindowedLinter linter, string text) =>
        [.. linter.Lint(text, CancellationToken.None).Select(f => Describe(f.Id, f.Span, f.Severity.ToString(), f.Message, f.Fingerprint, f.Suppression, f.Rewrites))];

    private static string Describe(string id, TextSpan span, string severity, string message, string fingerprint, Suppression? suppression, ImmutableArray<Rewrite> rewrites) =>
        $"{id} {span} {severity} {fingerprint} {suppression?.Directive}@{suppression?.Comment} {message} | "
        + string.Join(" | ", rewrites.Select(r => $"{r.Title} {r.Applicability}: " + string.Join(", ", r.Changes.Select(c => $"{c.Span}→{c.NewText}"))));

    /// <summary>Equal lists, or a failure that names the findings only one of them has.</summary>
    private static void AssertSame(ImmutableArray<string> expected, ImmutableArray<string> actual, string? context = null)
    {
        if (expected.SequenceEqual(actual)) return;
        Assert.Fail($"{context}\nonly in the whole-document analysis:\n  {string.Join("\n  ", expected.Except(actual))}\nonly in the windowed one:\n  {string.Join("\n  ", actual.Except(expected))}");
    }

    [Fact]
    public void Windowed_analysis_equals_whole_document_analysis_on_cross_paragraph_effects()
    {
        var options = DocumentOptions.Default;
        var expected = Full(Draft, DocumentFormat.Markdown, options);
        AssertSame(expected, Windowed(new WindowedLinter("draft.md", DocumentFormat.Markdown, options, Linter), Draft));

        // The document exercises what it claims to: suppressed findings, stale and bad directives, repeated sentences.
        Assert.Contains(expected, f => f.Contains("rhetlint-disable@", StringComparison.Ordinal));
        Assert.Contains(expected, f => f.Contains("rhetlint-ignore@", StringComparison.Ordinal));
        Assert.Contains(expected, f => f.StartsWith("RH0003 ", StringComparison.Ordinal));
        Assert.Contains(expected, f => f.StartsWith("RH0004 ", StringComparison.Ordinal));
        Assert.True(expected.Count(f => f.StartsWith("RH4001 ", StringComparison.Ordinal)) >= 3);
        // The quotation is Brandt's, introduced a paragraph before it starts: no orphan quote.
        Assert.DoesNotContain(expected, f => f.StartsWith("RH3003 ", StringComparison.Ordinal));
    }

    [Fact]
    public void Windowed_analysis_equals_whole_document_analysis_in_plain_text_under_another_profile_and_with_crlf()
    {
        var options = DocumentOptions.ForProfile(GenreProfile.Opinion);
        var text = Draft.Replace("```", "", StringComparison.Ordinal);
        AssertSame(Full(text, DocumentFormat.PlainText, options), Windowed(new WindowedLinter("draft.txt", DocumentFormat.PlainText, options, Linter), text));
        var crlf = Draft.Replace("\n", "\r\n", StringComparison.Ordinal);
        AssertSame(Full(crlf, DocumentFormat.Markdown, options), Windowed(new WindowedLinter("draft.md", DocumentFormat.Markdown, options, Linter), crlf));
    }

    /// <summary>
    /// Page furniture is decided on the whole draft: a widget's second copy is furniture only because of a first copy
    /// several windows away, and a caption in the third block opens a window whose own first blocks would pass for a
    /// headline and standfirst. The widget's first copy is prose until the second shows it is a widget.
    /// </summary>
    [Fact]
    public void Windowed_analysis_leaves_out_the_page_furniture_the_whole_draft_shows()
    {
        const string widget = "The best deals in Harlow this week";
        const string caption = "Volunteers stack sandbags by the weir as everyone knows the river will rise again";
        var text = string.Join("\n\n",
            "Harlow Weir Reopens", "A short report from the river.", caption,
            "The weir reopened on Monday after repairs, the council said.", widget,
            "Boats may pass from nine until six.", "The towpath stays closed for now.",
            "Anglers can fish from the east bank.", "The café by the lock is open.", widget,
            "The next inspection is due in May.") + "\n";
        var options = DocumentOptions.ForProfile(GenreProfile.News);
        var expected = Full(text, DocumentFormat.PlainText, options);
        Assert.DoesNotContain(expected, f => f.StartsWith("RH2006 ", StringComparison.Ordinal));
        Assert.Single(expected, f => f.StartsWith("RH2001 ", StringComparison.Ordinal));
        AssertSame(expected, Windowed(new WindowedLinter("draft.txt", DocumentFormat.PlainText, options, Linter), text));
    }

    /// <summary>
    /// A furniture block added in one chunk changes findings in another, as in the whole draft: a reader poll's question
    /// is prose until a second copy further down shows it recurs. The edit re-reads only the chunks it touched; removing
    /// the copy again re-reads only the last chunk as it was (chunks are kept from one analysis to the next), and the
    /// question is prose again.
    /// </summary>
    [Fact]
    public void A_poll_added_or_removed_in_one_chunk_changes_findings_as_the_whole_draft_does_and_rereads_only_that_chunk()
    {
        const string poll = "Why is this the most reckless transfer in the club's history?";
        var paragraphs = new[]
        {
            "# Tarnby United", "The club sold its stadium to a developer on Friday, the board said.", poll,
            "The squad trains at the school field until the new ground opens.", "Fans marched from the station to the town hall.",
            "The mayor said she would meet the supporters' trust.", "Season tickets go on sale in June.",
        };
        var text = string.Join("\n\n", paragraphs) + "\n";
        var options = DocumentOptions.Default;
        var windowed = new WindowedLinter("draft.md", DocumentFormat.Markdown, options, Linter);
        var alone = Full(text, DocumentFormat.Markdown, options);
        Assert.Single(alone, f => f.StartsWith("RH2001 ", StringComparison.Ordinal));
        AssertSame(alone, Windowed(windowed, text));
        Assert.Equal(paragraphs.Length, windowed.LastFurnitureReads);

        var repeated = text + "\n" + poll + "\n";
        var both = Full(repeated, DocumentFormat.Markdown, options);
        Assert.DoesNotContain(both, f => f.StartsWith("RH2001 ", StringComparison.Ordinal));
        AssertSame(both, Windowed(windowed, repeated));
        Assert.Equal(2, windowed.LastFurnitureReads);  // the last chunk, which now ends in a blank line, and the copy

        AssertSame(alone, Windowed(windowed, text));
        Assert.Equal(1, windowed.LastFurnitureReads);
    }

    /// <summary>
    /// In plain text the first two blocks are a headline and a standfirst, never a caption: deleting the headline makes
    /// the caption the second block, prose again, in the windowed analysis as in the whole draft; putting it back makes
    /// the caption furniture again. Deleting re-reads no chunk; putting the headline back reads only the headline.
    /// </summary>
    [Fact]
    public void Removing_a_headline_in_plain_text_moves_the_lead_as_the_whole_draft_does()
    {
        const string caption = "Firefighters watch the hillside above the reservoir as everyone knows the dry spell will last";
        var body = string.Join("\n\n", "Hill Fires Spread Near Ostby", caption,
            "Crews from three districts worked through the night, the fire service said.", "The reservoir road is closed until Thursday.") + "\n";
        var withLead = "Dry Summer\n\n" + body;
        var options = DocumentOptions.ForProfile(GenreProfile.News);
        var windowed = new WindowedLinter("draft.txt", DocumentFormat.PlainText, options, Linter);

        var furnished = Full(withLead, DocumentFormat.PlainText, options);
        AssertSame(furnished, Windowed(windowed, withLead));
        var prose = Full(body, DocumentFormat.PlainText, options);
        Assert.NotEqual(furnished.Length, prose.Length);
        AssertSame(prose, Windowed(windowed, body));
        Assert.Equal(0, windowed.LastFurnitureReads);
        AssertSame(furnished, Windowed(windowed, withLead));
        Assert.Equal(1, windowed.LastFurnitureReads);
    }

    /// <summary>
    /// Random edits that add and remove furniture — bylines, polls and their form fields, link lines, share prompts,
    /// captions, a widget repeated — and break or join the blocks around them, each compared with the whole draft.
    /// </summary>
    [Theory]
    [InlineData(DocumentFormat.Markdown, 41)]
    [InlineData(DocumentFormat.Markdown, 42)]
    [InlineData(DocumentFormat.PlainText, 43)]
    [InlineData(DocumentFormat.PlainText, 44)]
    public void After_edits_that_add_and_remove_furniture_windowed_analysis_still_equals_whole_document_analysis(DocumentFormat format, int seed)
    {
        const string furnished = """
            Storm Closes Ostby Port

            By Lena Moss and Omar Haddad | Weather Desk

            The storm closed the port of Ostby on Sunday, the harbour office said.

            Which ferry line has the worst winter record?

            * Nordlys Westway Kelp Line

            Crews tied down the cranes as the wind rose past ninety kilometres an hour in the night

            Related: Ostby ferries cancelled again

            The forecasters expect the wind to drop by Tuesday.

            Share this story with your friends

            Which ferry line has the worst winter record?

            Schools in the lower town stay closed until the water recedes.

            """;
        string[] insertions = ["x", " the worst", "\n\n", "\n", "\n\nBy Ray Dunn\n\n", "\n\nWhich ferry line has the worst winter record?\n\n",
            "\n\nEmail *\n\n", "\n\nRead more: Why the port is shut\n\n", "\n\nFollow us for updates\n\n", ".", "?"];
        var options = DocumentOptions.ForProfile(GenreProfile.News);
        var windowed = new WindowedLinter(format == DocumentFormat.Markdown ? "draft.md" : "draft.txt", format, options, Linter);
        AssertSame(Full(furnished, format, options), Windowed(windowed, furnished));
        AssertSameAfterRandomEdits(windowed, furnished, format, options, insertions, seed, longestDeletion: 40);
    }

    /// <summary>
    /// A superseded finding (RH2001 under RH1010) is not shown, keeps its place in its rule's fingerprint count, and
    /// makes a comment that names its rule a used one — in the windows as in the whole document.
    /// </summary>
    [Fact]
    public void Windowed_analysis_treats_superseded_findings_as_the_whole_document_does()
    {
        const string text = """
            Varn is the gravest threat the region has faced, and its harbor is the busiest port.

            <!-- rhetlint-ignore RH2001 -->
            The strait is more dangerous than ever.

            """;
        var options = DocumentOptions.Default;
        var expected = Full(text, DocumentFormat.Markdown, options);
        AssertSame(expected, Windowed(new WindowedLinter("draft.md", DocumentFormat.Markdown, options, Linter), text));

        Assert.Equal(["RH1010", "RH2001", "RH1010"], expected.Select(f => f[..6]));
        var sentence = FindingFingerprint.NormalizeSentence("Varn is the gravest threat the region has faced, and its harbor is the busiest port.");
        Assert.Contains(FindingFingerprint.Of("RH2001", sentence, 1), expected[1]);
    }

    /// <summary>
    /// Random edits — words, quotation marks, paragraph breaks, fences, comment openers and closers, indented lines,
    /// list items, link definitions, quote paragraphs with and without an introduction — each compared with the whole
    /// document. (Insertions are lower case mid-sentence: a capitalized word inserted mid-sentence changes name evidence
    /// for the whole document, difference (1) of <see cref="WindowedLinter"/>; 60 seeds of 100 edits agreed when this was written.)
    /// </summary>
    [Theory]
    [InlineData(2026)]
    [InlineData(301)]
    [InlineData(302)]
    [InlineData(303)]
    public void After_every_kind_of_edit_windowed_analysis_still_equals_whole_document_analysis(int seed)
    {
        var options = DocumentOptions.Default;
        var windowed = new WindowedLinter("draft.md", DocumentFormat.Markdown, options, Linter);
        var random = new Random(seed);
        string[] insertions = ["x", " the most reckless", "\n\n", "“", "”", " clearly", " said Brandt.", "\n", "<!-- rhetlint-enable RH2001 -->\n\n", "🚢",
            "\n\n```\n", "\n\n<!--\n", "-->", "\n\n    ", "\n\n- ", "[x]: http://a.b\n", "\n\n“Nobody asked us,” ", "\n\nBrandt said:\n\n“We "];
        var text = Draft;
        for (var edit = 0; edit < 80; edit++)
        {
            var position = random.Next(text.Length + 1);
            // Never split a surrogate pair or a CRLF: an editor does not either.
            while (position > 0 && position < text.Length && char.IsLowSurrogate(text[position])) position--;
            if (random.Next(3) == 0)
            {
                var end = Math.Min(position + random.Next(1, 30), text.Length);
                if (end < text.Length && char.IsLowSurrogate(text[end])) end++;
                text = text.Remove(position, end - position);
            }
            else
            {
                text = text.Insert(position, insertions[random.Next(insertions.Length)]);
            }
            AssertSame(Full(text, DocumentFormat.Markdown, options), Windowed(windowed, text), $"after edit {edit}; text:\n{text}");
        }
    }

    /// <summary>
    /// Plain text as scraped copy arrives: a title, then a sentence or a paragraph per line with a caption, a reader poll,
    /// a quote continued on the next line and one never closed; a hard-wrapped paragraph after a blank line.
    /// </summary>
    private const string LineStructuredDraft = """
        Harbour Fees Rise Again

        The Tarnby council raised mooring fees by 8% on Monday, the most reckless decision in the town's history.
        Skippers said the rise would push small boats out of the harbour. Clearly, the council does not care.
        Photo: the east quay at dawn, where the smallest boats tie up
        Which councillor has the worst record on the harbour?
        * Ray Dunn Lena Moss Omar Haddad
        Email *
        “The fees are unfair to small boats and will empty the harbour.
        “They will also drive trade to Holm,” the skippers’ association said in a statement.
        A council source said the vote would be delayed.
        The harbour master called the plan “a disgrace.
        Critics say the fees are the worst in the region.

        The council met on Monday to discuss the harbour fees, which
        skippers say are the highest on the coast. The mayor told them on
        Tuesday that the fees would stay.

        """;

    [Theory]
    [InlineData(14)]
    [InlineData(15)]
    public void In_line_structured_plain_text_windowed_analysis_equals_whole_document_analysis_after_edits(int seed)
    {
        var options = DocumentOptions.Default;
        var windowed = new WindowedLinter("draft.txt", DocumentFormat.PlainText, options, Linter);
        var expected = Full(LineStructuredDraft, DocumentFormat.PlainText, options);
        AssertSame(expected, Windowed(windowed, LineStructuredDraft));
        // The draft exercises what it claims to: the continued quote closes, the one never closed is reported.
        Assert.Contains(expected, f => f.StartsWith("RH3009 ", StringComparison.Ordinal));
        Assert.Single(expected, f => f.StartsWith("RH0002 ", StringComparison.Ordinal));
        string[] insertions = ["x", " the most reckless", "\n", "\n\n", "“", "”", " clearly", " said Brandt.", "\nA source said so\n", ",", "?"];
        AssertSameAfterRandomEdits(windowed, LineStructuredDraft, DocumentFormat.PlainText, options, insertions, seed, longestDeletion: 30);
    }

    /// <summary>
    /// Sixty edits at random places of <paramref name="text"/> — a third deletions of up to
    /// <paramref name="longestDeletion"/> characters, the rest one of <paramref name="insertions"/> — each followed by
    /// the check that the windowed analysis still equals the whole document's.
    /// </summary>
    private static void AssertSameAfterRandomEdits(WindowedLinter windowed, string text, DocumentFormat format, DocumentOptions options,
        string[] insertions, int seed, int longestDeletion)
    {
        var random = new Random(seed);
        for (var edit = 0; edit < 60; edit++)
        {
            var position = random.Next(text.Length + 1);
            if (random.Next(3) == 0)
                text = text.Remove(position, Math.Min(position + random.Next(1, longestDeletion), text.Length) - position);
            else
                text = text.Insert(position, insertions[random.Next(insertions.Length)]);
            AssertSame(Full(text, format, options), Windowed(windowed, text), $"after edit {edit}; text:\n{text}");
        }
    }

    [Fact]
    public void An_edit_inside_one_paragraph_analyzes_only_the_three_windows_that_contain_it()
    {
        string[] paragraphs =
        [
            "# The harbor deal", "The council's plan is the most reckless giveaway in the city's history.", "Critics say the lease is a mistake.",
            "The ferry board met in order to approve the winter timetable.", "Such fears are exaggerated, a port official said.",
            "Clearly, the Varn fleet never meant to leave the strait.", "The vote is on Friday.",
        ];
        var text = string.Join("\n\n", paragraphs) + "\n";
        var windowed = new WindowedLinter("draft.md", DocumentFormat.Markdown, DocumentOptions.Default, Linter);
        windowed.Lint(text, CancellationToken.None);
        Assert.Equal((0, paragraphs.Length), windowed.LastRun);

        var edited = text.Replace("Such fears are exaggerated", "Such fears are overblown", StringComparison.Ordinal);
        AssertSame(Full(edited, DocumentFormat.Markdown, DocumentOptions.Default), Windowed(windowed, edited));
        Assert.Equal((paragraphs.Length - 3, 3), windowed.LastRun);

        // Undo: the windows of the text before the edit are still cached.
        windowed.Lint(text, CancellationToken.None);
        Assert.Equal((paragraphs.Length, 0), windowed.LastRun);
    }

    /// <summary>
    /// Each paragraph of the quotation alone would be an orphan quote (RH3003) or an unclosed mark (RH0002); with the
    /// paragraphs before it the window sees Brandt's quotation, continued — also past a comment or a code block,
    /// which are no paragraphs — or a quote paragraph that inherits the speaker of the one before it.
    /// </summary>
    [Theory]
    [InlineData("Ilse Brandt spoke on Tuesday:\n\n“The quay is not for sale.\n\n“The fleet needs it.\n\n“We will fight the lease.”\n\nThe vote is on Friday.\n")]
    [InlineData("Ilse Brandt spoke on Tuesday:\n\n“The quay is not for sale.\n\n<!-- a note -->\n\n```\ncode\n```\n\n“We will fight the lease.”\n\nThe vote is on Friday.\n")]
    [InlineData("Ilse Brandt spoke on Tuesday:\n\n“The quay is not for sale.”\n\n“The fleet needs it.”\n\nThe vote is on Friday.\n")]
    public void A_window_grows_to_take_a_quotation_with_its_attribution(string text)
    {
        var windowed = new WindowedLinter("draft.md", DocumentFormat.Markdown, DocumentOptions.Default, Linter);
        var full = Full(text, DocumentFormat.Markdown, DocumentOptions.Default);
        AssertSame(full, Windowed(windowed, text));
        Assert.DoesNotContain(full, f => f.StartsWith("RH3003 ", StringComparison.Ordinal) || f.StartsWith("RH0002 ", StringComparison.Ordinal));
        Assert.True(windowed.LastRun.Analyzed > Chunker.Split(text, DocumentFormat.Markdown).Starts.Count);
    }

    [Fact]
    public void A_cancelled_analysis_throws_and_the_next_one_is_complete()
    {
        var windowed = new WindowedLinter("draft.md", DocumentFormat.Markdown, DocumentOptions.Default, Linter);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => windowed.Lint(Draft, cancelled.Token));
        AssertSame(Full(Draft, DocumentFormat.Markdown, DocumentOptions.Default), Windowed(windowed, Draft));
    }

    /// <summary>
    /// The documented difference (1) of <see cref="WindowedLinter"/>: whether a capitalized word at the start of a
    /// sentence is a name is read from how the word is written elsewhere, and the window sees only its neighbours.
    /// Here "Kestrel Partners" three paragraphs on makes "Kestrel analysts" a named firm's analysts for
    /// <c>rhetlint check</c>; the window takes them for a vague group (RH3001). If this test fails, the difference is
    /// gone: delete the test and the item in WindowedLinter's comment.
    /// </summary>
    [Fact]
    public void Known_difference_name_evidence_from_a_paragraph_beyond_the_window_is_not_seen()
    {
        const string text = "Kestrel analysts say the lease is a mistake.\n\nThe vote is on Friday.\n\nThe pier is old.\n\nThe report came from Kestrel Partners.\n";
        Assert.DoesNotContain(Full(text, DocumentFormat.Markdown, DocumentOptions.Default), f => f.StartsWith("RH3001 ", StringComparison.Ordinal));
        Assert.Contains(Windowed(new WindowedLinter("draft.md", DocumentFormat.Markdown, DocumentOptions.Default, Linter), text), f => f.StartsWith("RH3001 ", StringComparison.Ordinal));
    }
}
