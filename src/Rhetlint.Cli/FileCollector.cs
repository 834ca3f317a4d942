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
                files.Add(path);
            else if (Directory.Exists(path))
                files.AddRange(Drafts(path));
            else
                errors.Add($"{path}: no such file or directory");
        }
        return (files, errors);
    }

    private static IEnumerable<string> Drafts(string directory)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden };
        return Directory.EnumerateFiles(directory, "*", options)
            .Where(f => DraftExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Select(f => Path.GetRelativePath(Environment.CurrentDirectory, f) is var rel && !rel.StartsWith("..", StringComparison.Ordinal) ? rel : f)
            .Order(StringComparer.Ordinal);
    }
}
