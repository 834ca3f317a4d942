using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace Rhetlint.Core.Markup;

/// <summary>What kind of markup block a run of prose came from.</summary>
public enum BlockKind
{
    Paragraph,
    Heading,
    ListItem,
    BlockQuote,
    TableCell,
}

/// <summary>One block of prose (a paragraph, heading, list item paragraph, block-quote paragraph or table cell).</summary>
/// <param name="Span">The block's extent in the original text, markup characters included.</param>
/// <param name="ContinuesParagraph">
/// The block is a line of line-structured plain text (a sentence or a paragraph per line): it starts a new sentence in
/// the paragraph of the block before it, rather than a paragraph of its own.
/// </param>
public readonly record struct ProseBlock(BlockKind Kind, TextSpan Span, bool ContinuesParagraph = false);

/// <summary>A hyperlink in the source: <paramref name="Span"/> covers the whole link (label and destination).</summary>
public readonly record struct MarkupLink(TextSpan Span, string Destination);

/// <summary>An HTML comment in Markdown (<c>&lt;!-- … --&gt;</c>), outside code, or in an HTML page: where suppression directives live.</summary>
public readonly record struct MarkupComment(TextSpan Span, string Text);

/// <summary>
/// The prose of a document with markup masked out. <see cref="Masked"/> has exactly the length of
/// <see cref="Source"/>; every character that is not prose (markup syntax, code, URLs, front matter, HTML)
/// is replaced by a space, line breaks are kept (in HTML, an entity's tail and an inline tag are <see cref="MarkupFiller"/>
/// instead, so they split no word). So an offset into <see cref="Masked"/> is an offset into the
/// original file, and no span ever needs re-mapping.
/// </summary>
public sealed class ProseText
{
    public ProseText(SourceText source, DocumentFormat format, string masked, ImmutableArray<ProseBlock> blocks, ImmutableArray<MarkupLink> links,
        ImmutableArray<MarkupComment> comments)
    {
        if (masked.Length != source.Length)
            throw new ArgumentException("The masked text must have the length of the source text.", nameof(masked));
        Source = source;
        Format = format;
        Masked = masked;
        Blocks = blocks;
        Links = links;
        Comments = comments;
    }

    public SourceText Source { get; }
    public DocumentFormat Format { get; }
    public string Masked { get; }
    /// <summary>Prose blocks in document order; they never overlap.</summary>
    public ImmutableArray<ProseBlock> Blocks { get; }
    public ImmutableArray<MarkupLink> Links { get; }
    /// <summary>HTML comments in document order (Markdown and HTML).</summary>
    public ImmutableArray<MarkupComment> Comments { get; }
}
