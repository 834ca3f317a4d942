using Microsoft.CodeAnalysis.Text;

namespace Rhetlint.Core.Markup;

/// <summary>Markdown through Markdig: only literal prose inside paragraphs, headings and table cells survives masking.</summary>
public static class MarkdownReader
{
    public static ProseText Read(SourceText source) => throw new NotImplementedException("helper A implements this");
}
