extern alias OpenXml;

using OpenXml::DocumentFormat.OpenXml.Packaging;
using static Rhetlint.Cli.Tests.CliRunner;
using static Rhetlint.Tests.Shared.WordDocuments;
using W = OpenXml::DocumentFormat.OpenXml.Wordprocessing;

namespace Rhetlint.Cli.Tests;

/// <summary>
/// <c>fix</c> on Word documents: rewrites are written into the run that holds them, keeping its formatting; a rewrite
/// across runs is refused by name; the file is replaced whole or not at all. The house pack's HP101 (harbour → harbor,
/// a safe rewrite) gives the rewrites.
/// </summary>
public sealed class DocxFixTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public DocxFixTests()
    {
        _folder.WriteHouseAndWireStylePacks();
        _folder.Write(".editorconfig", "root = true\n[*.{md,txt,docx}]\nrhetlint.packs = wire-style, house\n");
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>Each run of each paragraph: its text and its properties' XML.</summary>
    private static List<List<(string Text, string Properties)>> Runs(string path)
    {
        using var document = WordprocessingDocument.Open(path, false);
        return [.. document.MainDocumentPart!.Document!.Body!.Elements<W.Paragraph>()
            .Select(p => p.Descendants<W.Run>().Select(r => (r.InnerText, r.RunProperties?.OuterXml ?? "")).ToList())];
    }

    [Fact]
    public void A_rewrite_inside_one_run_is_written_into_it_and_every_run_keeps_its_formatting()
    {
        var path = _folder.WriteBytes("pier.docx", Build(
        [
            Paragraph(Run("The ferry left "), Bold("the harbour at noon"), Italic(" on Sunday.")),
            Paragraph(Run("The pier was rebuilt "), Inserted("near the harbour"), Run(" in May.")),
        ]));

        var result = Run("fix", "--write", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Fixed 2 findings in 1 file", result.Error);
        var runs = Runs(path);
        Assert.Equal([("The ferry left ", ""), ("the harbor at noon", new W.RunProperties(new W.Bold()).OuterXml), (" on Sunday.", new W.RunProperties(new W.Italic()).OuterXml)], runs[0]);
        Assert.Equal(["The pier was rebuilt ", "near the harbor", " in May."], runs[1].Select(r => r.Text));
    }

    [Fact]
    public void A_rewrite_across_runs_is_refused_by_name_and_the_file_is_left_as_it_was()
    {
        var bytes = Build([Paragraph(Run("The ferry left the harb"), Bold("our at noon."))]);
        var path = _folder.WriteBytes("pier.docx", bytes);

        var result = Run("fix", "--write", path);

        Assert.Contains($"rhetlint: {path}: HP101 at paragraph 1, characters 20-26 ('harbour') not rewritten: the rewrite crosses runs 1 to 2 (text in different formatting); edit it in Word", result.Error);
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [Fact]
    public void Fix_without_write_shows_the_paragraphs_that_would_change_and_changes_nothing()
    {
        var bytes = Build([Styled("Heading2", "Days at the harbour"), Paragraph("The harbour opened.")]);
        var path = _folder.WriteBytes("pier.docx", bytes);

        var result = Run("fix", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("-Days at the harbour\n-The harbour opened.\n+Days at the harbor\n+The harbor opened.\n", result.Out);
        Assert.DoesNotContain("\r", result.Out);
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [Fact]
    public void Interactive_review_writes_what_was_accepted_into_its_run_and_names_what_it_cannot_write()
    {
        var path = _folder.WriteBytes("pier.docx", Build(
        [
            Paragraph(Run("The "), Bold("harbour"), Run(" opened.")),
            Paragraph(Run("Boats filled the harb"), Italic("our again.")),
        ]));

        var result = RunWithInput("a\na\n", "fix", "--interactive", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"rhetlint: {path}: HP101 at paragraph 2, characters 18-24 ('harbour') not rewritten: the rewrite crosses runs 1 to 2", result.Error);
        var runs = Runs(path);
        Assert.Equal([("The ", ""), ("harbor", new W.RunProperties(new W.Bold()).OuterXml), (" opened.", "")], runs[0]);
        Assert.Equal(["Boats filled the harb", "our again."], runs[1].Select(r => r.Text));
    }
}
