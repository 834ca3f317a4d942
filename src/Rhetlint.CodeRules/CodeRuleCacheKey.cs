using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;

namespace Rhetlint.CodeRules;

/// <summary>
/// The name of a rule file's compiled assembly in the cache: SHA-256 over everything the assembly depends on, so a
/// new engine or loader build, compiler, runtime or implicit-usings list compiles the rule again instead of loading a stale one.
/// </summary>
internal static class CodeRuleCacheKey
{
    /// <summary>
    /// The compiler's identity is read from Microsoft.CodeAnalysis, which Rhetlint.Core has already loaded: the C#
    /// compiler package pins that exact version, and reading it from the C# compiler itself would load the compiler on
    /// every cache hit.
    /// </summary>
    private static readonly byte[] BuildIdentity = Encoding.UTF8.GetBytes(string.Join('\n',
        typeof(RhetoricAnalyzer).Assembly.ManifestModule.ModuleVersionId.ToString(),
        // This assembly's own build: it rewrites rule files (GuardInserter) before they are compiled.
        typeof(CodeRuleCacheKey).Assembly.ManifestModule.ModuleVersionId.ToString(),
        typeof(DiagnosticDescriptor).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion,
        Environment.Version.ToString(),
        CodeRuleCompiler.GlobalUsings,
        ""));

    public static string Compute(ReadOnlySpan<byte> source)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(BuildIdentity);
        hash.AppendData(source);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
