extern alias OpenXml;

using System.IO.Compression;
using System.Xml;
using OpenXml::DocumentFormat.OpenXml.Packaging;
using Rhetlint.Core.Text;

namespace Rhetlint.Core.Docx;

/// <summary>
/// Opens Word documents without trusting them. A <c>.docx</c> is a zip of XML parts, so besides the limits of a text
/// file it must be kept from unpacking without end: the file is read up to <see cref="MaxFileBytes"/>, every XML part
/// must say it unpacks to at most <see cref="MaxPartBytes"/> before anything is parsed (a zip bomb says so in its
/// directory), and the parser stops at that many characters in any part whatever the directory says. Encrypted
/// documents (an OLE compound file, as a legacy <c>.doc</c> is), macro-enabled ones, and anything that is not a zip
/// of a Word document are refused with the reason. Macro-enabled documents are refused rather than read: a desk that
/// gates copy should not pass documents with code around, and saving as <c>.docx</c> drops it.
/// </summary>
public static class DocxFile
{
    /// <summary>The largest <c>.docx</c> read: twice the text limit, room for a draft's photos and charts.</summary>
    public const int MaxFileBytes = 2 * SourceReader.MaxInputBytes;

    /// <summary>The most an XML part may unpack to (bytes in the zip's directory, characters when parsed).</summary>
    public const int MaxPartBytes = 2 * SourceReader.MaxInputBytes;

    /// <summary>A zip's parts are counted too: each costs a directory entry in memory.</summary>
    private const int MaxParts = 10_000;

    private static ReadOnlySpan<byte> CompoundFileSignature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private static ReadOnlySpan<byte> ZipSignature => [0x50, 0x4B, 0x03, 0x04];

    /// <summary>The text of the document at <paramref name="path"/>.</summary>
    /// <exception cref="InputException">The file cannot be read, or is not a Word document Rhetlint reads; the message says why.</exception>
    public static DocxText ReadText(string path) => ReadText(ReadBytes(path));

    /// <summary>The text of the document in <paramref name="bytes"/> (as <see cref="ReadBytes"/> read them).</summary>
    /// <exception cref="InputException">Not a Word document Rhetlint reads; the message says why.</exception>
    public static DocxText ReadText(byte[] bytes)
    {
        using var document = Open(bytes, editable: false);
        return Extract(document);
    }

    /// <summary>The file's bytes, up to <see cref="MaxFileBytes"/>.</summary>
    /// <exception cref="InputException">The file is missing, unreadable, not a regular file, or larger.</exception>
    public static byte[] ReadBytes(string path)
    {
        try
        {
            if (Directory.Exists(path)) throw new InputException("is a directory; only files are read");
            if (FileStatus.Of(path) is { Kind: not UnixFileKind.Regular } status)
                throw new InputException($"{FileStatus.Describe(status.Kind)}, not a regular file; only files are read");
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, MaxFileBytes + 1L - buffer.Length))) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > MaxFileBytes)
                    throw new InputException($"a Word document larger than {MaxFileBytes / (1024 * 1024)} MB; Rhetlint reads documents up to that size (split it, or remove large pictures)");
            }
            return buffer.ToArray();
        }
        catch (ArgumentException)
        {
            throw new InputException("not a valid file path");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputException(OsErrors.Reason(ex));
        }
    }

    /// <summary>Opens the document in memory (the file is never opened for writing: <c>fix</c> saves a copy and replaces the file atomically).</summary>
    /// <exception cref="InputException">Not a Word document Rhetlint reads.</exception>
    internal static WordprocessingDocument Open(byte[] bytes, bool editable) => Open(bytes, new MemoryStream(), editable);

    /// <param name="stream">An empty stream the document is copied into and, when editable, saved into when disposed.</param>
    internal static WordprocessingDocument Open(byte[] bytes, MemoryStream stream, bool editable)
    {
        if (bytes.AsSpan().StartsWith(CompoundFileSignature))
            throw new InputException("an encrypted Word document or a legacy .doc (an OLE compound file); Rhetlint reads .docx only: remove the password, or save it as .docx");
        if (!bytes.AsSpan().StartsWith(ZipSignature))
            throw new InputException("not a Word document (not a zip archive); save it as .docx");
        CheckParts(bytes);
        stream.Write(bytes);
        stream.Position = 0;
        WordprocessingDocument document;
        try
        {
            document = WordprocessingDocument.Open(stream, editable, new OpenSettings { MaxCharactersInPart = MaxPartBytes });
        }
        catch (Exception e) when (IsMalformed(e))
        {
            throw Malformed(e);
        }
        if (document.DocumentType is not (OpenXml::DocumentFormat.OpenXml.WordprocessingDocumentType.Document or OpenXml::DocumentFormat.OpenXml.WordprocessingDocumentType.Template))
        {
            document.Dispose();
            throw new InputException("a macro-enabled Word document; Rhetlint does not open documents with macros: save it as .docx");
        }
        return document;
    }

    /// <summary>The document's text; parts are parsed here, when first read, so a malformed one is found here.</summary>
    /// <exception cref="InputException">A part is malformed, too large, or the text is larger than Rhetlint checks.</exception>
    internal static DocxText Extract(WordprocessingDocument document)
    {
        try
        {
            return DocxExtractor.Extract(document);
        }
        catch (Exception e) when (IsMalformed(e))
        {
            throw Malformed(e);
        }
    }

    /// <summary>Reads the zip's directory only: the sizes its parts say they unpack to.</summary>
    private static void CheckParts(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxParts)
                throw new InputException($"a zip of {zip.Entries.Count:N0} parts, more than a Word document has ({MaxParts:N0} at most)");
            foreach (var entry in zip.Entries)
            {
                if (entry.Length > MaxPartBytes && IsXmlPart(entry.FullName))
                    throw new InputException($"its part {entry.FullName} unpacks to {entry.Length / (1024 * 1024):N0} MB, more than the {MaxPartBytes / (1024 * 1024)} MB Rhetlint reads (a zip bomb?)");
            }
        }
        catch (InvalidDataException e)
        {
            throw new InputException($"not a Word document (a damaged zip archive: {e.Message})");
        }
    }

    private static bool IsXmlPart(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    /// <summary>What the packaging and XML layers throw for a document that is not well formed (or a part past the character limit).</summary>
    private static bool IsMalformed(Exception e) =>
        e is XmlException or OpenXmlPackageException or InvalidDataException or FileFormatException;

    private static InputException Malformed(Exception e) => e is XmlException { Message: var message } && message.Contains("MaxCharactersInDocument", StringComparison.Ordinal)
        ? new InputException($"a part of the document unpacks to more than {MaxPartBytes / (1024 * 1024)} MB of XML, more than Rhetlint reads (a zip bomb?)")
        : new InputException($"not a valid Word document ({e.Message.ReplaceLineEndings(" ")})");
}
