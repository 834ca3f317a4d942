using Microsoft.CodeAnalysis.Text;
using Rhetlint.Core.Markup;

namespace Rhetlint.Core.Tests.Markup;

internal static class MaskView
{
    /// <summary>The source with every masked-out character shown as '·' (spaces and line breaks show as themselves).</summary>
    public static string Show(ProseText prose)
    {
        var source = prose.Source.ToString();
        return string.Create(source.Length, (source, prose.Masked), static (chars, state) =>
        {
            for (int i = 0; i < chars.Length; i++)
                chars[i] = state.Masked[i] == state.source[i] ? state.source[i] : '·';
        });
    }

    /// <summary>Each block as (kind, start offset, source text of its span).</summary>
    public static (BlockKind Kind, int Start, string Text)[] Blocks(ProseText prose) =>
        [.. prose.Blocks.Select(b => (b.Kind, b.Span.Start, prose.Source.ToString(b.Span)))];

    /// <summary>Each link as (start offset, source text of its span, destination).</summary>
    public static (int Start, string Text, string Destination)[] Links(ProseText prose) =>
        [.. prose.Links.Select(l => (l.Span.Start, prose.Source.ToString(l.Span), l.Destination))];

    public static ProseText Markdown(string text) => MarkdownReader.Read(SourceText.From(text));
}
