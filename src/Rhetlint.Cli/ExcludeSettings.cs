namespace Rhetlint.Cli;

/// <summary>
/// The <c>rhetlint.exclude</c> key of <c>.editorconfig</c> files: a comma-separated list of globs (the syntax of
/// <see cref="PathPattern"/>) relative to the file's folder. It belongs in the file's root section, before any
/// <c>[glob]</c> header, because it decides which files are read at all, not how a file is checked. A file applies to
/// its folder and everything below; the files above a walked folder apply too, up to one that says <c>root = true</c>.
/// </summary>
internal static class ExcludeSettings
{
    private const string FileName = ".editorconfig";
    private const string Key = "rhetlint.exclude";

    /// <summary><paramref name="inherited"/> and the rules of the <c>.editorconfig</c> in <paramref name="folder"/>, if any.</summary>
    public static ExcludeRules In(string folder, ExcludeRules inherited)
    {
        var section = Read(Path.Combine(folder, FileName));
        return section is null ? inherited : inherited.With(folder, section.Value.Patterns);
    }

    /// <summary><paramref name="inherited"/> and the rules of the <c>.editorconfig</c> files in the folders above <paramref name="folder"/>, outermost first.</summary>
    public static ExcludeRules Above(string folder, ExcludeRules inherited)
    {
        var found = new List<(string Folder, string[] Patterns)>();
        if (Read(Path.Combine(folder, FileName)) is { IsRoot: true }) return inherited;
        for (var parent = Path.GetDirectoryName(folder); parent is not null; parent = Path.GetDirectoryName(parent))
        {
            if (Read(Path.Combine(parent, FileName)) is not { } section) continue;
            found.Add((parent, section.Patterns));
            if (section.IsRoot) break;
        }
        var rules = inherited;
        for (var i = found.Count - 1; i >= 0; i--) rules = rules.With(found[i].Folder, found[i].Patterns);
        return rules;
    }

    /// <summary>The root section of an .editorconfig: whether it says <c>root = true</c>, and its exclude globs.</summary>
    private static (bool IsRoot, string[] Patterns)? Read(string path)
    {
        string[] lines;
        try
        {
            if (!File.Exists(path)) return null;
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The settings reader reports an .editorconfig it cannot read when a draft below it is checked.
            return null;
        }
        var isRoot = false;
        string[] patterns = [];
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.StartsWith('[')) break;
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith(';')) continue;
            var equals = line.IndexOf('=');
            if (equals < 0) continue;
            var key = line[..equals].Trim();
            var value = line[(equals + 1)..].Trim();
            if (key.Equals("root", StringComparison.OrdinalIgnoreCase)) isRoot = value.Equals("true", StringComparison.OrdinalIgnoreCase);
            else if (key.Equals(Key, StringComparison.OrdinalIgnoreCase))
                patterns = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }
        return (isRoot, patterns);
    }
}
