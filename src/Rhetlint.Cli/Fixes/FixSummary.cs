using Rhetlint.Cli.Output;
using Rhetlint.Core.Analysis;

namespace Rhetlint.Cli.Fixes;

/// <summary>The last line <c>fix</c> prints on standard error: what it fixed (or would), and what is left for the writer and why.</summary>
internal static class FixSummary
{
    /// <param name="applied">True once the files are written; false for a diff (then it says what it would fix).</param>
    /// <param name="suggestUnsafe">Whether to point at --unsafe when unsafe rewrites were left (not when they were offered, or asked for).</param>
    public static string Line(bool applied, int fixedFindings, int changedFiles, int checkedFiles, IReadOnlyCollection<Finding> left, bool suggestUnsafe)
    {
        var head = fixedFindings == 0
            ? $"Nothing {(applied ? "fixed" : "to fix")} in {Quantity.Of(checkedFiles, "file")}"
            : $"{(applied ? "Fixed" : "Would fix")} {Quantity.Of(fixedFindings, "finding")} in {Quantity.Of(changedFiles, "file")}";
        if (left.Count == 0) return head + ".";

        var withRewrite = left.Count(f => f.Rewrites.Any(r => r.Applicability != Applicability.DisplayOnly));
        var displayOnly = left.Count(f => !f.Rewrites.IsEmpty && f.Rewrites.All(r => r.Applicability == Applicability.DisplayOnly));
        var withoutRewrite = left.Count(f => f.Rewrites.IsEmpty);
        var parts = new List<string>();
        // After a settled batch run only unsafe rewrites are left unapplied; interactively, also the ones the writer skipped.
        if (withRewrite > 0) parts.Add(suggestUnsafe ? $"{withRewrite} unsafe" : $"{withRewrite} with a rewrite not applied");
        if (displayOnly > 0) parts.Add($"{displayOnly} display-only");
        if (withoutRewrite > 0) parts.Add($"{withoutRewrite} without a rewrite");
        var hint = suggestUnsafe && withRewrite > 0 ? "; rerun with --unsafe" : "";
        return $"{head} ({left.Count} left: {string.Join(", ", parts)}{hint}).";
    }
}
