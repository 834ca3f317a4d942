using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;

namespace Rhetlint.Cli;

/// <summary>The outcome of checking one file: its text, findings and statistics, or the reason it could not be read.</summary>
internal sealed record CheckedFile(string Path, SourceText? Text, ImmutableArray<Finding> Findings, string? Error, DocumentStatistics? Statistics)
{
    /// <summary>Findings a suppression comment silenced: only SARIF reports them (as suppressed); they never fail a run.</summary>
    public ImmutableArray<Finding> Suppressed { get; init; } = [];

    /// <summary>The statistics of every file that could be read, added up.</summary>
    public static DocumentStatistics Total(IEnumerable<CheckedFile> files) =>
        files.Where(f => f.Statistics is not null).Aggregate(DocumentStatistics.Empty, (sum, f) => sum.Add(f.Statistics!));
}
