using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Config;
using Rhetlint.Core.Markup;
using Rhetlint.Core.Semantics;
using Rhetlint.Core.Syntax;

namespace Rhetlint.Core.Analysis;

/// <summary>The whole pipeline for one document: markup → syntax → semantics → analyzers.</summary>
public sealed class Linter(AnalyzerDriver driver)
{
    public AnalyzerDriver Driver { get; } = driver;

    public ImmutableArray<Finding> Lint(string path, SourceText text, DocumentFormat format, CancellationToken cancellationToken = default) =>
        Driver.Analyze(BuildModel(path, text, format), cancellationToken);

    /// <summary>The findings together with the document's statistics, from one parse.</summary>
    public (ImmutableArray<Finding> Findings, DocumentStatistics Statistics) LintWithStatistics(string path, SourceText text, DocumentFormat format,
        DocumentOptions options, CancellationToken cancellationToken = default)
    {
        var model = BuildModel(path, text, format, options.Lexicons);
        return (Driver.Analyze(model, options, cancellationToken), DocumentStatistics.Of(model));
    }

    /// <param name="lexicons">The document's configured lexicons (<see cref="DocumentOptions.Lexicons"/>); the shipped ones when null.</param>
    public static DocumentModel BuildModel(string path, SourceText text, DocumentFormat format, DocumentLexicons? lexicons = null) =>
        DocumentModel.Build(path, ProseParser.Parse(MarkupReader.Read(text, format)), lexicons);
}
