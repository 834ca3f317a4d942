using System.Collections.Immutable;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.CodeAnalysis.Text;

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

    public static ProseText Read(SourceText source)
    {
        var text = source.ToString();
        var document = Markdown.Parse(text, Pipeline);

        // Everything starts masked; line breaks stay so line numbers and offsets keep meaning.
        var masked = new char[text.Length];
        for (int i = 0; i < text.Length; i++)
            masked[i] = text[i] is '\r' or '\n' ? text[i] : ' ';

        var blocks = ImmutableArray.CreateBuilder<ProseBlock>();
        var links = ImmutableArray.CreateBuilder<MarkupLink>();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block is not (ParagraphBlock or HeadingBlock) || block.Inline is null) continue;
            var walker = new InlineWalker(text, masked, links);
            walker.Visit(block.Inline);
            // Only this block's literals lie inside its span, so their extent is the block span trimmed of markup.
            if (walker.First <= walker.Last)
                blocks.Add(new ProseBlock(KindOf(block), TextSpan.FromBounds(walker.First, walker.Last + 1)));
        }
        return new ProseText(source, DocumentFormat.Markdown, new string(masked), blocks.ToImmutable(), links.ToImmutable());
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

    private static TextSpan ToTextSpan(SourceSpan span) => TextSpan.FromBounds(span.Start, span.End + 1);

    /// <summary>Unmasks the literal prose of one block and collects its links.</summary>
    private sealed class InlineWalker(string text, char[] masked, ImmutableArray<MarkupLink>.Builder links)
    {
        /// <summary>Offsets of the first and last unmasked non-whitespace character (First &gt; Last: none).</summary>
        public int First { get; private set; } = int.MaxValue;
        public int Last { get; private set; } = -1;

        public void Visit(ContainerInline container)
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
            int start = literal.Span.Start, end = literal.Span.End;
            if (start < 0 || end >= text.Length) return;
            if (end - start + 1 == content.Length && text.AsSpan(start, content.Length).SequenceEqual(content))
            {
                for (int i = 0; i < content.Length; i++) Keep(start + i);
                return;
            }
            // The span is wider than the content when markup was dropped from it: an escaping backslash
            // before a character, or the padding around a table cell. Matching from the right keeps the
            // escaped character and masks its backslash; a content character found nowhere stays masked.
            int pos = end;
            for (int c = content.Length - 1; c >= 0 && pos >= start; c--)
            {
                int match = text.LastIndexOf(content[c], pos, pos - start + 1);
                if (match < 0) continue;
                Keep(match);
                pos = match - 1;
            }
        }

        private void Keep(int pos)
        {
            masked[pos] = text[pos];
            if (char.IsWhiteSpace(text[pos])) return;
            First = Math.Min(First, pos);
            Last = Math.Max(Last, pos);
        }
    }
}
