using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Markup;

namespace Rhetlint.Packs.Tests;

/// <summary>A pack folder written for one test, removed after it.</summary>
internal sealed class TempPack : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("rhetlint-pack-").FullName;

    public TempPack(string name = "test-pack") => Write("pack.yaml", $"name: {name}\n");

    public TempPack Write(string relative, string yaml)
    {
        var path = Path.Combine(Folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, yaml);
        return this;
    }

    public RulePack Load() => PackLoader.Load(Folder);

    /// <summary>The pack's findings on <paramref name="text"/> (Markdown), as (id, flagged text) pairs.</summary>
    public static ImmutableArray<Finding> Lint(RulePack pack, string text)
    {
        Assert.Empty(pack.Problems);
        var linter = new Linter(new AnalyzerDriver(pack.Analyzers));
        return linter.Lint("draft.md", SourceText.From(text), DocumentFormat.Markdown);
    }

    public static string[] Flagged(RulePack pack, string text) => [.. Lint(pack, text).Select(f => text[f.Span.Start..f.Span.End])];

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
