using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;

namespace Rhetlint.Core.Fixes;

/// <summary>
/// The rewrite chosen for a finding, ready to apply: its changes ordered by position, checked against the text, and
/// with any line break they insert written the way the document writes its own.
/// </summary>
public sealed record FixEdit(Finding Finding, Rewrite Rewrite, ImmutableArray<TextChange> Changes)
{
    public string RuleId => Finding.Id;

    /// <summary>From the start of the first change to the end of the last.</summary>
    public TextSpan Span => TextSpan.FromBounds(Changes[0].Span.Start, Changes[^1].Span.End);
}
