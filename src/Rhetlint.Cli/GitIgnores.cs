namespace Rhetlint.Cli;

/// <summary>
/// The <c>.gitignore</c> files that apply during a walk inside a git work tree: each applies to its folder and below,
/// the files between the work tree's top and the walked folder included. They are read directly rather than by running
/// git, so a walk needs no git on the PATH and costs no process per run. Read: the common subset of the format
/// (<see cref="PathPattern"/>); not read: <c>.git/info/exclude</c> and the user's global excludes file.
/// </summary>
internal static class GitIgnores
{
    private const string FileName = ".gitignore";

    /// <summary>The top of the git work tree holding <paramref name="folder"/> (a folder with a <c>.git</c> folder or file), or null.</summary>
    public static string? WorkTreeOf(string folder)
    {
        for (var current = folder; current is not null; current = Path.GetDirectoryName(current))
        {
            var marker = Path.Combine(current, ".git");
            if (Directory.Exists(marker) || File.Exists(marker)) return current;
        }
        return null;
    }

    /// <summary><paramref name="inherited"/> and the <c>.gitignore</c> files from <paramref name="workTree"/> down to <paramref name="folder"/>, outermost first.</summary>
    public static ExcludeRules DownTo(string workTree, string folder, ExcludeRules inherited)
    {
        var folders = new List<string>();
        for (var current = folder; current is not null && current.Length >= workTree.Length; current = Path.GetDirectoryName(current))
            folders.Add(current);
        var rules = inherited;
        for (var i = folders.Count - 1; i >= 0; i--) rules = In(folders[i], rules);
        return rules;
    }

    /// <summary><paramref name="inherited"/> and the rules of the <c>.gitignore</c> in <paramref name="folder"/>, if any.</summary>
    public static ExcludeRules In(string folder, ExcludeRules inherited)
    {
        var path = Path.Combine(folder, FileName);
        try
        {
            return File.Exists(path) ? inherited.With(folder, File.ReadAllLines(path)) : inherited;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // git itself passes over an unreadable .gitignore; so does the walk.
            return inherited;
        }
    }
}
