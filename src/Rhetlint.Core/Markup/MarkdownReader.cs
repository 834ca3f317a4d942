using System.Collections.Immutable;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Text;

namespace Rhetlint.Core.Markup;

/// <summary>Markdown through Markdig: only literal prose inside paragraphs, headings and table cells survives masking.</summary>
public static class MarkdownReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseAutoLinks()
        .Build();

    /// <exception cref="InputException">The Markdown nests deeper than Markdig can parse.</exception>
    public static ProseText Read(SourceText source)
    {
        var text = source.ToString();
        var parsed = WithoutRunawayDestinations(text);
        var document = Parse(parsed);

        // Everything starts masked; line breaks stay so line numbers and offsets keep meaning.
        var masked = new char[text.Length];
        for (int i = 0; i < text.Length; i++)
            masked[i] = text[i] is '\r' or '\n' ? text[i] : ' ';

        var blocks = ImmutableArray.CreateBuilder<ProseBlock>();
        var links = ImmutableArray.CreateBuilder<MarkupLink>();
        var walker = new InlineWalker(parsed, text, masked, links);
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block is not (ParagraphBlock or HeadingBlock) || block.Inline is null) continue;
            if (walker.ReadBlock(block.Inline, block.Span) is TextSpan prose)
                blocks.Add(new ProseBlock(KindOf(block), prose));
        }
        return new ProseText(source, DocumentFormat.Markdown, new string(masked), blocks.ToImmutable(), links.ToImmutable(), Comments(document, text));
    }

    /// <summary>
    /// Markdig refuses nesting deeper than 128 levels (it would overflow the stack) with an ArgumentException; that is
    /// a property of the draft, not a bug, so it is reported as the file's input error.
    /// </summary>
    private static MarkdownDocument Parse(string text)
    {
        try
        {
            return Markdown.Parse(text, Pipeline);
        }
        catch (ArgumentException e) when (e.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            throw new InputException("Markdown nested too deeply to read (more than 128 levels of block quotes, lists, emphasis or link brackets)");
        }
    }

    /// <summary>
    /// Markdig reads an inline link's destination from "](" to the next ")" or space, and does so again from every
    /// "](" inside it: a run such as "[a]([a](…" thousands long takes quadratic time. A destination that long, with
    /// another link opener in it, is no link a writer meant, so Markdig is given a copy with its "(" replaced (same
    /// length, offsets unchanged) and reads the run as text, as it would after the long scan; the prose keeps the "(". Linear: one backward pass finds, for each
    /// position, where the destination that would start there ends and the next "](" after it.
    /// </summary>
    private static string WithoutRunawayDestinations(string text)
    {
        const int MaxDestination = 1000;
        char[]? copy = null;
        var destinationEnd = text.Length;
        var nextOpener = text.Length;
        for (var i = text.Length - 1; i >= 1; i--)
        {
            if (text[i] == ')' || char.IsWhiteSpace(text[i])) destinationEnd = i;
            if (text[i] != '(' || text[i - 1] != ']') continue;
            if (destinationEnd - i > MaxDestination && nextOpener < destinationEnd) (copy ??= text.ToCharArray())[i] = '{';
            nextOpener = i;
        }
        return copy is null ? text : new string(copy);
    }

    /// <summary>HTML comments, as blocks or inline: Markdig leaves code spans and fenced code out, so a comment in code is no directive.</summary>
    private static ImmutableArray<MarkupComment> Comments(MarkdownDocument document, string text)
    {
        var comments = ImmutableArray.CreateBuilder<MarkupComment>();
        foreach (var node in document.Descendants())
        {
            var span = node switch
            {
                HtmlBlock block => block.Span,
                HtmlInline inline => inline.Span,
                _ => SourceSpan.Empty,
            };
            if (span.IsEmpty || span.End >= text.Length && span.Start >= text.Length) continue;
            var raw = text.Substring(span.Start, Math.Min(span.Length, text.Length - span.Start)).Trim();
            if (raw.StartsWith("<!--", StringComparison.Ordinal) && raw.EndsWith("-->", StringComparison.Ordinal))
                comments.Add(new MarkupComment(new TextSpan(span.Start, Math.Min(span.Length, text.Length - span.Start)), raw));
        }
        return [.. comments.OrderBy(c => c.Span.Start)];
    }

    private static BlockKind KindOf(LeafBlock block)
    {
        if (block is HeadingBlock) return BlockKind.Heading;
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            switch (parent)
            {
                case TableCell: return BlockKind.TableCell;
                case QuoteBlock: return BlockKind.BlockQuote;
                case ListItemBlock: return BlockKind.ListItem;
            }
        }
        return BlockKind.Paragraph;
    }

    /// <summary>Unmasks the literal prose of a document's blocks, in order, and collects their links.</summary>
    /// <param name="text">The text Markdig parsed, which literals are matched against.</param>
    /// <param name="original">The draft's text, which unmasked characters are copied from (the same length).</param>
    private sealed class InlineWalker(string text, string original, char[] masked, ImmutableArray<MarkupLink>.Builder links)
    {
        // Literals come in source order, so each is looked for after the previous one (never overlapping
        // the previous block) and before the end of its own block.
        private int cursor;
        private int limit;
        private int first, last;

        /// <summary>The block's extent from its first to its last prose character, or null when it has no prose.</summary>
        /// <remarks>Only this block's literals lie inside its span, so this is the block span trimmed of markup.</remarks>
        public TextSpan? ReadBlock(ContainerInline inlines, SourceSpan block)
        {
            cursor = Math.Clamp(block.Start, cursor, text.Length);
            limit = Math.Clamp(block.End + 1, cursor, text.Length);
            first = int.MaxValue;
            last = -1;
            Visit(inlines);
            return first <= last ? TextSpan.FromBounds(first, last + 1) : null;
        }

        private void Visit(ContainerInline container)
        {
            foreach (var inline in container)
            {
                switch (inline)
                {
                    case LinkInline { IsImage: true }:
                        break;
                    case LinkInline link:
                        links.Add(new MarkupLink(ToTextSpan(link.Span), link.Url ?? ""));
                        // A bare URL turned into a link by UseAutoLinks has the URL itself as its label.
                        if (!link.IsAutoLink) Visit(link);
                        break;
                    case AutolinkInline autolink:
                        links.Add(new MarkupLink(ToTextSpan(autolink.Span), autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url));
                        break;
                    case LiteralInline literal:
                        Unmask(literal);
                        break;
                    case ContainerInline nested:
                        Visit(nested);
                        break;
                }
            }
        }

        private void Unmask(LiteralInline literal)
        {
            var content = literal.Content.AsSpan();
            if (content.IsEmpty) return;
            int start = Math.Max(literal.Span.Start, cursor), end = Math.Min(literal.Span.End + 1, limit);

            // The span is wider than the content when markup was dropped from it: an escaping backslash
            // before the character, or the padding around a table cell. The rightmost occurrence keeps
            // the escaped character, not its backslash.
            int at = start < end ? text.AsSpan(start, end - start).LastIndexOf(content) : -1;
            if (at >= 0)
            {
                KeepRange(start + at, content.Length);
                return;
            }
            // Markdig miscounts spans after some tabs (e.g. "# \t" opening a heading): off by a few
            // characters, or even relative to the line. The content is then the next match in the block.
            at = cursor < limit ? text.AsSpan(cursor, limit - cursor).IndexOf(content) : -1;
            if (at >= 0)
            {
                KeepRange(cursor + at, content.Length);
                return;
            }
            // Nothing lines up: keep only the span characters that match the content, aligned from the right.
            int pos = end - 1;
            for (int c = content.Length - 1; c >= 0 && pos >= start; c--)
            {
                int match = text.LastIndexOf(content[c], pos, pos - start + 1);
                if (match < 0) continue;
                Keep(match);
                pos = match - 1;
            }
        }

        // Markdig's End is inclusive. Clamped because the tab miscount above can push a span past the text.
        private TextSpan ToTextSpan(SourceSpan span)
        {
            int start = Math.Clamp(span.Start, 0, text.Length);
            return TextSpan.FromBounds(start, Math.Clamp(span.End + 1, start, text.Length));
        }

        private void KeepRange(int start, int length)
        {
            for (int i = 0; i < length; i++) Keep(start + i);
        }

        private void Keep(int pos)
        {
            masked[pos] = original[pos];
            cursor = Math.Max(cursor, pos + 1);
            if (char.IsWhiteSpace(text[pos])) return;
            first = Math.Min(first, pos);
            last = Math.Max(last, pos);
        }
    }
}
