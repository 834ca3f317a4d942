namespace Rhetlint.Cli;

/// <summary>
/// Where Rhetlint keeps what it can compute again: <c>$RHETLINT_CACHE_DIR</c>, else <c>$XDG_CACHE_HOME/rhetlint</c>,
/// else <c>~/.cache/rhetlint</c>; compiled C# rules and check results live in subfolders.
/// </summary>
internal static class CacheDirectories
{
    /// <summary>
    /// The cache root, or null when there is none: no <c>RHETLINT_CACHE_DIR</c>, no absolute <c>XDG_CACHE_HOME</c> (the
    /// XDG specification ignores a relative one) and no home folder (<c>HOME</c> set empty, or a user with no home, as
    /// in a container run under an arbitrary uid). A relative fallback would put a cache in whatever folder is being
    /// checked, so the caller runs without one instead and says so.
    /// </summary>
    public static string? Root(Func<string, string?> environment)
    {
        if (environment("RHETLINT_CACHE_DIR") is { Length: > 0 } explicitDirectory) return explicitDirectory;
        if (environment("XDG_CACHE_HOME") is { Length: > 0 } xdg && Path.IsPathRooted(xdg)) return Path.Combine(xdg, "rhetlint");
        // An unset HOME falls back to the user's entry in the password database, as .NET and the shells do.
        var home = environment("HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return Path.IsPathRooted(home) ? Path.Combine(home, ".cache", "rhetlint") : null;
    }
}
