using System.Xml;
using Rhetlint.Core.Text;

namespace Rhetlint.Core.Docx;

/// <summary>
/// Opens Word documents without trusting them. A <c>.docx</c> is a zip of XML parts, so besides the limits of a text
/// file it must be kept from unpacking without end: the file is read up to <see cref="MaxFileBytes"/>, every XML part
/// must say it unpacks to at most <see cref="MaxPartBytes"/> before anything is parsed (a zip bomb says so in its
/// directory), and the parser stops at that many characters in any part whatever the directory says; it reads no DTD
/// (so expands and fetches no entity) and no elements nested deeper than <see cref="WordXml.MaxDepth"/>. Encrypted
/// documents (an OLE compound file, as a legacy <c>.doc</c> is), macro-enabled ones, and anything that is not a zip
/// package (<see cref="DocxPackage"/>) of a Word document are refused with the reason. Macro-enabled documents are refused rather than read: a desk that
/// gates copy should not pass documents with code around, and saving as <c>.docx</c> drops it.
/// </summary>
public static class DocxFile
{
    /// <summary>The largest <c>.docx</c> read: twice the text limit, room for a draft's photos and charts.</summary>
    public const int MaxFileBytes = 2 * SourceReader.MaxInputBytes;

    /// <summary>The most an XML part may unpack to (bytes in the zip's directory, characters when parsed).</summary>
    public const int MaxPartBytes = 2 * SourceReader.MaxInputBytes;

    /// <summary>A zip's parts are counted too: each costs a directory entry in memory.</summary>
    internal const int MaxParts = 10_000;

    /// <summary>The main part's content types: a document and a template are read, their macro-enabled kinds refused.</summary>
    private const string Document = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string Template = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml";
    private const string MacroEnabledDocument = "application/vnd.ms-word.document.macroEnabled.main+xml";
    private const string MacroEnabledTemplate = "application/vnd.ms-word.template.macroEnabledTemplate.main+xml";

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
    /// <param name="editable">Whether its parts may be rewritten (<see cref="DocxPackage.Save"/> gives the new bytes).</param>
    /// <exception cref="InputException">Not a Word document Rhetlint reads.</exception>
    internal static DocxPackage Open(byte[] bytes, bool editable)
    {
        if (bytes.AsSpan().StartsWith(CompoundFileSignature))
            throw new InputException("an encrypted Word document or a legacy .doc (an OLE compound file); Rhetlint reads .docx only: remove the password, or save it as .docx");
        if (!bytes.AsSpan().StartsWith(ZipSignature))
            throw new InputException("not a Word document (not a zip archive); save it as .docx");
        DocxPackage package;
        try
        {
            package = DocxPackage.Open(bytes, editable);
        }
        catch (InvalidDataException e)
        {
            throw new InputException($"not a Word document (a damaged zip archive: {e.Message})");
        }
        catch (Exception e) when (IsMalformed(e))
        {
            throw Malformed(e);
        }
        var kind = package.MainContentType;
        if (IsOneOf(kind, MacroEnabledDocument, MacroEnabledTemplate))
        {
            package.Dispose();
            throw new InputException("a macro-enabled Word document; Rhetlint does not open documents with macros: save it as .docx");
        }
        if (!IsOneOf(kind, Document, Template))
        {
            package.Dispose();
            throw new InputException($"not a Word document (its main part {package.MainPart} is {kind ?? "of no content type"}); save it as .docx");
        }
        return package;
    }

    /// <summary>Content types are compared ignoring case, as MIME types are.</summary>
    private static bool IsOneOf(string? kind, string one, string other) =>
        string.Equals(kind, one, StringComparison.OrdinalIgnoreCase) || string.Equals(kind, other, StringComparison.OrdinalIgnoreCase);

    /// <summary>The document's text; parts are parsed here, when first read, so a malformed one is found here.</summary>
    /// <exception cref="InputException">A part is malformed, too large, or the text is larger than Rhetlint checks.</exception>
    internal static DocxText Extract(DocxPackage document)
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

    /// <summary>What the zip and XML layers throw for a document that is not well formed (or a part past the character limit).</summary>
    private static bool IsMalformed(Exception e) => e is XmlException or InvalidDataException;

    /// <summary>The parser's limits are named in words; its own message for them speaks to programmers (set DtdProcessing…).</summary>
    private static InputException Malformed(Exception e) => e switch
    {
        XmlException { Message: var message } when message.Contains("MaxCharactersInDocument", StringComparison.Ordinal) =>
            new InputException($"a part of the document unpacks to more than {MaxPartBytes / (1024 * 1024)} MB of XML, more than Rhetlint reads (a zip bomb?)"),
        XmlException { Message: var message } when message.Contains("DtdProcessing", StringComparison.Ordinal) =>
            new InputException("not a valid Word document (its XML declares a DTD, which Word never writes; Rhetlint reads none, so no entity is expanded or fetched)"),
        _ => new InputException($"not a valid Word document ({e.Message.ReplaceLineEndings(" ")})"),
    };
}
