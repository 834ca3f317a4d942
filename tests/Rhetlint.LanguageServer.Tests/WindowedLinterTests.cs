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

    [Fact]
    public void After_every_kind_of_edit_windowed_analysis_still_equals_whole_document_analysis()
    {
        var options = DocumentOptions.Default;
        var windowed = new WindowedLinter("draft.md", DocumentFormat.Markdown, options, Linter);
        var random = new Random(2026);
        string[] insertions = ["x", " the most reckless", "\n\n", "“", "”", "Clearly, ", " said Brandt.", "\n", "<!-- rhetlint-enable RH2001 -->\n\n", "🚢"];
        var text = Draft;
        for (var edit = 0; edit < 60; edit++)
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

    [Fact]
    public void An_edit_inside_one_paragraph_analyzes_only_the_windows_that_contain_it()
    {
        var windowed = new WindowedLinter("draft.md", DocumentFormat.Markdown, DocumentOptions.Default, Linter);
        windowed.Lint(Draft, CancellationToken.None);
        // A window per chunk, and the larger windows the quotation over three paragraphs needs.
        var (reused, windows) = windowed.LastRun;
        Assert.Equal(0, reused);
        Assert.True(windows > Chunker.Split(Draft, DocumentFormat.Markdown).Starts.Count);

        var edited = Draft.Replace("Such fears are exaggerated", "Such fears are overblown", StringComparison.Ordinal);
        windowed.Lint(edited, CancellationToken.None);
        Assert.Equal((windows - 3, 3), windowed.LastRun);

        // Undo: the windows of the text before the edit are still cached.
        windowed.Lint(Draft, CancellationToken.None);
        Assert.Equal((windows, 0), windowed.LastRun);
    }

    [Fact]
    public void A_window_grows_to_take_a_quotation_over_several_paragraphs_with_its_attribution()
    {
        // Each paragraph of the quotation alone would be an orphan quote; with the paragraph before the quotation, it is Brandt's.
        const string text = "Ilse Brandt spoke on Tuesday:\n\n“The quay is not for sale.\n\n“The fleet needs it.\n\n“We will fight the lease.”\n\nThe vote is on Friday.\n";
        var windowed = new WindowedLinter("draft.md", DocumentFormat.Markdown, DocumentOptions.Default, Linter);
        AssertSame(Full(text, DocumentFormat.Markdown, DocumentOptions.Default), Windowed(windowed, text));
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
}
