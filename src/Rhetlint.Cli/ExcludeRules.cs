using System.Collections.Immutable;

namespace Rhetlint.Cli;

/// <summary>
/// The exclude patterns that apply inside a folder during a walk, each with the folder it is relative to. Patterns are
/// kept in order — outer folders' before inner ones', and a file's in its own order — and the last that matches a path
/// decides, as in git, so a nested file or a later <c>!</c> line can re-include what an earlier one excluded.
/// </summary>
internal sealed class ExcludeRules
{
    public static readonly ExcludeRules None = new([]);

    private readonly ImmutableList<(string BaseFolder, PathPattern Pattern)> _patterns;

    private ExcludeRules(ImmutableList<(string BaseFolder, PathPattern Pattern)> patterns) => _patterns = patterns;

    /// <summary>These rules and <paramref name="lines"/>, relative to <paramref name="baseFolder"/> (a full path).</summary>
    public ExcludeRules With(string baseFolder, IEnumerable<string> lines)
    {
        var added = lines.Select(PathPattern.Parse).OfType<PathPattern>().Select(p => (baseFolder, p)).ToList();
        return added.Count == 0 ? this : new ExcludeRules(_patterns.AddRange(added));
    }

    /// <summary>Whether <paramref name="fullPath"/> is excluded.</summary>
    public bool Excludes(string fullPath, bool isFolder)
    {
        var excluded = false;
        foreach (var (baseFolder, pattern) in _patterns)
        {
            var relative = Path.GetRelativePath(baseFolder, fullPath);
            if (relative == "." || relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)) continue;
            if (pattern.Matches(relative.Replace(Path.DirectorySeparatorChar, '/'), isFolder)) excluded = !pattern.Reincludes;
        }
        return excluded;
    }
}
