namespace Rhetlint.Tests.Shared;

/// <summary>
/// Compares output with a file committed in the source tree (a golden report, a rule's snapshot or page), the way
/// insta does: with <c>RHETLINT_UPDATE_GOLDEN=1</c> the file is rewritten instead, and <c>git diff</c> shows what
/// changed. Updating is refused when the <c>CI</c> variable is set, so a CI job cannot pass by rewriting its own
/// expectations.
/// </summary>
internal static class GoldenFile
{
    private const string UpdateVariable = "RHETLINT_UPDATE_GOLDEN";

    /// <summary>True when this run rewrites golden files rather than comparing with them.</summary>
    public static bool Updating => ShouldUpdate(Environment.GetEnvironmentVariable(UpdateVariable), Environment.GetEnvironmentVariable("CI"));

    /// <summary>Whether to update, from the two variables' values.</summary>
    /// <exception cref="InvalidOperationException">An update was asked for in CI.</exception>
    public static bool ShouldUpdate(string? update, string? ci)
    {
        if (update != "1") return false;
        if (!string.IsNullOrEmpty(ci))
            throw new InvalidOperationException($"{UpdateVariable}=1 is refused in CI: golden files are updated on a developer's machine and reviewed as a diff.");
        return true;
    }

    /// <summary>Asserts <paramref name="actual"/> equals the file at <paramref name="path"/> (line endings aside), or rewrites it when <see cref="Updating"/>.</summary>
    public static void AssertMatches(string path, string actual)
    {
        actual = actual.ReplaceLineEndings("\n");
        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"{path} is missing; run the tests with {UpdateVariable}=1 to write it");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }
}
