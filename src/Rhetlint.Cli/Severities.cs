using Microsoft.CodeAnalysis;

namespace Rhetlint.Cli;

/// <summary>Rhetlint's severity words for Roslyn severities: error, warning, suggestion.</summary>
internal static class Severities
{
    public static string Name(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "suggestion",
        _ => "hidden",
    };

    /// <summary>The lowest severity that fails a run for a <c>--fail-on</c> value; null for <c>none</c>.</summary>
    public static DiagnosticSeverity? Threshold(string failOn) => failOn switch
    {
        "error" => DiagnosticSeverity.Error,
        "warning" => DiagnosticSeverity.Warning,
        "suggestion" => DiagnosticSeverity.Info,
        _ => null,
    };
}
