namespace Rhetlint.Cli.Output;

/// <summary>The report formats of <c>check --format</c>.</summary>
internal static class ReportFormats
{
    public static readonly string[] Names = ["text", "concise", "json", "sarif", "github", "junit", "checkstyle", "html"];

    /// <param name="status">
    /// Where concise and github put their closing count (standard error): their output stays one line per finding,
    /// for tools that read every line.
    /// </param>
    /// <param name="palette">Colours for the formats a person reads (text, concise); the others are read by tools and never get any.</param>
    public static void Write(string format, TextWriter output, TextWriter status, CheckRun run, Palette palette)
    {
        var summary = TextReporter.OnlyInputErrors(run) ? null : TextReporter.Summary(run.Files);
        switch (format)
        {
            case "concise":
                ConciseReporter.Write(output, run.Files, palette);
                if (summary is not null) status.WriteLine(summary);
                break;
            case "json":
                JsonReporter.Write(output, run.Files);
                break;
            case "sarif":
                SarifReporter.Write(output, run);
                break;
            case "github":
                GitHubReporter.Write(output, run.Files);
                if (summary is not null) status.WriteLine(summary);
                break;
            case "junit":
                JUnitReporter.Write(output, run);
                break;
            case "checkstyle":
                CheckstyleReporter.Write(output, run.Files);
                break;
            case "html":
                HtmlReporter.Write(output, run);
                break;
            default:
                TextReporter.Write(output, run, palette);
                break;
        }
    }
}
