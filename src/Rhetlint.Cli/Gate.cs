using Microsoft.CodeAnalysis;

namespace Rhetlint.Cli;

/// <summary>
/// Whether a run's findings fail it (exit 1): any finding at <see cref="FailOn"/> or above, or more warnings than
/// <see cref="MaxWarnings"/> (ESLint's --max-warnings). <see cref="ExitZero"/> reports without failing (Ruff's
/// --exit-zero); input and configuration errors still exit 2.
/// </summary>
internal sealed record Gate(DiagnosticSeverity? FailOn, int? MaxWarnings, bool ExitZero)
{
    public bool Fails(IEnumerable<CheckedFile> results)
    {
        if (ExitZero) return false;
        var findings = results.SelectMany(r => r.Findings).ToList();
        return FailOn is { } threshold && findings.Any(f => f.Severity >= threshold)
            || MaxWarnings is { } max && findings.Count(f => f.Severity == DiagnosticSeverity.Warning) > max;
    }
}
