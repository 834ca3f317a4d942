namespace Rhetlint.Cli;

/// <summary>
/// Where Rhetlint keeps what it can compute again: <c>$RHETLINT_CACHE_DIR</c>, else <c>$XDG_CACHE_HOME/rhetlint</c>,
/// else <c>~/.cache/rhetlint</c>; compiled C# rules and check results live in subfolders.
/// </summary>
internal static class CacheDirectories
{
    public static string Root(Func<string, string?> environment)
    {
        if (environment("RHETLINT_CACHE_DIR") is { Length: > 0 } explicitDirectory) return explicitDirectory;
        var cacheHome = environment("XDG_CACHE_HOME") is { Length: > 0 } xdg
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(cacheHome, "rhetlint");
    }

    public static string Default => Root(Environment.GetEnvironmentVariable);
}
