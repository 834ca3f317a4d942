using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Markup;

namespace Rhetlint.Cli;

/// <summary>
/// The lines of each file that changed since a git revision (<c>check --changed-since REF</c>): what <c>git diff
/// --unified=0 REF</c> adds or rewrites in the working tree, and every line of a file git does not track yet or of a
/// Word document that changed. A newsroom gates only the copy a change touched.
/// </summary>
internal sealed partial class ChangedLines
{
    private readonly Dictionary<string, HashSet<int>> _lines = new(StringComparer.Ordinal);
    private readonly HashSet<string> _whollyNew = new(StringComparer.Ordinal);

    private ChangedLines()
    {
    }

    [GeneratedRegex(@"^@@ -\d+(?:,\d+)? \+(?<start>\d+)(?:,(?<count>\d+))? @@")]
    private static partial Regex HunkHeader();

    /// <summary>The changed lines of <paramref name="files"/>, each asked of the repository that holds it.</summary>
    /// <exception cref="GitException">git is missing, a file is not in a repository, or the revision is unknown there.</exception>
    public static ChangedLines Since(string revision, IReadOnlyList<string> files)
    {
        var changes = new ChangedLines();
        var roots = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in files.Select(Path.GetFullPath).GroupBy(f => RootOf(Path.GetDirectoryName(f)!, roots), StringComparer.Ordinal))
            changes.Add(revision, group.Key, [.. group]);
        return changes;
    }

    private static string RootOf(string directory, Dictionary<string, string> roots)
    {
        if (!roots.TryGetValue(directory, out var root))
            roots[directory] = root = Git(directory, "rev-parse", "--show-toplevel").Trim();
        return root;
    }

    private void Add(string revision, string root, string[] paths)
    {
        if (Git(root, allowFailure: true, "rev-parse", "--verify", "--quiet", revision + "^{commit}").Length == 0)
            throw new GitException($"--changed-since {revision}: no such revision in {root}");
        string? current = null;
        foreach (var line in Git(root, ["diff", "--unified=0", "--no-color", "--no-ext-diff", "--no-renames", revision, "--", .. paths]).Split('\n'))
        {
            if (line.StartsWith("+++ ", StringComparison.Ordinal))
                current = line == "+++ /dev/null" ? null : Path.GetFullPath(Path.Combine(root, Unquote(line[4..])[2..]));
            else if (current is not null && HunkHeader().Match(line) is { Success: true } hunk)
            {
                var start = int.Parse(hunk.Groups["start"].Value, System.Globalization.CultureInfo.InvariantCulture);
                var count = hunk.Groups["count"].Success ? int.Parse(hunk.Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture) : 1;
                if (!_lines.TryGetValue(current, out var set)) _lines[current] = set = [];
                for (var l = start; l < start + count; l++) set.Add(l);
            }
        }
        foreach (var untracked in Git(root, ["ls-files", "--others", "--exclude-standard", "--full-name", "--", .. paths]).Split('\n', StringSplitOptions.RemoveEmptyEntries))
            _whollyNew.Add(Path.GetFullPath(Path.Combine(root, Unquote(untracked))));
        // git has no lines of a Word document (a zip), and its paragraphs are not lines of the file: a changed one is checked whole.
        var documents = paths.Where(p => DocumentFormats.FromPath(p) == DocumentFormat.Docx).ToArray();
        if (documents.Length > 0)
            foreach (var changed in Git(root, ["diff", "--name-only", "--no-renames", revision, "--", .. documents]).Split('\n', StringSplitOptions.RemoveEmptyEntries))
                _whollyNew.Add(Path.GetFullPath(Path.Combine(root, Unquote(changed))));
    }

    /// <summary>Whether any line of <paramref name="span"/> (0-based, as Roslyn counts) changed in the file at <paramref name="path"/>.</summary>
    public bool Touches(string path, LinePositionSpan span)
    {
        var full = Path.GetFullPath(path);
        if (_whollyNew.Contains(full)) return true;
        if (!_lines.TryGetValue(full, out var lines)) return false;
        for (var line = span.Start.Line + 1; line <= span.End.Line + 1; line++)
            if (lines.Contains(line)) return true;
        return false;
    }

    /// <summary>git quotes a path with unusual characters ("a\"b.md"); undo the common escapes.</summary>
    private static string Unquote(string path) =>
        path.Length >= 2 && path[0] == '"' && path[^1] == '"' ? path[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal) : path;

    private static string Git(string workingDirectory, params string[] arguments) => Git(workingDirectory, allowFailure: false, arguments);

    private static string Git(string workingDirectory, bool allowFailure, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-c", "core.quotePath=false" }.Concat(arguments)) start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new GitException("--changed-since: cannot run git");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new GitException("--changed-since needs git on the PATH");
        }
        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode == 0 || allowFailure) return process.ExitCode == 0 ? output : "";
            throw new GitException($"--changed-since: git {arguments[0]} failed: {error.Result.Trim()}");
        }
    }
}

/// <summary>A git command the CLI needed failed; the message says which and why.</summary>
internal sealed class GitException(string message) : Exception(message);
