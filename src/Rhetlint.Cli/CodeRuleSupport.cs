#if CODE_RULES
using System.Diagnostics.CodeAnalysis;
using Rhetlint.CodeRules;
#endif
using Rhetlint.Core.Config;

namespace Rhetlint.Cli;

/// <summary>
/// The one place the CLI reaches C# rule files (<c>*.rule.cs</c>). The JIT build compiles and caches them through
/// Rhetlint.CodeRules; a native (or trimmed) publish is built without that project (see the csproj), so there every
/// rule file is a problem that names the build that can load it.
/// </summary>
internal static class CodeRuleSupport
{
#if CODE_RULES
    public static bool IsAvailable => true;

    // One loader for the process: its rule assemblies live as long as the run, and it is never disposed.
    private static readonly Lazy<CodeRuleLoader> Loader = new(() => new CodeRuleLoader(DefaultCacheDirectory(Environment.GetEnvironmentVariable)));

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Compiled only without PublishAot and PublishTrimmed (Rhetlint.Cli.csproj), so this code is never trimmed.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Compiled only without PublishAot and PublishTrimmed (Rhetlint.Cli.csproj), so this code always runs on the JIT.")]
    public static LoadedCodeRules Load(string path)
    {
        var load = Loader.Value.Load(path);
        return new LoadedCodeRules(load.Analyzers, load.Problems);
    }

    /// <summary>
    /// The <c>code-rules</c> folder of the cache root (<see cref="CacheDirectories"/>); without one, a new private
    /// temporary folder, so rules still compile (once per run) and no other user can plant a compiled rule in it.
    /// </summary>
    internal static string DefaultCacheDirectory(Func<string, string?> environment) =>
        CacheDirectories.Root(environment) is { } root ? Path.Combine(root, "code-rules") : Directory.CreateTempSubdirectory("rhetlint-code-rules-").FullName;
#else
    public static bool IsAvailable => false;

    public static LoadedCodeRules Load(string path) => new([],
    [
        new RuleLoadProblem(path, 1, 1,
            "C# rule files need the JIT build of rhetlint (the .NET tool from `dotnet pack src/Rhetlint.Cli`, or `dotnet run --project src/Rhetlint.Cli`); this native or trimmed build loads YAML packs only"),
    ]);
#endif
}
