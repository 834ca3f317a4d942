using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace Rhetlint.Core.Analysis;

/// <summary>How safely a rewrite may be applied (Ruff's fix semantics).</summary>
public enum Applicability
{
    /// <summary>Shown to the writer, never applied: it contains placeholders such as <c>[source]</c>.</summary>
    DisplayOnly,
    /// <summary>Applicable on request; it may change what the sentence claims.</summary>
    Unsafe,
    /// <summary>Meaning-preserving; may be applied in bulk.</summary>
    Safe,
}

/// <summary>A suggested rewrite: text changes against the original document.</summary>
public sealed record Rewrite(string Title, ImmutableArray<TextChange> Changes, Applicability Applicability)
{
    /// <summary>A rewrite that replaces one span with a template the writer must complete.</summary>
    public static Rewrite Template(string title, TextSpan span, string template) =>
        new(title, [new TextChange(span, template)], Applicability.DisplayOnly);
}
