using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Rhetlint.Core.Config;

namespace Rhetlint.CodeRules;

/// <summary>
/// Loads C# rule files (<c>*.rule.cs</c>): compiles each against Rhetlint's analyzer API, keeps the compiled assembly
/// in a disk cache named by content hash, and loads it into a collectible context of its own. A cold compile costs
/// seconds; a cache hit reads, hashes and loads a small assembly and never touches the compiler. Safe to call from
/// several threads.
/// </summary>
/// <param name="cacheDirectory">Where compiled rules are kept as <c>&lt;sha-256&gt;.dll</c>; created on the first write.</param>
public sealed class CodeRuleLoader(string cacheDirectory) : IDisposable
{
    private readonly List<RuleLoadContext> _contexts = [];
    private readonly Lock _gate = new();
    private bool _disposed;

    public string CacheDirectory { get; } = Path.GetFullPath(cacheDirectory);

    /// <summary>
    /// The analyzers of one rule file. Everything that can go wrong in the file (it cannot be read, it does not
    /// compile, it declares no analyzer, an analyzer throws or claims a reserved id) comes back as a problem, never as
    /// an exception; a broken analyzer is left out and the file's others still load.
    /// </summary>
    [RequiresUnreferencedCode("Rule files are compiled and loaded at run time and their analyzers found by reflection.")]
    [RequiresDynamicCode("Rule files are compiled at run time, which needs the JIT.")]
    public CodeRuleLoad Load(string ruleFilePath)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        byte[] source;
        try
        {
            source = File.ReadAllBytes(ruleFilePath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new CodeRuleLoad([], [new RuleLoadProblem(ruleFilePath, 1, 1, $"cannot read the rule file: {e.Message}")], false);
        }

        var key = CodeRuleCacheKey.Compute(source);
        var cachePath = Path.Combine(CacheDirectory, key + ".dll");
        var assemblyName = "rhetlint-rule-" + key[..16];
        var fromCache = true;
        var assembly = ReadCached(cachePath) is { } cached ? TryLoad(cached, assemblyName, ruleFilePath) : null;
        if (assembly is null)
        {
            fromCache = false;
            var compiled = CodeRuleCompiler.Compile(ruleFilePath, source, assemblyName);
            if (compiled.Image is null) return new CodeRuleLoad([], compiled.Problems, false);
            Store(cachePath, compiled.Image);
            assembly = TryLoad(compiled.Image, assemblyName, ruleFilePath) ?? throw new InvalidOperationException($"the compiler's output for {ruleFilePath} does not load");
        }
        var (analyzers, problems) = AnalyzerActivator.Instantiate(assembly, ruleFilePath);
        return new CodeRuleLoad(analyzers, problems, fromCache);
    }

    /// <summary>Starts unloading every rule assembly this loader loaded; each is collected once its analyzers are no longer referenced.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
            foreach (var context in _contexts) context.Unload();
            _contexts.Clear();
        }
    }

    /// <summary>
    /// The assembly in a new context, or null when the image is damaged: not a loadable assembly, or (a file copied over
    /// the cache entry) not the assembly compiled for this key.
    /// </summary>
    private Assembly? TryLoad(byte[] image, string assemblyName, string ruleFilePath)
    {
        var context = new RuleLoadContext("rhetlint-rule:" + Path.GetFileName(ruleFilePath));
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _contexts.Add(context);
        }
        Assembly? assembly;
        try
        {
            assembly = context.LoadFromStream(new MemoryStream(image, writable: false));
        }
        catch (BadImageFormatException)
        {
            assembly = null;
        }
        if (assembly?.GetName().Name == assemblyName) return assembly;
        lock (_gate) _contexts.Remove(context);
        context.Unload();
        return null;
    }

    private static byte[]? ReadCached(string cachePath)
    {
        try
        {
            return File.Exists(cachePath) ? File.ReadAllBytes(cachePath) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Writes through a temporary file and a rename, so a concurrent run never loads a half-written assembly. A cache
    /// that cannot be written only costs the next run a compile: the rule itself loads from memory.
    /// </summary>
    private void Store(string cachePath, byte[] image)
    {
        var temporary = $"{cachePath}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(CacheDirectory);
            File.WriteAllBytes(temporary, image);
            File.Move(temporary, cachePath, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}
