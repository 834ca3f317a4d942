using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Rhetlint.Core.Semantics;

namespace Rhetlint.Core.Analysis;

/// <summary>A claim a rule asked evidence for, and what the engine linked to it: what <c>rhetlint explain</c> shows per claim.</summary>
public sealed record WeighedClaim(string RuleId, ClaimEvidence Evidence);

/// <summary>The evidence window each rule declares in its descriptor's custom tags (<see cref="EvidenceWindow.Tag"/>).</summary>
public static class EvidenceWindows
{
    private static readonly ConcurrentDictionary<DiagnosticDescriptor, EvidenceWindow> Declared = new();

    /// <summary>The window <paramref name="rule"/> declares.</summary>
    /// <exception cref="InvalidOperationException">The descriptor declares none: a rule that weighs evidence must say where.</exception>
    public static EvidenceWindow Of(DiagnosticDescriptor rule) => Declared.GetOrAdd(rule, static d =>
        EvidenceWindow.FromTags(d.CustomTags)
        ?? throw new InvalidOperationException($"{d.Id} asks for evidence but declares no evidence window in its custom tags (e.g. \"{EvidenceWindow.NextSentence.Tag}\")."));
}
