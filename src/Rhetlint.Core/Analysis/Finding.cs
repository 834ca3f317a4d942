using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Rhetlint.Core.Analysis;

/// <summary>A reported diagnostic together with the rewrites that travel with it.</summary>
public sealed record Finding(Diagnostic Diagnostic, ImmutableArray<Rewrite> Rewrites)
{
    public string Id => Diagnostic.Id;
    public TextSpan Span => Diagnostic.Location.SourceSpan;
    public DiagnosticSeverity Severity => Diagnostic.Severity;
    public string Category => Diagnostic.Descriptor.Category;
    public string Message => Diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// The comment that suppressed this finding; null for a reported one. Only
    /// <see cref="AnalyzerDriver.AnalyzeIncludingSuppressed"/> returns suppressed findings (SARIF lists them as such).
    /// </summary>
    public Suppression? Suppression { get; init; }

    /// <summary>
    /// The finding's <see cref="FindingFingerprint"/>, stable when lines move; set by <see cref="AnalyzerDriver"/>,
    /// null on a finding made elsewhere.
    /// </summary>
    public string? Fingerprint { get; init; }
}
