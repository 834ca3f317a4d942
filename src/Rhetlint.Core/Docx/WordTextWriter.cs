using System.Text;
using System.Xml;

namespace Rhetlint.Core.Docx;

/// <summary>
/// Copies a part's XML node by node, from a reader to a writer, putting new text into chosen <c>w:t</c> elements. Nothing
/// else changes but what XML does not distinguish (quoting, an empty element's tag, the declaration's spelling): the
/// prefixes and namespace declarations Word's markup compatibility depends on are copied as they were.
/// </summary>
internal static class WordTextWriter
{
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        // A carriage return in text or a line break in an attribute is written as a character reference, so it survives.
        NewLineHandling = NewLineHandling.Entitize,
    };

    /// <param name="reader">A reader on the part, before its first node.</param>
    /// <param name="texts">The new text of each <c>w:t</c> to change, by where its start tag is (1-based line and column, as <see cref="IXmlLineInfo"/> gives them).</param>
    /// <returns>The part's new XML, UTF-8.</returns>
    public static byte[] Replace(XmlReader reader, IReadOnlyDictionary<(int Line, int Column), string> texts)
    {
        var where = (IXmlLineInfo)reader;
        using var output = new MemoryStream();
        using (var writer = XmlWriter.Create(output, Settings))
        {
            reader.Read();
            while (!reader.EOF)
            {
                if (WordXml.Name(reader) == "t" && texts.TryGetValue((where.LineNumber, where.LinePosition), out var text))
                {
                    WriteText(reader, writer, text);
                    reader.Skip();
                }
                else
                {
                    CopyNode(reader, writer);
                    reader.Read();
                }
            }
        }
        return output.ToArray();
    }

    /// <summary>The <c>w:t</c> the reader is on, with its attributes and new text; spaces at its ends are kept (<c>xml:space</c>), or Word would trim them.</summary>
    private static void WriteText(XmlReader reader, XmlWriter writer, string text)
    {
        var preserve = text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]));
        writer.WriteStartElement(reader.Prefix, reader.LocalName, reader.NamespaceURI);
        for (var more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
        {
            if (preserve && reader.LocalName == "space" && reader.NamespaceURI == XmlNamespace) continue;
            writer.WriteAttributeString(reader.Prefix, reader.LocalName, reader.NamespaceURI, reader.Value);
        }
        reader.MoveToElement();
        if (preserve) writer.WriteAttributeString("xml", "space", XmlNamespace, "preserve");
        writer.WriteString(text);
        writer.WriteFullEndElement();
    }

    /// <summary>The node the reader is on, alone (an element's start tag with its attributes, not its content).</summary>
    private static void CopyNode(XmlReader reader, XmlWriter writer)
    {
        switch (reader.NodeType)
        {
            case XmlNodeType.XmlDeclaration:
                var standalone = reader.GetAttribute("standalone");
                if (standalone is "yes" or "no") writer.WriteStartDocument(standalone == "yes");
                else writer.WriteStartDocument();
                break;
            case XmlNodeType.Element:
                writer.WriteStartElement(reader.Prefix, reader.LocalName, reader.NamespaceURI);
                writer.WriteAttributes(reader, defattr: true);
                if (reader.IsEmptyElement) writer.WriteEndElement();
                break;
            case XmlNodeType.EndElement:
                writer.WriteFullEndElement();
                break;
            case XmlNodeType.Text:
                writer.WriteString(reader.Value);
                break;
            case XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                writer.WriteWhitespace(reader.Value);
                break;
            case XmlNodeType.CDATA:
                writer.WriteCData(reader.Value);
                break;
            case XmlNodeType.Comment:
                writer.WriteComment(reader.Value);
                break;
            case XmlNodeType.ProcessingInstruction:
                writer.WriteProcessingInstruction(reader.Name, reader.Value);
                break;
            // No DTD is read (so no document type node and no entity references): nothing else occurs.
        }
    }
}
