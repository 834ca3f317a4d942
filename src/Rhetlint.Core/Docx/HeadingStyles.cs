extern alias OpenXml;

using W = OpenXml::DocumentFormat.OpenXml.Wordprocessing;

namespace Rhetlint.Core.Docx;

/// <summary>
/// Which paragraphs are headings: an outline level of 0–8 (9 is body text) on the paragraph or its style (or a style it
/// is based on), or a style named "heading N" or "Title". Names, not ids: a style's id is translated in other languages'
/// Word (German writes <c>berschrift1</c>), its name for the built-in styles is not. Without a styles part, the ids are
/// all there is.
/// </summary>
internal sealed class HeadingStyles
{
    /// <summary>Based-on chains are followed this far: a cycle in a malformed document must not hang the reader.</summary>
    private const int MaxChain = 16;

    private readonly Dictionary<string, W.Style> _styles;

    private HeadingStyles(Dictionary<string, W.Style> styles) => _styles = styles;

    public static HeadingStyles Of(W.Styles? styles)
    {
        var byId = new Dictionary<string, W.Style>(StringComparer.Ordinal);
        foreach (var style in styles?.Elements<W.Style>() ?? [])
            if (style.StyleId?.Value is { } id && style.Type?.Value == W.StyleValues.Paragraph) byId.TryAdd(id, style);
        return new HeadingStyles(byId);
    }

    public bool IsHeading(W.Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties;
        if (properties?.OutlineLevel?.Val?.Value is { } level) return IsHeadingLevel(level);
        var id = properties?.ParagraphStyleId?.Val?.Value;
        if (id is null) return false;
        if (_styles.Count == 0) return IsHeadingName(id);
        for (var depth = 0; depth < MaxChain && id is not null && _styles.TryGetValue(id, out var style); depth++)
        {
            if (style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is { } styleLevel) return IsHeadingLevel(styleLevel);
            if (style.StyleName?.Val?.Value is { } name && IsHeadingName(name)) return true;
            id = style.BasedOn?.Val?.Value;
        }
        return false;
    }

    private static bool IsHeadingLevel(int level) => level is >= 0 and <= 8;

    /// <summary>"heading 1" … "heading 9" and "Title" (names); "Heading1" … and "Title" (ids).</summary>
    private static bool IsHeadingName(string name)
    {
        if (name.Equals("title", StringComparison.OrdinalIgnoreCase)) return true;
        if (!name.StartsWith("heading", StringComparison.OrdinalIgnoreCase)) return false;
        var number = name.AsSpan("heading".Length).TrimStart(' ');
        return number.Length == 1 && number[0] is >= '1' and <= '9';
    }
}
