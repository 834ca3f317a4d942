using Microsoft.CodeAnalysis.Text;

namespace Rhetlint.Core.Markup;

public static class MarkupReader
{
    public static ProseText Read(SourceText source, DocumentFormat format) => format switch
    {
        DocumentFormat.Markdown => MarkdownReader.Read(source),
        DocumentFormat.Docx => DocxTextReader.Read(source),
        _ => PlainTextReader.Read(source),
    };
}
