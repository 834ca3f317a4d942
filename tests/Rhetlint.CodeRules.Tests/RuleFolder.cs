namespace Rhetlint.CodeRules.Tests;

/// <summary>A temporary folder with rule files and a cache directory of its own, deleted after the test.</summary>
internal sealed class RuleFolder : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("rhetlint-code-rules-").FullName;

    public string CacheDirectory => Path.Combine(_root, "cache");

    public string Write(string name, string source)
    {
        var path = Path.Combine(_root, name);
        File.WriteAllText(path, source);
        return path;
    }

    public string[] CacheFiles() =>
        Directory.Exists(CacheDirectory) ? [.. Directory.GetFiles(CacheDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal)!] : [];

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
