using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;

namespace Rhetlint.Cli;

/// <summary>The outcome of checking one file: its text, findings and statistics, or the reason it could not be read.</summary>
internal sealed record CheckedFile(string Path, SourceText? Text, ImmutableArray<Finding> Findings, string? Error, DocumentStatistics? Statistics)
{
    /// <summary>Findings a suppression comment silenced: only SARIF reports them (as suppressed); they never fail a run.</summary>
    public ImmutableArray<Finding> Suppressed { get; init; } = [];

    /// <summary>
    /// Checking the file threw an exception nobody expected: a bug in Rhetlint, not a problem of the input. It is that
    /// file's error (as Ruff reports "panicked while linting"), the other files are still checked and reported, and the
    /// run exits 3 at the end.
    /// </summary>
    public bool IsInternalError { get; init; }

    public static CheckedFile InternalError(string path, Exception exception) =>
        new(path, null, [], InternalErrorMessage(exception), null) { IsInternalError = true };

    /// <summary>The one line (after the file's name) that reports a bug met while checking a file.</summary>
    public static string InternalErrorMessage(Exception exception)
    {
        while (exception is AggregateException { InnerExceptions.Count: 1 } or System.Reflection.TargetInvocationException && exception.InnerException is { } inner)
            exception = inner;
        return $"internal error — please report it with this file ({exception.GetType().Name}: {exception.Message})";
    }

    /// <summary>The statistics of every file that could be read, added up.</summary>
    public static DocumentStatistics Total(IEnumerable<CheckedFile> files) =>
        files.Where(f => f.Statistics is not null).Aggregate(DocumentStatistics.Empty, (sum, f) => sum.Add(f.Statistics!));
}
