namespace Rhetlint.CodeRules.Tests;

/// <summary>A rule file is compiled once; every later load, by any loader over the same cache, reads the compiled assembly.</summary>
public sealed class CodeRuleCacheTests : IDisposable
{
    private const string Draft = "The council voted to close the Varn Street library!";
    private readonly RuleFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_first_load_compiles_and_caches_and_a_new_loader_loads_from_the_cache_without_compiling()
    {
        var path = _folder.Write("ExclamationInReporting.rule.cs", CodeRuleHarness.ExampleSource);
        using (var first = new CodeRuleLoader(_folder.CacheDirectory))
        {
            var load = first.Load(path);
            Assert.False(load.FromCache);
            Assert.Empty(load.Problems);
        }
        var cached = Path.Combine(_folder.CacheDirectory, Assert.Single(_folder.CacheFiles()));
        Assert.Matches("^[0-9a-f]{64}\\.dll$", Path.GetFileName(cached));
        var written = File.GetLastWriteTimeUtc(cached);

        using var second = new CodeRuleLoader(_folder.CacheDirectory);
        var again = second.Load(path);

        Assert.True(again.FromCache);
        Assert.Empty(again.Problems);
        Assert.Equal(["!"], CodeRuleHarness.Flagged(again.Analyzers, "HOUSE101", Draft));
        Assert.Equal([Path.GetFileName(cached)], _folder.CacheFiles());
        Assert.Equal(written, File.GetLastWriteTimeUtc(cached));
    }

    [Fact]
    public void A_changed_source_gets_a_new_hash_and_is_compiled_again()
    {
        var path = _folder.Write("ExclamationInReporting.rule.cs", CodeRuleHarness.ExampleSource);
        using var loader = new CodeRuleLoader(_folder.CacheDirectory);
        var before = loader.Load(path);
        var firstEntry = Assert.Single(_folder.CacheFiles());

        _folder.Write("ExclamationInReporting.rule.cs", CodeRuleHarness.ExampleSource.Replace("\"HOUSE101\"", "\"HOUSE102\""));
        var after = loader.Load(path);

        Assert.False(before.FromCache);
        Assert.False(after.FromCache);
        Assert.Equal(2, _folder.CacheFiles().Length);
        Assert.Contains(firstEntry, _folder.CacheFiles());
        Assert.Equal(["!"], CodeRuleHarness.Flagged(after.Analyzers, "HOUSE102", Draft));
    }

    [Fact]
    public void A_corrupt_cache_file_is_compiled_again_and_replaced()
    {
        var path = _folder.Write("Quiet.rule.cs", CodeRuleHarness.Analyzer("Quiet", "HOUSE200"));
        using (var loader = new CodeRuleLoader(_folder.CacheDirectory)) loader.Load(path);
        var cached = Path.Combine(_folder.CacheDirectory, Assert.Single(_folder.CacheFiles()));
        File.WriteAllText(cached, "not an assembly");

        using var recovering = new CodeRuleLoader(_folder.CacheDirectory);
        var recovered = recovering.Load(path);
        using var later = new CodeRuleLoader(_folder.CacheDirectory);
        var reloaded = later.Load(path);

        Assert.False(recovered.FromCache);
        Assert.Empty(recovered.Problems);
        Assert.Single(recovered.Analyzers);
        Assert.True(reloaded.FromCache);
        Assert.Single(reloaded.Analyzers);
    }

    [Fact]
    public void A_cache_entry_holding_another_rules_assembly_is_compiled_again()
    {
        var quiet = _folder.Write("Quiet.rule.cs", CodeRuleHarness.Analyzer("Quiet", "HOUSE200"));
        var calm = _folder.Write("Calm.rule.cs", CodeRuleHarness.Analyzer("Calm", "HOUSE201"));
        using (var loader = new CodeRuleLoader(_folder.CacheDirectory))
        {
            loader.Load(quiet);
            var quietEntry = Assert.Single(_folder.CacheFiles());
            loader.Load(calm);
            var calmEntry = Assert.Single(_folder.CacheFiles(), f => f != quietEntry);
            File.Copy(Path.Combine(_folder.CacheDirectory, quietEntry), Path.Combine(_folder.CacheDirectory, calmEntry), overwrite: true);
        }

        using var recovering = new CodeRuleLoader(_folder.CacheDirectory);
        var recovered = recovering.Load(calm);

        Assert.False(recovered.FromCache);
        Assert.Equal("HOUSE201", Assert.Single(Assert.Single(recovered.Analyzers).SupportedDiagnostics).Id);
    }
}
