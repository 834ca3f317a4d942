using System.Text.RegularExpressions;
using CsCheck;
using Rhetlint.Cli.Fixes;

namespace Rhetlint.Cli.Tests;

public partial class UnifiedDiffTests
{
    private static string Numbered(int count, params (int Line, string Text)[] replaced) =>
        string.Concat(Enumerable.Range(1, count).Select(n => (replaced.FirstOrDefault(r => r.Line == n).Text ?? $"Line {n}.") + "\n"));

    [Fact]
    public void Same_text_gives_no_diff() => Assert.Equal("", UnifiedDiff.Of("d.md", "One.\n", "One.\n"));

    [Fact]
    public void One_changed_line_with_three_lines_of_context()
    {
        Assert.Equal(
            "--- a/drafts/d.md\n+++ b/drafts/d.md\n@@ -2,7 +2,7 @@\n Line 2.\n Line 3.\n Line 4.\n-Line 5.\n+Line five.\n Line 6.\n Line 7.\n Line 8.\n",
            UnifiedDiff.Of("drafts/d.md", Numbered(10), Numbered(10, (5, "Line five."))));
    }

    [Fact]
    public void Changes_whose_context_would_touch_share_a_hunk()
    {
        var diff = UnifiedDiff.Of("d.md", Numbered(12), Numbered(12, (2, "Two."), (9, "Nine.")));
        Assert.Single(HunkHeaders(diff));
        Assert.Contains("@@ -1,12 +1,12 @@\n", diff);
    }

    [Fact]
    public void Changes_further_apart_get_their_own_hunks()
    {
        var diff = UnifiedDiff.Of("d.md", Numbered(14), Numbered(14, (2, "Two."), (10, "Ten.")));
        Assert.Equal(["@@ -1,5 +1,5 @@", "@@ -7,7 +7,7 @@"], HunkHeaders(diff));
    }

    [Fact]
    public void Removed_lines_come_before_added_ones_and_a_missing_final_newline_is_marked()
    {
        Assert.Equal(
            "--- a/d.md\n+++ b/d.md\n@@ -1,2 +1,3 @@\n One.\n-Two.\n\\ No newline at end of file\n+Deux.\n+Three.\n\\ No newline at end of file\n",
            UnifiedDiff.Of("d.md", "One.\nTwo.", "One.\nDeux.\nThree."));
    }

    [Fact]
    public void Empty_ranges_name_the_line_before_them()
    {
        Assert.Equal("--- a/d.md\n+++ b/d.md\n@@ -0,0 +1 @@\n+One.\n", UnifiedDiff.Of("d.md", "", "One.\n"));
        Assert.Equal("--- a/d.md\n+++ b/d.md\n@@ -1,2 +1 @@\n One.\n-Two.\n", UnifiedDiff.Of("d.md", "One.\nTwo.\n", "One.\n"));
    }

    [Fact]
    public void Crlf_lines_keep_their_carriage_return_and_absolute_paths_lose_their_root()
    {
        Assert.Equal("--- a/tmp/d.md\n+++ b/tmp/d.md\n@@ -1 +1 @@\n-One.\r\n+Uno.\r\n", UnifiedDiff.Of("/tmp/d.md", "One.\r\n", "Uno.\r\n"));
    }

    /// <summary>Applying the hunks to the old text, as patch does, gives the new one; and every header counts its lines right.</summary>
    [Fact]
    public void Applying_the_diff_gives_the_new_text()
    {
        var lines = Gen.OneOf("Varn.\n", "Kestria.\n", "\n", "Malmö.\r\n", "Ilse.\n");
        var text = lines.Array[0, 30].Select(l => string.Concat(l));
        Gen.Select(text, text).Sample((before, after) =>
        {
            var diff = UnifiedDiff.Of("d.md", before, after);
            Assert.Equal(after, Patch(before, diff));
        }, iter: 300);
    }

    private static string[] HunkHeaders(string diff) => [.. diff.Split('\n').Where(l => l.StartsWith("@@", StringComparison.Ordinal))];

    [GeneratedRegex(@"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@$")]
    private static partial Regex HunkHeader();

    private static string Patch(string before, string diff)
    {
        if (diff.Length == 0) return before;
        var old = SplitKeepingNewlines(before);
        var lines = diff.Split('\n');
        var result = new List<string>();
        var copied = 0;
        var i = 2;
        while (i < lines.Length - 1)
        {
            var header = HunkHeader().Match(lines[i++]);
            Assert.True(header.Success, lines[i - 1]);
            var oldCount = header.Groups[2].Success ? int.Parse(header.Groups[2].Value) : 1;
            var newCount = header.Groups[4].Success ? int.Parse(header.Groups[4].Value) : 1;
            var oldStart = int.Parse(header.Groups[1].Value) - (oldCount == 0 ? 0 : 1);
            while (copied < oldStart) result.Add(old[copied++]);
            int seenOld = 0, seenNew = 0;
            while (i < lines.Length - 1 && !lines[i].StartsWith("@@", StringComparison.Ordinal))
            {
                var marker = lines[i][0];
                var line = lines[i++][1..] + "\n";
                if (i < lines.Length - 1 && lines[i] == "\\ No newline at end of file")
                {
                    line = line[..^1];
                    i++;
                }
                if (marker != '+')
                {
                    Assert.Equal(old[copied++], line);
                    seenOld++;
                }
                if (marker != '-')
                {
                    result.Add(line);
                    seenNew++;
                }
            }
            Assert.Equal((oldCount, newCount), (seenOld, seenNew));
        }
        while (copied < old.Count) result.Add(old[copied++]);
        return string.Concat(result);
    }

    private static List<string> SplitKeepingNewlines(string text) =>
        [.. Regex.Split(text, "(?<=\n)").Where(l => l.Length > 0)];
}
