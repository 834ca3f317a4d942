using System.IO.Compression;
using System.Xml;
using Rhetlint.Core.Text;

namespace Rhetlint.Core.Docx;

/// <summary>
/// A Word document as a package of parts (Open Packaging Conventions) held in memory: a zip whose
/// <c>[Content_Types].xml</c> says what each part is and whose relationships (<c>_rels/.rels</c>, then the main part's own)
/// say which part is the document, its styles, its footnotes and its endnotes. Parts are found through the
/// relationships, never at fixed paths, since any producer may name them as it likes. Only the parts Rhetlint reads are
/// parsed, each when read; rewritten parts are kept in memory until <see cref="Save"/> writes the new zip, in which every
/// other part keeps its compressed bytes.
/// </summary>
internal sealed class DocxPackage : IDisposable
{
    private const string ContentTypesPart = "[Content_Types].xml";

    /// <summary>Relationship types are named under one of two roots: transitional (as Word writes) and ISO strict.</summary>
    private static readonly string[] RelationshipRoots =
        ["http://schemas.openxmlformats.org/officeDocument/2006/relationships/", "http://purl.oclc.org/ooxml/officeDocument/relationships/"];

    private readonly byte[] _bytes;
    private readonly ZipArchive _zip;
    private readonly Dictionary<string, ZipArchiveEntry> _entries;
    private readonly Dictionary<string, byte[]> _rewritten = new(StringComparer.Ordinal);
    private readonly bool _editable;

    private DocxPackage(byte[] bytes, ZipArchive zip, Dictionary<string, ZipArchiveEntry> entries, bool editable)
    {
        (_bytes, _zip, _entries, _editable) = (bytes, zip, entries, editable);
    }

    /// <summary>The main document part's name in the zip (<c>word/document.xml</c> as Word names it).</summary>
    public string MainPart { get; private set; } = "";

    /// <summary>The main part's content type: says whether the package is a document, a template, or holds macros.</summary>
    public string? MainContentType { get; private set; }

    /// <summary>The main part's styles, footnotes and endnotes parts, when it has them.</summary>
    public string? StylesPart { get; private set; }

    public string? FootnotesPart { get; private set; }

    public string? EndnotesPart { get; private set; }

    /// <param name="bytes">A zip (the caller checked its signature); its directory is held to <see cref="DocxFile.MaxParts"/> parts and <see cref="DocxFile.MaxPartBytes"/> per XML part.</param>
    /// <param name="editable">Whether parts may be rewritten.</param>
    /// <exception cref="InputException">The zip's directory, or what it holds, is not a Word document's.</exception>
    /// <exception cref="InvalidDataException">The zip is damaged.</exception>
    /// <exception cref="XmlException">The content types or the relationships are not well-formed XML.</exception>
    public static DocxPackage Open(byte[] bytes, bool editable)
    {
        var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        try
        {
            var package = new DocxPackage(bytes, zip, Entries(zip), editable);
            package.FindParts();
            return package;
        }
        catch
        {
            zip.Dispose();
            throw;
        }
    }

