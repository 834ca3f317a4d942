using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Rhetlint.Cli.Output;

namespace Rhetlint.Cli.Explain;

/// <summary>Prints an <see cref="ExplainReport"/>: a compact per-sentence view for people, or JSON for tools.</summary>
internal static class ExplainWriter
{
    /// <summary>Excerpts longer than this are shortened in the text view; JSON always has the whole text.</summary>
    private const int ExcerptWidth = 100;
    private const int RunWidth = 60;

    // Relaxed escaping keeps apostrophes and curly quotes readable; the output is still valid JSON.
    private static readonly ExplainReportContext Context = new(new JsonSerializerOptions(ExplainReportContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static void WriteJson(TextWriter output, ExplainReport report) =>
        output.WriteLine(JsonSerializer.Serialize(report, Context.ExplainReport));

    /// <summary>
    /// The per-sentence view. Every line is escaped (a draft's ESC or newline reaches the terminal as <c>\x1b</c>,
    /// <c>\n</c>), so the only escape sequences are the palette's: each finding's severity in its colour and its id bold, as in check.
    /// </summary>
    public static void WriteText(TextWriter output, ExplainReport report, Palette palette)
    {
        foreach (var sentence in report.Sentences)
        {
            Plain(output, $"sentence {sentence.Index} ({sentence.Span.Line}:{sentence.Span.Column}), paragraph {sentence.Paragraph}");
            Plain(output, "  " + Shorten(sentence.Span.Text, ExcerptWidth));
            foreach (var e in sentence.Evidence)
                Line(output, "evidence", $"{e.Description}: {Shorten(e.Span.Text, RunWidth)}");
            foreach (var q in sentence.Quotations)
                Line(output, "quotation", $"#{q.Index} ({q.Span.Line}:{q.Span.Column}) {q.Style}, depth {q.Depth}{(q.Parent is { } p ? $" in #{p}" : "")}{(q.Closed ? "" : ", unclosed")}: {Shorten(q.Span.Text, ExcerptWidth)}{Use(q)}");
            foreach (var f in sentence.Frames)
                Line(output, "frame", Frame(f));
            // A sentence wholly in one voice says nothing the header does not; print the voice only when it is not the author's or it changes.
            if (sentence.Voices is not [{ Voice: "author" }])
                Line(output, "voice", string.Join(" | ", sentence.Voices.Select(v => $"{v.Voice}: {Shorten(v.Span.Text, RunWidth)}")));
            foreach (var n in sentence.Negations)
                Line(output, "negation", $"{n.Cue.Text} → {Shorten(n.Scope.Text, RunWidth)}");
            foreach (var h in sentence.Hedges)
                Line(output, "hedge", $"{h.Cue.Text} → {Shorten(h.Scope.Text, RunWidth)}");
            foreach (var claim in sentence.Claims)
            {
                Line(output, "claim", $"{claim.Rule} {claim.Kind} '{Shorten(claim.Span.Text, RunWidth)}' in {claim.Window}: {claim.Strength}");
                foreach (var link in claim.Linked)
                    Line(output, "", $"linked ({link.Strength}): {Weighed(link)}");
                foreach (var link in claim.NotLinked)
                    Line(output, "", $"not linked: {Weighed(link)}");
            }
            foreach (var finding in sentence.Findings)
                output.WriteLine($"  {"finding",-9} {Finding(finding, palette)}");
        }
        foreach (var finding in report.DocumentFindings)
            output.WriteLine("document finding: " + Finding(finding, palette));
        var s = report.Summary;
        Plain(output, $"{report.Path}: {Quantity.Of(s.Sentences, "sentence")}, {Quantity.Of(s.Quotations, "quotation")}, {Quantity.Of(s.Frames, "frame")}, {Quantity.Of(s.Findings, "finding")}.");
    }

    /// <summary>Why the quotation is or is not an orphan: mentioned, attributed (how, to whom), or nobody found.</summary>
    private static string Use(ExplainedQuotation q) => q switch
    {
        { Depth: > 0 } => "",
        { Use: "mention" } => " | mentioned, not quoted",
        { Use: { } use, Speaker: { } speaker } => $" | speaker: {Shorten(speaker.Text, RunWidth)} ({q.SpeakerClass}; {use})",
        _ => " | speaker: none found",
    };

    private static string Frame(ExplainedFrame frame)
    {
        var source = new StringBuilder(Shorten(frame.Source.Text, RunWidth)).Append(" (").Append(frame.Speaker);
        if (frame.SourceHead.Length != frame.Source.Length) source.Append("; head: ").Append(Shorten(frame.SourceHead.Text, RunWidth));
        source.Append(')');
        var content = frame.Content.Length == 0 ? "(none)" : Shorten(frame.Content.Text, RunWidth);
        var quotation = frame.Quotation is { } q ? $" | quotation #{q}" : "";
        var refersTo = frame.RefersTo is { } r ? $" | refers to: {Shorten(r.Text, RunWidth)}" : "";
        return $"source: {source}{refersTo} | cue: {frame.Cue.Text} | content {frame.Side}: {content}{quotation}";
    }

    private static string Weighed(ExplainedLink link) =>
        $"{link.Description} '{Shorten(link.Span.Text, RunWidth)}' (sentence {link.Sentence}): {link.Reason}";

    private static string Finding(ExplainedFinding finding, Palette palette) =>
        $"{palette.RuleId(TerminalText.Escape(finding.Id))} {palette.Severity(SeverityNamed(finding.Severity), finding.Severity)} "
        + TerminalText.Escape($"({finding.Span.Line}:{finding.Span.Column}) {Shorten(finding.Span.Text, RunWidth)}: {finding.Message}");

    private static DiagnosticSeverity SeverityNamed(string name) => name switch
    {
        "error" => DiagnosticSeverity.Error,
        "warning" => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };

    private static void Line(TextWriter output, string label, string text) => Plain(output, $"  {label,-9} {text}");

    private static void Plain(TextWriter output, string line) => output.WriteLine(TerminalText.Escape(line));

    /// <summary>The start and end of a long excerpt around an ellipsis, cut at spaces where there are any nearby.</summary>
    private static string Shorten(string text, int width)
    {
        if (text.Length <= width) return text;
        var head = width * 3 / 5;
        var tailStart = text.Length - (width - head - 3);
        var space = text.LastIndexOf(' ', head, head / 2);
        if (space > 0) head = space;
        else if (char.IsHighSurrogate(text[head - 1])) head--;
        var tailSpace = text.IndexOf(' ', tailStart, Math.Min(width / 5, text.Length - tailStart));
        if (tailSpace >= 0) tailStart = tailSpace;
        else if (char.IsLowSurrogate(text[tailStart])) tailStart++;
        return text[..head].TrimEnd() + " … " + text[tailStart..].TrimStart();
    }
}
