namespace Rhetlint.Core.Markup;

/// <summary>The markup language of a checked document.</summary>
public enum DocumentFormat
{
    PlainText,
    Markdown,
}

public static class DocumentFormats
{
    /// <summary>Markdown for <c>.md</c> and <c>.markdown</c>; plain text for everything else.</summary>
    public static DocumentFormat FromPath(string path)
    {
        var ext = Path.GetExtension(path);
        return ext.Equals(".md", StringComparison.OrdinalIgnoreCase) || ext.Equals(".markdown", StringComparison.OrdinalIgnoreCase)
            ? DocumentFormat.Markdown
            : DocumentFormat.PlainText;
    }
}
