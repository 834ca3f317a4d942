using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;

namespace Rhetlint.Core.Fixes;

/// <summary>
/// Chooses which rewrites one pass of <c>fix</c> applies. A finding contributes its first rewrite whose
/// applicability is allowed (<see cref="Applicability.DisplayOnly"/> never is: it has placeholders to fill in), all
/// of its changes or none. Candidates are taken in a fixed order — by where their first change starts, then where
/// their last change ends, then rule id (ordinal), then the order the findings were reported in — and one whose
/// changes conflict (<see cref="TextEdits.Conflict"/>) with a change already taken is dropped from this pass. The
/// fixer analyzes the new text again, so a dropped rewrite comes back next pass if its finding still stands.
/// </summary>
public static class FixPlanner
{
    /// <summary>Whether <c>fix</c> may apply the rewrite when asked for rewrites at least as safe as <paramref name="least"/>.</summary>
    public static bool IsApplicable(Rewrite rewrite, Applicability least) =>
        rewrite.Applicability != Applicability.DisplayOnly && rewrite.Applicability >= least;

    /// <summary>The finding's first rewrite <c>fix</c> may apply, if any.</summary>
    public static Rewrite? FirstApplicable(Finding finding, Applicability least) =>
        finding.Rewrites.FirstOrDefault(r => IsApplicable(r, least));

    /// <summary>The rewrites to apply together to <paramref name="text"/>, ordered by position.</summary>
    public static ImmutableArray<FixEdit> Choose(SourceText text, IEnumerable<Finding> findings, Applicability least)
    {
        var candidates = findings
            .Select((finding, index) => (Index: index, Edit: FirstApplicable(finding, least) is { } rewrite ? Prepare(text, finding, rewrite) : null))
            .Where(c => c.Edit is not null)
            .OrderBy(c => c.Edit!.Span.Start).ThenBy(c => c.Edit!.Span.End).ThenBy(c => c.Edit!.RuleId, StringComparer.Ordinal).ThenBy(c => c.Index)
            .Select(c => c.Edit!);
        var taken = new List<FixEdit>();
        foreach (var candidate in candidates)
            if (!Conflicts(candidate.Changes, taken.SelectMany(t => t.Changes)))
                taken.Add(candidate);
        return [.. taken];
    }

    /// <summary>Whether any of the changes conflicts with any of the others.</summary>
    public static bool Conflicts(IEnumerable<TextChange> changes, IEnumerable<TextChange> others) =>
        changes.Any(c => others.Any(o => TextEdits.Conflict(c, o)));

    /// <summary>
    /// The rewrite as an edit of this text, or null when it cannot be applied as it stands: a change outside the text,
    /// changes that conflict with each other, a boundary that would split a CRLF pair or a surrogate pair (a broken
    /// line break or an unencodable character), or no change that changes anything.
    /// </summary>
    public static FixEdit? Prepare(SourceText text, Finding finding, Rewrite rewrite)
    {
        if (rewrite.Changes.Any(c => c.Span.End > text.Length)) return null;
        // A change that replaces text with itself would keep the finding alive pass after pass.
        var changes = rewrite.Changes
            .Where(c => text.ToString(c.Span) != (c.NewText ?? ""))
            .OrderBy(c => c.Span.Start).ThenBy(c => c.Span.End)
            .ToList();
        if (changes.Count == 0) return null;
        for (var i = 0; i < changes.Count; i++)
        {
            if (i > 0 && TextEdits.Conflict(changes[i - 1], changes[i])) return null;
            if (SplitsPair(text, changes[i].Span.Start) || SplitsPair(text, changes[i].Span.End)) return null;
        }
        return new FixEdit(finding, rewrite, [.. changes.Select(c => TextEdits.InDocumentLineEndings(text, c))]);
    }

    private static bool SplitsPair(SourceText text, int position) =>
        position > 0 && position < text.Length
        && ((text[position - 1] == '\r' && text[position] == '\n') || (char.IsHighSurrogate(text[position - 1]) && char.IsLowSurrogate(text[position])));
}
