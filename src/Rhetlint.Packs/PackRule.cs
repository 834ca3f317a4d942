using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Rhetlint.Core.Analysis;
using Rhetlint.Packs.Matching;

namespace Rhetlint.Packs;

/// <summary>One rule read from a YAML pack: its descriptor, how it matches, when a match counts, and its examples.</summary>
/// <param name="Suggestion">A display-only replacement for existence and sequence rules ("name the study").</param>
/// <param name="Path">The rule file, for diagnostics and <c>test-pack</c> output.</param>
internal sealed record PackRule(
    DiagnosticDescriptor Descriptor,
    PackRuleKind Kind,
    IPackMatcher Matcher,
    RuleConditions Conditions,
    Applicability Applicability,
    string? Suggestion,
    ImmutableArray<PackExample> Examples,
    string Path)
{
    public string Id => Descriptor.Id;
}
