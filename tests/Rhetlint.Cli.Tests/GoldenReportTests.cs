using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Rhetlint.Tests.Shared;
using static Rhetlint.Cli.Tests.CliRunner;

namespace Rhetlint.Cli.Tests;

/// <summary>
/// Every <c>check</c> format on one fixed draft (Golden/draft.md: a multi-line Markdown op-ed with rewrites, a finding
/// suppressed by a comment, all three severities), compared with the expected report in Golden/ after the tool
/// version, timestamps, durations and the working directory are redacted. A reviewer reads the golden diff.
/// To accept a changed report, run the tests with <c>RHETLINT_UPDATE_GOLDEN=1</c> (refused when <c>CI</c> is set): each
/// test then rewrites its file in the source tree, and <c>git diff tests/Rhetlint.Cli.Tests/Golden</c> shows what changed.
/// </summary>
public partial class GoldenReportTests
{
    private const string DisplayPath = "Golden/draft.md";

    [Theory]
    [InlineData("text", "draft.text.txt")]
    [InlineData("concise", "draft.concise.txt")]
    [InlineData("json", "draft.json")]
    [InlineData("sarif", "draft.sarif")]
    [InlineData("github", "draft.github.txt")]
    [InlineData("junit", "draft.junit.xml")]
    [InlineData("checkstyle", "draft.checkstyle.xml")]
    [InlineData("html", "draft.html")]
    public void Report_matches_its_golden_file(string format, string golden)
    {
        var draft = Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(AppContext.BaseDirectory, "Golden", "draft.md"));

        var result = Run("check", "--format", format, draft);

        // RH4002 is an error in the draft's .editorconfig; the suppressed RH2003 does not count.
        Assert.Equal(1, result.ExitCode);
        AssertMatchesGolden(golden, Redact(result.Out, draft));
    }

    [Theory]
    [InlineData("concise")]
    [InlineData("github")]
    public void Line_per_finding_formats_put_the_count_on_standard_error(string format)
    {
        var draft = Path.Combine(AppContext.BaseDirectory, "Golden", "draft.md");

        var result = Run("check", "--format", format, draft);

        Assert.Equal("1 error, 4 warnings, and 4 suggestions in 1 file (1 checked).\nrhetlint: failed: 1 finding at or above --fail-on error",
            result.Error.ReplaceLineEndings("\n").TrimEnd());
        Assert.Equal(9, result.Out.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Length);
    }

    private static string Redact(string report, string draftPath)
    {
        var text = report.ReplaceLineEndings("\n").Replace(draftPath.Replace('\\', '/'), DisplayPath).Replace(draftPath, DisplayPath);
        text = text.Replace($"\"{ToolVersion.Current}\"", "\"<version>\"").Replace($"rhetlint {ToolVersion.Current}", "rhetlint <version>");
        text = Timestamp().Replace(text, "<timestamp>");
        text = RunDuration().Replace(text, "${start}<duration>\"");
        return FileUri().Replace(text, "\"file:///<working-directory>/\"");
    }

    [GeneratedRegex(@"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?")]
    private static partial Regex Timestamp();

    [GeneratedRegex(@"(?<start><testsuites [^>]*time="")[0-9.]+""")]
    private static partial Regex RunDuration();

    [GeneratedRegex(@"""file:///[^""]*/""")]
    private static partial Regex FileUri();

    private static void AssertMatchesGolden(string name, string actual, [CallerFilePath] string testFile = "") =>
        GoldenFile.AssertMatches(Path.Combine(Path.GetDirectoryName(testFile)!, "Golden", name), actual);
}
