using System.Globalization;
using Humanizer;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Text;

namespace Rhetlint.Cli.Output;

/// <summary>
/// Compiler-style output: <c>path(line,col): warning RH3002: message</c>, then the source line with a caret
/// underline and the suggested rewrite, then a one-line summary.
/// </summary>
internal static class TextReporter
{
    public static void Write(TextWriter output, CheckRun run, Palette palette)
    {
        if (OnlyInputErrors(run)) return;
        var files = run.Files;
        foreach (var file in files)
        {
            if (file.Text is null) continue;
            foreach (var finding in file.Findings)
                WriteFinding(output, file.Path, file.Text, finding, palette);
        }
        output.WriteLine(Summary(files));
        if (StatisticsLine(files) is { } statistics) output.WriteLine(statistics);
    }

    /// <summary>One finding as <c>check</c> prints it: the headline, the source line with a caret underline, the rewrites.</summary>
    public static void WriteFinding(TextWriter output, string path, SourceText text, Finding finding, Palette palette)
    {
        var lineSpan = finding.LineSpan.Span;
        WriteHeadline(output, path, finding, palette);
        output.WriteLine();

        var line = LineMap.Of(text).Line(lineSpan.Start.Line);
        var start = lineSpan.Start.Character;
        var end = lineSpan.End.Line == lineSpan.Start.Line ? lineSpan.End.Character : line.Length;
        var (shown, offset) = Window(text, line, start);
        var caretStart = start - offset;
        var caretEnd = Math.Max(caretStart, Math.Min(end, offset + shown.Length) - offset);
        // Each line is written in its parts: joined first, they were the largest garbage of a long report (issue 18).
        output.Write(Indent);
        output.WriteLine(TerminalText.Escape(shown));
        // Measured on the escaped text, so the caret stays under the finding when an escape widens what precedes it.
        output.Write(Indent);
        output.Write(new string(' ', TerminalText.Escape(shown[..caretStart]).Length));
        output.WriteLine(palette.Underline(finding.Severity, new string('^', Math.Max(1, TerminalText.Escape(shown[caretStart..caretEnd]).Length))));
        foreach (var rewrite in finding.Rewrites)
        {
            var replacement = rewrite.Applicability == Applicability.DisplayOnly
                ? string.Join(" … ", rewrite.Changes.Select(c => c.NewText))
                : string.Join("; ", rewrite.Changes.Select(c => Edit(text, c)));
            output.WriteLine($"    {palette.Label($"= {Describe(rewrite.Applicability)}:")} {TerminalText.Escape($"{rewrite.Title}: {replacement}")}");
        }
    }

    /// <summary>
    /// An edit fix would make, as the words it replaces and what replaces them ("'Tellingly, the' → 'The'", "'so-called '
    /// → (removed)"): the new text alone ("The", or nothing at all) did not say what changes. A template keeps its text
    /// alone: its placeholders are the point.
    /// </summary>
    private static string Edit(SourceText text, TextChange change)
    {
        var start = Math.Min(change.Span.Start, text.Length);
        var replaced = text.ToString(TextSpan.FromBounds(start, Math.Min(change.Span.End, text.Length)));
        return $"'{replaced}' → {(string.IsNullOrEmpty(change.NewText) ? "(removed)" : $"'{change.NewText}'")}";
    }

    private const string Indent = "    ";

    /// <summary>
    /// MSBuild's line for a finding, without its line break: <c>path(line,col): severity ID: message</c>, 1-based, with
    /// control characters escaped (each part on its own, so the palette's escape sequences are the only ones in the line).
    /// </summary>
    public static void WriteHeadline(TextWriter output, string path, Finding finding, Palette palette)
    {
        var start = finding.LineSpan.Span.Start;
        var location = TerminalText.Escape(string.Create(CultureInfo.InvariantCulture, $"{path}({start.Line + 1},{start.Character + 1})"));
        output.Write(palette.Location(location));
        output.Write(": ");
        output.Write(palette.Severity(finding.Severity, Severities.Name(finding.Severity)));
        output.Write(' ');
        output.Write(palette.RuleId(TerminalText.Escape(finding.Id)));
        output.Write(": ");
        output.Write(TerminalText.Escape(finding.Message));
    }

    /// <summary>At most 120 columns of a long line, around the finding; tabs shown as spaces so the caret lines up.</summary>
    private static (string Text, int Offset) Window(SourceText text, TextSpan line, int start)
    {
        const int width = 120;
        var offset = line.Length <= width ? 0 : Math.Max(0, Math.Min(start - 20, line.Length - width));
        var shown = text.ToString(new TextSpan(line.Start + offset, Math.Min(width, line.Length - offset))).Replace('\t', ' ');
        return (shown, offset);
    }

    private static string Describe(Applicability applicability) => applicability switch
    {
        Applicability.Safe => "fix",
        Applicability.Unsafe => "unsafe fix",
        _ => "suggestion",
    };

    /// <summary>
    /// Whether a path, file, setting or rule failed and nothing was found: the errors on standard error are then the
    /// whole report, since "No findings in 0 files." would read as a pass.
    /// </summary>
    public static bool OnlyInputErrors(CheckRun run) => !run.IsComplete && !run.ReadFiles.Any(f => f.Findings.Length > 0);

    public static string Summary(IReadOnlyList<CheckedFile> files)
    {
        var checkedFiles = files.Where(f => f.Text is not null).ToList();
        var findings = checkedFiles.SelectMany(f => f.Findings).ToList();
        var withFindings = checkedFiles.Count(f => f.Findings.Length > 0);
        var parts = new List<string>();
        AddCount(parts, findings.Count(f => f.Severity == DiagnosticSeverity.Error), "error");
        AddCount(parts, findings.Count(f => f.Severity == DiagnosticSeverity.Warning), "warning");
        AddCount(parts, findings.Count(f => f.Severity == DiagnosticSeverity.Info), "suggestion");
        if (parts.Count == 0)
            return $"No findings in {Quantity.Of(checkedFiles.Count, "file")}.";
        return $"{parts.Humanize()} in {Quantity.Of(withFindings, "file")} ({checkedFiles.Count} checked).";
    }

    /// <summary>
    /// "Per 1,000 words (2,310 words): threat inflation 0.4, superlatives 1.3, sourcing 2.2, hedging 0;
    /// direct quotes with a named source: 5 of 8 (63%)." — null when nothing was read.
    /// </summary>
    public static string? StatisticsLine(IReadOnlyList<CheckedFile> files)
    {
        var checkedFiles = files.Where(f => f.Text is not null).ToList();
        var statistics = CheckedFile.Total(checkedFiles);
        if (statistics.Words == 0) return null;
        var rates = statistics.FindingRates(checkedFiles.SelectMany(f => f.Findings))
            .Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Family.Humanize(LetterCasing.LowerCase)} {r.Rate:0.#}"));
        var quotes = statistics.NamedSourceShare is double share
            ? string.Create(CultureInfo.InvariantCulture, $"direct quotes with a named source: {statistics.NamedSourceQuotes} of {statistics.DirectQuotes} ({share:0%})")
            : "no direct quotes";
        return string.Create(CultureInfo.InvariantCulture, $"Per 1,000 words ({Quantity.Of(statistics.Words, "word", "N0")}): {string.Join(", ", rates)}; {quotes}.");
    }

    private static void AddCount(List<string> parts, int count, string noun)
    {
        if (count > 0) parts.Add(Quantity.Of(count, noun));
    }
}
