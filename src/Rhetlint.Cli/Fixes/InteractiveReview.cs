using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Cli.Output;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Fixes;
using Rhetlint.Core.Text;

namespace Rhetlint.Cli.Fixes;

/// <summary>
/// <c>fix --interactive</c>: walks the writer through a draft's findings in order, one question each, like
/// <c>git add -p</c>: the flagged line, the rule and its message, and the rewrite as the line before and after it.
/// Answers are lines (a letter, then Enter) so they can come from a terminal or a script: <c>a</c> accepts the rewrite
/// (safe or unsafe: the writer is the one deciding), <c>s</c> skips, <c>e</c> asks for the words to put in place of
/// the flagged ones, <c>q</c> (or the end of input) stops; what was accepted is still written. A finding whose only
/// rewrite has placeholders can be edited or skipped, not accepted. A finding that overlaps a change already accepted
/// is passed over with a note: its rewrite was made for the text before that change.
/// </summary>
/// <param name="palette">Severity colours for the finding's headline and caret, and diff colours for the rewrite's lines, as check and fix --diff show them.</param>
internal sealed class InteractiveReview(TextReader answers, TextWriter output, Palette palette)
{
    private const string Help = "s: leave the words as they are; e: type your own words for the flagged ones; q: stop here (what you accepted is still written)";

    /// <summary>Whether the writer has asked to stop; the remaining drafts are not reviewed.</summary>
    public bool Stopped { get; private set; }

    /// <summary>Whether the review stopped because an answer was not valid UTF-8 (the answers must be read strictly, or
    /// typed words would reach the draft as U+FFFD).</summary>
    public bool StoppedOnInvalidAnswer { get; private set; }

    /// <summary>The edits the writer accepted for the draft, in the order they were reviewed.</summary>
    public ImmutableArray<FixEdit> Review(string path, SourceText text, ImmutableArray<Finding> findings)
    {
        var accepted = new List<FixEdit>();
        var ordered = findings.OrderBy(f => f.Span.Start).ThenBy(f => f.Id, StringComparer.Ordinal).ToList();
        for (var i = 0; i < ordered.Count && !Stopped; i++)
        {
            var finding = ordered[i];
            var counter = $"[{i + 1}/{ordered.Count}]";
            var rewrite = FixPlanner.FirstApplicable(finding, Applicability.Unsafe) is { } applicable ? FixPlanner.Prepare(text, finding, applicable) : null;
            var taken = accepted.SelectMany(e => e.Changes).ToList();
            if (FixPlanner.Conflicts([new TextChange(finding.Span, "")], taken) || (rewrite is not null && FixPlanner.Conflicts(rewrite.Changes, taken)))
            {
                Say($"{counter} {Location(path, finding)} {finding.Id}: overlaps a change you accepted; skipped (run fix again to review it)");
                continue;
            }
            Show(counter, path, text, finding, rewrite);
            if (Ask(text, finding, rewrite) is { } edit) accepted.Add(edit);
        }
        return [.. accepted];
    }

    private FixEdit? Ask(SourceText text, Finding finding, FixEdit? rewrite)
    {
        var choices = rewrite is null ? "[s]kip, [e]dit, [q]uit" : "[a]ccept, [s]kip, [e]dit, [q]uit";
        while (true)
        {
            output.Write($"{choices}? ");
            var answer = ReadAnswer();
            switch (answer?.Trim().ToLowerInvariant())
            {
                case null or "q":
                    Stopped = true;
                    return null;
                case "s":
                    return null;
                case "a" when rewrite is not null:
                    return rewrite;
                case "a":
                    output.WriteLine("This suggestion has placeholders to fill in: edit it (e) or skip it (s).");
                    break;
                case "e":
                    output.Write(TerminalText.Escape($"Replace '{text.ToString(finding.Span)}' with (empty line: back): "));
                    var words = ReadAnswer();
                    if (words is null)
                    {
                        Stopped = true;
                        return null;
                    }
                    if (words.Length == 0) break;
                    var own = new Rewrite("Your own words", [new TextChange(finding.Span, words)], Applicability.Safe);
                    if (FixPlanner.Prepare(text, finding, own) is { } edit) return edit;
                    output.WriteLine("That is what the draft already says; nothing to change.");
                    break;
                default:
                    output.WriteLine(rewrite is null ? Help : "a: apply the rewrite; " + Help);
                    break;
            }
        }
    }

