using System.Xml;

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

    /// <summary>What a paragraph style says that bears on headings: its name (<c>w:name</c>), the style it is based on, its outline level.</summary>
    private sealed record Style(string? Name, string? BasedOn, int? OutlineLevel);

    private readonly Dictionary<string, Style> _styles;

    private HeadingStyles(Dictionary<string, Style> styles) => _styles = styles;

    /// <summary>The paragraph styles of the document's styles part (none when it has none).</summary>
    /// <exception cref="XmlException">The styles part is not well-formed or larger than Rhetlint reads.</exception>
    public static HeadingStyles Read(DocxPackage package)
    {
        var byId = new Dictionary<string, Style>(StringComparer.Ordinal);
        if (package.StylesPart is not { } part) return new HeadingStyles(byId);
        using var reader = package.Read(part);
        foreach (var element in WordXml.Children(WordXml.Root(reader)))
        {
            if (WordXml.Name(element) == "style" && WordXml.Attribute(element, "type") == "paragraph" && WordXml.Attribute(element, "styleId") is { } id)
                byId.TryAdd(id, ReadStyle(element));
            else element.Skip();
        }
        return new HeadingStyles(byId);
    }

    /// <summary>A <c>w:style</c>'s first name, based-on and paragraph properties' outline level.</summary>
    private static Style ReadStyle(XmlReader style)
    {
        string? name = null, basedOn = null;
        int? level = null;
        var properties = false;
        foreach (var child in WordXml.Children(style))
        {
            switch (WordXml.Name(child))
            {
                case "name":
                    name ??= WordXml.Attribute(child, "val");
                    break;
                case "basedOn":
                    basedOn ??= WordXml.Attribute(child, "val");
                    break;
                case "pPr" when !properties:
                    properties = true;
                    level = OutlineLevel(child);
                    continue;
            }
            child.Skip();
        }
        return new Style(name, basedOn, level);
    }

    private static int? OutlineLevel(XmlReader properties)
    {
        int? level = null;
        foreach (var child in WordXml.Children(properties))
        {
            if (WordXml.Name(child) == "outlineLvl") level ??= WordXml.IntegerValue(child);
            child.Skip();
        }
        return level;
    }

    /// <param name="styleId">The paragraph's style (<c>w:pStyle</c>).</param>
    /// <param name="outlineLevel">The paragraph's own outline level (<c>w:outlineLvl</c>), which wins over its style's.</param>
    public bool IsHeading(string? styleId, int? outlineLevel)
    {
        if (outlineLevel is { } level) return IsHeadingLevel(level);
        var id = styleId;
        if (id is null) return false;
        if (_styles.Count == 0) return IsHeadingName(id);
        for (var depth = 0; depth < MaxChain && id is not null && _styles.TryGetValue(id, out var style); depth++)
        {
            if (style.OutlineLevel is { } styleLevel) return IsHeadingLevel(styleLevel);
            if (style.Name is { } name && IsHeadingName(name)) return true;
            id = style.BasedOn;
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
