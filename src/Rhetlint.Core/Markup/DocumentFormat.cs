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
    Html,
}

public static class DocumentFormats
{
    /// <summary>Markdown for <c>.md</c> and <c>.markdown</c>; HTML for <c>.html</c> and <c>.htm</c>; Word for <c>.docx</c> and
    /// <c>.docm</c> (refused when read, with a reason better than "binary file"); plain text for everything else.</summary>
    public static DocumentFormat FromPath(string path)
    {
        var ext = Path.GetExtension(path);
        if (ext.Equals(".md", StringComparison.OrdinalIgnoreCase) || ext.Equals(".markdown", StringComparison.OrdinalIgnoreCase))
            return DocumentFormat.Markdown;
        if (ext.Equals(".html", StringComparison.OrdinalIgnoreCase) || ext.Equals(".htm", StringComparison.OrdinalIgnoreCase))
            return DocumentFormat.Html;
        if (ext.Equals(".docx", StringComparison.OrdinalIgnoreCase) || ext.Equals(".docm", StringComparison.OrdinalIgnoreCase))
            return DocumentFormat.Docx;
        return DocumentFormat.PlainText;
    }

    /// <summary>The format a name of <c>--stdin-format</c> or an eval case's "format" gives: "markdown", "html", else plain text.</summary>
    public static DocumentFormat FromName(string? name) => name switch
    {
        "markdown" => DocumentFormat.Markdown,
        "html" => DocumentFormat.Html,
        _ => DocumentFormat.PlainText,
    };
}
