using System.Text;
using Rhetlint.Cli.Output;

namespace Rhetlint.Cli.Fixes;

/// <summary>
/// A unified diff of two versions of a file as <c>git diff</c> prints it, so <c>git apply</c> and <c>patch -p1</c> take
/// it: <c>--- a/PATH</c> and <c>+++ b/PATH</c>, then <c>@@ -l,n +l,n @@</c> hunks with three lines of context (hunks
/// whose context would touch are merged), removed lines before added ones, and <c>\ No newline at end of file</c>
/// after a last line without one. Lines end at line feeds only, as in git: a CRLF file's lines keep their CR.
/// </summary>
internal static class UnifiedDiff
{
    private const int Context = 3;

    private enum Kind { Same, Removed, Added }

    /// <summary>A line of either version: its index in the old text (Same, Removed) or the new one (Added).</summary>
    private readonly record struct Line(Kind Kind, int Index);

    /// <summary>
    /// One file's diff (<see cref="Of"/>) coloured as git colours it on a terminal: the two file headers bold, hunk
    /// headers cyan, removed lines red, added lines green. Only the lines are wrapped; their text is unchanged.
    /// </summary>
    public static string Coloured(string diff, Palette palette)
    {
        var output = new StringBuilder();
        var lines = diff.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            output.Append(i < 2 ? palette.Header(line)
                : line.StartsWith("@@", StringComparison.Ordinal) ? palette.Label(line)
                : line.StartsWith('-') ? palette.Removed(line)
                : line.StartsWith('+') ? palette.Added(line)
                : line);
            if (i < lines.Length - 1) output.Append('\n');
        }
        return output.ToString();
    }

    /// <summary>The diff, or an empty string when the texts are the same.</summary>
    public static string Of(string path, string before, string after)
    {
        var old = SplitLines(before);
        var @new = SplitLines(after);
        var lines = Compare(old, @new);
        if (lines.All(l => l.Kind == Kind.Same)) return "";

        var name = path.Replace('\\', '/').TrimStart('/');
        var output = new StringBuilder().Append("--- a/").Append(name).Append('\n').Append("+++ b/").Append(name).Append('\n');
        // How many old and new lines come before each entry: the hunk headers' line numbers.
        var oldBefore = new int[lines.Count + 1];
        var newBefore = new int[lines.Count + 1];
        for (var i = 0; i < lines.Count; i++)
        {
            oldBefore[i + 1] = oldBefore[i] + (lines[i].Kind == Kind.Added ? 0 : 1);
            newBefore[i + 1] = newBefore[i] + (lines[i].Kind == Kind.Removed ? 0 : 1);
        }
        var next = 0;
        while (NextChange(lines, next) is { } first)
        {
            var last = first;
            while (NextChange(lines, last + 1) is { } following && following - last - 1 <= 2 * Context) last = following;
            var start = Math.Max(next, first - Context);
            var end = Math.Min(lines.Count, last + 1 + Context);
            output.Append("@@ -").Append(Range(oldBefore[start], oldBefore[end] - oldBefore[start]))
                .Append(" +").Append(Range(newBefore[start], newBefore[end] - newBefore[start])).Append(" @@\n");
            for (var i = start; i < end; i++)
            {
                var (marker, text) = lines[i].Kind switch
                {
                    Kind.Same => (' ', old[lines[i].Index]),
                    Kind.Removed => ('-', old[lines[i].Index]),
                    _ => ('+', @new[lines[i].Index]),
                };
                output.Append(marker).Append(text);
                if (!text.EndsWith('\n')) output.Append("\n\\ No newline at end of file\n");
            }
            next = end;
        }
        return output.ToString();
    }

    private static int? NextChange(List<Line> lines, int from)
    {
        for (var i = from; i < lines.Count; i++)
            if (lines[i].Kind != Kind.Same) return i;
        return null;
    }

    /// <summary>GNU's range: "l,n"; "l" alone for one line; for none, the line before ("0,0" at the top).</summary>
    private static string Range(int linesBefore, int count) => count switch
    {
        0 => $"{linesBefore},0",
        1 => $"{linesBefore + 1}",
        _ => $"{linesBefore + 1},{count}",
    };

    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end + 1;
            lines.Add(text[start..end]);
            start = end;
        }
        return lines;
    }

    /// <summary>Both versions as one sequence: common lines once, and in each changed run the removed lines before the added ones.</summary>
    private static List<Line> Compare(List<string> old, List<string> @new)
    {
        // Rewrites touch a few lines of a long draft: only the middle between the common head and tail needs Myers.
        var head = 0;
        while (head < old.Count && head < @new.Count && old[head] == @new[head]) head++;
        var tail = 0;
        while (tail < old.Count - head && tail < @new.Count - head && old[^(tail + 1)] == @new[^(tail + 1)]) tail++;

        var matches = Myers(old, head, old.Count - tail, @new, head, @new.Count - tail);
        var lines = new List<Line>(old.Count + @new.Count);
        for (var i = 0; i < head; i++) lines.Add(new Line(Kind.Same, i));
        int o = head, n = head;
        foreach (var (matchOld, matchNew) in matches.Append((old.Count - tail, @new.Count - tail)))
        {
            while (o < matchOld) lines.Add(new Line(Kind.Removed, o++));
            while (n < matchNew) lines.Add(new Line(Kind.Added, n++));
            if (o < old.Count - tail)
            {
                lines.Add(new Line(Kind.Same, o++));
                n++;
            }
        }
        for (var i = old.Count - tail; i < old.Count; i++) lines.Add(new Line(Kind.Same, i));
        return lines;
    }

    /// <summary>
    /// Myers' O(ND) shortest edit script between old[oldStart..oldEnd) and new[newStart..newEnd): the pairs of equal
    /// lines it keeps, in order. Each step keeps only the diagonals it reached (2d+1 of them), so memory is O(D²).
    /// </summary>
    private static List<(int Old, int New)> Myers(List<string> old, int oldStart, int oldEnd, List<string> @new, int newStart, int newEnd)
    {
        int n = oldEnd - oldStart, m = newEnd - newStart;
        // furthest[d][k + d]: the furthest x (lines of old consumed) on diagonal k = x - y after d edits.
        var furthest = new List<int[]>();
        for (var d = 0; d <= n + m; d++)
        {
            var reached = new int[2 * d + 1];
            furthest.Add(reached);
            for (var k = -d; k <= d; k += 2)
            {
                var x = d == 0 ? 0 : FromAdded(furthest[d - 1], d - 1, k) ? furthest[d - 1][k + 1 + d - 1] : furthest[d - 1][k - 1 + d - 1] + 1;
                var y = x - k;
                while (x < n && y < m && old[oldStart + x] == @new[newStart + y])
                {
                    x++;
                    y++;
                }
                reached[k + d] = x;
                if (x >= n && y >= m) return Backtrack(furthest, n, m, oldStart, newStart);
            }
        }
        throw new InvalidOperationException("unreachable: n + m edits always suffice");
    }

    /// <summary>Whether diagonal k is best reached from k + 1 (a line added) rather than from k - 1 (a line removed).</summary>
    private static bool FromAdded(int[] previous, int previousD, int k) =>
        k == -(previousD + 1) || (k != previousD + 1 && previous[k - 1 + previousD] < previous[k + 1 + previousD]);

    private static List<(int Old, int New)> Backtrack(List<int[]> furthest, int n, int m, int oldStart, int newStart)
    {
        var matches = new List<(int, int)>();
        int x = n, y = m;
        for (var d = furthest.Count - 1; d > 0; d--)
        {
            var k = x - y;
            var previousK = FromAdded(furthest[d - 1], d - 1, k) ? k + 1 : k - 1;
            var previousX = furthest[d - 1][previousK + d - 1];
            var previousY = previousX - previousK;
            while (x > previousX && y > previousY) matches.Add((oldStart + --x, newStart + --y));
            (x, y) = (previousX, previousY);
        }
        while (x > 0 && y > 0) matches.Add((oldStart + --x, newStart + --y));
        matches.Reverse();
        return matches;
    }
}
