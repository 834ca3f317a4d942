using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;

namespace Rhetlint.Cli.Output;

/// <summary>
/// GitHub Actions workflow commands, one per finding, which the runner turns into annotations on the pull request:
/// <c>::warning file=a.md,line=3,col=1,endLine=3,endColumn=20,title=RH3002::message</c>. Errors and warnings keep
/// their level; suggestions become notices.
/// </summary>
internal static class GitHubReporter
{
    public static void Write(TextWriter output, IReadOnlyList<CheckedFile> files)
    {
        foreach (var file in files.Where(f => f.Text is not null))
            foreach (var finding in file.Findings)
            {
                var span = finding.LineSpan.Span;
                var command = finding.Severity switch
                {
                    DiagnosticSeverity.Error => "error",
                    DiagnosticSeverity.Warning => "warning",
                    _ => "notice",
                };
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"::{command} file={Property(file.Path)},line={span.Start.Line + 1},col={span.Start.Character + 1},endLine={span.End.Line + 1},endColumn={span.End.Character + 1},title={Property(finding.Id)}::{Data(finding.Message)}"));
            }
    }

    /// <summary>The message after <c>::</c>: escaped as GitHub's toolkit does (<c>escapeData</c>), so a newline cannot end the command early.</summary>
    public static string Data(string text) =>
        new StringBuilder(text).Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A").ToString();

    /// <summary>A property value: also <c>:</c> and <c>,</c>, which would end the value (the toolkit's <c>escapeProperty</c>).</summary>
    public static string Property(string text) =>
        new StringBuilder(Data(text)).Replace(":", "%3A").Replace(",", "%2C").ToString();
}
