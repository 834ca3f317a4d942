using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Markup;

namespace Rhetlint.Core.Analysis;

/// <summary>
/// Suppression comments in Markdown, the way ESLint and Vale do it:
/// <list type="bullet">
/// <item><c>&lt;!-- rhetlint-disable RH2001, RH3002 -- reason --&gt;</c> … <c>&lt;!-- rhetlint-enable RH2001 --&gt;</c>
/// (no ids: every rule; no enable: to the end of the file)</item>
/// <item><c>&lt;!-- rhetlint-ignore RH2001 --&gt;</c>: the next block only</item>
/// <item><c>&lt;!-- rhetlint-disable-file RH2001 --&gt;</c>: the whole file</item>
/// </list>
/// A suppression beats every severity setting. Directives that suppress nothing (RH0003) and enables without a
/// matching disable or ids no rule has (RH0004) are reported, so stale comments do not pile up.
/// Public for the language server, which analyzes a document in windows and applies the document's directives to
/// the findings of all of them at once.
/// </summary>
public sealed partial class SuppressionDirectives
{
    private readonly List<Directive> _directives = [];
    private readonly List<(DiagnosticDescriptor Descriptor, TextSpan Span, string Message)> _problems = [];

    private sealed class Directive(Suppression suppression, TextSpan scope, IReadOnlySet<string>? ids)
    {
        public Suppression Suppression { get; } = suppression;
        public TextSpan Comment => Suppression.Comment;
        public TextSpan Scope { get; } = scope;
        /// <summary>Null: every rule.</summary>
        public IReadOnlySet<string>? Ids { get; } = ids;
        public bool Used { get; set; }

        public bool Covers(string ruleId, int position) =>
            (Ids is null || Ids.Contains(ruleId)) && Scope.Contains(position);
    }

    [GeneratedRegex(@"^<!--\s*rhetlint-(disable-file|disable|enable|ignore)\b(.*?)-->$", RegexOptions.Singleline)]
    private static partial Regex DirectivePattern();

    public static SuppressionDirectives Read(ProseText prose, IReadOnlySet<string> knownIds)
    {
        var result = new SuppressionDirectives();
        var open = new Dictionary<string, (Suppression Suppression, int Start, IReadOnlySet<string>? Ids)>(StringComparer.Ordinal);
        var end = prose.Source.Length;
        foreach (var comment in prose.Comments)
        {
            var match = DirectivePattern().Match(comment.Text);
            if (!match.Success) continue;
            var kind = match.Groups[1].Value;
            // "RH2001, RH3002 -- reason": the reason after " -- " is for people.
            var body = match.Groups[2].Value;
            var dashes = body.IndexOf("--", StringComparison.Ordinal);
            var idText = dashes >= 0 ? body[..dashes] : body;
            var reason = dashes >= 0 ? body[(dashes + 2)..].Trim() : "";
            var suppression = new Suppression($"rhetlint-{kind}", comment.Span, reason.Length > 0 ? reason : null);
            var ids = idText.Split([',', ' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
            var unknown = ids.Where(id => !knownIds.Contains(id)).Order(StringComparer.Ordinal).ToList();
            if (unknown.Count > 0)
                result._problems.Add((EngineDescriptors.BadDirective, comment.Span, $"rhetlint-{kind} names {string.Join(", ", unknown)}, which no rule has"));
            IReadOnlySet<string>? scopeIds = ids.Count == 0 ? null : ids;
            var key = ids.Count == 0 ? "*" : string.Join(",", ids.Order(StringComparer.Ordinal));
            switch (kind)
            {
                case "disable-file":
                    result._directives.Add(new Directive(suppression, new TextSpan(0, end), scopeIds));
                    break;
                case "disable":
                    open[key] = (suppression, comment.Span.End, scopeIds);
                    break;
                case "enable":
                    if (open.Remove(key, out var disable))
                        result._directives.Add(new Directive(disable.Suppression, TextSpan.FromBounds(disable.Start, comment.Span.Start), disable.Ids));
                    else
                        result._problems.Add((EngineDescriptors.BadDirective, comment.Span, "rhetlint-enable without a matching rhetlint-disable before it"));
                    break;
                case "ignore":
                    var next = prose.Blocks.FirstOrDefault(b => b.Span.Start >= comment.Span.End);
                    result._directives.Add(new Directive(suppression, next.Span.IsEmpty ? new TextSpan(comment.Span.End, 0) : next.Span, scopeIds));
                    break;
            }
        }
        // A disable that is never enabled runs to the end of the file.
        foreach (var (suppression, start, ids) in open.Values)
            result._directives.Add(new Directive(suppression, TextSpan.FromBounds(start, end), ids));
        return result;
    }

    /// <summary>
    /// The directive that suppresses <paramref name="finding"/> (the earliest comment, when several do), or null; marks
    /// every directive that covers it as used, so none of them is reported as stale.
    /// </summary>
    public Suppression? SuppressionOf(Finding finding) => SuppressionOf(finding.Id, finding.Span.Start);

    /// <summary>The directive that suppresses a finding of rule <paramref name="ruleId"/> starting at <paramref name="position"/>; see <see cref="SuppressionOf(Finding)"/>.</summary>
    public Suppression? SuppressionOf(string ruleId, int position)
    {
        Suppression? first = null;
        foreach (var directive in _directives)
        {
            if (!directive.Covers(ruleId, position)) continue;
            directive.Used = true;
            if (first is null || directive.Comment.Start < first.Comment.Start) first = directive.Suppression;
        }
        return first;
    }

    /// <summary>Malformed directives, and directives that suppressed nothing (call after <see cref="SuppressionOf"/> has seen every finding).</summary>
    public IEnumerable<(DiagnosticDescriptor Descriptor, TextSpan Span, string Message)> Problems() =>
        _problems.Concat(_directives.Where(d => !d.Used).Select(d => (EngineDescriptors.UnusedSuppression, d.Comment, "this rhetlint directive suppresses no finding; remove it")));

    /// <summary>
    /// The change that puts <c>&lt;!-- rhetlint-ignore IDS -- REASON --&gt;</c> before the block starting at
    /// <paramref name="blockStart"/>: on a line of its own before a paragraph or heading, inline before a list item's
    /// or quote's text (where a line of its own would end the list or the quote). Line breaks follow the document's.
    /// </summary>
    public static TextChange IgnoreComment(SourceText text, int blockStart, IEnumerable<string> ids, string? reason = null)
    {
        var comment = $"<!-- rhetlint-ignore {string.Join(", ", ids)}{(reason is null ? "" : " -- " + reason)} -->";
        var atLineStart = blockStart == 0 || text[blockStart - 1] is '\n' or '\r';
        var newline = text.Lines.Count > 1 && text.ToString(text.Lines[0].SpanIncludingLineBreak).EndsWith("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        return new TextChange(new TextSpan(blockStart, 0), atLineStart ? comment + newline : comment + " ");
    }
}
