using System.Globalization;
using Microsoft.CodeAnalysis;

namespace Rhetlint.Cli.Output;

/// <summary>
/// Checkstyle 4.3 XML, which Jenkins' Warnings plugin, reviewdog and many CI dashboards read:
/// <c>&lt;file name&gt;&lt;error line column severity message source="rhetlint.RH3002"/&gt;</c>, a <c>file</c> element for
/// every file read (an empty one when it is clean). Suggestions are checkstyle's <c>info</c>; columns are 1-based.
/// </summary>
internal static class CheckstyleReporter
{
    public static void Write(TextWriter output, IReadOnlyList<CheckedFile> files) => XmlReport.Write(output, writer =>
    {
        writer.WriteStartElement("checkstyle");
        writer.WriteAttributeString("version", "4.3");
        foreach (var file in files.Where(f => f.Text is not null))
        {
            writer.WriteStartElement("file");
            writer.WriteAttributeString("name", XmlReport.Clean(file.Path));
            foreach (var finding in file.Findings)
            {
                var start = finding.LineSpan.Span.Start;
                writer.WriteStartElement("error");
                writer.WriteAttributeString("line", (start.Line + 1).ToString(CultureInfo.InvariantCulture));
                writer.WriteAttributeString("column", (start.Character + 1).ToString(CultureInfo.InvariantCulture));
                writer.WriteAttributeString("severity", finding.Severity switch
                {
                    DiagnosticSeverity.Error => "error",
                    DiagnosticSeverity.Warning => "warning",
                    _ => "info",
                });
                writer.WriteAttributeString("message", XmlReport.Clean(finding.Message));
                writer.WriteAttributeString("source", "rhetlint." + finding.Id);
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
    });
}
