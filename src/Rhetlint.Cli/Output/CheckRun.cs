using Rhetlint.Core.Markup;
using Rhetlint.Core.Config;

namespace Rhetlint.Cli.Output;

/// <summary>What a report of one <c>check</c> run covers: the files, and what kept the run from being complete.</summary>
/// <param name="MissingPaths">One line per command-line path that does not exist ("x.md: no such file or directory").</param>
/// <param name="RuleProblems">Broken pack rules that were left out of the run.</param>
internal sealed record CheckRun(
    IReadOnlyList<CheckedFile> Files,
    IReadOnlyList<string> MissingPaths,
    IReadOnlyList<RuleLoadProblem> RuleProblems,
    DateTime StartedUtc,
    DateTime FinishedUtc)
{
    /// <summary>How standard input was read: the HTML report, which shows the text, needs it to find Markdown sections.</summary>
    public DocumentFormat StdinFormat { get; init; } = DocumentFormat.PlainText;

    /// <summary>Whether every path was read and every rule loaded: the findings are all there are.</summary>
    public bool IsComplete => MissingPaths.Count == 0 && RuleProblems.Count == 0 && Files.All(f => f.Error is null);

    /// <summary>The files that could be read, in input order.</summary>
    public IEnumerable<CheckedFile> ReadFiles => Files.Where(f => f.Text is not null);
}
