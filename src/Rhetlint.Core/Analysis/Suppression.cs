using Microsoft.CodeAnalysis.Text;

namespace Rhetlint.Core.Analysis;

/// <summary>The comment that suppressed a finding (<c>&lt;!-- rhetlint-ignore RH2001 -- reason --&gt;</c>).</summary>
/// <param name="Directive">Which directive: <c>rhetlint-disable</c>, <c>rhetlint-ignore</c> or <c>rhetlint-disable-file</c>.</param>
/// <param name="Comment">The span of the whole comment.</param>
/// <param name="Justification">The reason written after <c>--</c>, or null when the comment gives none.</param>
public sealed record Suppression(string Directive, TextSpan Comment, string? Justification);
