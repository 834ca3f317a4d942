using System.Globalization;
using System.Xml;

namespace Rhetlint.Cli.Output;

/// <summary>
/// JUnit XML as GitLab's test report and Jenkins' JUnit plugin read it (the shape ESLint's junit formatter uses): one
/// <c>testsuite</c> per file, one failing <c>testcase</c> per finding, named by rule and message rather than by line,
/// so a finding keeps its name when text above it moves (the same finding again in the file is named with its
/// occurrence, "(2)", since GitLab and Jenkins merge test cases of one name); the failure body is what <c>check</c>
/// prints for it. A file
/// without findings is one passing test case, and a file that could not be read one test case with an <c>error</c>.
/// </summary>
internal static class JUnitReporter
{
    private const string CleanCaseName = "no rhetoric findings";

    public static void Write(TextWriter output, CheckRun run) => XmlReport.Write(output, writer =>
    {
        var findings = run.ReadFiles.Sum(f => f.Findings.Length);
        var readable = run.ReadFiles.Count(f => f.Findings.Length == 0);
        var unreadable = run.Files.Count(f => f.Text is null);
        writer.WriteStartElement("testsuites");
        writer.WriteAttributeString("name", "rhetlint");
        writer.WriteAttributeString("tests", Number(findings + readable + unreadable));
        writer.WriteAttributeString("failures", Number(findings));
        writer.WriteAttributeString("errors", Number(unreadable));
        writer.WriteAttributeString("time", Seconds(run.FinishedUtc - run.StartedUtc));
        foreach (var file in run.Files) WriteSuite(writer, file, run.StartedUtc);
        writer.WriteEndElement();
    });

    private static void WriteSuite(XmlWriter writer, CheckedFile file, DateTime started)
    {
        var failures = file.Findings.Length;
        var errors = file.Text is null ? 1 : 0;
        writer.WriteStartElement("testsuite");
        writer.WriteAttributeString("name", XmlReport.Clean(file.Path));
        writer.WriteAttributeString("tests", Number(Math.Max(1, failures)));
        writer.WriteAttributeString("failures", Number(failures));
        writer.WriteAttributeString("errors", Number(errors));
        writer.WriteAttributeString("skipped", "0");
        writer.WriteAttributeString("time", "0");
        // The JUnit schema's timestamp has no time zone; it is UTC.
        writer.WriteAttributeString("timestamp", started.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture));
        if (file.Text is null) WriteCase(writer, "read the file", file.Path, "error", file.Error ?? "unreadable", null, null);
        else if (failures == 0) WriteCase(writer, CleanCaseName, file.Path, null, null, null, null);
        // A file that could not be read has no findings.
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var finding in file.Findings)
        {
            var name = $"{finding.Id}: {finding.Message}";
            var occurrence = occurrences[name] = occurrences.GetValueOrDefault(name) + 1;
            var body = new StringWriter { NewLine = "\n" };
            TextReporter.WriteFinding(body, file.Path, file.Text!, finding, Palette.Plain);
            if (finding.Descriptor.HelpLinkUri is { Length: > 0 } help) body.WriteLine($"    rule: {help}");
            WriteCase(writer, occurrence == 1 ? name : $"{name} ({occurrence})", file.Path, "failure", finding.Message, Severities.Name(finding.Severity), body.ToString());
        }
        writer.WriteEndElement();
    }

    /// <param name="outcome"><c>failure</c>, <c>error</c>, or null for a passing case.</param>
    private static void WriteCase(XmlWriter writer, string name, string path, string? outcome, string? message, string? type, string? body)
    {
        writer.WriteStartElement("testcase");
        writer.WriteAttributeString("name", XmlReport.Clean(name));
        writer.WriteAttributeString("classname", XmlReport.Clean(path));
        writer.WriteAttributeString("file", XmlReport.Clean(path));
        writer.WriteAttributeString("time", "0");
        if (outcome is not null)
        {
            writer.WriteStartElement(outcome);
            writer.WriteAttributeString("message", XmlReport.Clean(message ?? ""));
            if (type is not null) writer.WriteAttributeString("type", type);
            if (body is not null) writer.WriteString(XmlReport.Clean(body));
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan duration) => duration.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
}
