using System.Runtime.CompilerServices;
using System.Runtime.Loader;

namespace Rhetlint.CodeRules.Tests;

public sealed class CodeRuleLoaderTests : IDisposable
{
    private readonly RuleFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Dispose_unloads_the_rule_assemblies()
    {
        var context = LoadAndDispose(_folder.Write("Quiet.rule.cs", CodeRuleHarness.Analyzer("Quiet", "HOUSE200")));
        for (var i = 0; i < 10 && context.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
        Assert.False(context.IsAlive);
    }

    [Fact]
    public void A_disposed_loader_loads_nothing()
    {
        var loader = new CodeRuleLoader(_folder.CacheDirectory);
        loader.Dispose();
        Assert.Throws<ObjectDisposedException>(() => loader.Load(_folder.Write("Quiet.rule.cs", CodeRuleHarness.Analyzer("Quiet", "HOUSE200"))));
    }

    /// <summary>Kept out of line so no reference to the analyzer outlives this frame.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private WeakReference LoadAndDispose(string path)
    {
        using var loader = new CodeRuleLoader(_folder.CacheDirectory);
        var analyzer = Assert.Single(loader.Load(path).Analyzers);
        return new WeakReference(AssemblyLoadContext.GetLoadContext(analyzer.GetType().Assembly));
    }
}
