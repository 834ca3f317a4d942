using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Rhetlint.Core.Analysis;

/// <summary>
/// Which finding stands when two rules flag one rhetorical move. A rule's descriptor declares the rules it supersedes
/// (<see cref="RuleTags.Supersedes"/>: a superlative that ranks a threat is threat inflation, so RH1010 supersedes
/// RH2001); of two overlapping findings, the superseded rule's is dropped. Rules never consult each other: each reports
/// what it sees, and the driver settles it here, after configuration, so only findings that are reported take part —
/// a rule turned off by <c>--select</c>, <c>--ignore</c>, a severity of none, the profile, or by being off by default,
/// silences nothing. The relation is direct (not transitive) and may have no cycle.
/// <para>
/// Suppression comments and baselines apply after precedence. When the superseding finding is suppressed, the
/// superseded one stays dropped: one move is one finding, and the writer suppressed the move. A comment naming the
/// superseded rule where its finding was dropped still counts as used (it takes effect whenever the superseding rule
/// is off), and a superseded finding still counts among its rule's occurrences in the sentence, so the fingerprints of
/// that rule's other findings do not depend on which other rules run.
/// </para>
/// </summary>
internal sealed class RulePrecedence
{
    /// <summary>For each rule that some rule supersedes, the ids of the rules that do.</summary>
    private readonly Dictionary<string, HashSet<string>> _superseders = new(StringComparer.Ordinal);

    /// <summary>The ids of the rules that supersede some rule.</summary>
    private readonly HashSet<string> _supersedingIds = new(StringComparer.Ordinal);

    /// <exception cref="ArgumentException">The declared relation has a cycle.</exception>
    public RulePrecedence(IEnumerable<DiagnosticDescriptor> descriptors)
    {
        var known = descriptors.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var descriptor in descriptors)
            foreach (var lower in RuleTags.SupersededIds(descriptor).Where(known.Contains))
            {
                if (!_superseders.TryGetValue(lower, out var higher)) _superseders[lower] = higher = new(StringComparer.Ordinal);
                higher.Add(descriptor.Id);
                _supersedingIds.Add(descriptor.Id);
            }
        if (FindCycle() is { } cycle)
            throw new ArgumentException($"rule precedence has a cycle: {string.Join(" supersedes ", Enumerable.Reverse(cycle))}", nameof(descriptors));
    }

    /// <summary>
    /// Splits <paramref name="findings"/> into those that stand and those dropped because they overlap a finding of a
    /// rule that supersedes theirs, keeping the given order.
    /// </summary>
    public (List<Finding> Standing, List<SupersededFinding> Superseded) Apply(IReadOnlyList<Finding> findings)
    {
        var standing = new List<Finding>(findings.Count);
        var superseded = new List<SupersededFinding>();
        // The findings of superseding rules by start: a finding overlaps only those that start less than the longest
        // of them before it, so each lookup stays local however long the document is.
        var higher = findings.Where(f => _supersedingIds.Contains(f.Id)).OrderBy(f => f.Span.Start).ToList();
        var starts = higher.Select(f => f.Span.Start).ToList();
        var longest = higher.Count == 0 ? 0 : higher.Max(f => f.Span.Length);
        foreach (var finding in findings)
        {
            var by = _superseders.TryGetValue(finding.Id, out var ids) ? FirstOverlapping(finding.Span, ids) : null;
            if (by is null) standing.Add(finding);
            else superseded.Add(new SupersededFinding(finding, by));
        }
        return (standing, superseded);

        Finding? FirstOverlapping(TextSpan span, HashSet<string> ids)
        {
            var from = span.Start - longest + 1;
            var k = starts.BinarySearch(from);
            if (k < 0) k = ~k;
            else while (k > 0 && starts[k - 1] == from) k--;
            for (; k < higher.Count && starts[k] < span.End; k++)
                if (ids.Contains(higher[k].Id) && higher[k].Span.OverlapsWith(span)) return higher[k];
            return null;
        }
    }

    /// <summary>A chain of ids from a rule back to itself, each superseded by the next; null when there is none.</summary>
    private List<string>? FindCycle()
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();

        List<string>? Visit(string id)
        {
            var onPath = path.IndexOf(id);
            if (onPath >= 0) return [.. path[onPath..], id];
            if (!done.Add(id)) return null;
            path.Add(id);
            foreach (var higher in _superseders.GetValueOrDefault(id) ?? [])
                if (Visit(higher) is { } cycle) return cycle;
            path.RemoveAt(path.Count - 1);
            return null;
        }

        return _superseders.Keys.Order(StringComparer.Ordinal).Select(Visit).FirstOrDefault(c => c is not null);
    }
}

/// <summary>A finding rule precedence dropped, and the overlapping finding of the rule that supersedes it.</summary>
public sealed record SupersededFinding(Finding Finding, Finding By);
