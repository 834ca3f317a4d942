using System.Collections.Concurrent;
using System.Collections.Immutable;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Config;
using Rhetlint.Packs;
using Rhetlint.Rules;

namespace Rhetlint.LanguageServer.Tests;

/// <summary>
/// The engine the CLI's <c>rhetlint lsp</c> builds (RuleSets lives in the CLI): .editorconfig resolution, the
/// built-in rules plus the configured packs (no C# rule files), one linter per pack list.
/// </summary>
internal static class TestEngine
{
    /// <summary>Counts how often the server asked for a new engine (a configuration file changed).</summary>
    public static Func<LintEngine> Factory(Action? created = null, params string[] enable) => () =>
    {
        created?.Invoke();
        var resolver = new EditorConfigResolver();
        var linters = new ConcurrentDictionary<string, (Linter Linter, ImmutableArray<RulePack> Packs)>(StringComparer.Ordinal);
        (Linter Linter, ImmutableArray<RulePack> Packs) For(DocumentOptions options) => linters.GetOrAdd(string.Join('\n', options.Packs), _ =>
        {
            var packs = PackLoader.LoadAll(options.Packs);
            var analyzers = BuiltInRules.All.Concat(packs.SelectMany(p => p.Analyzers));
            return (new Linter(new AnalyzerDriver(analyzers, enable)), packs);
        });
        return new LintEngine(resolver.Resolve, options => For(options).Linter, options => For(options).Packs);
    };
}

/// <summary>A temporary folder with a root .editorconfig, so no configuration above it leaks into a test.</summary>
internal sealed class TempWorkspace : IDisposable
{
    public TempWorkspace(string editorconfig = "root = true\n")
    {
        Root = Path.Combine(Path.GetTempPath(), "rhetlint-lsp-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        Write(".editorconfig", editorconfig);
    }

    public string Root { get; }

    public string Write(string name, string text)
    {
        var path = Path.Combine(Root, name);
        File.WriteAllText(path, text);
        return path;
    }

    public string Uri(string name) => new Uri(Path.Combine(Root, name)).AbsoluteUri;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
