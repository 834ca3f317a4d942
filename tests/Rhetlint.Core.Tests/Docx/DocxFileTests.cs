extern alias OpenXml;

using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Rhetlint.Core.Docx;
using Rhetlint.Core.Text;
using static Rhetlint.Tests.Shared.WordDocuments;

namespace Rhetlint.Core.Tests.Docx;

/// <summary>Hostile Word files: each a clear <see cref="InputException"/>, quickly and without unpacking what it holds.</summary>
public sealed class DocxFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rhetlint-docx-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static string Refusal(string path)
    {
        var clock = Stopwatch.StartNew();
        var error = Assert.Throws<InputException>(() => DocxFile.ReadText(path));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
        return error.Message;
    }

    /// <summary>A zip with one part of the given name and bytes (stored compressed, as Word stores parts).</summary>
    private static byte[] Zip(params (string Name, byte[] Bytes)[] parts)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, bytes) in parts)
                using (var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open())
                    entry.Write(bytes);
        return stream.ToArray();
    }

    [Fact]
    public void A_document_is_read() =>
        Assert.Equal("Wells ran dry in June.\n", DocxFile.ReadText(Write("ok.docx", Build([Paragraph("Wells ran dry in June.")]))).Text.ToString());

    [Fact]
    public void A_file_that_is_not_a_zip_is_refused() =>
        Assert.Equal("not a Word document (not a zip archive); save it as .docx", Refusal(Write("plain.docx", Encoding.UTF8.GetBytes("Just some text.\n"))));

    [Fact]
    public void An_encrypted_document_or_legacy_doc_is_refused_by_its_signature()
    {
        byte[] compoundFile = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]];

        Assert.StartsWith("an encrypted Word document or a legacy .doc", Refusal(Write("locked.docx", compoundFile)));
    }

    [Fact]
    public void A_zip_bomb_is_refused_from_the_zip_directory_before_anything_is_unpacked()
    {
        // 100 MB of spaces packs into about 100 KB.
        var spaces = new byte[100 * 1024 * 1024];
        Array.Fill(spaces, (byte)' ');
        var bomb = Zip(("[Content_Types].xml", Encoding.UTF8.GetBytes("<Types/>")), ("word/document.xml", spaces));

        Assert.True(bomb.Length < 1024 * 1024);
        Assert.Equal("its part word/document.xml unpacks to 100 MB, more than the 32 MB Rhetlint reads (a zip bomb?)", Refusal(Write("bomb.docx", bomb)));
    }

    [Fact]
    public void A_damaged_zip_is_refused()
    {
        var bytes = Build([Paragraph("The ferry was late.")]);

        Assert.StartsWith("not a Word document (a damaged zip archive", Refusal(Write("cut.docx", bytes[..(bytes.Length / 2)])));
    }

    [Fact]
    public void Malformed_xml_in_the_document_part_is_refused()
    {
        var bytes = Build([Paragraph("The ferry was late.")]);
        using (var stream = new MemoryStream())
        {
            stream.Write(bytes);
            using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
            {
                zip.GetEntry("word/document.xml")!.Delete();
                using var entry = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
                entry.Write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Open");
            }
            bytes = stream.ToArray();
        }

        Assert.StartsWith("not a valid Word document (", Refusal(Write("broken.docx", bytes)));
    }

    [Fact]
    public void A_macro_enabled_document_is_refused() =>
        Assert.Equal("a macro-enabled Word document; Rhetlint does not open documents with macros: save it as .docx",
            Refusal(Write("macros.docm", Build([Paragraph("Fine words.")], type: OpenXml::DocumentFormat.OpenXml.WordprocessingDocumentType.MacroEnabledDocument))));

    [Fact]
    public void A_50_MB_document_is_refused_by_its_size_without_being_read_whole()
    {
        var path = Path.Combine(_folder, "huge.docx");
        using (var file = File.Create(path))
        {
            file.Write(Build([Paragraph("Tiny.")]));
            file.SetLength(50L * 1024 * 1024);
        }

        Assert.Equal("a Word document larger than 32 MB; Rhetlint reads documents up to that size (split it, or remove large pictures)", Refusal(path));
    }
}
