namespace Rhetlint.Core.Markup;

/// <summary>The markup language of a checked document.</summary>
public enum DocumentFormat
{
    PlainText,
    Markdown,
    /// <summary>
    /// A Word document (<c>.docx</c>), checked as the text <see cref="Docx.DocxExtractor"/> takes out of it: one paragraph
    /// per line (<see cref="DocxTextReader"/>).
    /// </summary>
    Docx,
}

public static class DocumentFormats
{
    /// <summary>Markdown for <c>.md</c> and <c>.markdown</c>; Word for <c>.docx</c> and <c>.docm</c> (refused when read,
    /// with a reason better than "binary file"); plain text for everything else.</summary>
    public static DocumentFormat FromPath(string path)
    {
        var ext = Path.GetExtension(path);
        if (ext.Equals(".md", StringComparison.OrdinalIgnoreCase) || ext.Equals(".markdown", StringComparison.OrdinalIgnoreCase))
            return DocumentFormat.Markdown;
        if (ext.Equals(".docx", StringComparison.OrdinalIgnoreCase) || ext.Equals(".docm", StringComparison.OrdinalIgnoreCase))
            return DocumentFormat.Docx;
        return DocumentFormat.PlainText;
    }
}
