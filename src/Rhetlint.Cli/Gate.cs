using Rhetlint.Cli.Output;
using Microsoft.CodeAnalysis;

namespace Rhetlint.Cli;

/// <summary>
/// Whether a run's findings fail it (exit 1): any finding at <see cref="FailOn"/> or above, or more warnings than
/// <see cref="MaxWarnings"/> (ESLint's --max-warnings). <see cref="ExitZero"/> reports without failing (Ruff's
/// --exit-zero); input and configuration errors still exit 2.
/// </summary>
internal sealed record Gate(DiagnosticSeverity? FailOn, int? MaxWarnings, bool ExitZero)
{
    /// <summary>
    /// One line per gate the findings fail ("2 findings at or above --fail-on warning", "21 warnings, more than
    /// --max-warnings 20"), so a CI log says why the run failed; empty when it passes.
    /// </summary>
    public IReadOnlyList<string> Failures(IEnumerable<CheckedFile> results)
    {
        if (ExitZero) return [];
        var findings = results.SelectMany(r => r.Findings).ToList();
        var failures = new List<string>();
        if (FailOn is { } threshold && findings.Count(f => f.Severity >= threshold) is > 0 and var reaching)
            failures.Add($"{Quantity.Of(reaching, "finding")} at or above --fail-on {Severities.Name(threshold)}");
        if (MaxWarnings is { } max && findings.Count(f => f.Severity == DiagnosticSeverity.Warning) is var warnings && warnings > max)
            failures.Add($"{Quantity.Of(warnings, "warning")}, more than --max-warnings {max}");
        return failures;
    }
}