    /// <summary>The zip's entries by name, from its directory alone (nothing is unpacked): their count, the sizes they claim, no name twice.</summary>
    private static Dictionary<string, ZipArchiveEntry> Entries(ZipArchive zip)
    {
        if (zip.Entries.Count > DocxFile.MaxParts)
            throw new InputException($"a zip of {zip.Entries.Count:N0} parts, more than a Word document has ({DocxFile.MaxParts:N0} at most)");
        // Part names are case-insensitive; two entries of one name would let two readers see different documents.
        var entries = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in zip.Entries)
        {
            if (entry.Length > DocxFile.MaxPartBytes && IsXmlPart(entry.FullName))
                throw new InputException($"its part {entry.FullName} unpacks to {entry.Length / (1024 * 1024):N0} MB, more than the {DocxFile.MaxPartBytes / (1024 * 1024)} MB Rhetlint reads (a zip bomb?)");
            if (!entries.TryAdd(entry.FullName, entry))
                throw new InputException($"not a Word document (its zip holds two parts named {entry.FullName})");
        }
        return entries;
    }

    private static bool IsXmlPart(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    private void FindParts()
    {
        if (!_entries.ContainsKey(ContentTypesPart)) throw new InputException("not a Word document (a zip without [Content_Types].xml); save it as .docx");
        MainPart = Related(source: null, "officeDocument") ?? throw new InputException("not a Word document (no main document part)");
        MainContentType = ContentType(MainPart);
        StylesPart = Related(MainPart, "styles");
        FootnotesPart = Related(MainPart, "footnotes");
        EndnotesPart = Related(MainPart, "endnotes");
    }

    /// <summary>A parser over the part's XML as it now is (rewritten or as in the zip), with the limits for untrusted parts.</summary>
    public XmlReader Read(string part)
    {
        Stream stream = _rewritten.TryGetValue(part, out var bytes) ? new MemoryStream(bytes, writable: false) : _entries[part].Open();
        return XmlReader.Create(stream, WordXml.Settings(DocxFile.MaxPartBytes));
    }

    /// <summary>Replaces the part's XML (kept in memory until <see cref="Save"/>).</summary>
    public void Rewrite(string part, byte[] xml)
    {
        if (!_editable) throw new InvalidOperationException("the document was opened read-only");
        _rewritten[part] = xml;
    }

    /// <summary>The package with its rewritten parts: the original zip updated in place, so every other part keeps its bytes.</summary>
    public byte[] Save()
    {
        using var stream = new MemoryStream();
        stream.Write(_bytes);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            foreach (var (part, xml) in _rewritten)
            {
                using var entry = zip.GetEntry(_entries[part].FullName)!.Open();
                entry.SetLength(0);
                entry.Write(xml);
            }
        }
        return stream.ToArray();
    }

    public void Dispose() => _zip.Dispose();

    /// <summary>The first part that <paramref name="source"/> (null: the package itself) relates to with the relationship named <paramref name="type"/>.</summary>
    private string? Related(string? source, string type)
    {
        var relationships = source is null ? "_rels/.rels" : $"{Folder(source)}_rels/{source[(source.LastIndexOf('/') + 1)..]}.rels";
        if (!_entries.ContainsKey(relationships)) return null;
        using var reader = Read(relationships);
        foreach (var relationship in WordXml.Children(WordXml.Root(reader)))
        {
            var (name, kind, target, mode) = (relationship.LocalName, relationship.GetAttribute("Type"), relationship.GetAttribute("Target"), relationship.GetAttribute("TargetMode"));
            relationship.Skip();
            if (name == "Relationship" && target is not null && mode is not "External" && IsType(kind, type)
                && Entry(Resolve(source is null ? "" : Folder(source), target)) is { } part)
                return part;
        }
        return null;
    }

    private static bool IsType(string? kind, string type) => RelationshipRoots.Any(root => kind == root + type);

    /// <summary>The zip entry a part name resolves to (names are compared ignoring case; a percent-escaped name is tried unescaped too).</summary>
    private string? Entry(string name) =>
        _entries.TryGetValue(name, out var entry) || _entries.TryGetValue(Uri.UnescapeDataString(name), out entry) ? entry.FullName : null;

    /// <summary>The folder of a part, with its trailing slash ("word/" for "word/document.xml").</summary>
    private static string Folder(string part) => part[..(part.LastIndexOf('/') + 1)];

    /// <summary>A relationship's target as a part name: absolute ("/word/x.xml") or relative to the source's folder, with "." and ".." followed.</summary>
    private static string Resolve(string folder, string target)
    {
        var segments = new List<string>();
        foreach (var segment in (target.StartsWith('/') ? target : folder + target).Split('/'))
        {
            if (segment is "" or ".") continue;
            if (segment == "..") { if (segments.Count > 0) segments.RemoveAt(segments.Count - 1); }
            else segments.Add(segment);
        }
        return string.Join('/', segments);
    }

    /// <summary>The part's content type: its override in <c>[Content_Types].xml</c>, else the default for its extension.</summary>
    private string? ContentType(string part)
    {
        var extension = part[(part.LastIndexOf('.') + 1)..];
        string? byDefault = null;
        using var reader = Read(ContentTypesPart);
        foreach (var type in WordXml.Children(WordXml.Root(reader)))
        {
            var (name, kind) = (type.LocalName, type.GetAttribute("ContentType"));
            var key = name == "Override" ? type.GetAttribute("PartName") : name == "Default" ? type.GetAttribute("Extension") : null;
            type.Skip();
            if (name == "Override" && key is not null && Resolve("", key).Equals(part, StringComparison.OrdinalIgnoreCase)) return kind;
            if (name == "Default" && string.Equals(key, extension, StringComparison.OrdinalIgnoreCase)) byDefault ??= kind;
        }
        return byDefault;
    }
}
