using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Text;

namespace Rhetlint.Core.Analysis;

/// <summary>
/// A reported diagnostic together with the rewrites that travel with it. A finding the engine makes keeps the parts of
/// its Roslyn <see cref="Microsoft.CodeAnalysis.Diagnostic"/> (descriptor, span, severity, message arguments, the
/// document's lines) and builds the diagnostic only when asked: a diagnostic and its location held for each of the
/// 700,000 unbalanced quotation marks of a hostile document were about 250 bytes a finding (issue 18).
/// </summary>
public sealed record Finding
{
    /// <summary>The diagnostic the finding was made from, when it was made from one (a cached result, a test).</summary>
    private readonly Diagnostic? _diagnostic;
    private readonly object?[]? _args;
    private readonly string? _path;
    private readonly LineMap? _lines;

    public Finding(Diagnostic diagnostic, ImmutableArray<Rewrite> rewrites)
    {
        _diagnostic = diagnostic;
        Descriptor = diagnostic.Descriptor;
        Span = diagnostic.Location.SourceSpan;
        Severity = diagnostic.Severity;
        Rewrites = rewrites;
    }

    /// <param name="lines">The lines of the text <paramref name="span"/> is in, for the location's line and column.</param>
    /// <param name="args">The message's arguments, never changed: findings with one message may share them.</param>
    internal Finding(DiagnosticDescriptor descriptor, string path, TextSpan span, LineMap lines, DiagnosticSeverity severity, object?[] args,
        ImmutableArray<Rewrite> rewrites)
    {
        Descriptor = descriptor;
        _path = path;
        Span = span;
        _lines = lines;
        Severity = severity;
        _args = args;
        Rewrites = rewrites;
    }

    /// <summary>The finding as a Roslyn diagnostic; built anew at each call on a finding the engine made.</summary>
    public Diagnostic Diagnostic => _diagnostic ?? Diagnostic.Create(Descriptor, Location.Create(_path!, Span, _lines!.SpanOf(Span)), Severity,
        additionalLocations: null, properties: null, _args);

    public ImmutableArray<Rewrite> Rewrites { get; init; }

    public DiagnosticDescriptor Descriptor { get; }
    public string Id => Descriptor.Id;
    public TextSpan Span { get; }
    public DiagnosticSeverity Severity { get; }
    public string Category => Descriptor.Category;

    /// <summary>The file and the 0-based lines and columns of <see cref="Span"/>, as the diagnostic's location gives them.</summary>
    public FileLinePositionSpan LineSpan => _diagnostic?.Location.GetLineSpan() ?? new FileLinePositionSpan(_path!, _lines!.SpanOf(Span));

    /// <summary>The message, formatted as the diagnostic formats it (without building its location).</summary>
    public string Message => (_diagnostic ?? Diagnostic.Create(Descriptor, Location.None, Severity, additionalLocations: null, properties: null, _args))
        .GetMessage(CultureInfo.InvariantCulture);

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

    public void Deconstruct(out Diagnostic diagnostic, out ImmutableArray<Rewrite> rewrites) => (diagnostic, rewrites) = (Diagnostic, Rewrites);

    /// <summary>Equal diagnostics (descriptor, location, severity, message arguments), rewrites, suppression and fingerprint, however each was made.</summary>
    public bool Equals(Finding? other) =>
        other is not null && (ReferenceEquals(this, other) || Span == other.Span && Severity == other.Severity && Diagnostic.Equals(other.Diagnostic)
            && Rewrites.Equals(other.Rewrites) && Equals(Suppression, other.Suppression) && Fingerprint == other.Fingerprint);

    public override int GetHashCode() => HashCode.Combine(Id, Span, Fingerprint);
}
