using System.Collections.Immutable;
using System.Net;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Analysis;
using Rhetlint.Core.Markup;

namespace Rhetlint.Core.Fixes;

/// <summary>
/// Rewrites of an HTML page kept to its text: a rewrite whose changes all lie in text nodes is kept with its new text
/// escaped ("&amp;", "&lt;", "&gt;"), so the page stays valid HTML; a rewrite that would cut or replace a tag or an
/// entity ("un&lt;em&gt;believ&lt;/em&gt;able", "don&amp;rsquo;t"), or whose new text carries markup copied from the page, is
/// dropped: its finding is still reported, with no rewrite, so <c>fix</c> leaves it to the writer and counts it among
/// those left.
/// </summary>
public static class HtmlRewrites
{
    public static ImmutableArray<Rewrite> Confine(ProseText prose, ImmutableArray<Rewrite> rewrites)
    {
        if (rewrites.IsDefaultOrEmpty) return rewrites;
        var source = prose.Source.ToString();
        var kept = ImmutableArray.CreateBuilder<Rewrite>(rewrites.Length);
        foreach (var rewrite in rewrites)
        {
            if (!rewrite.Changes.All(c => InText(source, prose.Masked, c.Span) && !CarriesMarkup(c.NewText ?? ""))) continue;
            kept.Add(rewrite.Changes.Any(c => NeedsEscape(c.NewText ?? ""))
                ? rewrite with { Changes = [.. rewrite.Changes.Select(c => new TextChange(c.Span, Escape(c.NewText ?? "")))] }
                : rewrite);
        }
        return kept.Count == rewrites.Length && kept.SequenceEqual(rewrites) ? rewrites : kept.ToImmutable();
    }

    /// <summary>
    /// Every character the change replaces is text as written (no tag, no entity), and it does not end inside an entity;
    /// an insertion stands next to text (rules insert at the edges of words, never between two tags).
    /// </summary>
    private static bool InText(string source, string masked, TextSpan span)
    {
        for (var p = span.Start; p < span.End; p++)
            if (!IsText(source, masked, p)) return false;
        if (span.End < masked.Length && masked[span.End] == MarkupFiller.EntityTail) return false;
        return !span.IsEmpty || span.Start == 0 || span.Start == masked.Length || IsText(source, masked, span.Start - 1) || IsText(source, masked, span.Start);
    }

    private static bool IsText(string source, string masked, int p) => masked[p] == source[p] && !MarkupFiller.IsFiller(masked[p]);

    /// <summary>A tag or comment opener: prose never writes one, a rewrite that copied page source around a tag does.</summary>
    private static bool CarriesMarkup(string text)
    {
        for (var i = text.IndexOf('<'); i >= 0 && i + 1 < text.Length; i = text.IndexOf('<', i + 1))
            if (char.IsAsciiLetter(text[i + 1]) || text[i + 1] is '/' or '!') return true;
        return false;
    }

    /// <summary>
    /// The new text as HTML: decoded first, because a rule may copy a stretch of the page's text with its entities
    /// ("council&amp;rsquo;s"), which must not be escaped twice; then "&amp;", "&lt;" and "&gt;" escaped.
    /// </summary>
    private static string Escape(string text) => !NeedsEscape(text) ? text :
        WebUtility.HtmlDecode(text).Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private static bool NeedsEscape(string text) => text.AsSpan().IndexOfAny('&', '<', '>') >= 0;
}
