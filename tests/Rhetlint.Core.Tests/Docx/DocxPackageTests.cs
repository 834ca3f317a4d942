extern alias OpenXml;

using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using OpenXml::DocumentFormat.OpenXml.Packaging;
using Rhetlint.Core.Docx;
using Rhetlint.Core.Text;
using static Rhetlint.Tests.Shared.WordDocuments;
using WordprocessingDocumentType = OpenXml::DocumentFormat.OpenXml.WordprocessingDocumentType;

namespace Rhetlint.Core.Tests.Docx;

/// <summary>
/// The package around the text, written by hand where the SDK would not write it: parts found through the relationships
/// wherever they are, what the parser refuses, and rewrites that leave everything else as it was.
/// </summary>
public sealed class DocxPackageTests
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string DocumentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    /// <summary>A zip of the given parts, in order.</summary>
    private static byte[] Zip(params (string Name, string Xml)[] parts)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, xml) in parts)
                using (var entry = zip.CreateEntry(name).Open())
                    entry.Write(Encoding.UTF8.GetBytes(xml));
        return stream.ToArray();
    }

    private static string ContentTypes(string mainPart, string contentType = DocumentType) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + $"<Override PartName=\"/{mainPart}\" ContentType=\"{contentType}\"/></Types>";

    private static string Relationships(params (string Type, string Target)[] relationships) => Relationships("http://schemas.openxmlformats.org/officeDocument/2006/relationships/", relationships);

    private static string Relationships(string root, params (string Type, string Target)[] relationships) =>
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + string.Concat(relationships.Select((r, i) => $"<Relationship Id=\"rId{i + 1}\" Type=\"{root}{r.Type}\" Target=\"{r.Target}\"/>"))
        + "</Relationships>";

    private static string Body(string blocks, string ns = W) => $"<w:document xmlns:w=\"{ns}\"><w:body>{blocks}</w:body></w:document>";

    private static string P(string text) => $"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>";

    /// <summary>A minimal document as Word lays it out, its body <paramref name="blocks"/>, with a styles part.</summary>
    private static (string Name, string Xml)[] Minimal(string blocks) =>
    [
        ("[Content_Types].xml", ContentTypes("word/document.xml")),
        ("_rels/.rels", Relationships(("officeDocument", "word/document.xml"))),
        ("word/document.xml", Body(blocks)),
        ("word/_rels/document.xml.rels", Relationships(("styles", "styles.xml"))),
        ("word/styles.xml", $"<w:styles xmlns:w=\"{W}\"><w:style w:type=\"paragraph\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style></w:styles>"),
    ];

    private static string Text(byte[] bytes) => DocxFile.ReadText(bytes).Text.ToString();

    private static string Refusal(byte[] bytes) => Assert.Throws<InputException>(() => DocxFile.ReadText(bytes)).Message;

    [Fact]
    public void A_minimal_document_written_by_hand_is_read() =>
        Assert.Equal("The ferry ran late.\n", Text(Zip(Minimal(P("The ferry ran late.")))));

    [Fact]
    public void Parts_are_found_through_the_relationships_wherever_they_are_and_a_part_at_the_usual_path_is_not_read_unless_related()
    {
        var bytes = Zip(
            ("[Content_Types].xml", ContentTypes("content/main.xml")),
            ("_rels/.rels", Relationships(("officeDocument", "/content/main.xml"))),
            ("content/main.xml", Body(P("The bridge opened on time.") + "<w:p><w:pPr><w:pStyle w:val=\"Kop1\"/></w:pPr><w:r><w:t>Tolls</w:t></w:r></w:p>")),
            ("content/_rels/main.xml.rels", Relationships(("styles", "looks/styles.xml"), ("footnotes", "../notes/notes.xml"))),
            ("content/looks/styles.xml", $"<w:styles xmlns:w=\"{W}\"><w:style w:type=\"paragraph\" w:styleId=\"Kop1\"><w:name w:val=\"heading 1\"/></w:style></w:styles>"),
            ("notes/notes.xml", $"<w:footnotes xmlns:w=\"{W}\"><w:footnote w:type=\"separator\" w:id=\"-1\">{P("---")}</w:footnote><w:footnote w:id=\"1\">{P("Counted by the county.")}</w:footnote></w:footnotes>"),
            ("word/document.xml", Body(P("A decoy at the usual path."))));

        Assert.Equal("The bridge opened on time.\nTolls\r\nCounted by the county.\n", Text(bytes));
    }

    [Fact]
    public void A_strict_document_is_read_with_its_styles()
    {
        const string strict = "http://purl.oclc.org/ooxml/wordprocessingml/main";
        const string relationships = "http://purl.oclc.org/ooxml/officeDocument/relationships/";
        var bytes = Zip(
            ("[Content_Types].xml", ContentTypes("word/document.xml")),
            ("_rels/.rels", Relationships(relationships, ("officeDocument", "word/document.xml"))),
            ("word/document.xml", Body("<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr><w:r><w:t>Harbor Fees</w:t></w:r></w:p>" + P("Fees rose."), strict)),
            ("word/_rels/document.xml.rels", Relationships(relationships, ("styles", "styles.xml"))),
            ("word/styles.xml", $"<w:styles xmlns:w=\"{strict}\"><w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/></w:style></w:styles>"));

        Assert.Equal("Harbor Fees\r\nFees rose.\n", Text(bytes));
    }

    [Theory]
    [InlineData("[Content_Types].xml")]
    [InlineData("_rels/.rels")]
    [InlineData("word/document.xml")]
    [InlineData("word/styles.xml")]
    public void A_DTD_in_any_part_read_is_refused_so_no_entity_is_expanded_or_fetched(string part)
    {
        var parts = Minimal(P("Tide &xxe; tables."));
        var index = Array.FindIndex(parts, p => p.Name == part);
        var xml = parts[index].Xml;
        var root = xml.IndexOf('<', xml.StartsWith("<?", StringComparison.Ordinal) ? 1 : 0);
        parts[index] = (part, xml[..root] + "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]>" + xml[root..]);

        Assert.Equal("not a valid Word document (its XML declares a DTD, which Word never writes; Rhetlint reads none, so no entity is expanded or fetched)",
            Refusal(Zip(parts)));
    }

    [Fact]
    public void Elements_nested_past_the_limit_are_refused_rather_than_overflowing_the_stack()
    {
        const int depth = 100_000;
        var blocks = string.Concat(Enumerable.Repeat("<w:customXml>", depth)) + P("Deep.") + string.Concat(Enumerable.Repeat("</w:customXml>", depth));

        Assert.Equal($"not a valid Word document (elements are nested more than {WordXml.MaxDepth} deep)", Refusal(Zip(Minimal(blocks))));
    }

    [Fact]
    public void Nesting_within_the_limit_is_read()
    {
        var blocks = string.Concat(Enumerable.Repeat("<w:tbl><w:tr><w:tc>", 40)) + P("Inner cell.") + string.Concat(Enumerable.Repeat("</w:tc></w:tr></w:tbl>", 40));

        Assert.Equal("Inner cell.\r", Text(Zip(Minimal(blocks))));
    }

    [Fact]
    public void A_part_that_holds_more_than_its_zip_directory_says_is_unpacked_only_that_far()
    {
        // The directory claims 1 KB and the part holds 40 MB of spaces: the zip reader stops at the size claimed, which
        // the directory check held to 32 MB (and the parser stops at 32 M characters besides).
        var parts = Minimal(P("Calm.") + new string(' ', 40 * 1024 * 1024));
        var bytes = Zip(parts);
        var name = Encoding.ASCII.GetBytes("word/document.xml");
        // Local header (PK 3 4: uncompressed size at 22, name at 30) and central directory entry (PK 1 2: size at 24, name at 46).
        foreach (var (signature, size, nameAt) in new[] { (0x04034b50u, 22, 30), (0x02014b50u, 24, 46) })
        {
            for (var at = 0; at + nameAt + name.Length <= bytes.Length; at++)
            {
                if (BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at)) == signature && bytes.AsSpan(at + nameAt, name.Length).SequenceEqual(name))
                    BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(at + size), 1024);
            }
        }

        Assert.StartsWith("not a valid Word document (Unexpected end of file", Refusal(bytes));
    }

    [Fact]
    public void A_part_the_directory_check_passes_by_its_name_is_stopped_by_the_parser_at_32_M_characters()
    {
        // Only .xml and .rels names are held to 32 MB in the directory; a main part named otherwise is held by the parser.
        var bytes = Zip(
            ("[Content_Types].xml", ContentTypes("word/document.bin")),
            ("_rels/.rels", Relationships(("officeDocument", "word/document.bin"))),
            ("word/document.bin", Body(P("Calm.") + new string(' ', 40 * 1024 * 1024))));

        Assert.Equal("a part of the document unpacks to more than 32 MB of XML, more than Rhetlint reads (a zip bomb?)", Refusal(bytes));
    }

    public static TheoryData<string, string[]> NotWordPackages => new()
    {
        { "not a Word document (a zip without [Content_Types].xml); save it as .docx", ["_rels/.rels", "word/document.xml"] },
        { "not a Word document (no main document part)", ["[Content_Types].xml", "word/document.xml"] },
        { "not a Word document (no main document part)", ["[Content_Types].xml", "_rels/.rels"] },
        { "not a Word document (its zip holds two parts named word/document.xml)", ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/document.xml"] },
    };

    [Theory]
    [MemberData(nameof(NotWordPackages))]
    public void A_zip_that_is_not_a_Word_package_is_refused_with_the_reason(string reason, string[] names)
    {
        var parts = Minimal(P("Gulls."));
        Assert.Equal(reason, Refusal(Zip([.. names.Select(name => parts.First(p => p.Name == name))])));
    }

    [Fact]
    public void A_workbook_renamed_docx_is_refused_by_its_main_parts_content_type()
    {
        const string workbook = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
        var bytes = Zip(("[Content_Types].xml", ContentTypes("xl/workbook.xml", workbook)), ("_rels/.rels", Relationships(("officeDocument", "xl/workbook.xml"))),
            ("xl/workbook.xml", "<workbook/>"));

        Assert.Equal($"not a Word document (its main part xl/workbook.xml is {workbook}); save it as .docx", Refusal(bytes));
    }

    [Fact]
    public void A_template_is_read_and_a_macro_enabled_template_is_refused()
    {
        Assert.Equal("Boilerplate.\n", Text(Build([Paragraph("Boilerplate.")], type: WordprocessingDocumentType.Template)));
        Assert.StartsWith("a macro-enabled Word document", Refusal(Build([Paragraph("Boilerplate.")], type: WordprocessingDocumentType.MacroEnabledTemplate)));
    }

    [Fact]
    public void A_rewrite_changes_only_the_text_of_its_element_and_keeps_the_markup_Word_depends_on()
    {
        const string head = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";
        var root = "<w:document xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
            + $"xmlns:w=\"{W}\" xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" mc:Ignorable=\"w14\">";
        var parts = Minimal("");
        parts[2] = ("word/document.xml", head + root + "<w:body><w:p w14:paraId=\"1A2B3C4D\"><w:r><w:rPr><w:b/></w:rPr><w:t>The dam held.</w:t></w:r>"
            + "<w:r><w:t xml:space=\"preserve\"> Rain &amp; wind eased.</w:t></w:r></w:p></w:body></w:document>");
        using var document = DocxFile.Open(Zip(parts), editable: true);
        var pieces = DocxFile.Extract(document).Paragraphs[0].Pieces;

        using var reader = document.Read("word/document.xml");
        var updated = WordTextWriter.Replace(reader, new Dictionary<(int, int), string>
        {
            [(pieces[0].Element!.Line, pieces[0].Element!.Column)] = "The dam broke ",
            [(pieces[1].Element!.Line, pieces[1].Element!.Column)] = "and rain <eased>.",
        });

        Assert.Equal("<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>\n" + root
            + "<w:body><w:p w14:paraId=\"1A2B3C4D\"><w:r><w:rPr><w:b /></w:rPr><w:t xml:space=\"preserve\">The dam broke </w:t></w:r>"
            + "<w:r><w:t xml:space=\"preserve\">and rain &lt;eased&gt;.</w:t></w:r></w:p></w:body></w:document>", Encoding.UTF8.GetString(updated));
    }

    [Fact]
    public void A_saved_document_keeps_every_other_part_as_it_was_and_the_SDK_reads_the_new_text()
    {
        var original = Build([Paragraph(Run("Wells ran "), Bold("dry"), Run(" in June."))], footnotes: ["Per the water board."]);
        byte[] saved;
        using (var document = DocxFile.Open(original, editable: true))
        {
            var bold = DocxFile.Extract(document).Paragraphs[0].Pieces[1].Element!;
            using var reader = document.Read(bold.Part);
            document.Rewrite(bold.Part, WordTextWriter.Replace(reader, new Dictionary<(int, int), string> { [(bold.Line, bold.Column)] = "low" }));
            saved = document.Save();
        }

        using (var before = new ZipArchive(new MemoryStream(original)))
        using (var after = new ZipArchive(new MemoryStream(saved)))
        {
            Assert.Equal(before.Entries.Select(e => e.FullName), after.Entries.Select(e => e.FullName));
            foreach (var entry in before.Entries.Where(e => e.FullName != "word/document.xml"))
                Assert.Equal((entry.CompressedLength, entry.Crc32), (after.GetEntry(entry.FullName)!.CompressedLength, after.GetEntry(entry.FullName)!.Crc32));
        }
        using var sdk = WordprocessingDocument.Open(new MemoryStream(saved), false);
        Assert.Equal("Wells ran low in June.", sdk.MainDocumentPart!.Document!.Body!.InnerText);
        Assert.Equal("Wells ran low in June.\nPer the water board.\n", Text(saved));
    }

    [Fact]
    public void A_document_opened_read_only_cannot_be_rewritten()
    {
        using var document = DocxFile.Open(Zip(Minimal(P("Still."))), editable: false);

        Assert.Throws<InvalidOperationException>(() => document.Rewrite("word/document.xml", []));
    }
}
