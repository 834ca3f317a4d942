using System.Globalization;
using System.Xml;

namespace Rhetlint.Core.Docx;

/// <summary>
/// Reading the XML of a Word document's parts with <see cref="XmlReader"/>: the parser's settings for untrusted parts, the
/// WordprocessingML namespace, and a walk over an element's children that leaves the reader past each one.
/// </summary>
internal static class WordXml
{
    /// <summary>WordprocessingML as Word writes it (transitional) and as ISO strict documents name it.</summary>
    private const string Transitional = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string Strict = "http://purl.oclc.org/ooxml/wordprocessingml/main";

    /// <summary>
    /// Elements are nested at most this deep. The readers descend recursively, and a hostile part nested a million deep
    /// must be refused rather than overflow the stack; Word's own nesting (tables in tables, content controls) is far less.
    /// </summary>
    public const int MaxDepth = 256;

    /// <summary>
    /// For parts nobody vouches for: no DTD (so no entity expansion and no external entities), no resolver, and at most
    /// <paramref name="maxCharacters"/> characters parsed whatever the zip's directory said the part unpacks to.
    /// </summary>
    public static XmlReaderSettings Settings(long maxCharacters) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = maxCharacters,
        CloseInput = true,
    };

    /// <summary>The local name of the WordprocessingML element the reader is on (<c>p</c> for <c>w:p</c>), or null for any other node.</summary>
    public static string? Name(XmlReader reader) =>
        reader.NodeType == XmlNodeType.Element && reader.NamespaceURI is Transitional or Strict ? reader.LocalName : null;

    /// <summary>A WordprocessingML attribute (<c>w:val</c>, <c>w:type</c>) of the element the reader is on.</summary>
    public static string? Attribute(XmlReader reader, string localName) =>
        reader.GetAttribute(localName, Transitional) ?? reader.GetAttribute(localName, Strict);

    /// <summary>A <c>w:val</c> that is a whole number (an outline level), or null when there is none or it is not one.</summary>
    public static int? IntegerValue(XmlReader reader) =>
        int.TryParse(Attribute(reader, "val"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>
    /// Steps through the child elements of the element the reader is on: at each yield the reader is on a child, and the
    /// caller must leave it past that child's end (<see cref="XmlReader.Skip"/>, or reading it to its end). Afterwards
    /// the reader is past the parent's end. Text, comments and processing instructions between children are passed over.
    /// </summary>
    /// <exception cref="XmlException">The element is nested deeper than <see cref="MaxDepth"/>.</exception>
    public static IEnumerable<XmlReader> Children(XmlReader reader)
    {
        if (reader.Depth >= MaxDepth) throw new XmlException($"elements are nested more than {MaxDepth} deep");
        if (reader.IsEmptyElement)
        {
            reader.Read();
            yield break;
        }
        var depth = reader.Depth;
        reader.Read();
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType == XmlNodeType.Element) yield return reader;
            else if (!reader.Read()) throw new XmlException("unexpected end of the part");
        }
        reader.Read();
    }

    /// <summary>Moves the reader to the part's root element.</summary>
    /// <exception cref="XmlException">The part has no root element.</exception>
    public static XmlReader Root(XmlReader reader)
    {
        if (reader.MoveToContent() != XmlNodeType.Element) throw new XmlException("the part has no root element");
        return reader;
    }
}
