using System.Runtime.CompilerServices;

namespace Rhetlint.Cli.Tests;

/// <summary>Every CLI run in these tests caches into a temporary folder, never the user's ~/.cache.</summary>
internal static class TestCacheDirectory
{
    [ModuleInitializer]
    internal static void Isolate() =>
        Environment.SetEnvironmentVariable("RHETLINT_CACHE_DIR", Directory.CreateTempSubdirectory("rhetlint-test-cache-").FullName);
}
