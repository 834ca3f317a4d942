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

    /// <summary>When a document is large enough to be analyzed in sections, and how (<see cref="SectionedLinter"/>); smaller sizes are for tests.</summary>
    public SectionSizes Sections { get; init; } = SectionSizes.Default;

    /// <summary>
    /// What a report of the document needs: findings, suppressed findings, statistics. From one parse, or for a document of
    /// at least <see cref="SectionSizes.Threshold"/> characters from one parse per section (<see cref="SectionedLinter"/>).
    /// </summary>
    public LintReport LintForReport(string path, SourceText text, DocumentFormat format, DocumentOptions options, CancellationToken cancellationToken = default)
    {
        if (text.Length >= Sections.Threshold && SectionedLinter.TryLint(Driver, path, text, format, options, Sections, cancellationToken) is { } sectioned)
            return sectioned;
        var model = BuildModel(path, text, format, options.Lexicons, options.SkipPageFurniture, options.Html);
        var all = Driver.AnalyzeIncludingSuppressed(model, options, cancellationToken);
        return new LintReport(
            [.. all.Where(f => f.Suppression is null)],
            [.. all.Where(f => f.Suppression is not null)],
            DocumentStatistics.Of(model));
    }

    /// <param name="lexicons">The document's configured lexicons (<see cref="DocumentOptions.Lexicons"/>); the shipped ones when null.</param>
    /// <param name="skipPageFurniture">Leave bylines, polls, captions and link lines out of the analysis (<see cref="PageFurniture"/>).</param>
    /// <param name="html">Which elements of an HTML page are read (<see cref="DocumentOptions.Html"/>).</param>
    public static DocumentModel BuildModel(string path, SourceText text, DocumentFormat format, DocumentLexicons? lexicons = null, bool skipPageFurniture = true,
        HtmlSelection? html = null)
    {
        var prose = MarkupReader.Read(text, format, html);
        return DocumentModel.Build(path, ProseParser.Parse(skipPageFurniture ? PageFurniture.Without(prose) : prose), lexicons);
    }

    /// <summary>A model of <paramref name="text"/> without the blocks that start in <paramref name="furniture"/>, found on a larger text (<see cref="PageFurniture.Without(ProseText, ImmutableArray{TextSpan})"/>).</summary>
    public static DocumentModel BuildModel(string path, SourceText text, DocumentFormat format, DocumentLexicons? lexicons, ImmutableArray<TextSpan> furniture,
        HtmlSelection? html = null) =>
        DocumentModel.Build(path, ProseParser.Parse(PageFurniture.Without(MarkupReader.Read(text, format, html), furniture)), lexicons);
}

/// <param name="Findings">The reported findings, in document order.</param>
/// <param name="Suppressed">The findings suppression comments silenced, each with its <see cref="Finding.Suppression"/>.</param>
public sealed record LintReport(ImmutableArray<Finding> Findings, ImmutableArray<Finding> Suppressed, DocumentStatistics Statistics);
