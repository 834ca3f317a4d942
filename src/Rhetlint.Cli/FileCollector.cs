using Rhetlint.Core.Text;

namespace Rhetlint.Cli;

/// <summary>Expands command-line paths: files as given, directories searched recursively for drafts, "-" for stdin.</summary>
internal static class FileCollector
{
    public const string StandardInput = "-";
    private static readonly string[] DraftExtensions = [".md", ".markdown", ".txt", ".html", ".htm", ".docx"];

    /// <summary>
    /// Folders of dependencies and build output, skipped when walking a folder (as Ruff and ripgrep skip them): their
    /// text files are someone else's READMEs and copies of drafts, not the writer's. Named on the command line, they are read.
    /// </summary>
    public static readonly IReadOnlySet<string> SkippedFolders = new HashSet<string>(["node_modules", "bin", "obj", "vendor"], StringComparer.Ordinal);

    /// <summary>The files to check in a stable order, and one error line per path that does not exist or folder that cannot be read.</summary>
    /// <paramref name="excludes"/> (<c>--exclude</c>) are globs relative to each folder walked; they never drop a file named itself.
    public static (List<string> Files, List<string> Errors) Collect(IEnumerable<string> paths, IReadOnlyList<string>? excludes = null)
    {
        var files = new List<string>();
        var errors = new List<string>();
        foreach (var path in paths)
        {
            if (path == StandardInput || File.Exists(path))
                files.Add(path == StandardInput ? path : Display(path));
            else if (Directory.Exists(path))
                files.AddRange(Drafts(path, excludes ?? [], errors));
            else
                errors.Add($"{path}: no such file or directory");
        }
        // A file named twice, or inside a directory also named, is checked once; so is standard input.
        return ([.. files.Distinct(StringComparer.Ordinal)], errors);
    }

    /// <summary>
    /// The drafts below <paramref name="root"/>. Folders reached through a symbolic link are not entered, as Ruff, ripgrep
    /// and git do not: a link to an ancestor would make the walk endless. A folder named on the command line is
    /// searched even when it is a link. A folder that cannot be read is an error, not a silent gap in a CI run.
    /// Hidden entries (a name starting with ".", and on Windows the hidden attribute) and <see cref="SkippedFolders"/>
    /// are not read below the folder named, nor what <c>.gitignore</c> files (in a git work tree), <c>rhetlint.exclude</c>
    /// or <paramref name="excludes"/> exclude.
    /// </summary>
    private static IEnumerable<string> Drafts(string root, IReadOnlyList<string> excludes, List<string> errors)
    {
        var options = new EnumerationOptions { IgnoreInaccessible = false, AttributesToSkip = FileAttributes.Hidden };
        var drafts = new List<string>();
        var fullRoot = Path.GetFullPath(root);
        // The command line's globs come after the root's .editorconfig, so a '!' glob there can re-include what the file excludes.
        // .gitignore files come first, so an exclude setting's '!' glob can bring back a file git ignores.
        var workTree = GitIgnores.WorkTreeOf(fullRoot);
        var ignored = workTree is null ? ExcludeRules.None : GitIgnores.DownTo(workTree, fullRoot, ExcludeRules.None);
        var rootRules = ExcludeSettings.In(fullRoot, ExcludeSettings.Above(fullRoot, ignored)).With(fullRoot, excludes);
        var folders = new Stack<(string Path, ExcludeRules Rules)>([(root, rootRules)]);
        while (folders.TryPop(out var current))
        {
            var folder = current.Path;
            var fullFolder = Path.GetFullPath(folder);
            var rules = folder == root ? current.Rules
                : ExcludeSettings.In(fullFolder, workTree is null ? current.Rules : GitIgnores.In(fullFolder, current.Rules));
            List<FileSystemInfo> entries;
            try
            {
                entries = [.. new DirectoryInfo(folder).EnumerateFileSystemInfos("*", options)];
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                errors.Add($"{Display(folder)}: cannot read the folder ({OsErrors.Reason(e)}); its drafts were not checked");
                continue;
            }
            foreach (var entry in entries)
            {
                // Paths are built from the folder as given, so drafts show as the user named their folder.
                var path = Path.Combine(folder, entry.Name);
                if (entry.Name.StartsWith('.') || IsOfficeLockFile(entry.Name)) continue;
                var isFolder = entry is DirectoryInfo;
                if (rules.Excludes(entry.FullName, isFolder)) continue;
                if (isFolder && !entry.Attributes.HasFlag(FileAttributes.ReparsePoint))
                {
                    if (!SkippedFolders.Contains(entry.Name)) folders.Push((path, rules));
                }
                else if (entry is FileInfo && DraftExtensions.Contains(entry.Extension, StringComparer.OrdinalIgnoreCase)) drafts.Add(Display(path));
            }
        }
        return drafts.Order(StringComparer.Ordinal);
    }

    /// <summary>Word keeps <c>~$draft.docx</c> beside a document while it is open: a few bytes naming who has it open, no document.</summary>
    private static bool IsOfficeLockFile(string name) => name.StartsWith("~$", StringComparison.Ordinal);

    /// <summary>Paths are shown as given, or relative to the current directory when below it.</summary>
    private static string Display(string path)
    {
        if (!Path.IsPathRooted(path)) return Path.GetRelativePath(Environment.CurrentDirectory, path);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }
}
