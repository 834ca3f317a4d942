namespace Rhetlint.Rules.Tests;

/// <summary>Files of the repository the tests compare with: rule pages, fixtures, snapshots.</summary>
internal static class Repository
{
    /// <summary>The folder with <c>Rhetlint.slnx</c>, found above the test binaries (a fresh clone has it).</summary>
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Rhetlint.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Rhetlint.slnx not found above the test binaries.");
    }
}
