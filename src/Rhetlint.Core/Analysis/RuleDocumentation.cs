using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Rhetlint.Core.Analysis;

/// <summary>
/// A rule's documentation, written once, beside its descriptor in the rule's own file (Ruff's doc sections). The rule's
/// page, <c>docs/rules/ID.md</c>, is generated from it by <see cref="RulePage"/>; the title, category, default
/// severity and help link come from <see cref="Descriptor"/> and the options from the rule's
/// <see cref="RhetoricAnalyzer.SupportedOptions"/>, so nothing on the page is written twice. Text is Markdown.
/// </summary>
/// <remarks>
/// <see cref="Examples"/> and <see cref="UseInstead"/> are drafts the tests run with only this rule enabled: every
/// example must be flagged exactly on its <c>[[…]]</c>-marked words, and no draft under "Use instead" may be flagged.
/// </remarks>
public sealed class RuleDocumentation
{
    private const string OpenMark = "[[";
    private const string CloseMark = "]]";

    /// <param name="descriptor">The diagnostic the documentation is for.</param>
    public RuleDocumentation(DiagnosticDescriptor descriptor)
    {
        Descriptor = descriptor;
    }

    public DiagnosticDescriptor Descriptor { get; }

    /// <summary>When the rule reports at another severity than its default: "suggestion when access and reason are given".</summary>
    public string? SeverityNote { get; init; }

    public required string WhatItDoes { get; init; }

    public required string WhyIsThisBad { get; init; }

    /// <summary>Sections a rule needs beyond the usual ones (a severity table, precedence), after "Why is this bad?".</summary>
    public ImmutableArray<DocumentationSection> MoreSections { get; init; } = [];

    /// <summary>"When it stays quiet": the near misses the rule leaves alone, and why.</summary>
    public string? NotFlagged { get; init; }

    /// <summary>Drafts the rule flags, each with the flagged words in <c>[[…]]</c>.</summary>
    public ImmutableArray<string> Examples { get; init; } = [];

    /// <summary>Drafts that say the same thing in a way the rule accepts.</summary>
    public ImmutableArray<string> UseInstead { get; init; } = [];

    /// <summary>Advice under "Use instead" that no draft shows (or that follows the drafts).</summary>
    public string? UseInsteadNote { get; init; }

    /// <summary>The rewrites the rule offers and how safe they are.</summary>
    public string? Rewrite { get; init; }

    /// <summary>A draft without its <c>[[…]]</c> marks, and the spans they marked, in order.</summary>
    public static (string Text, ImmutableArray<TextSpan> Marked) Unmark(string draft)
    {
        var text = new System.Text.StringBuilder(draft.Length);
        var marked = ImmutableArray.CreateBuilder<TextSpan>();
        var at = 0;
        while (draft.IndexOf(OpenMark, at, StringComparison.Ordinal) is var open and >= 0
               && draft.IndexOf(CloseMark, open + OpenMark.Length, StringComparison.Ordinal) is var close and >= 0)
        {
            text.Append(draft, at, open - at);
            var start = text.Length;
            text.Append(draft, open + OpenMark.Length, close - open - OpenMark.Length);
            marked.Add(TextSpan.FromBounds(start, text.Length));
            at = close + CloseMark.Length;
        }
        text.Append(draft, at, draft.Length - at);
        return (text.ToString(), marked.ToImmutable());
    }

    /// <summary>
    /// The part of a path from the repository's <c>src/</c> folder on: a build may see the file at any absolute path
    /// (a clone, a CI checkout, a deterministic <c>/_/</c>), and the page must not depend on where it was built.
    /// </summary>
}

/// <summary>A titled section of a rule's page.</summary>
public sealed record DocumentationSection(string Heading, string Text);
