using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;

namespace Rhetlint.LanguageServer.Analysis;

/// <summary>
/// A finding placed in the whole document. The engine's <see cref="Finding"/> carries a Roslyn diagnostic whose
/// location cannot be moved, and the windowed analysis finds things at window offsets and keeps them while the text
/// above them shifts; so the server keeps what it shows in this form, offsets in the document's current text.
/// </summary>
/// <param name="Source">The finding as the engine reported it (in its window), null for one the server made (suppression problems).</param>
internal sealed record DocumentFinding(
    DiagnosticDescriptor Descriptor,
    TextSpan Span,
    DiagnosticSeverity Severity,
    string Message,
    ImmutableArray<Rewrite> Rewrites,
    Finding? Source)
{
    public string Id => Descriptor.Id;

    /// <summary>As <see cref="FindingFingerprint"/> computes it on the whole document.</summary>
    public string Fingerprint { get; init; } = "";

    /// <summary>The comment that suppresses this finding; null for a reported one.</summary>
    public Suppression? Suppression { get; init; }

    public static DocumentFinding Made(DiagnosticDescriptor descriptor, TextSpan span, DiagnosticSeverity severity, string message) =>
        new(descriptor, span, severity, message, [], null);
}
