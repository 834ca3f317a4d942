using Microsoft.CodeAnalysis.Text;

namespace Rhetlint.Core.Markup;

public static class MarkupReader
{
    /// <param name="html">Which elements of an HTML page are read (ignored for other formats); the article root when null.</param>
    public static ProseText Read(SourceText source, DocumentFormat format, HtmlSelection? html = null) => format switch
    {
        DocumentFormat.Markdown => MarkdownReader.Read(source),
        DocumentFormat.Docx => DocxTextReader.Read(source),
        DocumentFormat.Html => HtmlReader.Read(source, html),
        _ => PlainTextReader.Read(source),
    };
}
