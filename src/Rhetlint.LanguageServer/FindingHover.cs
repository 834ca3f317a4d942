using System.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.LanguageServer.Analysis;

namespace Rhetlint.LanguageServer;

/// <summary>
/// What a hover says about a finding, in the order a writer needs it: the message, the rewrite (a template to fill in
/// is shown as such), one line of why, and a link to the rule's page. The page itself stays behind the link: a hover
/// is read in a small box, and the page's badges name source files and word lists, which mean nothing to a writer.
/// </summary>
internal static class FindingHover
{
    public static string Markdown(DocumentFinding finding)
    {
        var hover = new StringBuilder(MarkdownText.Escape(finding.Message));
        var rewrites = finding.Rewrites.Select(Describe).Distinct(StringComparer.Ordinal).ToList();
        if (rewrites.Count == 1) hover.Append("\n\n**Rewrite:** ").Append(rewrites[0]);
        if (rewrites.Count > 1) hover.Append("\n\n**Rewrites:**\n").AppendJoin('\n', rewrites.Select(r => "- " + r));
        if (RuleDocumentation.Why(finding.Id) is { } why) hover.Append("\n\n*Why:* ").Append(why);
        var title = $"{finding.Id} — {finding.Descriptor.Title}";
        hover.Append("\n\n").Append(string.IsNullOrEmpty(finding.Descriptor.HelpLinkUri)
            ? $"**{MarkdownText.Escape(title)}**"
            : $"[{MarkdownText.Escape(title)}]({finding.Descriptor.HelpLinkUri})");
        return hover.ToString();
    }

    /// <summary>A rewrite's title; for a template, the template too (the title says what to do, the template how).</summary>
    private static string Describe(Rewrite rewrite)
    {
        var title = MarkdownText.Escape(rewrite.Title);
        return rewrite.Applicability == Applicability.DisplayOnly
            ? $"{title}: {MarkdownText.Code(string.Join(" … ", rewrite.Changes.Select(c => c.NewText)))}"
            : title;
    }
}
