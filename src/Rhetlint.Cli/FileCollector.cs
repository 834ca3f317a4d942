namespace Rhetlint.Cli;

/// <summary>Expands command-line paths: files as given, directories searched recursively for drafts, "-" for stdin.</summary>
internal static class FileCollector
{
    public const string StandardInput = "-";
    private static readonly string[] DraftExtensions = [".md", ".markdown", ".txt"];

    /// <summary>The files to check in a stable order, and one error line per path that does not exist.</summary>
    public static (List<string> Files, List<string> Errors) Collect(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var errors = new List<string>();
        foreach (var path in paths)
        {
            if (path == StandardInput || File.Exists(path))
                files.Add(path == StandardInput ? path : Display(path));
            else if (Directory.Exists(path))
                files.AddRange(Drafts(path));
            else
                errors.Add($"{path}: no such file or directory");
        }
        // A file named twice, or inside a directory also named, is checked once; so is standard input.
        return ([.. files.Distinct(StringComparer.Ordinal)], errors);
    }

    private static IEnumerable<string> Drafts(string directory)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden };
        return Directory.EnumerateFiles(directory, "*", options)
            .Where(f => DraftExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Select(Display)
            .Order(StringComparer.Ordinal);
    }

    /// <summary>Paths are shown as given, or relative to the current directory when below it.</summary>
    private static string Display(string path)
    {
        if (!Path.IsPathRooted(path)) return Path.GetRelativePath(Environment.CurrentDirectory, path);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }
}