    private string? ReadAnswer()
    {
        string? line;
        // The question must be out before the answer is awaited, whatever buffers the output.
        output.Flush();
        try
        {
            line = answers.ReadLine();
        }
        catch (DecoderFallbackException)
        {
            output.WriteLine("(an answer that is not valid UTF-8: stopping)");
            StoppedOnInvalidAnswer = true;
            return null;
        }
        // The writer's Enter has moved a terminal to the next line, a script's answers have not: the line break keeps a
        // transcript readable, and on a terminal it is the blank line between two findings.
        output.WriteLine(line is null ? "(end of input: stopping)" : "");
        return line;
    }

    private void Show(string counter, string path, SourceText text, Finding finding, FixEdit? rewrite)
    {
        output.WriteLine($"{counter} {palette.Location(TerminalText.Escape(Location(path, finding)))}: {palette.Severity(finding.Severity, Severities.Name(finding.Severity))} "
            + $"{palette.RuleId(TerminalText.Escape(finding.Id))}: {TerminalText.Escape(finding.Message)}");
        var line = LineMap.Of(text).LineAt(finding.Span.Start);
        var shown = text.ToString(line).Replace('\t', ' ');
        var start = finding.Span.Start - line.Start;
        var end = Math.Min(finding.Span.End, line.End) - line.Start;
        // The caret is measured on the escaped line, where one control character takes two to four columns.
        var lead = TerminalText.Escape(shown[..start]).Length;
        var width = TerminalText.Escape(shown[start..end]).Length;
        Say("    " + shown);
        output.WriteLine("    " + new string(' ', lead) + palette.Underline(finding.Severity, new string('^', Math.Max(1, width))));
        if (rewrite is null)
        {
            foreach (var template in finding.Rewrites)
                Say($"    suggestion (fill in the brackets yourself): {template.Title}: {string.Join(" … ", template.Changes.Select(c => c.NewText))}");
            return;
        }
        Say($"    {(rewrite.Rewrite.Applicability == Applicability.Safe ? "safe" : "unsafe")} rewrite: {rewrite.Rewrite.Title}");
        var (before, after) = BeforeAndAfter(text, rewrite);
        foreach (var removed in before) output.WriteLine("    " + palette.Removed(TerminalText.Escape("- " + removed)));
        foreach (var added in after) output.WriteLine("    " + palette.Added(TerminalText.Escape("+ " + added)));
    }

    /// <summary>
    /// A line of the review. Draft text, rewrites built from it and file names reach the terminal escaped, as in
    /// <c>check</c>'s text format: raw, an ESC in a draft would drive the writer's terminal.
    /// </summary>
    private void Say(string line) => output.WriteLine(TerminalText.Escape(line));

    /// <summary>The whole lines the rewrite touches, as they are and as they would be.</summary>
    private static (IEnumerable<string> Before, IEnumerable<string> After) BeforeAndAfter(SourceText text, FixEdit rewrite)
    {
        var region = TextSpan.FromBounds(LineMap.Of(text).LineAt(rewrite.Span.Start).Start, LineMap.Of(text).LineAt(rewrite.Span.End).End);
        region = TextSpan.FromBounds(region.Start, Math.Max(region.End, rewrite.Span.End));
        var lines = SourceText.From(text.ToString(region));
        var changed = TextEdits.Apply(lines, rewrite.Changes.Select(c => new TextChange(new TextSpan(c.Span.Start - region.Start, c.Span.Length), c.NewText!)));
        return (lines.Lines.Select(l => l.ToString()), changed.Lines.Select(l => l.ToString()));
    }

    private static string Location(string path, Finding finding)
    {
        var start = finding.LineSpan.StartLinePosition;
        return string.Create(CultureInfo.InvariantCulture, $"{path}({start.Line + 1},{start.Character + 1})");
    }
}
